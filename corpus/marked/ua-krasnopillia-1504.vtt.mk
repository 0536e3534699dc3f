WEBVTT

NOTE
Recorded in Krasnopillia, Sumy oblast, 3 November 2024.
Speaker: volunteer driver, Krasnopillia hromada. Ukrainian,
English voice-over by the interviewer's colleague.

k01
00:00:00.800 --> 00:00:05.400
<v Interviewer>You drive people out of the border villages. For how long?

k02
00:00:06.000 --> 00:00:13.200
<v Demyd>Since [[the winter of 2023|DATE:2023-01-01..2023-02-28]]. I had a pharmacy delivery business, a little Sprinter. Now the Sprinter is, eh, the taxi of last chance. [laughs] I still bring the pills too, when there is space.

k03
00:00:13.900 --> 00:00:19.000
<v Interviewer>Were you in [[Velyka Pysarivka|PLACE]] when the bakery was hit?

k04
00:00:19.700 --> 00:00:27.500
<v Demyd>In [[Velikaya Pisarevka|PLACE:Velyka Pysarivka]], yes, the old people say it the Russian way. I came with medicines [[that Wednesday|DATE:2024-08-14]], on [[the Honey Saviour|DATE:2024-08-14]], [[the Spas|DATE:2024-08-14]], [[about eleven|DATE:2024-08-14]].

k05
00:00:28.200 --> 00:00:35.000
<v Demyd>{{c1|I parked near the church and I heard it falling, that sound like a train. The bakery was just, eh, folded, like paper.}}

k06
00:00:35.800 --> 00:00:43.900
<v Demyd>{{c2|Three people died there, this I am sure, the baker woman, the van boy and one buyer, an old man, [[Liubomyr|PERSON]] I think, [[Liubomyr Zhuravel|PERSON]].}}

k07
00:00:44.600 --> 00:00:48.000
<v Interviewer>Others told us two.

k08
00:00:48.700 --> 00:00:56.300
<v Demyd>Two were found [[the first day|DATE:2024-08-14]]. {{c2|[[Zhuravel|PERSON]] they found on [[the Friday|DATE:2024-08-16]], under the counter.}} So three. I carried him to the car myself.

k09
00:00:57.000 --> 00:01:04.600
<v Demyd>{{c3|And in the Sprinter I took two injured to [[Krasnopillia|PLACE]], a woman with her leg open and a girl, [[Yevdokiia|PERSON]], eleven, with glass in her face.}}

k10
00:01:05.200 --> 00:01:09.000
<v Interviewer>What weapon was it, do you know?

k11
00:01:09.600 --> 00:01:17.800
<v Demyd>An [[aviation bomb|WEAPON:AIRSTRIKE]], a [[FAB|WEAPON:AIRSTRIKE]] with the wings. The [[Russian|ACTOR:Russian armed forces in Ukraine]] [[planes|WEAPON:AIRSTRIKE]] throw them from [[Belgorod|PLACE]] side, we never see [[the planes|WEAPON:AIRSTRIKE]].

k12
00:01:18.500 --> 00:01:23.000
<v Interviewer>Was there anything military near the bakery?

k13
00:01:23.600 --> 00:01:30.200
<v Demyd>Nothing. No soldiers in the village centre at all, they stay in the forest positions. The bakery was a bakery.

k14
00:01:31.000 --> 00:01:35.600
<v Interviewer>You mentioned a bus near [[Krasnopillia|PLACE]] in [[the summer|DATE:2024-06-01..2024-08-31]].

k15
00:01:36.200 --> 00:01:44.800
<v Demyd>{{c4,c9|Yes, [[the 2nd of July|DATE:2024-07-02]], on the road from [[Mezenivka|PLACE]], the small [[FPV|WEAPON:DRONE_STRIKE]] hit the front of the town bus.}} {{c4|Six passengers were wounded, the driver [[Prokip|PERSON]] lost an eye.}}

k16
00:01:45.500 --> 00:01:50.400
<v Demyd>This I did not see. [[Prokip|PERSON]] told me himself, in the hospital, he is my wife's godfather.

k17
00:01:51.000 --> 00:01:58.300
<v Demyd>{{c5|[[The same summer|DATE:2024-06-01..2024-08-31]] a [[Shahed|WEAPON:DRONE_STRIKE]] came down behind the hospital in [[Krasnopillia|PLACE]], the windows blew into the wards and the old flour mill next door was gutted. I saw the mill [[the next day|DATE]], only the walls.}}

k18
00:01:58.900 --> 00:02:03.000
<v Demyd>Nobody in the hospital was hurt, they were in the corridor, they know the rules now, two walls between you and the window.

k19
00:02:03.700 --> 00:02:09.000
<v Interviewer>Have people been taken by [[the Russian groups|ACTOR:Russian armed forces in Ukraine]] here?

k20
00:02:09.600 --> 00:02:18.700
<v Demyd>{{c6|In [[Riasne|PLACE]], in [[June|DATE:2024-06-01..2024-06-30]], a family, the [[Horpynenko|PERSON]] family, father, mother and the grown son, were taken across the border by a sabotage group.}}

k21
00:02:19.300 --> 00:02:25.200
<v Demyd>{{c6|I read it on the hromada Facebook page, with their photos.}} Later they said the mother was sent back through the Red Cross exchange. The men, no.

k22
00:02:25.900 --> 00:02:33.400
<v Demyd>My brother-in-law [[Nazarii|PERSON]] the border guards also held once, for questions, one hour in the office, because he filmed a convoy. Then let him go.

k23
00:02:34.000 --> 00:02:38.200
<v Interviewer>Is anyone from your own family missing?

k24
00:02:38.900 --> 00:02:47.000
<v Demyd>{{c7|My cousin [[Arsen Pankratov|PERSON]]. He went back to [[Pysarivka|PLACE:Velyka Pysarivka]] in [[September|DATE:2024-09-01..2024-09-30]] to take his dog, on a bicycle, [[the 9th|DATE:2024-09-09]].}}

k25
00:02:47.600 --> 00:02:54.900
<v Demyd>{{c7|Nobody saw him since. Not alive, not dead. His phone was last on the network at [[four in the afternoon|DATE:2024-09-09]] [[that day|DATE:2024-09-09]].}}

k26
00:02:55.500 --> 00:03:00.000
<v Demyd>Maybe [[the Russians|ACTOR:Russian armed forces in Ukraine]] took him, maybe a [[mine|WEAPON:LANDMINE]], I do not know, I will not guess for the paper.

k27
00:03:00.700 --> 00:03:06.300
<v Interviewer>And your own house?

k28
00:03:06.900 --> 00:03:14.800
<v Demyd>{{c8|In [[October|DATE:2024-10-01..2024-10-31]] the [[mortar|WEAPON:MORTAR]] came into my yard, my greenhouse is torn apart and the Sprinter, the first Sprinter, burned to the metal.}} This one is new, from the foundation.

k29
00:03:15.400 --> 00:03:19.000
<v Demyd>So, eh, I continue. What else. Tomorrow I go for two grandmothers who finally said yes. Four months I asked them, every week.

@@witness ua-krasnopillia-demyd-serhiienko
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Velikaya Pisarevka" date=2024-08-14 basis=WITNESSED incident=ua-velykapysarivka-20240814-bakery-kab
@@claim c2 harm=KILLED min=3 max=3 named="Liubomyr Zhuravel" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Velikaya Pisarevka" date=2024-08-14 basis=WITNESSED incident=ua-velykapysarivka-20240814-bakery-kab
@@claim c3 harm=INJURED min=2 max=2 named="Yevdokiia" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Velikaya Pisarevka" date=2024-08-14 basis=WITNESSED incident=ua-velykapysarivka-20240814-bakery-kab
@@claim c4 harm=INJURED min=7 max=7 named="Prokip" weapon=DRONE_STRIKE site="Mezenivka" date=2024-07-02 basis=HEARSAY incident=ua-krasnopillia-20240702-town-bus-fpv
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Krasnopillia" date=2024-06-01..2024-08-31 basis=WITNESSED incident=ua-krasnopillia-20240000-hospital-mill-shahed
@@claim c6 harm=DETAINED min=3 max=3 named="Horpynenko" actor="Russian armed forces in Ukraine" site="Riasne" date=2024-06-01..2024-06-30 basis=REPORTED incident=ua-riasne-20240600-horpynenko-family-taken
@@claim c7 harm=MISSING min=1 max=1 named="Arsen Pankratov" site="Pysarivka" date=2024-09-09 basis=WITNESSED incident=ua-velykapysarivka-20240909-arsen-pankratov-missing
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Krasnopillia" date=2024-10-01..2024-10-31 basis=EXPERIENCED incident=ua-krasnopillia-20241000-witness-yard-mortar
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Mezenivka" date=2024-07-02 basis=HEARSAY incident=ua-krasnopillia-20240702-town-bus-fpv
