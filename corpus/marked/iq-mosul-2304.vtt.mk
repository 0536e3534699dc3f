WEBVTT

NOTE
Recorded in Hasansham camp, 19 January 2017. Arabic, interpreted live;
the English is the interpreter's. Witness code W-2304.

q001
00:00:02.000 --> 00:00:06.800
<v Interviewer>Can you tell me your name, and where you lived in [[Mosul|PLACE]]?

q002
00:00:07.300 --> 00:00:14.900
<v Israa Younis>[[Israa Younis|PERSON]]. [[Umm Tabarak|PERSON]], if you want. We lived in [[al-Samah|PLACE]], in the east side, near the water tank.

q003
00:00:15.400 --> 00:00:17.900
<v Interviewer>When did the fighting reach [[al-Samah|PLACE]]?

q004
00:00:18.400 --> 00:00:27.200
<v Israa Younis>In [[November|DATE:2016-11-01..2016-11-30]]. [[The golden division|ACTOR:Iraqi forces]] came through [[Kokjali|PLACE:Gogjali]] first, then to us. [[Daesh|ACTOR:Islamic State]] stayed in the houses, on the roofs.

q005
00:00:27.700 --> 00:00:41.700
<v Israa Younis>{{c1|[[The 20th of November|DATE:2016-11-20]], I remember because it was my son's birthday, the people were standing for water at the tank, and [[the drone|WEAPON:DRONE_STRIKE]] of [[Daesh|ACTOR:Islamic State]] came, small like a toy, and dropped a [[grenade|WEAPON:DRONE_STRIKE]].}}

q006
00:00:42.200 --> 00:00:51.000
<v Israa Younis>{{c1|My nephew [[Bilal|PERSON]], [[Bilal Hazim|PERSON]], fifteen, got it in the back and the neck. Two women also, I don't know their names.}}

q007
00:00:51.500 --> 00:00:54.000
<v Interviewer>Did you see it yourself?

q008
00:00:54.500 --> 00:01:02.900
<v Israa Younis>From the door. I was twenty metres. I pulled [[Bilal|PERSON]] inside. [[The soldiers|ACTOR:Iraqi forces]] took him to the field clinic in [[Gogjali|PLACE]].

q009
00:01:03.400 --> 00:01:07.000
<v Interviewer>And the [[air strikes|WEAPON:AIRSTRIKE]], did they hit your area?

q010
00:01:07.500 --> 00:01:21.100
<v Israa Younis>{{c2|In [[al-Intisar|PLACE]], on the other side of the main road, there was a [[Daesh|ACTOR:Islamic State]] [[sniper|WEAPON:SMALL_ARMS]] on the roof of the [[Taha|PERSON]] house. [[After the maghrib prayer|DATE:2016-12-04]], on [[a Sunday|DATE:2016-12-04]], [[the planes|WEAPON:AIRSTRIKE]] hit it.}}

q011
00:01:21.600 --> 00:01:32.000
<v Israa Younis>{{c2|Eight people of the [[Taha|PERSON]] family were inside, the grandmother, [[Umm Faris|PERSON]], and the children. All died, only [[Faris|PERSON]] lived because he was at the bakery.}}

q012
00:01:32.500 --> 00:01:42.500
<v Israa Younis>{{c3|The house was flattened, like a cake pressed. And the two houses beside it, cracks all through the walls, you can put your hand in.}}

q013
00:01:43.000 --> 00:01:45.500
<v Interviewer>Whose [[planes|WEAPON:AIRSTRIKE]] were they?

q014
00:01:46.000 --> 00:01:56.400
<v Israa Younis>[[The coalition|ACTOR:US-led coalition]], or the [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]], who knows, for us it is the same. The [[sniper|WEAPON:SMALL_ARMS]], they say he ran before, I don't know.

q015
00:01:56.900 --> 00:01:59.400
<v Interviewer>What date was [[that Sunday|DATE:2016-12-04]]?

q016
00:01:59.900 --> 00:02:04.300
<v Israa Younis>[[Beginning of December|DATE:2016-12-01..2016-12-10]]. [[The fourth|DATE:2016-12-04]], I think. [[Faris|PERSON]] says [[the fourth|DATE:2016-12-04]].

q017
00:02:04.800 --> 00:02:07.300
<v Interviewer>Was your own house damaged?

q018
00:02:07.800 --> 00:02:21.400
<v Israa Younis>{{c4|Yes. [[The tanks|WEAPON:ARTILLERY]] of [[the army|ACTOR:Iraqi forces]] were shooting at the roofs where [[Daesh|ACTOR:Islamic State]] was, and [[one afternoon|DATE:2016-11-01..2016-12-31]] a [[shell|WEAPON:ARTILLERY]] took off our kitchen wall. The gas bottle did not explode, thanks God.}}

q019
00:02:21.900 --> 00:02:29.100
<v Israa Younis>Nobody was in the kitchen. Nobody was hurt in our house, in all the battle, only the nephew.

q020
00:02:29.600 --> 00:02:32.100
<v Interviewer>Earlier you spoke about your husband.

q021
00:02:32.600 --> 00:02:46.600
<v Israa Younis>{{c5|[[Mahmoud|PERSON]], yes. Before the battle, in [[October|DATE:2016-10-01..2016-10-31]], the [[hisba|ACTOR:Islamic State]] of [[Daesh|ACTOR:Islamic State]] came, they found a SIM card in his shoe, and they dragged him out of the house in front of the children.}}

q022
00:02:47.100 --> 00:02:56.300
<v Israa Younis>{{c5|They held him in a basement under the [[Hadbaa|PLACE]] market, three weeks. He told me after, forty men in one room, no light.}}

q023
00:02:56.800 --> 00:03:04.400
<v Israa Younis>They whipped him and let him go when they needed the space. He came back thin like a stick.

q024
00:03:04.900 --> 00:03:07.400
<v Interviewer>And the rest of your family?

q025
00:03:07.900 --> 00:03:21.900
<v Israa Younis>{{c6|My brother-in-law, [[Ahmed|PERSON]], and his son [[Yasser|PERSON]], [[Daesh|ACTOR:Islamic State]] took them when they pulled back to the west side, across the river. They took all the men of the street who were under forty, maybe twenty men.}}

q026
00:03:22.400 --> 00:03:27.600
<v Israa Younis>{{c7|[[Ahmed|PERSON]] and [[Yasser|PERSON]] never came back. We asked everybody. No news since then.}}

q027
00:03:28.100 --> 00:03:30.600
<v Interviewer>Did you tell the authorities?

q028
00:03:31.100 --> 00:03:39.900
<v Israa Younis>We gave the names to the committee in the camp, and the Facebook page "Missing of [[Mosul|PLACE]]" put their photos. Nobody called.

q029
00:03:40.400 --> 00:03:44.400
<v Interviewer>Were you checked by [[the army|ACTOR:Iraqi forces]] when you came out?

q030
00:03:44.900 --> 00:03:58.500
<v Israa Younis>At [[Gogjali|PLACE]] they checked all the men against the computer. My husband, they asked him two hours, about the [[hisba|ACTOR:Islamic State]], and they let him go, because his name was not on the list.

q031
00:03:59.000 --> 00:04:01.500
<v Interviewer>Anything else you saw?

q032
00:04:02.000 --> 00:04:13.600
<v Israa Younis>{{c8|A [[car bomb|WEAPON:IED]], in [[al-Intisar|PLACE]], near the petrol station. The [[suicide car|WEAPON:IED]] drove at [[the army|ACTOR:Iraqi forces]], the shop of [[Abu Sufyan|PERSON]] and three other shops, nothing left of them.}}

q033
00:04:14.100 --> 00:04:26.900
<v Israa Younis>{{c9|And once, a [[missile|WEAPON:MISSILE]] of [[Daesh|ACTOR:Islamic State]], the one that goes with a wire, hit a humvee at the end of our street. Two soldiers died. I saw them take them out.}}

q034
00:04:27.400 --> 00:04:29.900
<v Interviewer>Thank you, [[Umm Tabarak|PERSON]].
@@witness iq-mosul-israa-younis
@@claim c1 harm=INJURED min=3 max=3 named="Bilal; Bilal Hazim" weapon=DRONE_STRIKE actor="Islamic State" site="al-Samah" date=2016-11-20 basis=WITNESSED incident=iq-mosul-20161120-alsamah-water-tank-drone
@@claim c2 harm=KILLED min=8 max=8 named="Umm Faris" weapon=AIRSTRIKE site="al-Intisar" date=2016-12-04 basis=HEARSAY incident=iq-mosul-20161204-intisar-taha-house-airstrike
@@claim c3 harm=PROPERTY_DAMAGE min=3 max=3 weapon=AIRSTRIKE site="al-Intisar" date=2016-12-04 basis=WITNESSED incident=iq-mosul-20161204-intisar-taha-house-airstrike
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Iraqi forces" site="al-Samah" date=2016-11-01..2016-12-31 basis=EXPERIENCED incident=iq-mosul-20161100-younis-house-tank-shell
@@claim c5 harm=DETAINED min=1 max=1 named="Mahmoud" actor="Islamic State" site="al-Samah" date=2016-10-01..2016-10-31 basis=WITNESSED incident=iq-mosul-20161000-mahmoud-hisba-detention
@@claim c6 harm=DETAINED min=20 max=20 named="Ahmed; Yasser" actor="Islamic State" site="al-Samah" basis=WITNESSED incident=iq-mosul-20161100-alsamah-men-taken
@@claim c7 harm=MISSING min=2 max=2 named="Ahmed; Yasser" actor="Islamic State" site="al-Samah" basis=EXPERIENCED incident=iq-mosul-20161100-alsamah-men-taken
@@claim c8 harm=PROPERTY_DAMAGE min=4 max=4 weapon=IED actor="Islamic State" site="al-Intisar" basis=WITNESSED incident=iq-mosul-20161205-intisar-petrol-station-car-bomb
@@claim c9 harm=KILLED min=2 max=2 weapon=MISSILE actor="Islamic State" site="al-Samah" basis=WITNESSED incident=iq-mosul-20161100-alsamah-humvee-missile
