WEBVTT

NOTE
Interview ID: ET-HAW-506
Date of interview: 21 January 2023
Place of interview: Hawzen, Eastern Tigray
Language: Tigrinya, English voice-over by the interpreter
The witness is a farmer and a mother of five.

h01
00:00:01.500 --> 00:00:05.900
<v Interviewer>Can you tell us your name and where we are?

h02
00:00:06.500 --> 00:00:12.700
<v Letebrhan>[[Letebrhan Assefa|PERSON]]. We are in [[Hawzen|PLACE]],
in my house. What is left of my house.

h03
00:00:13.300 --> 00:00:17.300
<v Interviewer>You told us about [[the helicopter|WEAPON:AIRSTRIKE]]. When was it?

h04
00:00:17.900 --> 00:00:24.800
<v Letebrhan>In [[Megabit|DATE:2021-03-10..2021-04-08]], [[the third day|DATE:2021-03-12]]. [[A Friday|DATE:2021-03-12]],
the market of [[Hawzien|PLACE:Hawzen]]. People came from all the villages.

h05
00:00:25.400 --> 00:00:34.100
<v Letebrhan>[[Before noon|DATE:2021-03-12]] [[the helicopter|WEAPON:AIRSTRIKE]] came low, from [[Gheralta|PLACE]],
and they threw from the door a [[barrel|WEAPON:BARREL_BOMB]], a big [[drum|WEAPON:BARREL_BOMB]] like for oil.

h06
00:00:34.700 --> 00:00:41.600
<v Letebrhan>{{c1|The [[barrel|WEAPON:BARREL_BOMB]] fell between the grain sellers
and the donkeys. I was selling onions, maybe fifty metres.}}

h07
00:00:42.200 --> 00:00:49.800
<v Letebrhan>{{c1|I saw people on the ground, eight, nine.
A woman from [[Megab|PLACE]], [[Abrehet|PERSON]], the wife of [[Gebrekidan|PERSON]], she was dead.}}

h08
00:00:50.400 --> 00:00:57.000
<v Letebrhan>{{c2|My leg, here, you see, a piece of iron.
I walked with it for one week.}}

h09
00:00:57.600 --> 00:01:00.200
<v Interviewer>Did [[the helicopter|WEAPON:AIRSTRIKE]] come back?

h10
00:01:00.800 --> 00:01:08.800
<v Letebrhan>{{c3|Yes, [[the same afternoon|DATE:2021-03-12]] one more [[barrel|WEAPON:BARREL_BOMB]],
on the road to [[Dugum|PLACE]]. It broke two houses there, people told me.}}

h11
00:01:09.400 --> 00:01:16.300
<v Letebrhan>{{c4|People say twenty-three died [[that day|DATE]] in [[Hawzen|PLACE]].
The priest of [[Kidane Mihret church|PLACE]] read the names.}}

h12
00:01:16.900 --> 00:01:19.500
<v Interviewer>Who was flying [[the helicopters|WEAPON:AIRSTRIKE]]?

h13
00:01:20.100 --> 00:01:27.000
<v Letebrhan>Only [[the federal army|ACTOR:Ethiopian National Defense Force]] has [[helicopters|WEAPON:AIRSTRIKE]] to drop [[barrels|WEAPON:BARREL_BOMB]].
[[The Eritreans|ACTOR:Eritrean forces]] were on the ground, around [[Hawzen|PLACE]].

h14
00:01:27.600 --> 00:01:30.600
<v Interviewer>Were there fighters in the market?

h15
00:01:31.200 --> 00:01:40.600
<v Letebrhan>No. [[The Tigray forces|ACTOR:Tigray Defense Forces]] were in the mountains,
not in the market. If they were in the market, we would not go to sell.

h16
00:01:41.200 --> 00:01:43.800
<v Interviewer>You also mentioned your son.

h17
00:01:44.400 --> 00:01:52.000
<v Letebrhan>[[Gebremedhin|PERSON]]. Twelve. In [[Miazia|DATE:2021-04-09..2021-05-08]], after [[the jets|WEAPON:AIRSTRIKE]],
he found in the field a small thing, round, like a ball.

h18
00:01:52.600 --> 00:01:59.200
<v Letebrhan>{{c5,c7|He played with it with his cousin [[Kibrom|PERSON]]. It exploded.
[[Kibrom|PERSON]] died, [[Gebremedhin|PERSON]] lost his eye.}}

h19
00:01:59.800 --> 00:02:08.200
<v Letebrhan>The man from the demining came later. He said
these are [[bomblets|WEAPON:CLUSTER_MUNITION]] from [[cluster bombs|WEAPON:CLUSTER_MUNITION]], there are more in the fields.

h20
00:02:08.800 --> 00:02:12.500
<v Interviewer>Are there still [[bomblets|WEAPON:CLUSTER_MUNITION]] in the fields now?

h21
00:02:13.100 --> 00:02:23.600
<v Letebrhan>Some. [[Last month|DATE:2022-12-01..2022-12-31]] the cow of [[Gebreyohannes|PERSON]] stepped on one of the [[small bombs|WEAPON:CLUSTER_MUNITION]].
The cow died. We do not send the children to the far fields.

h22
00:02:24.200 --> 00:02:27.200
<v Interviewer>Do you have light, electricity, now?

h23
00:02:27.800 --> 00:02:37.600
<v Letebrhan>Since [[last month|DATE:2022-12-01..2022-12-31]], some hours. Two years no birhan, no light.
My daughter is called [[Birhan|PERSON]]. She says, mother, I came back before the light.

h24
00:02:38.200 --> 00:02:46.200
<v Letebrhan>{{c6|My brother [[Hailay|PERSON]] was in [[Addigrat|PLACE:Adigrat]]. [[The Eritreans|ACTOR:Eritrean forces]] took him
from the bus station, in [[Tahsas|DATE:2020-12-10..2021-01-08]]. We never heard again.}}

h25
00:02:46.800 --> 00:02:51.200
<v Letebrhan>I did not see it. His wife [[Kisanet|PERSON]] told me.
@@witness et-hawzen-letebrhan-assefa
@@claim c1 harm=KILLED min=8 max=9 named="Abrehet" weapon=BARREL_BOMB actor="Ethiopian National Defense Force" site="Hawzien" date=2021-03-12 basis=WITNESSED incident=et-hawzen-20210312-market-barrel
@@claim c2 harm=INJURED min=1 max=1 weapon=BARREL_BOMB actor="Ethiopian National Defense Force" site="Hawzien" date=2021-03-12 basis=EXPERIENCED incident=et-hawzen-20210312-market-barrel
@@claim c3 harm=PROPERTY_DAMAGE min=2 max=2 weapon=BARREL_BOMB actor="Ethiopian National Defense Force" site="Dugum" date=2021-03-12 basis=HEARSAY incident=et-hawzen-20210312-market-barrel
@@claim c4 harm=KILLED min=23 max=23 weapon=BARREL_BOMB actor="Ethiopian National Defense Force" site="Hawzen" date=2021-03-12 basis=HEARSAY incident=et-hawzen-20210312-market-barrel
@@claim c5 harm=KILLED min=1 max=1 named="Kibrom" weapon=CLUSTER_MUNITION site="Hawzen" date=2021-04-09..2021-05-08 basis=HEARSAY incident=et-hawzen-20210400-bomblet-boys
@@claim c7 harm=INJURED min=1 max=1 named="Gebremedhin" weapon=CLUSTER_MUNITION site="Hawzen" date=2021-04-09..2021-05-08 basis=HEARSAY incident=et-hawzen-20210400-bomblet-boys
@@claim c6 harm=MISSING min=1 max=1 named="Hailay" actor="Eritrean forces" site="Addigrat" date=2020-12-10..2021-01-08 basis=HEARSAY incident=et-adigrat-20201200-hailay-taken
