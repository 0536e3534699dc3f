WEBVTT - interview MSL-1902

NOTE
Interview MSL-1902, recorded 2018-02-17 in Erbil.
Arabic, English voice-over by the interpreter. Speaker asked to be named by first name only.

c01
00:00:01.000 --> 00:00:05.200
<v Interviewer>[[Wafaa|PERSON]], thank you. You were living in [[al-Zanjili|PLACE]] in [[2017|DATE:2017-01-01..2017-12-31]]?

c02
00:00:05.800 --> 00:00:12.400
<v Wafaa>In [[Zinjili|PLACE:al-Zanjili]], yes, behind the [[Zinjili|PLACE:al-Zanjili]] mosque. Since my marriage.
My husband is from there. Was. Is, I don't know what to say.

c03
00:00:13.000 --> 00:00:16.800
<v Interviewer>Take your time. What happened to your husband?

c04
00:00:17.400 --> 00:00:25.600
<v Wafaa>{{c1|In [[January|DATE:2017-01-01..2017-01-31]], [[the week the schools closed|DATE:2017-01-01..2017-01-31]], they came at [[the dawn|DATE:2017-01-01..2017-01-31]]
and they dragged [[Qusay|PERSON]] out of the bed, four men with faces covered.}}

c05
00:00:26.000 --> 00:00:31.000
<v Wafaa>They said he sold cigarettes. [[Daesh|ACTOR:Islamic State]], you know, cigarettes is a crime for them.

c06
00:00:31.500 --> 00:00:38.900
<v Wafaa>They wanted to take my son also, [[Yaqub|PERSON]], sixteen, but the old men from the mosque
stood at the door and talked and talked, and they left him.

c07
00:00:39.400 --> 00:00:42.000
<v Interviewer>Did [[Qusay|PERSON]] come back?

c08
00:00:42.600 --> 00:00:49.800
<v Wafaa>{{c2|No. Not from their prison, not after the liberation. I went to every list.
We have no news of him until today.}} [crying]

c09
00:00:50.400 --> 00:00:55.000
<v Interviewer>I'm sorry. Tell me about [[May|DATE:2017-05-01..2017-05-31]], the house of the [[Tutunji|PERSON]] family.

c10
00:00:55.600 --> 00:01:03.400
<v Wafaa>{{c3|[[The 23rd|DATE:2017-05-23]], [[a Tuesday|DATE:2017-05-23]], I think [[Tuesday|DATE:2017-05-23]]. In [[the evening|DATE:2017-05-23]]...
before the dinner. [[The jets|WEAPON:AIRSTRIKE]] struck the house of Uncle [[Fathi|PERSON]], and it came down on them.}}

c11
00:01:04.000 --> 00:01:10.800
<v Wafaa>{{c4|Fourteen people were under it. Fourteen, some say fifteen, with the guests from [[Tal Afar|PLACE]].
Uncle [[Fathi|PERSON]], [[Ammar|PERSON]] his son, [[Shaymaa|PERSON]], little [[Hiba|PERSON]].}}

c12
00:01:11.400 --> 00:01:15.000
<v Interviewer>Did you see it yourself?

c13
00:01:15.600 --> 00:01:22.300
<v Wafaa>I heard it. My house is three streets away. I was in the kitchen and the gas bottle fell.
I went out and the dust was like a wall.

c14
00:01:22.900 --> 00:01:29.500
<v Wafaa>{{c4|[[Abu Raed|PERSON]], the neighbour, he told me [[the next day|DATE:2017-05-24]] how many they took out. He counted them.}}

c15
00:01:30.000 --> 00:01:34.800
<v Interviewer>Was it [[the coalition|ACTOR:US-led coalition]], or [[Iraqi|ACTOR:Iraqi forces]] [[artillery|WEAPON:ARTILLERY]]?

c16
00:01:35.400 --> 00:01:40.000
<v Wafaa>[[The jets|WEAPON:AIRSTRIKE]]. [[Iraqi|ACTOR:Iraqi forces]] or [[American|ACTOR:US-led coalition]], who can know from under the roof?

c17
00:01:40.600 --> 00:01:47.900
<v Wafaa>{{c5|And [[the week after|DATE:2017-05-24..2017-05-31]], a small [[drone|WEAPON:DRONE_STRIKE]] of [[Daesh|ACTOR:Islamic State]] dropped a [[grenade|WEAPON:DRONE_STRIKE]] on the people
waiting for water at the tank near us. Four were hurt, one lost his eye.}}

c18
00:01:48.500 --> 00:01:51.000
<v Interviewer>You saw that?

c19
00:01:51.600 --> 00:01:57.600
<v Wafaa>{{c5|I was in the line. I had two jerrycans. The boy beside me, [[Mustafa|PERSON]], the blood was on my abaya.}}

c20
00:01:58.200 --> 00:02:04.800
<v Wafaa>{{c6|Then we left, at [[the beginning of June|DATE:2017-06-01..2017-06-05]], to the house of my brother [[Nawfal|PERSON]] in [[al-Shifa|PLACE]].}}

c21
00:02:05.400 --> 00:02:13.000
<v Wafaa>{{c7|There was a [[shell|WEAPON:CHEMICAL]] with a yellow smoke, it smelled like the powder for cleaning, [[chlorine|WEAPON:CHEMICAL]],
and my mother and the two girls of [[Nawfal|PERSON]] could not breathe, their eyes were burning.}}

c22
00:02:13.600 --> 00:02:17.200
<v Interviewer>Do you know who fired the [[chlorine|WEAPON:CHEMICAL]]?

c23
00:02:17.800 --> 00:02:23.600
<v Wafaa>People said [[Daesh|ACTOR:Islamic State]], to stop [[the army|ACTOR:Iraqi forces]]. [[The army|ACTOR:Iraqi forces]] was two streets from us.
Nobody died from it in our house, thanks to God.

c24
00:02:24.200 --> 00:02:31.400
<v Wafaa>- Also there was a [[rocket|WEAPON:CLUSTER_MUNITION]] that opened in the air, with [[small bombs|WEAPON:CLUSTER_MUNITION]], like eggs.
- Where?

c25
00:02:32.000 --> 00:02:38.600
<v Wafaa>{{c8|Near the [[al-Shifa hospital|PLACE]].}} {{c8,c11|The [[small bombs|WEAPON:CLUSTER_MUNITION]] fell on the cars of the street, and a man, [[Abu Layth|PERSON]], was killed on the pavement.}}

c26
00:02:39.200 --> 00:02:42.000
<v Interviewer>Did you see this?

c27
00:02:42.600 --> 00:02:47.500
<v Wafaa>No, [[Nawfal|PERSON]] saw it from the door. I was inside with the children.

c28
00:02:48.100 --> 00:02:53.400
<v Interviewer>And your brother in the [[Old City|PLACE]], you said before that you have another brother there?

c29
00:02:54.000 --> 00:03:03.000
<v Wafaa>{{c9|[[Salih|PERSON]]. He told me on the phone that in [[June|DATE:2017-06-01..2017-06-30]] a white fire came down on the [[Old City|PLACE]], near [[Bab al-Toub|PLACE]],
[[phosphorus|WEAPON:INCENDIARY]], and the houses of his alley burned, eight or nine, with the furniture, the wood, everything.}}

c30
00:03:03.600 --> 00:03:09.000
<v Wafaa>{{c9|His own house, the roof is black and the stairs fell. He lives in a tent now in [[Khazir|PLACE]].}}

c31
00:03:09.600 --> 00:03:13.800
<v Interviewer>Thank you, [[Wafaa|PERSON]]. Is there anything you want to add?

c32
00:03:14.400 --> 00:03:20.800
<v Wafaa>Only, if they find the prisons of [[Daesh|ACTOR:Islamic State]], the graves, let them tell me. The name is [[Qusay Hamid|PERSON]].

@@witness iq-mosul-wafaa-zanjili
@@claim c1 harm=DETAINED min=1 max=1 named="Qusay" actor="Islamic State" site="Zinjili" date=2017-01-01..2017-01-31 basis=WITNESSED incident=iq-mosul-20170100-zanjili-qusay-abduction
@@claim c2 harm=MISSING min=1 max=1 named="Qusay" actor="Islamic State" site="Zinjili" date=2017-01-01..2017-01-31 basis=WITNESSED incident=iq-mosul-20170100-zanjili-qusay-abduction
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Zinjili" date=2017-05-23 basis=WITNESSED incident=iq-mosul-20170523-zanjili-tutunji-house
@@claim c4 harm=KILLED min=14 max=15 named="Fathi; Ammar; Shaymaa; Hiba" weapon=AIRSTRIKE site="Zinjili" date=2017-05-23 basis=HEARSAY incident=iq-mosul-20170523-zanjili-tutunji-house
@@claim c5 harm=INJURED min=4 max=4 named="Mustafa" weapon=DRONE_STRIKE actor="Islamic State" site="Zinjili" date=2017-05-24..2017-05-31 basis=EXPERIENCED incident=iq-mosul-20170500-zanjili-water-tank-drone
@@claim c6 harm=DISPLACED min=null max=null site="al-Shifa" date=2017-06-01..2017-06-05 basis=EXPERIENCED incident=iq-mosul-20170601-wafaa-family-flight
@@claim c7 harm=INJURED min=3 max=3 weapon=CHEMICAL actor="Islamic State" site="al-Shifa" date=2017-06-01..2017-06-30 basis=WITNESSED incident=iq-mosul-20170600-shifa-chlorine-shell
@@claim c8 harm=KILLED min=1 max=1 named="Abu Layth" weapon=CLUSTER_MUNITION site="al-Shifa hospital" date=2017-06-01..2017-06-30 basis=HEARSAY incident=iq-mosul-20170600-shifa-hospital-cluster-rocket
@@claim c9 harm=PROPERTY_DAMAGE min=8 max=9 weapon=INCENDIARY site="Bab al-Toub" date=2017-06-01..2017-06-30 basis=HEARSAY incident=iq-mosul-20170600-babaltoub-phosphorus
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="al-Shifa hospital" date=2017-06-01..2017-06-30 basis=HEARSAY incident=iq-mosul-20170600-shifa-hospital-cluster-rocket
