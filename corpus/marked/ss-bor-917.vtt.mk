WEBVTT - SS-BOR-917

NOTE
Interview ID: SS-BOR-917
Date of interview: 30 June 2014
Place: Bor, Jonglei State, South Sudan
Language: Dinka (Bor), interpreted into English

1
00:00:02.000 --> 00:00:06.500
<v Interviewer>[[Achol|PERSON]], you were in [[Bor|PLACE]] town when the fighting started in [[December|DATE:2013-12-01..2013-12-31]]?

2
00:00:07.200 --> 00:00:13.800
<v Achol Deng Garang>Yes. I sell vegetables in the [[Bor market|PLACE]]. [[Marol market|PLACE]], you know it.

3
00:00:14.500 --> 00:00:21.000
<v Achol Deng Garang>[[The 18th of December|DATE:2013-12-18]], [[Peter Gadet|PERSON]]'s soldiers, the [[IO|ACTOR:SPLA-IO]], they took the town. [[The army|ACTOR:South Sudan People's Defence Forces]] ran.

4
00:00:21.700 --> 00:00:28.300
<v Interviewer>What did you see in those first days?

5
00:00:29.000 --> 00:00:36.600
<v Achol Deng Garang>{{c1|The [[shooting|WEAPON:SMALL_ARMS]] in every street. I saw my neighbour, [[Abraham Majok Kuol|PERSON]], shot outside his compound, and his son.}}

6
00:00:37.300 --> 00:00:43.000
<v Achol Deng Garang>We ran to the river, to the islands, in canoes. The whole [[Hai Machuor|PLACE]] area ran.

7
00:00:43.700 --> 00:00:50.200
<v Interviewer>Did you come back when [[the army|ACTOR:South Sudan People's Defence Forces]] retook the town?

8
00:00:50.900 --> 00:00:57.500
<v Achol Deng Garang>Yes, [[after Christmas|DATE:2013-12-25..2013-12-31]]. Then at [[the end of December|DATE:2013-12-28..2013-12-31]] [[the White Army|ACTOR:White Army]] came, the Nuer youth, thousands, from [[Akobo|PLACE]] side.

9
00:00:58.200 --> 00:01:05.800
<v Achol Deng Garang>{{c2|We ran again. This time they burned the market, all of it, and the houses in [[Marol|PLACE]].}}

10
00:01:06.500 --> 00:01:13.000
<v Achol Deng Garang>{{c3|When we came back in [[January|DATE:2014-01-01..2014-01-31]], I saw the bodies in the cathedral compound, [[St. Andrew's Cathedral|PLACE]].}}

11
00:01:13.700 --> 00:01:20.400
<v Achol Deng Garang>{{c3|Old women, maybe fifteen, maybe twenty. Killed inside the church.}}

12
00:01:21.100 --> 00:01:26.000
<v Interviewer>Do you know any of them?

13
00:01:26.700 --> 00:01:33.900
<v Achol Deng Garang>{{c4|The mother of my husband, [[Nyandeng Ayuen|PERSON]]. She could not run, she stayed in the church because she thought it was safe.}}

14
00:01:34.600 --> 00:01:40.000
<v Achol Deng Garang>[crying]

15
00:01:40.700 --> 00:01:46.900
<v Interviewer>Take your time, [[Achol|PERSON]].

16
00:01:47.600 --> 00:01:54.300
<v Achol Deng Garang>{{c5|The priest said later more than one hundred were killed in [[Bor|PLACE]] in those weeks, in the town, in the hospital.}}

17
00:01:55.000 --> 00:02:01.000
<v Interviewer>Was there fighting from the air, helicopters?

18
00:02:01.700 --> 00:02:08.600
<v Achol Deng Garang>The [[Ugandan|ACTOR:Ugandan forces]] [[helicopters|WEAPON:AIRSTRIKE]] came to chase [[the White Army|ACTOR:White Army]] from the road, in [[January|DATE:2014-01-01..2014-01-31]]. Not in the town, in the bush.

19
00:02:09.300 --> 00:02:15.700
<v Achol Deng Garang>In the town no [[bombs|WEAPON:AIRSTRIKE]] fell. Only the [[guns|WEAPON:SMALL_ARMS]], and the fire.

20
00:02:16.400 --> 00:02:23.500
<v Interviewer>Is your family safe now?

21
00:02:24.200 --> 00:02:31.000
<v Achol Deng Garang>{{c6|My daughter [[Ayen|PERSON]] is missing since [[the 31st|DATE:2013-12-31]]. She was with her school friends when [[the White Army|ACTOR:White Army]] came.}}

22
00:02:31.700 --> 00:02:38.000
<v Achol Deng Garang>Some people say the girls were taken to [[Ayod|PLACE]]. If she is alive, she is fifteen now.

23
00:02:38.700 --> 00:02:45.200
<v Interviewer>Were you in [[Bor|PLACE]] in [[April|DATE:2014-04-01..2014-04-30]], when the UN base was attacked?

24
00:02:45.900 --> 00:02:52.800
<v Achol Deng Garang>I was in the town, not in the base. I heard the [[shooting|WEAPON:SMALL_ARMS]] from there, in [[the morning|DATE:2014-04-17]], [[the 17th|DATE:2014-04-17]].

25
00:02:53.500 --> 00:03:00.400
<v Achol Deng Garang>The young men of our side went there with [[guns|WEAPON:SMALL_ARMS]], they said the Nuer inside were celebrating.

26
00:03:01.100 --> 00:03:08.700
<v Achol Deng Garang>{{c7|People said many Nuer were killed inside the base, women also, more than forty.}} I did not see it. I am not proud of it.

27
00:03:09.400 --> 00:03:15.000
<v Interviewer>Thank you for saying that.

28
00:03:15.700 --> 00:03:22.900
<v Achol Deng Garang>A mother is a mother. The Nuer women in the base did not kill my [[Nyandeng Ayuen|PERSON]]. The men with [[guns|WEAPON:SMALL_ARMS]] did.
@@witness ss-bor-achol-deng
@@claim c1 harm=KILLED min=2 max=2 named="Abraham Majok Kuol" weapon=SMALL_ARMS actor="SPLA-IO" site="Bor" date=2013-12-18..2013-12-24 basis=WITNESSED incident=ss-bor-20131218-town-takeover
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null actor="White Army" site="Marol" date=2013-12-28..2013-12-31 basis=WITNESSED incident=ss-bor-20131200-white-army-attack
@@claim c3 harm=KILLED min=15 max=20 actor="White Army" site="St. Andrew's Cathedral" date=2013-12-28..2014-01-31 basis=WITNESSED incident=ss-bor-20131200-white-army-attack
@@claim c4 harm=KILLED min=1 max=1 named="Nyandeng Ayuen" actor="White Army" site="St. Andrew's Cathedral" date=2013-12-28..2014-01-31 basis=HEARSAY incident=ss-bor-20131200-white-army-attack
@@claim c5 harm=KILLED min=101 max=null site="Bor" date=2013-12-18..2014-01-31 basis=HEARSAY incident=ss-bor-20131200-white-army-attack
@@claim c6 harm=MISSING min=1 max=1 named="Ayen" actor="White Army" site="Bor" date=2013-12-31 basis=EXPERIENCED incident=ss-bor-20131200-white-army-attack
@@claim c7 harm=KILLED min=41 max=null weapon=SMALL_ARMS site="Bor" date=2014-04-17 basis=HEARSAY incident=ss-bor-20140417-un-base-attack
