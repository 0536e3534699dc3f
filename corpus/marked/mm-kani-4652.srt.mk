1
00:00:01,000 --> 00:00:05,400
INTERVIEWER: Recording. Please say your name
and where you are from.

2
00:00:06,000 --> 00:00:12,300
WITNESS: My name is [[Ko Thet Paing Soe|PERSON]].
I drive a motorbike taxi, I mean, I drove. In [[Kanni|PLACE:Kani]].

3
00:00:12,900 --> 00:00:17,600
My village is small, four miles from the town,
on the road to [[Budalin|PLACE]].

4
00:00:18,200 --> 00:00:23,000
INTERVIEWER: You were in the market of [[Kani|PLACE]]
when [[the jets|WEAPON:AIRSTRIKE]] came in [[March|DATE:2023-03-01..2023-03-31]]?

5
00:00:23,600 --> 00:00:29,800
WITNESS: Yes. [[The 8th or the 9th|DATE:2023-03-08..2023-03-09]], eh, I am not sure,
it was [[the day of the big market|DATE:2023-03-08..2023-03-09]].

6
00:00:30,400 --> 00:00:35,100
I brought a lady with her baskets of onions.
I was waiting by the tea shop to take her home.

7
00:00:35,700 --> 00:00:40,200
{{c1|Two [[planes|WEAPON:AIRSTRIKE]]. They came down the river side
and the [[bombs|WEAPON:AIRSTRIKE]] fell on the middle of the street.}}

8
00:00:40,800 --> 00:00:46,500
{{c1|The tea shop, the gold shop, the phone shop,
many shops, more than twenty, all broken, burning.}}

9
00:00:47,100 --> 00:00:52,000
{{c2|I saw two people dead near the gold shop,
a man and a girl. I did not know them.}}

10
00:00:52,600 --> 00:00:58,900
{{c3,c10|The monk from the monastery told us later
five people died, and fifteen, twenty were hurt.}}

11
00:00:59,500 --> 00:01:04,000
INTERVIEWER: Were you hurt?
WITNESS: No, only my ears. For three days I heard nothing.

12
00:01:04,600 --> 00:01:11,200
{{c4|My cousin [[Ma Ei Thinzar|PERSON]] was selling bananas.
Her arm was burned, from the shoulder to here.}}

13
00:01:11,800 --> 00:01:16,000
{{c4|I took her on my motorbike to the clinic in [[Kani|PLACE]].}}
The lady with the onions, I never found her.

14
00:01:16,600 --> 00:01:19,400
INTERVIEWER: Was the market hit before [[that day|DATE:2023-03-08..2023-03-09]]?

15
00:01:20,000 --> 00:01:26,500
WITNESS: Yes, once, in [[January|DATE:2023-01-01..2023-01-31]]. [[Shells|WEAPON:ARTILLERY]]
from [[the army|ACTOR:Tatmadaw]] camp, from the [[big guns|WEAPON:ARTILLERY]]. At [[night|DATE:2023-01-01..2023-01-31]].

16
00:01:27,100 --> 00:01:32,800
{{c5|Two shops near the bus stand were damaged,
the roof of the bus stand fell, I saw it in [[the morning|DATE:2023-01-01..2023-01-31]].}} Nobody was hurt that time.

17
00:01:33,400 --> 00:01:36,300
INTERVIEWER: What happened in your village?

18
00:01:36,900 --> 00:01:42,500
WITNESS: In our village, [[the soldiers|ACTOR:Tatmadaw]]
never came inside. But [[the helicopter|WEAPON:AIRSTRIKE]] came.

19
00:01:43,100 --> 00:01:48,800
[[Last year|DATE:2022-01-01..2022-12-31]], [[after the rains|DATE:2022-10-01..2022-11-30]], I think [[October|DATE:2022-10-01..2022-10-31]].
{{c6|It dropped a [[barrel|WEAPON:BARREL_BOMB]] on the rice mill of [[U Hla Win|PERSON]].}}

20
00:01:49,400 --> 00:01:55,600
{{c6|The mill, the engine, the store of paddy,
everything finished. We found only the walls.}}

21
00:01:56,200 --> 00:02:01,900
{{c7|[[U Hla Win|PERSON]]'s son, [[Ko Kyaw Zin Oo|PERSON]], was sleeping in the mill.
They brought him back in a blanket.}}

22
00:02:02,500 --> 00:02:07,000
- Did you see this?
- I saw the mill after. [[Kyaw Zin|PERSON]], I helped to carry.

23
00:02:07,600 --> 00:02:12,700
INTERVIEWER: After the mill, did people leave the village?

24
00:02:13,300 --> 00:02:19,400
WITNESS: {{c8|Yes, most families. We went to the forest first,
then to my wife's village across the [[Chindwin|PLACE]].}}

25
00:02:20,000 --> 00:02:25,800
{{c8|Then [[the soldiers|ACTOR:Tatmadaw]] came near there also, so we moved again,
to [[Monywa|PLACE]]. Three times we moved in one year.}}

26
00:02:26,400 --> 00:02:31,000
INTERVIEWER: Is anything left in the village?

27
00:02:31,600 --> 00:02:37,800
WITNESS: My uncle stayed, he is old.
He says in [[August|DATE:2023-08-01..2023-08-31]] [[the jets|WEAPON:AIRSTRIKE]] dropped [[small bombs|WEAPON:CLUSTER_MUNITION]],

28
00:02:38,400 --> 00:02:44,200
like a ball, many of them, the [[bomblets|WEAPON:CLUSTER_MUNITION]],
in the field behind the pagoda.

29
00:02:44,800 --> 00:02:50,600
{{c9|Seven of his goats died in that field, he told me.}}
He found more balls that did not explode.

30
00:02:51,200 --> 00:02:56,400
He put sticks around them. Nobody is allowed there.
If the children go there, they will die.

31
00:02:57,000 --> 00:03:01,200
INTERVIEWER: Thank you. Anything else?

32
00:03:01,800 --> 00:03:07,500
WITNESS: I want to find the onion lady.
Her name was [[Daw Sein|PERSON]], something [[Sein|PERSON]]. From [[Alon|PLACE]] side.
@@witness mm-kani-thet-paing-soe
@@claim c1 harm=PROPERTY_DAMAGE min=21 max=null weapon=AIRSTRIKE site="Kani" date=2023-03-08..2023-03-09 basis=WITNESSED incident=mm-kani-20230309-market-street-jets
@@claim c2 harm=KILLED min=2 max=2 weapon=AIRSTRIKE site="Kani" date=2023-03-08..2023-03-09 basis=WITNESSED incident=mm-kani-20230309-market-street-jets
@@claim c3 harm=KILLED min=5 max=5 weapon=AIRSTRIKE site="Kani" date=2023-03-08..2023-03-09 basis=HEARSAY incident=mm-kani-20230309-market-street-jets
@@claim c10 harm=INJURED min=15 max=20 weapon=AIRSTRIKE site="Kani" date=2023-03-08..2023-03-09 basis=HEARSAY incident=mm-kani-20230309-market-street-jets
@@claim c4 harm=INJURED min=1 max=1 named="Ma Ei Thinzar" weapon=AIRSTRIKE site="Kani" date=2023-03-08..2023-03-09 basis=WITNESSED incident=mm-kani-20230309-market-street-jets
@@claim c5 harm=PROPERTY_DAMAGE min=2 max=2 weapon=ARTILLERY actor=Tatmadaw site="Kani" date=2023-01-01..2023-01-31 basis=WITNESSED incident=mm-kani-20230100-bus-stand-shells
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB date=2022-10-01..2022-10-31 basis=WITNESSED incident=mm-kani-20221000-hla-win-rice-mill-barrel
@@claim c7 harm=KILLED min=1 max=1 named="Ko Kyaw Zin Oo" weapon=BARREL_BOMB date=2022-10-01..2022-10-31 basis=WITNESSED incident=mm-kani-20221000-hla-win-rice-mill-barrel
@@claim c8 harm=DISPLACED min=null max=null date=2022-10-01..2022-10-31 basis=EXPERIENCED incident=mm-kani-20221000-thet-paing-soe-village-flight
@@claim c9 harm=PROPERTY_DAMAGE min=7 max=7 weapon=CLUSTER_MUNITION date=2023-08-01..2023-08-31 basis=HEARSAY incident=mm-kani-20230800-pagoda-field-bomblets
