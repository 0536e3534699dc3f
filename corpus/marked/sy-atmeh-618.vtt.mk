WEBVTT

NOTE
Interview SY-ATM-618, Atmeh camp, 9 January 2020.
Arabic. English captions from the interpreter's voice-over.

c01
00:00:01.000 --> 00:00:04.500
<v Interviewer>Please tell me your name and where you are from.

c02
00:00:05.200 --> 00:00:12.000
<v Abu Nour>[[Ahmad al-Hamwi|PERSON]], [[Abu Nour|PERSON]]. From [[Kafr Nabudah|PLACE]],
in the countryside of [[Hama|PLACE]], north-west of the city.

c03
00:00:12.500 --> 00:00:18.000
<v Abu Nour>Al-Hamwi means from [[Hama|PLACE]]. My grandfather came from the city,
so the village called us like that.

c04
00:00:18.500 --> 00:00:22.000
<v Interviewer>When did you leave [[Kafr Nabuda|PLACE:Kafr Nabudah]]?

c05
00:00:22.500 --> 00:00:30.000
<v Abu Nour>In [[May|DATE:2019-05-01..2019-05-31]], at [[the start of Ramadan|DATE:2019-05-06..2019-05-09]]. Before that, from [[the end of April|DATE:2019-04-25..2019-04-30]],
[[the helicopters|WEAPON:AIRSTRIKE]] came every day, every night.

c06
00:00:30.500 --> 00:00:37.000
<v Abu Nour>They dropped the [[barrels|WEAPON:BARREL_BOMB]]. You hear [[the helicopter|WEAPON:AIRSTRIKE]],
then nothing, then the [[barrel|WEAPON:BARREL_BOMB]] whistles when it falls.

c07
00:00:37.500 --> 00:00:45.000
<v Abu Nour>{{c1,c8|On [[the second night of Ramadan|DATE:2019-05-06..2019-05-07]], a [[barrel|WEAPON:BARREL_BOMB]] fell on the house of my wife's brother, [[Fawwaz|PERSON]].}}
{{c1|He died with his two sons, [[Bakri|PERSON]] and [[Zakaria|PERSON]].}}

c08
00:00:45.500 --> 00:00:50.000
<v Abu Nour>{{c2|His wife lived, under the stairs, but her back is broken.}}
[[Rajaa|PERSON]], my wife, she has not stopped crying since.

c09
00:00:50.500 --> 00:00:54.000
<v Interviewer>Did you see this yourself?

c10
00:00:54.500 --> 00:01:00.000
<v Abu Nour>I dug for them. With my hands, with the neighbours, until [[the suhoor|DATE:2019-05-07]].
We took out [[Zakaria|PERSON]] first. He was nine.

c11
00:01:00.500 --> 00:01:04.000
<v Interviewer>Who was flying [[the helicopters|WEAPON:AIRSTRIKE]]?

c12
00:01:04.500 --> 00:01:11.000
<v Abu Nour>[[The regime|ACTOR:Syrian government forces]]. [[The Russians|ACTOR:Russian forces]] do not have helicopters over us,
only [[the regime|ACTOR:Syrian government forces]] throws [[barrels|WEAPON:BARREL_BOMB]].

c13
00:01:11.500 --> 00:01:18.000
<v Abu Nour>People also said that one [[barrel|WEAPON:BARREL_BOMB]] on the east side had [[chlorine|WEAPON:CHEMICAL]],
the smell of bleach. I did not smell it. I was on the west side.

c14
00:01:18.500 --> 00:01:25.000
<v Abu Nour>{{c3|My neighbour said three children from the [[Kaddour|PERSON]] family
could not breathe and were taken to [[Kafr Zita|PLACE]], to the cave hospital.}}

c15
00:01:25.500 --> 00:01:28.500
<v Interviewer>And then you left?

c16
00:01:29.000 --> 00:01:37.000
<v Abu Nour>{{c4|[[Two days after|DATE:2019-05-09]], when [[the army|ACTOR:Syrian government forces]] came into the village,
we left, all of us, 14 with my brothers, on a tractor.}}

c17
00:01:37.500 --> 00:01:45.000
<v Abu Nour>{{c5|Our house, I saw it in a video that the soldiers of [[the army|ACTOR:Syrian government forces]] filmed.
No roof. They wrote on the wall.}}

c18
00:01:45.500 --> 00:01:50.000
<v Interviewer>How is life here, in [[Atmeh|PLACE]]?

c19
00:01:50.500 --> 00:01:58.000
<v Abu Nour>A tent. Cold. My daughter [[Nour|PERSON]], she is six, she asks every night
why there is no nour in the tent. No light, no electricity.

c20
00:01:58.500 --> 00:02:04.000
<v Abu Nour>In [[Atmeh|PLACE]] itself nothing has fallen, thanks to God. The border is near.
They do not hit here, people say, because of [[the Turks|ACTOR:Turkish forces]].

c21
00:02:04.500 --> 00:02:07.500
<v Interviewer>But something happened in a camp near here?

c22
00:02:08.000 --> 00:02:15.000
<v Abu Nour>In [[Qah|PLACE]], yes, the camp next to us, ten minutes on foot.
In [[November|DATE:2019-11-01..2019-11-30]], [[the 20th|DATE:2019-11-20]], at [[night|DATE:2019-11-20]].

c23
00:02:15.500 --> 00:02:23.000
<v Abu Nour>{{c6,c7|A [[missile|WEAPON:MISSILE]] with [[small bombs|WEAPON:CLUSTER_MUNITION]] inside, the [[cluster|WEAPON:CLUSTER_MUNITION]], fell on the tents.}}
{{c6|My cousin [[Abu Raed|PERSON]] lives there. He says sixteen died, children and women.}}

c24
00:02:23.500 --> 00:02:29.000
<v Abu Nour>I went [[the next morning|DATE:2019-11-21]]. {{c7|The tents were burned, black,
many, many tents, and the small holes in everything.}}

c25
00:02:29.500 --> 00:02:34.000
<v Abu Nour>If it had fallen on [[Atmeh|PLACE]], on us, who knows.
We are all the same, tents and children.
@@claim c1 harm=KILLED min=3 max=3 named="Fawwaz; Bakri; Zakaria" weapon=BARREL_BOMB actor="Syrian government forces" site="Kafr Nabudah" date=2019-05-06..2019-05-07 basis=WITNESSED incident=sy-kafrnabudah-20190506-fawwaz-house-barrel
@@claim c2 harm=INJURED min=1 max=1 weapon=BARREL_BOMB actor="Syrian government forces" site="Kafr Nabudah" date=2019-05-06..2019-05-07 basis=WITNESSED incident=sy-kafrnabudah-20190506-fawwaz-house-barrel
@@claim c3 harm=INJURED min=3 max=3 weapon=CHEMICAL actor="Syrian government forces" site="Kafr Nabudah" date=2019-04-25..2019-05-09 basis=HEARSAY incident=sy-kafrnabudah-20190500-east-side-chlorine
@@claim c4 harm=DISPLACED min=14 max=14 actor="Syrian government forces" site="Kafr Nabuda" date=2019-05-09 basis=EXPERIENCED incident=sy-kafrnabudah-20190509-alhamwi-family-flight
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Kafr Nabudah" basis=REPORTED incident=sy-kafrnabudah-20190500-alhamwi-house
@@claim c6 harm=KILLED min=16 max=16 weapon=CLUSTER_MUNITION site="Qah" date=2019-11-20 basis=HEARSAY incident=sy-qah-20191120-camp-cluster-missile
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Qah" date=2019-11-20 basis=WITNESSED incident=sy-qah-20191120-camp-cluster-missile
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Kafr Nabudah" date=2019-05-06..2019-05-07 basis=WITNESSED incident=sy-kafrnabudah-20190506-fawwaz-house-barrel
@@witness sy-atmeh-ahmad-alhamwi
