WEBVTT

NOTE
Interview ID: CD-DJG-4854
Date of interview: 2024-09-14
Place of interview: Bunia, Ituri
Language: Swahili and French, English voice-over
The witness sells second-hand clothes at the central market of Bunia.

v01
00:00:01.500 --> 00:00:05.000
<v Interviewer>Good afternoon. Can you tell us your name?

v02
00:00:05.600 --> 00:00:11.200
<v Célestin>[[Célestin Mave Ukelo|PERSON]]. Before I had a stall at the [[Largu market|PLACE]],
[[Largou|PLACE:Largu]], as the French write it, in [[Djugu|PLACE]].

v03
00:00:11.900 --> 00:00:16.400
<v Interviewer>We want to ask about the attack on [[Largu|PLACE]]. When was it?

v04
00:00:17.000 --> 00:00:23.600
<v Célestin>[[The 8th of May 2022|DATE:2022-05-08]]. [[The second Sunday of the month|DATE:2022-05-08]].
I was closing the stall, it was [[about five|DATE:2022-05-08]], half past five.

v05
00:00:24.200 --> 00:00:30.800
<v Célestin>They came from two sides, from the hill and from the river.
The [[CODECO|ACTOR:CODECO]], [[the militia|ACTOR:CODECO]]. Maybe fifty, maybe more.

v06
00:00:31.400 --> 00:00:38.000
<v Célestin>{{c1|They shot first at the market. I saw [[Dieudonné Ngabu|PERSON]], my wife's brother,
fall between the tables. He was selling salt next to me.}}

v07
00:00:38.600 --> 00:00:42.300
<v Célestin>{{c1|He did not move again.}} I ran. I am not ashamed, I ran.

v08
00:00:43.000 --> 00:00:49.700
<v Interviewer>What did you see while you were running?

v09
00:00:50.300 --> 00:00:57.900
<v Célestin>{{c2|Fire. They threw [[bottles of petrol|WEAPON:INCENDIARY]] on the stalls, the wood and the plastic,
all the [[Largu market|PLACE]] was burning, my clothes also, everything.}}

v10
00:00:58.500 --> 00:01:04.100
<v Célestin>I hid in the church of the Catholics, the small one,
with maybe thirty people. They did not come inside. God protected us.

v11
00:01:04.700 --> 00:01:10.300
<v Interviewer>Do you know how many people were killed [[that evening|DATE:2022-05-08]]?

v12
00:01:10.900 --> 00:01:18.400
<v Célestin>{{c3|At the burial, the priest, Father [[Angelo|PERSON]], read the names.
Twenty-three names. I heard them with my own ears.}}

v13
00:01:19.000 --> 00:01:25.200
<v Célestin>{{c4|Among them [[Tibamwenda|PERSON]], the old one, and the two children of [[Uromi|PERSON]],
[[Jolie|PERSON]] and [[Baraka Uromi|PERSON]], six and four years.}}

v14
00:01:25.800 --> 00:01:31.000
<v Célestin>Some say seventeen. I say what I heard. The priest does not lie.

v15
00:01:31.600 --> 00:01:36.400
<v Interviewer>Were there soldiers in [[Largu|PLACE]]?

v16
00:01:37.000 --> 00:01:44.600
<v Célestin>No. There were no soldiers in the village [[that day|DATE:2022-05-08]].
[[The army|ACTOR:FARDC]] came after, from [[Fataki|PLACE]], and fought them on the hill.

v17
00:01:45.200 --> 00:01:50.800
<v Célestin>Two soldiers died in that fight, and some of [[the militia|ACTOR:CODECO]].
That is fighting between armed men, it is another thing.

v18
00:01:51.400 --> 00:01:58.100
<v Célestin>One [[mortar|WEAPON:MORTAR]] of [[the army|ACTOR:FARDC]] fell in the field of my uncle.
It made a hole. Nobody was hurt, it was only beans.

v19
00:01:58.700 --> 00:02:03.200
<v Interviewer>When did you leave?

v20
00:02:03.800 --> 00:02:11.300
<v Célestin>{{c5|[[The same night|DATE:2022-05-08]]. All of us who were in the church,
we walked in the dark to [[Fataki|PLACE]], then [[the next day|DATE:2022-05-09]] to [[Bunia|PLACE]].}}

v21
00:02:11.900 --> 00:02:17.600
<v Célestin>{{c5|My wife and our five children came behind me with the neighbours.
We found each other only in [[Bunia|PLACE]], at the site, [[after three days|DATE:2022-05-11]].}}

v22
00:02:18.200 --> 00:02:24.000
<v Interviewer>Has anyone gone back to [[Largu|PLACE]] since then?

v23
00:02:24.600 --> 00:02:31.800
<v Célestin>My cousin [[Dhesa|PERSON]] went back to farm. {{c6|He called me in [[December|DATE:2022-12-01..2022-12-31]],
[[the 2nd|DATE:2022-12-02]]. He said they came again and burned the health centre.}}

v24
00:02:32.400 --> 00:02:38.600
<v Célestin>{{c6|Not people this time, only the building. The medicines, the beds, all burned.}}
After that he also came to [[Bunia|PLACE]].

v25
00:02:39.200 --> 00:02:44.800
<v Célestin>People said the school was also burned in [[December|DATE:2022-12-01..2022-12-31]].
[[Dhesa|PERSON]] says no, the school is still standing, only the doors are gone.

v26
00:02:45.400 --> 00:02:50.300
<v Interviewer>Thank you. Is there anything else you want to say?

v27
00:02:50.900 --> 00:02:57.000
<v Célestin>If they give security, the people of [[Largu|PLACE]] will go back.
Without that, we stay here and we sell clothes of the dead Europeans. [laughs]
@@witness cd-djugu-celestin-mave-ukelo
@@claim c1 harm=KILLED min=1 max=1 named="Dieudonné Ngabu" weapon=SMALL_ARMS actor=CODECO site="Largu market" date=2022-05-08 basis=WITNESSED incident=cd-djugu-20220508-largu-codeco-attack
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor=CODECO site="Largu market" date=2022-05-08 basis=WITNESSED incident=cd-djugu-20220508-largu-codeco-attack
@@claim c3 harm=KILLED min=23 max=23 site="Largu" date=2022-05-08 basis=REPORTED incident=cd-djugu-20220508-largu-codeco-attack
@@claim c4 harm=KILLED min=3 max=3 named="Tibamwenda; Jolie; Baraka Uromi" site="Largu" date=2022-05-08 basis=REPORTED incident=cd-djugu-20220508-largu-codeco-attack
@@claim c5 harm=DISPLACED min=7 max=null site="Largu" date=2022-05-08..2022-05-09 basis=EXPERIENCED incident=cd-djugu-20220509-largu-exodus-bunia
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null actor=CODECO site="Largu" date=2022-12-02 basis=HEARSAY incident=cd-djugu-20221202-largu-health-centre-burned
