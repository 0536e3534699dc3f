WEBVTT

NOTE
Interview JND-4505, recorded 2019-01-16 in Tal Rifaat, Aleppo countryside.
Kurmanji, interpreted into English. Interviewer: Anna Lindqvist.

c001
00:00:02.000 --> 00:00:06.000
<v Interviewer>Can you start with your name and your village?

c002
00:00:06.500 --> 00:00:12.800
<v Sileman>[[Silêman Mistefa|PERSON]]. From [[Jindires|PLACE:Jinderes]], the town itself, not a village. We had the olive press on the road to [[Afrin|PLACE]].

c003
00:00:13.200 --> 00:00:18.400
<v Interviewer>When did the attacks on [[Jinderes|PLACE]] start?

c004
00:00:18.800 --> 00:00:26.000
<v Sileman>From [[the 20th of January|DATE:2018-01-20]]. First [[the jets|WEAPON:AIRSTRIKE]], then the [[Turkish|ACTOR:Turkish forces]] [[artillery|WEAPON:ARTILLERY]] from the border, every day, every night.

c005
00:00:26.400 --> 00:00:33.000
<v Sileman>The villages on the border emptied first. People came to us in the town, to our press, to sleep between the machines.

c006
00:00:33.500 --> 00:00:37.000
<v Interviewer>Tell me about the day of the press.

c007
00:00:37.400 --> 00:00:44.600
<v Sileman>It was [[the 5th of March|DATE:2018-03-05]], [[a Monday|DATE:2018-03-05]]. About [[eleven in the morning|DATE:2018-03-05]]. I was at the bakery, two streets away.

c008
00:00:45.000 --> 00:00:53.000
<v Sileman>{{c1|[[The planes|WEAPON:AIRSTRIKE]] hit the press two times. When I ran there, the press was gone, the machines, the roof, the olive oil in the tanks burning.}}

c009
00:00:53.400 --> 00:01:00.000
<v Sileman>{{c1|And the two houses beside it, of [[Hemo|PERSON]] and of my uncle [[Reşîd|PERSON]], they fell onto the street.}}

c010
00:01:00.500 --> 00:01:08.000
<v Sileman>{{c3|My cousin [[Nûredîn|PERSON]] was killed inside, and two workers from [[Maabatli|PLACE]], I knew them only as [[Bavê Ciwan|PERSON]] and [[Kemal|PERSON]].}}

c011
00:01:08.400 --> 00:01:14.000
<v Sileman>{{c4|My father, [[Mistefa Osman|PERSON]], was at the door. His back and his leg were cut by the glass and the iron.}}

c012
00:01:14.500 --> 00:01:20.000
<v Interviewer>Were there any fighters at the press [[that day|DATE:2018-03-05]]? The [[YPG|ACTOR:Syrian Democratic Forces]]?

c013
00:01:20.400 --> 00:01:27.000
<v Sileman>No. No [[YPG|ACTOR:Syrian Democratic Forces]], no weapons. Workers and families from the villages. I swear on my children.

c014
00:01:27.500 --> 00:01:31.000
<v Interviewer>What about the [[chemical attack|WEAPON:CHEMICAL]] people talked about?

c015
00:01:31.400 --> 00:01:40.000
<v Sileman>{{c5|In [[February|DATE:2018-02-01..2018-02-28]], the radio said [[the Turks|ACTOR:Turkish forces]] used [[gas|WEAPON:CHEMICAL]] on a village of [[Sheikh al-Hadid|PLACE]], and six people could not breathe.}} I did not see it, I only heard the radio.

c016
00:01:40.400 --> 00:01:46.000
<v Sileman>In [[Jinderes|PLACE]], no [[gas|WEAPON:CHEMICAL]]. People were afraid of it, they put wet cloths on the windows, but it did not come.

c017
00:01:46.500 --> 00:01:50.000
<v Interviewer>When did you leave?

c018
00:01:50.400 --> 00:01:58.800
<v Sileman>{{c6|[[Three days after the press|DATE:2018-03-08]]. Nine of us in my cousin's pickup, my father lying in the back, my mother, my wife [[Zozan|PERSON]], the children, my brother [[Ciwan|PERSON]].}}

c019
00:01:59.200 --> 00:02:05.000
<v Sileman>{{c6|We drove all night through [[Afrin|PLACE]] to the mountain, to [[Shahba|PLACE]], and we came here to [[Tal Rifaat|PLACE]].}}

c020
00:02:05.400 --> 00:02:10.000
<v Interviewer>Did anyone from your family go back to [[Jindires|PLACE:Jinderes]]?

c021
00:02:10.400 --> 00:02:18.600
<v Sileman>{{c7|[[Ciwan|PERSON]] tried, in [[August|DATE:2018-08-01..2018-08-31]]. At the checkpoint at the entrance of [[Afrin|PLACE]], [[the factions|ACTOR:Syrian National Army]] took him off the bus.}}

c022
00:02:19.000 --> 00:02:26.000
<v Sileman>{{c7|They said he was [[YPG|ACTOR:Syrian Democratic Forces]]. They held him two months in a house they use as a prison. We paid nine hundred dollars.}}

c023
00:02:26.500 --> 00:02:34.000
<v Sileman>{{c8|He saw our house from the bus window. A family from [[Ghouta|PLACE:Eastern Ghouta]] lives in it. The neighbours say the men of [[the National Army|ACTOR:Syrian National Army]] took the furniture, the generator, the olive oil.}}

c024
00:02:34.400 --> 00:02:38.000
<v Interviewer>Thank you, [[Silêman|PERSON]].
@@witness sy-jinderes-sileman-mistefa
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="Turkish forces" site="Jindires" date=2018-03-05 basis=WITNESSED incident=sy-jinderes-20180305-mistefa-olive-press
@@claim c3 harm=KILLED min=3 max=3 named="Nûredîn; Bavê Ciwan; Kemal" weapon=AIRSTRIKE actor="Turkish forces" site="Jindires" date=2018-03-05 basis=WITNESSED incident=sy-jinderes-20180305-mistefa-olive-press
@@claim c4 harm=INJURED min=1 max=1 named="Mistefa Osman" weapon=AIRSTRIKE actor="Turkish forces" site="Jindires" date=2018-03-05 basis=WITNESSED incident=sy-jinderes-20180305-mistefa-olive-press
@@claim c5 harm=INJURED min=6 max=6 weapon=CHEMICAL actor="Turkish forces" site="Sheikh al-Hadid" date=2018-02-01..2018-02-28 basis=REPORTED incident=sy-sheikhalhadid-20180200-gas-village
@@claim c6 harm=DISPLACED min=9 max=9 named="Mistefa Osman; Zozan; Ciwan" site="Jindires" date=2018-03-08 basis=EXPERIENCED incident=sy-jinderes-20180308-mistefa-family-flight
@@claim c7 harm=DETAINED min=1 max=1 named="Ciwan" actor="Syrian National Army" site="Afrin" date=2018-08-01..2018-08-31 basis=HEARSAY incident=sy-afrin-20180800-ciwan-checkpoint-detention
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null actor="Syrian National Army" site="Jindires" basis=HEARSAY incident=sy-jinderes-20180800-mistefa-house-looted
