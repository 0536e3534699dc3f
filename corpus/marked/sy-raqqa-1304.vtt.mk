WEBVTT

NOTE
Recorded in Ain Issa, 14 September 2017. Arabic with English
interpretation. Witness asked that only first names of relatives be used.

1
00:00:02.000 --> 00:00:06.000
<v Interviewer>Thank you for coming. Please tell us who you are.

2
00:00:06.800 --> 00:00:13.500
<v Hiba>I am [[Hiba|PERSON]], [[Hiba al-Khalil|PERSON]]. I am a teacher, I was a teacher, in [[Raqqa|PLACE]], in [[al-Mashlab|PLACE]].

3
00:00:14.200 --> 00:00:19.000
<v Interviewer>When did the battle reach [[al-Meshleb|PLACE:al-Mashlab]]?

4
00:00:19.700 --> 00:00:27.000
<v Hiba>In [[June|DATE:2017-06-01..2017-06-30]], the first days. The [[SDF|ACTOR:Syrian Democratic Forces]] came from the east side, and the [[Daesh|ACTOR:Islamic State]] people went into the houses to fight.

5
00:00:27.800 --> 00:00:35.000
<v Hiba>{{c1|[[The 8th of June|DATE:2017-06-08]], or [[the 9th|DATE:2017-06-09]], [[the planes|WEAPON:AIRSTRIKE]] hit the building in front of us, four floors. It came down completely.}}

6
00:00:35.600 --> 00:00:42.000
<v Hiba>{{c2|The [[Hariri|PERSON]] family lived on the second floor. The mother, [[Umm Bilal|PERSON]], and her daughter [[Salam|PERSON]], who was nine, they died.}}

7
00:00:42.800 --> 00:00:48.000
<v Hiba>We were in the stairs, under. I heard [[the plane|WEAPON:AIRSTRIKE]] before, it makes a sound, then silence, then it hits.

8
00:00:48.600 --> 00:00:53.000
<v Interviewer>Do you know whose [[planes|WEAPON:AIRSTRIKE]] they were?

9
00:00:53.600 --> 00:01:00.000
<v Hiba>Of course, [[the coalition|ACTOR:US-led coalition]]. In [[Raqqa|PLACE]] at that time only [[the coalition|ACTOR:US-led coalition]] was bombing us. The others were far, in the south.

10
00:01:00.600 --> 00:01:05.400
<v Interviewer>Was anyone else hurt in that [[strike|WEAPON:AIRSTRIKE]]?

11
00:01:06.000 --> 00:01:13.000
<v Hiba>{{c3|The father, [[Abu Bilal|PERSON]], yes, injured, and a boy from the third floor, [[Khodr|PERSON]].}} We carried them to the clinic.

12
00:01:13.600 --> 00:01:19.000
<v Hiba>I am a teacher, I tell you honestly: I saw two dead and two injured, nothing more. Maybe there were more under it.

13
00:01:19.600 --> 00:01:25.000
<v Interviewer>[[The same day|DATE]], did anything happen in [[al-Badu|PLACE]], near you?

14
00:01:25.600 --> 00:01:33.000
<v Hiba>In [[al-Badou|PLACE:al-Badu]], yes, [[the same day|DATE:2017-06-08]], my sister called me. {{c4|The [[shelling|WEAPON:ARTILLERY]] hit near the bakery and killed a man, [[Mohamad Ayash|PERSON]], the baker's brother.}}

15
00:01:33.600 --> 00:01:38.000
<v Hiba>This I did not see, only my sister said.

16
00:01:38.600 --> 00:01:44.000
<v Interviewer>When did you leave [[al-Mashlab|PLACE]]?

17
00:01:44.600 --> 00:01:52.000
<v Hiba>{{c5|[[Four days later|DATE:2017-06-12]]. The [[SDF|ACTOR:Syrian Democratic Forces]] took our street and said to us, go, go to the east. All of us, my mother, my two brothers, their children. Fourteen people.}}

18
00:01:52.600 --> 00:01:59.000
<v Hiba>{{c6|While we were walking, a [[sniper|WEAPON:SMALL_ARMS]] from [[Daesh|ACTOR:Islamic State]], from the minaret, shot my brother [[Ziad|PERSON]] in the hip.}}

19
00:01:59.600 --> 00:02:05.000
<v Hiba>We pulled him behind a wall. The [[SDF|ACTOR:Syrian Democratic Forces]] fighters shot back at the minaret. [[Ziad|PERSON]] lived, thank God, he walks with a stick.

20
00:02:05.600 --> 00:02:10.000
<v Interviewer>Were there [[mines|WEAPON:LANDMINE]] on the road out?

21
00:02:10.600 --> 00:02:18.000
<v Hiba>On our road, no, there were no [[mines|WEAPON:LANDMINE]], the [[SDF|ACTOR:Syrian Democratic Forces]] had cleaned it. But in the houses, yes.

22
00:02:18.600 --> 00:02:27.000
<v Hiba>{{c7|Our neighbour [[Fadel|PERSON]] went back in [[July|DATE:2017-07-01..2017-07-31]] to take his papers, and the house had a [[bomb|WEAPON:IED]] inside, at the door. [[Daesh|ACTOR:Islamic State]] left them everywhere. He was killed with his son [[Omar|PERSON]].}}

23
00:02:27.600 --> 00:02:33.000
<v Interviewer>How do you know what killed him?

24
00:02:33.600 --> 00:02:40.000
<v Hiba>His wife told me. She was outside, on the street, she saw the door explode. It was a [[trap|WEAPON:IED]], a wire on the door.

25
00:02:40.600 --> 00:02:46.000
<v Interviewer>And your own house?

26
00:02:46.600 --> 00:02:54.000
<v Hiba>{{c8|Our house, I saw photos on the phone, half of it fell, from the [[artillery|WEAPON:ARTILLERY]] in [[August|DATE:2017-08-01..2017-08-31]].}} Nobody was in it then.

27
00:02:54.600 --> 00:03:00.000
<v Hiba>I do not want much. My school, the [[al-Rashid school|PLACE]], they said it is a base now. I want to teach again.

28
00:03:00.600 --> 00:03:06.000
<v Interviewer>After the [[SDF|ACTOR:Syrian Democratic Forces]] took [[al-Mashlab|PLACE]], was the area still attacked?

29
00:03:06.800 --> 00:03:16.000
<v Hiba>Yes, from the other direction. {{c9|[[Daesh|ACTOR:Islamic State]] fired [[hawn|WEAPON:MORTAR]] from the old city on the streets they lost. My cousin [[Rawan|PERSON]] told me a [[mortar|WEAPON:MORTAR]] fell on their yard at [[the end of June|DATE:2017-06-20..2017-06-30]] and injured her husband, [[Abu Sami|PERSON]], in the back.}}

30
00:03:16.800 --> 00:03:24.000
<v Hiba>He is fine now, he works in a shop in [[Ain Issa|PLACE]]. But their children are afraid of every sound, even the door. My children also. When a truck passes, they run under the bed.

31
00:03:24.800 --> 00:03:31.000
<v Hiba>I tell them, it is finished, it is only a truck. But I am not sure it is finished. Nobody is sure.

32
00:03:31.600 --> 00:03:35.000
<v Interviewer>Thank you, [[Hiba|PERSON]].

@@witness sy-raqqa-hiba-alkhalil
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="al-Mashlab" date=2017-06-08..2017-06-09 basis=WITNESSED incident=sy-raqqa-20170608-mashlab-hariri-building
@@claim c2 harm=KILLED min=2 max=2 named="Umm Bilal; Salam" weapon=AIRSTRIKE actor="US-led coalition" site="al-Mashlab" date=2017-06-08..2017-06-09 basis=WITNESSED incident=sy-raqqa-20170608-mashlab-hariri-building
@@claim c3 harm=INJURED min=2 max=2 named="Abu Bilal; Khodr" weapon=AIRSTRIKE actor="US-led coalition" site="al-Mashlab" date=2017-06-08..2017-06-09 basis=WITNESSED incident=sy-raqqa-20170608-mashlab-hariri-building
@@claim c4 harm=KILLED min=1 max=1 named="Mohamad Ayash" weapon=ARTILLERY site="al-Badou" date=2017-06-08 basis=HEARSAY incident=sy-raqqa-20170608-badu-bakery-shelling
@@claim c5 harm=DISPLACED min=14 max=14 actor="Syrian Democratic Forces" site="al-Mashlab" date=2017-06-12 basis=EXPERIENCED incident=sy-raqqa-20170612-alkhalil-family-flight
@@claim c6 harm=INJURED min=1 max=1 named="Ziad" weapon=SMALL_ARMS actor="Islamic State" site="al-Mashlab" date=2017-06-12 basis=WITNESSED incident=sy-raqqa-20170612-mashlab-minaret-sniper
@@claim c7 harm=KILLED min=2 max=2 named="Fadel; Omar" weapon=IED actor="Islamic State" site="al-Mashlab" date=2017-07-01..2017-07-31 basis=HEARSAY incident=sy-raqqa-20170700-fadel-house-ied
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="al-Mashlab" date=2017-08-01..2017-08-31 basis=REPORTED incident=sy-raqqa-20170800-alkhalil-house-shelling
@@claim c9 harm=INJURED min=1 max=1 named="Abu Sami" weapon=MORTAR actor="Islamic State" site="al-Mashlab" date=2017-06-20..2017-06-30 basis=HEARSAY incident=sy-raqqa-20170600-mashlab-abu-sami-mortar
