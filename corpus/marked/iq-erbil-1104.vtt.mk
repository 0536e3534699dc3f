WEBVTT

NOTE
Recorded in Erbil, 22 April 2021. Kurdish (Sorani) with English
interpretation by the interviewer's colleague. Witness code W-1104.

1
00:00:02.000 --> 00:00:06.000
<v Interviewer>Please say your name, only the first name if you prefer.

2
00:00:06.500 --> 00:00:11.200
<v Hemin>[[Hemin|PERSON]]. [[Hemin Aziz|PERSON]]. I live in [[Xanzad|PLACE:Khanzad]], in [[Hewlêr|PLACE:Erbil]], you say [[Arbil|PLACE:Erbil]].

3
00:00:11.800 --> 00:00:16.400
<v Interviewer>And you were at home on [[the night of the attack|DATE]]?

4
00:00:17.000 --> 00:00:23.500
<v Hemin>Yes, [[the night of the fifteenth|DATE:2021-02-15]], [[Monday|DATE:2021-02-15]]. We were eating late,
my mother, my wife [[Shno|PERSON]], and my two girls.

5
00:00:24.000 --> 00:00:29.800
<v Hemin>Then the sound, very close, like the sky is breaking.
My mother was in the kitchen, near the window.

6
00:00:30.300 --> 00:00:37.100
<v Hemin>{{c1|The [[rocket|WEAPON:ROCKET]] fell in the street, between our house and the house of Kak [[Sirwan|PERSON]]... sorry, of [[Sirwan|PERSON]],
and the glass of the kitchen came all on my mother.}}

7
00:00:37.600 --> 00:00:42.900
<v Hemin>{{c2|My mother, [[Fatma Hassan|PERSON]], sixty-one. She lost her left eye.
And many cuts, in the neck, the chest.}}

8
00:00:43.400 --> 00:00:47.000
<v Interviewer>I'm so sorry. Where did you take her?

9
00:00:47.500 --> 00:00:53.600
<v Hemin>To the emergency, the [[West Emergency hospital|PLACE]], then to [[Rizgari|PLACE:Rizgary hospital]].
Three weeks she stayed.

10
00:00:54.100 --> 00:01:00.300
<v Hemin>{{c3|In our street, also the son of [[Sirwan|PERSON]], [[Aram|PERSON]], fourteen, a small cut in the leg, not dangerous.}}

11
00:01:00.800 --> 00:01:06.700
<v Interviewer>How many [[rockets|WEAPON:ROCKET]] fell in the neighbourhood, do you know?

12
00:01:07.200 --> 00:01:14.500
<v Hemin>In [[Xanzad|PLACE:Khanzad]], I know two. One on us, one on the empty land behind the
[[Sherwana|PLACE]] building. {{c4|And [[Ainkawa|PLACE:Ankawa]] also got three, four, houses damaged.}}

13
00:01:15.000 --> 00:01:22.300
<v Hemin>{{c5,c9|They said on Rudaw TV, eight people injured, one dead, a foreigner.}}
I think more were injured, many people did not go to the hospital.

14
00:01:22.800 --> 00:01:27.900
<v Interviewer>Some people said that the [[Hashd|ACTOR:Popular Mobilization Forces]] groups were behind it. What do people say in your area?

15
00:01:28.400 --> 00:01:35.700
<v Hemin>People say the Iranian groups, the [[Hashd|ACTOR:Popular Mobilization Forces]], because they want [[the Americans|ACTOR:US-led coalition]] to leave.
I don't know. I did not see anyone. It came from far.

16
00:01:36.200 --> 00:01:40.000
<v Interviewer>Did your family stay in the house after that?

17
00:01:40.500 --> 00:01:47.800
<v Hemin>{{c6|No, we left for one month, to my brother-in-law in [[Koya|PLACE]], because my girls
were screaming every night, they could not sleep.}}

18
00:01:48.300 --> 00:01:53.900
<v Hemin>Then we came back. The glass we changed, the door we changed,
the wall of the garden still has the holes.

19
00:01:54.400 --> 00:02:00.100
<v Interviewer>Have there been other attacks near you since then?

20
00:02:00.600 --> 00:02:08.100
<v Hemin>Near us, no. There was no attack in [[Xanzad|PLACE:Khanzad]] since then, thank God.
Only the planes of the Turks we hear at night, going to the mountains, far from us.

21
00:02:08.600 --> 00:02:13.000
<v Interviewer>That's fine. What about before, in [[2014|DATE:2014-01-01..2014-12-31]]?

22
00:02:13.500 --> 00:02:21.800
<v Hemin>In [[2014|DATE:2014-01-01..2014-12-31]] I was a [[Peshmerga|ACTOR:Peshmerga]] myself, in [[Makhmour|PLACE]], when [[Daesh|ACTOR:Islamic State]] attacked in [[August|DATE:2014-08-01..2014-08-31]].
{{c7|My friend [[Karzan Omer|PERSON]] was killed there by a [[sniper|WEAPON:SMALL_ARMS]] of [[Daesh|ACTOR:Islamic State]], near the [[Gwer|PLACE]] bridge.}}

23
00:02:22.300 --> 00:02:29.000
<v Hemin>{{c8|And two others of our unit, [[Dilshad|PERSON]] and [[Ako|PERSON]], injured by a [[mortar|WEAPON:MORTAR]] [[the same day|DATE:2014-08-01..2014-08-31]].}}
I carried [[Dilshad|PERSON]] to the car.

24
00:02:29.500 --> 00:02:34.000
<v Interviewer>Thank you, [[Hemin|PERSON]]. Is there anything else?

25
00:02:34.500 --> 00:02:40.000
<v Hemin>Only, please, my mother wants a new eye, the glass one, it is expensive.
If someone can help.

@@witness iq-erbil-hemin-aziz
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Xanzad" date=2021-02-15 basis=WITNESSED incident=iq-erbil-20210215-rockets
@@claim c2 harm=INJURED min=1 max=1 named="Fatma Hassan" weapon=ROCKET site="Xanzad" date=2021-02-15 basis=WITNESSED incident=iq-erbil-20210215-rockets
@@claim c3 harm=INJURED min=1 max=1 named="Aram" weapon=ROCKET site="Xanzad" date=2021-02-15 basis=WITNESSED incident=iq-erbil-20210215-rockets
@@claim c4 harm=PROPERTY_DAMAGE min=3 max=4 weapon=ROCKET site="Ainkawa" date=2021-02-15 basis=HEARSAY incident=iq-erbil-20210215-rockets
@@claim c5 harm=INJURED min=8 max=8 weapon=ROCKET date=2021-02-15 basis=REPORTED incident=iq-erbil-20210215-rockets
@@claim c9 harm=KILLED min=1 max=1 weapon=ROCKET date=2021-02-15 basis=REPORTED incident=iq-erbil-20210215-rockets
@@claim c6 harm=DISPLACED min=null max=null site="Xanzad" date=2021-02-15 weapon=ROCKET basis=EXPERIENCED incident=iq-erbil-20210215-rockets
@@claim c7 harm=KILLED min=1 max=1 named="Karzan Omer" weapon=SMALL_ARMS actor="Islamic State" site="Gwer" date=2014-08-01..2014-08-31 basis=WITNESSED incident=iq-makhmour-20140800-gwer-bridge
@@claim c8 harm=INJURED min=2 max=2 named="Dilshad; Ako" weapon=MORTAR actor="Islamic State" site="Gwer" date=2014-08-01..2014-08-31 basis=WITNESSED incident=iq-makhmour-20140800-gwer-bridge
