WEBVTT

NOTE
Interview YE-HYD-4604, recorded in Sanaa, 3 December 2019.
Speaker from Haydan district, Saada. Arabic, subtitled in English.

1
00:00:02.000 --> 00:00:06.000
<v Interviewer>Can you tell us your name and where your family lives?

2
00:00:06.600 --> 00:00:12.800
<v Fatima>[[Fatima Yahya Qaflan|PERSON]]. [[Umm Amal|PERSON]], they call me. We are from [[Haydan|PLACE]],
in the mountains, west of [[Sa'dah|PLACE:Saada]] city. My husband has terraces of coffee and sorghum.

3
00:00:13.400 --> 00:00:17.200
<v Interviewer>Were you living in [[Saada|PLACE]] city when the war started?

4
00:00:17.800 --> 00:00:24.000
<v Fatima>Yes, in [[2015|DATE:2015-01-01..2015-12-31]] we rented in the city, for the school of the children.
Then in [[May|DATE:2015-05-01..2015-05-31]] they said on the radio all [[Saada|PLACE]] is a target.

5
00:00:24.600 --> 00:00:31.000
<v Fatima>{{c1|[[That same night|DATE:2015-05-01..2015-05-31]] [[the planes|WEAPON:AIRSTRIKE]] came, and we walked out with the children to [[Haydan|PLACE]],
seven of us, with what we could carry in the blankets.}}

6
00:00:31.600 --> 00:00:36.400
<v Fatima>Our things stayed in the city. When my husband went back [[after one month|DATE]]
the landlord had sold the fridge. [laughs] Even this.

7
00:00:37.000 --> 00:00:41.800
<v Interviewer>What happened in [[Haydan|PLACE]]?

8
00:00:42.400 --> 00:00:48.600
<v Fatima>In [[Haydan|PLACE]] it was also [[the planes|WEAPON:AIRSTRIKE]], and from across the border, the [[Saudi|ACTOR:Saudi-led coalition]] [[artillery|WEAPON:ARTILLERY]].
But the worst was the [[cluster bombs|WEAPON:CLUSTER_MUNITION]], the small ones.

9
00:00:49.200 --> 00:00:56.000
<v Fatima>{{c2|My daughter [[Amal|PERSON]], eight years, she was collecting the sorghum heads with me
in [[the autumn of 2016|DATE:2016-09-01..2016-11-30]], and she picked up a thing like a battery, green.}}

10
00:00:56.600 --> 00:01:02.200
<v Fatima>{{c2|It exploded in her hands. Three fingers, and her eye, the left one. I was two steps from her.}}

11
00:01:02.800 --> 00:01:07.000
<v Fatima>She is eleven now. She goes to school. But from [[that day|DATE:2016-09-01..2016-11-30]], honestly,
we had no amal, no hope for anything. I am sorry, it is a word game, but it is true.

12
00:01:07.600 --> 00:01:12.200
<v Interviewer>Did other children in [[Haydan|PLACE]] find such [[bomblets|WEAPON:CLUSTER_MUNITION]]?

13
00:01:12.800 --> 00:01:18.600
<v Fatima>{{c3,c7|The health worker in [[Haydan|PLACE]] told me she saw nine children in one year with these wounds,
two of them died.}} This I did not see myself.

14
00:01:19.200 --> 00:01:23.800
<v Interviewer>You mentioned the well.

15
00:01:24.400 --> 00:01:31.200
<v Fatima>Yes. The well of [[Wadi Marran|PLACE]], below our village, with the diesel pump. All the valley drinks from it.
[[The beginning of 2018|DATE:2018-01-01..2018-02-28]], in the cold, [[February|DATE:2018-02-01..2018-02-28]] maybe.

16
00:01:31.800 --> 00:01:38.600
<v Fatima>{{c5|[[The jets|WEAPON:AIRSTRIKE]] hit the pump house [[after the asr prayer|DATE:2018-02-01..2018-02-28]].}} We heard it from the village.
{{c4|The guard, [[Ahmed Muslih al-Hadi|PERSON]], and his son [[Yahya|PERSON]], sixteen, they were killed.}}

17
00:01:39.200 --> 00:01:45.000
<v Fatima>{{c4|My husband [[Hassan|PERSON]] went down and carried them. He said [[Ahmed|PERSON]] had no marks on his face, only dust.}}

18
00:01:45.600 --> 00:01:50.800
<v Fatima>{{c5|The pump was finished, the roof of the house of the pump also.}} For four months the women carried water from [[Dahyan|PLACE]] side.

19
00:01:51.400 --> 00:01:55.200
<v Interviewer>Were there fighters near the well?

20
00:01:55.800 --> 00:02:02.200
<v Fatima>There were no [[Houthi|ACTOR:Houthis]] fighters at the well. Never. It is a pump and a guard and donkeys.
Maybe they fire the [[missiles|WEAPON:MISSILE]] from somewhere in the mountains, I don't know, but not there.

21
00:02:02.800 --> 00:02:07.000
<v Interviewer>Who do you say carried out the [[strike|WEAPON:AIRSTRIKE]]?

22
00:02:07.600 --> 00:02:13.400
<v Fatima>[[The coalition|ACTOR:Saudi-led coalition]]. [[The Saudis|ACTOR:Saudi-led coalition]]. [[The aggression|ACTOR:Saudi-led coalition]], we say. Only they have planes.

23
00:02:14.000 --> 00:02:20.400
<v Fatima>{{c6|And there were the [[bombs|WEAPON:INCENDIARY]] that burn, white, [[white phosphorus|WEAPON:INCENDIARY]], the men say, on the mountain of [[Jabal Maran|PLACE:Jabal Marran]], in [[2018|DATE:2018-01-01..2018-12-31]].
A shepherd, [[Mabkhout|PERSON]], was burned on his back, the skin was like melted plastic.}}

24
00:02:21.000 --> 00:02:26.600
<v Fatima>{{c6|My brother-in-law saw him in the clinic. He told me, I will not forget the smell.}}

25
00:02:27.200 --> 00:02:32.000
<v Interviewer>Why did you come to [[Sanaa|PLACE]]?

26
00:02:32.600 --> 00:02:39.400
<v Fatima>For [[Amal|PERSON]]'s eye, the doctors. And because in [[2019|DATE:2019-01-01..2019-12-31]] [[the planes|WEAPON:AIRSTRIKE]] came every week.
If we stayed, maybe now I would be telling you about my other children. God protects.
@@witness ye-haydan-fatima-qaflan
@@claim c1 harm=DISPLACED min=7 max=7 site="Saada" date=2015-05-01..2015-05-31 basis=EXPERIENCED incident=ye-saada-20150500-qaflan-family-flight-haydan
@@claim c2 harm=INJURED min=1 max=1 named="Amal" weapon=CLUSTER_MUNITION site="Haydan" date=2016-09-01..2016-11-30 basis=WITNESSED incident=ye-haydan-20160900-amal-qaflan-bomblet
@@claim c3 harm=KILLED min=2 max=2 weapon=CLUSTER_MUNITION site="Haydan" basis=HEARSAY incident=ye-haydan-20160000-health-worker-children-bomblets
@@claim c7 harm=INJURED min=9 max=9 weapon=CLUSTER_MUNITION site="Haydan" basis=HEARSAY incident=ye-haydan-20160000-health-worker-children-bomblets
@@claim c4 harm=KILLED min=2 max=2 named="Ahmed Muslih al-Hadi; Yahya" weapon=AIRSTRIKE actor="Saudi-led coalition" site="Wadi Marran" date=2018-02-01..2018-02-28 basis=HEARSAY incident=ye-haydan-20180200-wadimarran-well-pump-strike
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="Wadi Marran" date=2018-02-01..2018-02-28 basis=WITNESSED incident=ye-haydan-20180200-wadimarran-well-pump-strike
@@claim c6 harm=INJURED min=1 max=1 named="Mabkhout" weapon=INCENDIARY site="Jabal Maran" date=2018-01-01..2018-12-31 basis=HEARSAY incident=ye-haydan-20180000-maran-mabkhout-phosphorus
