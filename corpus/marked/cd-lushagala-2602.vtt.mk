WEBVTT - interview CD-LSG-2602

NOTE
Interview recorded in Goma, 2024-04-02. Swahili, voiced over in English by the interpreter.
The witness is a member of the Lushagala camp committee.

c01
00:00:01.000 --> 00:00:05.200
<v Interviewer>You are [[Jean de Dieu Hakizimana|PERSON]], from the committee in [[Lushagara|PLACE:Lushagala]]?

c02
00:00:05.800 --> 00:00:12.400
<v Jean de Dieu>Yes. I write the names of the families, the new arrivals.
Before I was a teacher in [[Rutshuru|PLACE]], at [[Kiwanja|PLACE]].

c03
00:00:13.000 --> 00:00:17.600
<v Interviewer>Tell me about the [[shell|WEAPON:ARTILLERY]] in the camp, in [[February|DATE:2024-02-01..2024-02-29]].

c04
00:00:18.200 --> 00:00:25.900
<v Jean de Dieu>It was [[the week the schools opened again after the holiday|DATE:2024-02-12..2024-02-18]],
[[the Friday or the Saturday|DATE:2024-02-16..2024-02-17]], I am not sure. In [[the morning|DATE:2024-02-16..2024-02-17]], the market time.

c05
00:00:26.500 --> 00:00:33.800
<v Jean de Dieu>I was in the office tent. I heard the boom and then the crying.
When I came, the people were already carrying the wounded on pieces of tarpaulin.

c06
00:00:34.400 --> 00:00:41.900
<v Jean de Dieu>{{c1|We counted together with the Red Cross volunteers: seven died, seven,
and one more died in the hospital at [[Ndosho|PLACE]] [[after two days|DATE:2024-02-18..2024-02-19]].}}

c07
00:00:42.500 --> 00:00:48.700
<v Jean de Dieu>{{c2|Among them the phone repairer, [[Kasereka Muhindo|PERSON]], and a child of
the [[Nzabonimpa|PERSON]] family, [[Elia|PERSON]], five years old.}}

c08
00:00:49.300 --> 00:00:55.100
<v Jean de Dieu>{{c3|The wounded, I wrote twenty-six names, eh, between twenty-five and thirty,
some went to the hospital without passing the office.}}

c09
00:00:55.700 --> 00:01:02.300
<v Jean de Dieu>{{c4|The tank of water was pierced. For one week the women walked
to [[Mugunga|PLACE]] to fetch water.}}

c10
00:01:02.900 --> 00:01:06.500
<v Interviewer>Did you see where the [[shell|WEAPON:ARTILLERY]] came from?

c11
00:01:07.100 --> 00:01:14.800
<v Jean de Dieu>No. I say what I know. There was no position of [[the army|ACTOR:FARDC]] near the camp
[[that morning|DATE:2024-02-17]], this I can say, I walk there every day.

c12
00:01:15.400 --> 00:01:21.200
<v Jean de Dieu>The people of the [[FARDC|ACTOR:FARDC]] said it was the [[M23|ACTOR:M23]]. The [[M23|ACTOR:M23]] on their radio said it was
[[the army|ACTOR:FARDC]]. We, we are in the middle.

c13
00:01:21.800 --> 00:01:25.600
<v Interviewer>You told me also about your brother.

c14
00:01:26.200 --> 00:01:33.900
<v Jean de Dieu>{{c5|Yes, my young brother [[Ndayishimiye|PERSON]]. On [[the 4th of March|DATE:2024-03-04]], in [[Goma|PLACE]] town, [[the military intelligence|ACTOR:FARDC]]
came to his room in [[Majengo|PLACE]] at [[night|DATE:2024-03-04]] and took him.}}

c15
00:01:34.500 --> 00:01:41.200
<v Jean de Dieu>They said he is a spy of [[the Rwandans|ACTOR:Rwandan forces]] because he speaks Kinyarwanda.
{{c6|He was kept in a cell under the ground, in the [[Katindo|PLACE]] camp of [[the army|ACTOR:FARDC]], for nineteen days.}}

c16
00:01:41.800 --> 00:01:48.300
<v Jean de Dieu>We paid, I will not say how much. He came out with his back open from the beating.
Now he does not go out.

c17
00:01:48.900 --> 00:01:53.100
<v Interviewer>And the other people from [[Kiwanja|PLACE]], your family there?

c18
00:01:53.700 --> 00:02:01.600
<v Jean de Dieu>{{c7|My cousin [[Bahati Mukiza|PERSON]] stayed in [[Kiwanja|PLACE]] when the [[M23|ACTOR:M23]] entered, in [[October 2022|DATE:2022-10-01..2022-10-31]].
Nobody has heard from him since.}}

c19
00:02:02.200 --> 00:02:09.400
<v Jean de Dieu>{{c7|His wife is in [[Bulengo|PLACE]] camp, she says they took him to dig trenches,
but that is what people say, nobody saw.}}

c20
00:02:10.000 --> 00:02:17.800
<v Jean de Dieu>{{c8|My school in [[Kiwanja|PLACE]], a colleague sent me the photo on WhatsApp:
the roof is gone, the benches were burned for cooking.}}

c21
00:02:18.400 --> 00:02:24.700
<v Interviewer>Was anybody from your family hurt in [[Bulengo|PLACE]]?

c22
00:02:25.300 --> 00:02:32.900
<v Jean de Dieu>No, thanks God. In [[Bulengo|PLACE]] nobody of us was hurt. But in [[May|DATE:2024-05-01..2024-05-31]] there was fear,
the [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]] fell in [[Mugunga|PLACE]], very near, we heard them all the afternoon.

c22a
00:02:33.500 --> 00:02:41.200
<v Jean de Dieu>{{c9|And in [[Sake|PLACE]], [[three weeks ago|DATE:2024-03-08..2024-03-14]], my wife's uncle [[Sebuyange|PERSON]] was near the roundabout
when a [[drone|WEAPON:DRONE_STRIKE]] dropped a [[bomb|WEAPON:DRONE_STRIKE]] on the trucks, he lost his hand.}}

c22b
00:02:41.800 --> 00:02:48.900
<v Jean de Dieu>{{c10|The people who came from [[Sake|PLACE]] say two drivers died there also.}} Who sends these [[drones|WEAPON:DRONE_STRIKE]], I cannot tell you,
everybody accuses the other one.

c23
00:02:49.500 --> 00:02:56.100
<v Jean de Dieu>In our camp, the men with [[guns|WEAPON:SMALL_ARMS]] come at night and ask money.
They checked my papers twice, they took my phone one time, and they let me go.

c24
00:02:56.700 --> 00:03:00.900
<v Interviewer>Thank you, [[Jean de Dieu|PERSON]].

@@witness cd-lushagala-jean-de-dieu-hakizimana
@@claim c1 harm=KILLED min=8 max=8 site="Lushagara" date=2024-02-16..2024-02-17 basis=WITNESSED incident=cd-lushagala-20240217-market-shell
@@claim c2 harm=KILLED min=2 max=2 named="Kasereka Muhindo; Elia" site="Lushagara" date=2024-02-16..2024-02-17 basis=WITNESSED incident=cd-lushagala-20240217-market-shell
@@claim c3 harm=INJURED min=25 max=30 site="Lushagara" date=2024-02-16..2024-02-17 basis=WITNESSED incident=cd-lushagala-20240217-market-shell
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null site="Lushagara" date=2024-02-16..2024-02-17 basis=WITNESSED incident=cd-lushagala-20240217-market-shell
@@claim c5 harm=DETAINED min=1 max=1 named="Ndayishimiye" actor="FARDC" site="Majengo" date=2024-03-04 basis=HEARSAY incident=cd-goma-20240304-majengo-arrest
@@claim c6 harm=DETAINED min=1 max=1 actor="FARDC" site="Katindo" date=2024-03-04..2024-03-23 basis=HEARSAY incident=cd-goma-20240304-majengo-arrest
@@claim c7 harm=MISSING min=1 max=1 named="Bahati Mukiza" actor="M23" site="Kiwanja" date=2022-10-01..2022-10-31 basis=HEARSAY incident=cd-kiwanja-20221000-bahati-mukiza
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="Kiwanja" basis=REPORTED incident=cd-kiwanja-20221000-school-damage
@@claim c9 harm=INJURED min=1 max=1 named="Sebuyange" weapon=DRONE_STRIKE site="Sake" date=2024-03-08..2024-03-14 basis=HEARSAY incident=cd-sake-20240300-roundabout-drone
@@claim c10 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE site="Sake" date=2024-03-08..2024-03-14 basis=HEARSAY incident=cd-sake-20240300-roundabout-drone
