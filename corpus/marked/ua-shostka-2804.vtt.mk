WEBVTT

NOTE
Interview ID: UA-SUM-2804
Interview date: 2024-06-03
Location: Shostka, Sumy oblast
Interviewer: Kateryna Vovk, interpreter Denys Marchuk

1
00:00:02.000 --> 00:00:06.000
<v Interviewer>Thank you for meeting us, [[Borys|PERSON]]. You have lived in [[Shostka|PLACE]] all your life?

2
00:00:06.500 --> 00:00:12.000
<v Borys>All my life, except my military service. [[Borys Oleksandrovych Tkachuk|PERSON]].
I drive a trolleybus, I mean I drove, now I repair them in the depot.

3
00:00:12.500 --> 00:00:17.000
<v Interviewer>Tell us about [[the night|DATE:2024-03-23]] when [[the drones|WEAPON:DRONE_STRIKE]] hit your district.

4
00:00:17.500 --> 00:00:24.000
<v Borys>It was [[the night to the 23rd of March|DATE:2024-03-22..2024-03-23]], [[Friday to Saturday|DATE:2024-03-22..2024-03-23]].
About [[three at night|DATE:2024-03-23]] the alarm, and then you hear them, the mopeds.

5
00:00:24.500 --> 00:00:29.000
<v Borys>[[The Shaheds|WEAPON:DRONE_STRIKE]], yes. They sound like a moped going up a hill.
I counted four, maybe five.

6
00:00:29.500 --> 00:00:36.000
<v Borys>{{c1|One of them came down on the boiler house behind our block,
on [[Korolova street|PLACE]], and our whole block shook like paper.}}

7
00:00:36.500 --> 00:00:43.000
<v Borys>{{c1|In our entrance the windows blew in on every floor, eh, forty flats,
more, the balcony of the fifth floor fell down on the cars, my Lanos was flat like a pancake.}}

8
00:00:43.500 --> 00:00:49.000
<v Borys>{{c3|I was cut on the hand and the neck by my own window,
I was standing there like a fool, looking.}}

9
00:00:49.500 --> 00:00:55.000
<v Borys>{{c4|And on the fourth floor [[Zoia Mykhailivna|PERSON]], an old lady, was hurt on the head,
and her grandson, I saw them carry her down in a blanket.}}

10
00:00:55.500 --> 00:01:00.000
<v Interviewer>The city administration said two people were injured.

11
00:01:00.500 --> 00:01:06.000
<v Borys>Two, three, with me it is three. I did not go to the hospital,
my wife [[Svitlana|PERSON]] sewed it, she is a nurse.

12
00:01:06.500 --> 00:01:12.000
<v Borys>{{c5|The boiler house is gone. For one week no hot water in half the district,
they said on the [[Shostka|PLACE]] Telegram channel.}}

13
00:01:12.500 --> 00:01:17.000
<v Interviewer>You have relatives in [[Seredyna-Buda|PLACE]], you told us.

14
00:01:17.500 --> 00:01:23.000
<v Borys>My brother-in-law, [[Yurii|PERSON]], in [[Serednia Buda|PLACE:Seredyna-Buda]].
He is stubborn, he stays. In [[February|DATE:2024-02-01..2024-02-29]] they dropped the big [[bombs|WEAPON:AIRSTRIKE]] on the centre.

15
00:01:23.500 --> 00:01:29.000
<v Borys>{{c6|[[A Sunday in February|DATE:2024-02-11]], I think [[the 11th|DATE:2024-02-11]],
three people died near the bakery, [[Yurii|PERSON]] called me [[that evening|DATE:2024-02-11]].}}

16
00:01:29.500 --> 00:01:35.000
<v Borys>{{c7|And the bakery was smashed, and the post office windows, and some houses
around, he said half the street has no roof.}}

17
00:01:35.500 --> 00:01:40.000
<v Interviewer>Did he see it himself?

18
00:01:40.500 --> 00:01:46.000
<v Borys>No, he was at home on the other end, he heard it,
he said the ground jumped. People in the shop told him.

19
00:01:46.500 --> 00:01:52.000
<v Borys>There was also the story with the men who were taken,
in [[January|DATE:2024-01-01..2024-01-31]], near the border.

20
00:01:52.500 --> 00:01:58.000
<v Borys>{{c8|On the Facebook page of the border guards they wrote
that [[the Russians|ACTOR:Russian armed forces in Ukraine]] took three civilians from a village near [[Seredyna-Buda|PLACE]]}},

21
00:01:58.500 --> 00:02:03.000
<v Borys>{{c8|and [[Yurii|PERSON]] says it was two, father and son-in-law, [[Hrytsai|PERSON]] is the name.}}

22
00:02:03.500 --> 00:02:09.000
<v Borys>{{c9|And they are still not found. Still nothing. Half a year.}}

23
00:02:09.500 --> 00:02:14.000
<v Interviewer>And your own family, is anyone in [[the army|ACTOR:Ukrainian armed forces]]?

24
00:02:14.500 --> 00:02:20.000
<v Borys>My son [[Maksym|PERSON]]. He is near [[Semenivka|PLACE]], on the border of [[Chernihiv|PLACE]] region.

25
00:02:20.500 --> 00:02:27.000
<v Borys>{{c10|In [[April|DATE:2024-04-01..2024-04-30]] a [[drone|WEAPON:DRONE_STRIKE]] dropped a [[gas grenade|WEAPON:CHEMICAL]] into their position,
he was coughing, his eyes burned, they took him to the hospital in [[Novhorod-Siverskyi|PLACE]].}}

26
00:02:27.500 --> 00:02:33.000
<v Borys>He told me this himself, on the phone. Now he is back in the position.
He says it was not the first time, but the first time he was hit.

27
00:02:33.500 --> 00:02:38.000
<v Interviewer>Has anything hit [[Shostka|PLACE]] since [[March|DATE:2024-03-01..2024-03-31]]?

28
00:02:38.500 --> 00:02:44.000
<v Borys>Alarms every night. But in our district, no, since [[March|DATE:2024-03-01..2024-03-31]] no hits.
Nobody hurt. Knock on wood.

@@witness ua-shostka-borys-tkachuk
@@claim c1 harm=PROPERTY_DAMAGE min=40 max=null weapon=DRONE_STRIKE site="Korolova street" date=2024-03-23 basis=WITNESSED incident=ua-shostka-20240323-shahed-boiler-house
@@claim c3 harm=INJURED min=1 max=1 weapon=DRONE_STRIKE site="Korolova street" date=2024-03-23 basis=EXPERIENCED incident=ua-shostka-20240323-shahed-boiler-house
@@claim c4 harm=INJURED min=2 max=2 named="Zoia Mykhailivna" weapon=DRONE_STRIKE site="Korolova street" date=2024-03-23 basis=WITNESSED incident=ua-shostka-20240323-shahed-boiler-house
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Korolova street" date=2024-03-23 basis=REPORTED incident=ua-shostka-20240323-shahed-boiler-house
@@claim c6 harm=KILLED min=3 max=3 weapon=AIRSTRIKE site="Serednia Buda" date=2024-02-11 basis=HEARSAY incident=ua-seredynabuda-20240211-kab-bakery
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Serednia Buda" date=2024-02-11 basis=HEARSAY incident=ua-seredynabuda-20240211-kab-bakery
@@claim c8 harm=DETAINED min=2 max=3 named="Hrytsai" actor="Russian armed forces in Ukraine" site="Seredyna-Buda" date=2024-01-01..2024-01-31 basis=REPORTED incident=ua-seredynabuda-20240100-drg-abduction
@@claim c9 harm=MISSING min=2 max=3 named="Hrytsai" actor="Russian armed forces in Ukraine" site="Seredyna-Buda" date=2024-01-01..2024-01-31 basis=HEARSAY incident=ua-seredynabuda-20240100-drg-abduction
@@claim c10 harm=INJURED min=1 max=1 named="Maksym" weapon=CHEMICAL site="Semenivka" date=2024-04-01..2024-04-30 basis=HEARSAY incident=ua-semenivka-20240400-gas-grenade-position
