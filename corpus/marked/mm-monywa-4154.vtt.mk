WEBVTT

NOTE
Interview MM-MNY-4154. Recorded in Mae Sot, Thailand, 21 February 2023.
Burmese, consecutive interpretation. The witness asked that her face not be filmed.

y01
00:00:01.000 --> 00:00:05.500
<v Interviewer>Can you tell me your name and where you lived?

y02
00:00:06.000 --> 00:00:12.400
<v Yadanar>[[Ma Yadanar Hlaing|PERSON]]. In [[Monywa|PLACE]], near the [[Chindwin|PLACE]] river. My family had a tea shop, my father [[U Kyaw Sein|PERSON]] ran it.

y03
00:00:13.000 --> 00:00:18.200
<v Interviewer>You joined the protests in [[Monywa|PLACE]] in [[2021|DATE:2021-01-01..2021-12-31]]?

y04
00:00:18.800 --> 00:00:26.900
<v Yadanar>Yes, every day in [[March|DATE:2021-03-01..2021-03-31]]. On [[the 2nd of April|DATE:2021-04-02]], [[a Friday|DATE:2021-04-02]], [[the soldiers|ACTOR:Tatmadaw]] came to the main road with trucks. First [[tear gas|WEAPON:CHEMICAL]], then they were shooting.

y05
00:00:27.400 --> 00:00:34.100
<v Yadanar>{{c1|My friend [[Ko Pyae Phyo Kyaw|PERSON]] was hit in the leg, here, by a [[bullet|WEAPON:SMALL_ARMS]]. I was next to him, I tied my longyi on it.}}

y06
00:00:34.600 --> 00:00:39.800
<v Yadanar>Some people asked me if a girl was killed [[that day|DATE:2021-04-02]] near us. I did not see anything like this, I cannot say it.

y07
00:00:40.300 --> 00:00:44.700
<v Interviewer>What happened to your family after that?

y08
00:00:45.200 --> 00:00:53.600
<v Yadanar>{{c2|In [[June|DATE:2021-06-01..2021-06-30]], [[the night after the full moon|DATE:2021-06-25]], [[the military|ACTOR:Tatmadaw]] came into our house, maybe fifteen soldiers. They took my brother [[Ko Sithu Kyaw|PERSON]] and the two sons of our neighbour [[Daw Khin San Yi|PERSON]].}}

y09
00:00:54.100 --> 00:00:58.800
<v Yadanar>{{c2|I saw from the stairs. They covered their heads with their shirts and pushed them in the truck.}}

y10
00:00:59.300 --> 00:01:06.700
<v Yadanar>My father they kept in the shop one hour, asking, asking. He paid them fifty thousand kyats and they left him. He was not taken.

y11
00:01:07.200 --> 00:01:11.000
<v Interviewer>Where was [[Sithu|PERSON]] held?

y12
00:01:11.500 --> 00:01:19.600
<v Yadanar>{{c3|In [[Monywa prison|PLACE]]. Three years they gave him, for the Facebook. We did not see him for seven months, only food packets through the gate.}}

y13
00:01:20.100 --> 00:01:26.000
<v Yadanar>{{c3|He came out in [[November|DATE:2022-11-01..2022-11-30]], the amnesty. Very thin. He has a cough still.}}

y14
00:01:26.500 --> 00:01:32.300
<v Interviewer>And the neighbour's sons?

y15
00:01:32.800 --> 00:01:37.400
<v Yadanar>Still inside, I think. Their mother sends me messages.

y16
00:01:38.000 --> 00:01:44.900
<v Yadanar>There is also my friend, [[Ma Su Myat Noe|PERSON]]. She was a nurse in the strike, the CDM.

y17
00:01:45.400 --> 00:01:53.800
<v Yadanar>{{c4|In [[October|DATE:2021-10-01..2021-10-31]] she went on the road to [[Budalin|PLACE]] to see her grandmother, and at the checkpoint they took her off the bus. The driver told her mother.}}

y18
00:01:54.300 --> 00:02:02.500
<v Yadanar>{{c5|Her mother asked at the prison, at the police, at the army office. Not on any list. Nobody has seen her since.}}

y19
00:02:03.000 --> 00:02:09.100
<v Yadanar>Some say she is in [[Obo|PLACE]] prison in [[Mandalay|PLACE]]. Some say worse. I don't want to say worse.

y20
00:02:09.600 --> 00:02:13.800
<v Interviewer>When did you leave [[Monywa|PLACE]]?

y21
00:02:14.300 --> 00:02:22.600
<v Yadanar>{{c6|[[After my brother was taken|DATE:2021-06-26..2021-07-31]]. My mother and me, we went first to a village in [[Salingyi|PLACE]], then [[after the new year|DATE]] to the border, to here.}}

y22
00:02:23.100 --> 00:02:29.900
<v Yadanar>{{c7|And our tea shop, in [[December|DATE:2021-12-01..2021-12-31]] [[the soldiers|ACTOR:Tatmadaw]] burned it. Our neighbour sent the photo. Only the black posts.}}

y23
00:02:30.400 --> 00:02:37.000
<v Yadanar>People said the whole row burned. {{c7|No. Only ours, and the phone shop next to it.}}

y24
00:02:37.500 --> 00:02:42.900
<v Interviewer>Was your father inside?

y25
00:02:43.400 --> 00:02:49.700
<v Yadanar>No, he was at his sister's. If he was sleeping there, he would be dead. He is in [[Monywa|PLACE]] still.

y26
00:02:50.200 --> 00:02:55.600
<v Yadanar>He says every night he hears the drones of the [[Sit-Tat|ACTOR:Tatmadaw]] now. He is not afraid any more, he says. I don't believe him.

y27
00:02:56.100 --> 00:03:00.000
<v Interviewer>Thank you, [[Yadanar|PERSON]].
@@witness mm-monywa-yadanar-hlaing
@@claim c1 harm=INJURED min=1 max=1 named="Ko Pyae Phyo Kyaw" weapon=SMALL_ARMS actor=Tatmadaw site="Monywa" date=2021-04-02 basis=WITNESSED incident=mm-monywa-20210402-main-road-protest-shooting
@@claim c2 harm=DETAINED min=3 max=3 named="Ko Sithu Kyaw" actor=Tatmadaw site="Monywa" date=2021-06-25 basis=WITNESSED incident=mm-monywa-20210625-night-raid-sithu-kyaw
@@claim c3 harm=DETAINED min=1 max=1 named="Sithu" actor=Tatmadaw site="Monywa prison" date=2021-06-25..2022-11-30 basis=EXPERIENCED incident=mm-monywa-20210625-night-raid-sithu-kyaw
@@claim c4 harm=DETAINED min=1 max=1 named="Ma Su Myat Noe" actor=Tatmadaw site="Budalin" date=2021-10-01..2021-10-31 basis=HEARSAY incident=mm-budalin-20211000-checkpoint-su-myat-noe
@@claim c5 harm=MISSING min=1 max=1 named="Ma Su Myat Noe" actor=Tatmadaw site="Budalin" date=2021-10-01..2021-10-31 basis=HEARSAY incident=mm-budalin-20211000-checkpoint-su-myat-noe
@@claim c6 harm=DISPLACED min=2 max=2 site="Monywa" date=2021-06-26..2021-07-31 basis=EXPERIENCED incident=mm-monywa-20210600-yadanar-family-flight
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null actor=Tatmadaw site="Monywa" date=2021-12-01..2021-12-31 basis=HEARSAY incident=mm-monywa-20211200-kyaw-sein-tea-shop-burning
