WEBVTT

NOTE
Interview IQ-TAF-1603, Hammam al-Alil camp, 5 October 2017.
Language: Arabic (Iraqi Turkmen witness), consecutive interpretation.
Voice tags name the witness by her first name.

c001
00:00:01.000 --> 00:00:06.300
<v Interviewer>Thank you for meeting us. Please, your name, and where you lived.

c002
00:00:06.900 --> 00:00:15.100
<v Zakiya>[[Zakiya Tahsin|PERSON]]. They call me [[Umm Nihad|PERSON]]. We lived in [[Tal Afar|PLACE]], in [[al-Khadra|PLACE]] neighbourhood, behind the grain office.

c003
00:00:15.800 --> 00:00:18.700
<v Interviewer>When did you leave [[Tal Afar|PLACE]]?

c004
00:00:19.500 --> 00:00:27.700
<v Zakiya>On [[the 24th|DATE:2017-08-24]], [[the fifth day of the battle|DATE:2017-08-24]]. I left with my daughter [[Sabah|PERSON]] and my son [[Nihad|PERSON]]. My husband, no. [pause]

c005
00:00:28.200 --> 00:00:32.400
<v Interviewer>We can go slowly. What happened to your husband?

c006
00:00:33.100 --> 00:00:41.400
<v Zakiya>This was before, in [[July|DATE:2017-07-01..2017-07-31]], in the heat. [[Ghazwan|PERSON]], my husband, paid a smuggler to take us out by the valley to [[Zummar|PLACE]].

c007
00:00:42.200 --> 00:00:50.700
<v Zakiya>Somebody told the [[hisba|ACTOR:Islamic State]]. {{c1|They came at [[night|DATE:2017-07-01..2017-07-31]] and dragged him out of the house in his undershirt, in front of the children, and held him in the basement of the court for three weeks.}}

c008
00:00:51.500 --> 00:01:00.000
<v Zakiya>{{c2|When he came back he could not lift his arm. They had hung him from it.}} After that he did not speak about leaving.

c009
00:01:00.400 --> 00:01:03.600
<v Interviewer>And during the battle, in [[August|DATE:2017-08-01..2017-08-31]]?

c010
00:01:04.300 --> 00:01:11.500
<v Zakiya>From [[the 20th|DATE:2017-08-20]] it did not stop. [[Artillery|WEAPON:ARTILLERY]] from the side of the [[Hashd|ACTOR:Popular Mobilization Forces]], and [[the planes|WEAPON:AIRSTRIKE]] day and night.

c011
00:01:12.200 --> 00:01:20.700
<v Zakiya>[[Daesh|ACTOR:Islamic State]] had positions on the roofs near the citadel. But in our house, no. There were no [[Daesh|ACTOR:Islamic State]] in our house, I swear on my children.

c012
00:01:21.300 --> 00:01:24.200
<v Interviewer>What happened on your street?

c013
00:01:25.100 --> 00:01:31.500
<v Zakiya>It was [[the Wednesday|DATE:2017-08-23]], I think, [[after the noon prayer|DATE:2017-08-23]]. I was in the kitchen with [[Sabah|PERSON]].

c014
00:01:32.100 --> 00:01:40.200
<v Zakiya>{{c3|The house of [[Abu Yunis|PERSON]], next to us, was hit by the [[air strike|WEAPON:AIRSTRIKE]]. It folded, like a box when you sit on it.}}

c015
00:01:40.800 --> 00:01:49.300
<v Zakiya>{{c4|Five of them were inside. [[Abu Yunis|PERSON]], his wife [[Ilham|PERSON]], two small girls and the old grandmother. We took out only the grandmother, alive, with her leg crushed.}}

c016
00:01:50.200 --> 00:01:58.700
<v Zakiya>{{c5|And our roof came down into the room where we slept. The wall with the water tank fell in the street.}} By God, if we were sleeping there, we would be dead also.

c017
00:01:59.400 --> 00:02:04.300
<v Interviewer>You said five were inside. Do you know if all of them died?

c018
00:02:04.800 --> 00:02:13.300
<v Zakiya>{{c6|Four died. [[Abu Yunis|PERSON]], [[Ilham|PERSON]], and the two girls, [[Rusul|PERSON]] and [[Tiba|PERSON]]. [[Rusul|PERSON]] was six.}} Some people in the camp say seven died in that house. No. I was there. Four.

c019
00:02:13.800 --> 00:02:16.900
<v Interviewer>Do you know whose [[plane|WEAPON:AIRSTRIKE]] it was?

c020
00:02:17.500 --> 00:02:24.000
<v Zakiya>The [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]] or [[the Americans|ACTOR:US-led coalition]], who knows. It came from the sky, that is all I know.

c021
00:02:24.300 --> 00:02:27.400
<v Interviewer>How did you get out of the city?

c022
00:02:28.100 --> 00:02:36.400
<v Zakiya>[[The next morning|DATE:2017-08-24]] we walked, thirty people, to the north, to the [[Hashd|ACTOR:Popular Mobilization Forces]] lines near [[al-Kasak|PLACE]]. White cloths on sticks.

c023
00:02:37.100 --> 00:02:45.600
<v Zakiya>{{c7|[[Daesh|ACTOR:Islamic State]] had a [[sniper|WEAPON:SMALL_ARMS]] on the silos. He shot my nephew [[Qahtan|PERSON]], sixteen, in the back, and he died there on the asphalt. We could not even carry him.}} [crying]

c024
00:02:46.200 --> 00:02:48.400
<v Interviewer>I'm very sorry.

c025
00:02:49.200 --> 00:02:57.700
<v Zakiya>{{c8,c11|People at the lines said also a [[drone|WEAPON:DRONE_STRIKE]] of [[Daesh|ACTOR:Islamic State]] dropped a [[grenade|WEAPON:DRONE_STRIKE]] on a family car on the [[Abu Mariya|PLACE]] road [[that same day|DATE:2017-08-24]], and the driver lost his hand.}}

c026
00:02:58.600 --> 00:03:01.400
<v Interviewer>What happened at the lines?

c027
00:03:02.000 --> 00:03:10.500
<v Zakiya>They separated the men. They checked the names on the computer. [[Nihad|PERSON]] is seventeen. They questioned him for one hour maybe, who is your father, which mosque.

c028
00:03:11.200 --> 00:03:18.500
<v Zakiya>Then they let him go, because his name was not on the list. But other boys from [[Tel Afar|PLACE:Tal Afar]] they took.

c029
00:03:18.900 --> 00:03:27.400
<v Zakiya>{{c9|From our group they took the men away, four of them, [[Mahir|PERSON]] the son of the baker and three I did not know. We heard they are in [[Baghdad|PLACE]] now, in prison.}}

c030
00:03:27.700 --> 00:03:30.400
<v Interviewer>And your husband, [[Ghazwan|PERSON]]?

c031
00:03:31.300 --> 00:03:39.800
<v Zakiya>{{c10|He stayed to guard the house. Since [[that morning|DATE:2017-08-24]] we have no news. The phone is closed. Nobody in the camp has seen him.}}

c032
00:03:40.300 --> 00:03:43.600
<v Interviewer>Have you registered him as missing?

c033
00:03:44.000 --> 00:03:52.500
<v Zakiya>Yes, with the camp office and with the Red Crescent... no, sorry, with the committee. They wrote his name. [[Ghazwan Kasim|PERSON]]. Please write it also.
@@claim c1 harm=DETAINED min=1 max=1 named="Ghazwan" actor="Islamic State" site="Tal Afar" date=2017-07-01..2017-07-31 basis=WITNESSED incident=iq-talafar-20170700-ghazwan-hisba-detention
@@claim c2 harm=INJURED min=1 max=1 named="Ghazwan" actor="Islamic State" site="Tal Afar" date=2017-07-01..2017-07-31 basis=WITNESSED incident=iq-talafar-20170700-ghazwan-hisba-detention
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Khadra" date=2017-08-23 basis=WITNESSED incident=iq-talafar-20170823-khadra-abuyunis-house
@@claim c4 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="al-Khadra" date=2017-08-23 basis=WITNESSED incident=iq-talafar-20170823-khadra-abuyunis-house
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Khadra" date=2017-08-23 basis=EXPERIENCED incident=iq-talafar-20170823-khadra-abuyunis-house
@@claim c6 harm=KILLED min=4 max=4 named="Abu Yunis; Ilham; Rusul; Tiba" weapon=AIRSTRIKE site="al-Khadra" date=2017-08-23 basis=WITNESSED incident=iq-talafar-20170823-khadra-abuyunis-house
@@claim c7 harm=KILLED min=1 max=1 named="Qahtan" weapon=SMALL_ARMS actor="Islamic State" site="Tal Afar" date=2017-08-24 basis=WITNESSED incident=iq-talafar-20170824-silos-sniper-qahtan
@@claim c8 harm=INJURED min=1 max=1 weapon=DRONE_STRIKE actor="Islamic State" site="Abu Mariya" date=2017-08-24 basis=HEARSAY incident=iq-talafar-20170824-abumariya-drone-car
@@claim c9 harm=DETAINED min=4 max=4 named="Mahir" actor="Popular Mobilization Forces" site="al-Kasak" date=2017-08-24 basis=WITNESSED incident=iq-talafar-20170824-kasak-screening-men-taken
@@claim c10 harm=MISSING min=1 max=1 named="Ghazwan" site="Tal Afar" date=2017-08-24 basis=EXPERIENCED incident=iq-talafar-20170824-ghazwan-missing
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Islamic State" site="Abu Mariya" date=2017-08-24 basis=HEARSAY incident=iq-talafar-20170824-abumariya-drone-car
@@witness iq-talafar-zakiya-tahsin
