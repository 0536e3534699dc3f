1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: We are recording. Can you give your name?

2
00:00:05,100 --> 00:00:10,800
WITNESS: [[Mohammed Abdu Shami|PERSON]]. I was a nurse
in the health centre of [[al-Tuhayta|PLACE]], [[Tuhaita|PLACE:al-Tuhayta]], for nine years.

3
00:00:11,300 --> 00:00:15,900
INTERVIEWER: You were working there in [[the summer of 2018|DATE:2018-06-01..2018-08-31]]?

4
00:00:16,400 --> 00:00:22,200
WITNESS: Yes, all the summer. We were two nurses and one doctor,
Dr. [[Lutf Hizam|PERSON]], and the midwife [[Umm Basem|PERSON]]. No more.

5
00:00:22,800 --> 00:00:27,500
INTERVIEWER: Tell me about the day the wounded came from [[al-Durayhimi|PLACE]].

6
00:00:28,000 --> 00:00:33,400
WITNESS: From [[al-Duraihimi|PLACE:al-Durayhimi]], yes. It was [[after the Eid|DATE:2018-08-27..2018-08-28]], [[the 27th or the 28th|DATE:2018-08-27..2018-08-28]],
I am not sure which, around [[the noon|DATE:2018-08-27..2018-08-28]].

7
00:00:34,000 --> 00:00:40,100
WITNESS: Two pick-ups came, and a man on a motorbike with a boy in front of him.
{{c8|They said [[the aircraft|WEAPON:AIRSTRIKE]] struck a farm, a mango farm, the people picking.}}

8
00:00:40,700 --> 00:00:46,300
WITNESS: {{c1|Nine were already dead in the pick-ups. One more died with us, a young woman, she had lost too much blood.}}

9
00:00:46,900 --> 00:00:50,200
- So ten dead?
- Ten, by my count.

10
00:00:50,800 --> 00:00:57,600
WITNESS: {{c2|And wounded, I wrote twenty-two names in the book [[that day|DATE:2018-08-27..2018-08-28]]. Legs, bellies, one girl with her face burned.}}

11
00:00:58,200 --> 00:01:03,900
WITNESS: The farmers said it was the [[Saudi|ACTOR:Saudi-led coalition]] [[planes|WEAPON:AIRSTRIKE]], two [[strikes|WEAPON:AIRSTRIKE]].
I did not see [[the planes|WEAPON:AIRSTRIKE]] myself, I was inside with the blood.

12
00:01:04,500 --> 00:01:09,200
INTERVIEWER: Did anything happen at the health centre after that?

13
00:01:09,800 --> 00:01:16,400
WITNESS: [[The same night|DATE:2018-08-27..2018-08-28]] three [[Houthi|ACTOR:Houthis]] fighters came. They wanted to take
one of the wounded men, they said he gave coordinates to [[the coalition|ACTOR:Saudi-led coalition]].

14
00:01:17,000 --> 00:01:22,800
WITNESS: Dr. [[Lutf|PERSON]] stood in the door. He said this man has a tube in his chest,
if you move him he dies. They argued for an hour, and then they went away without him.

15
00:01:23,400 --> 00:01:27,000
INTERVIEWER: And in [[al-Tuhayta|PLACE]] itself, was there fighting?

16
00:01:27,600 --> 00:01:33,900
WITNESS: Later, yes. In [[October|DATE:2018-10-01..2018-10-31]], [[the Joint Forces|ACTOR:Yemeni government forces]] were near,
and the [[Houthis|ACTOR:Houthis]] were firing [[hawn|WEAPON:MORTAR]] from the east side.

17
00:01:34,500 --> 00:01:41,000
WITNESS: {{c3,c4|One morning, [[a Thursday|DATE:2018-10-18]], [[the 18th|DATE:2018-10-18]] I think, three [[mortar bombs|WEAPON:MORTAR]] fell on the fish market.}}
We call it the [[Suq al-Samak|PLACE]], by the old jetty.

18
00:01:41,600 --> 00:01:48,200
WITNESS: {{c3|Three fishermen died there, [[Abdullah Kurdi|PERSON]] and his son [[Salem|PERSON]], and an old man from [[al-Fazah|PLACE]].}}

19
00:01:48,800 --> 00:01:55,500
WITNESS: {{c4|The stalls were smashed, the ice boxes, and two boats on the sand were holed, you could see the sky through them.}}

20
00:01:56,100 --> 00:02:00,000
- You saw this?
- I went there after, to help. Yes.

21
00:02:00,600 --> 00:02:06,400
INTERVIEWER: Some people say it was [[the coalition|ACTOR:Saudi-led coalition]] that shelled the market.

22
00:02:07,000 --> 00:02:13,800
WITNESS: No. There was no [[air strike|WEAPON:AIRSTRIKE]] in [[al-Tuhayta|PLACE]] [[that morning|DATE:2018-10-18]], I am sure.
The [[mortar|WEAPON:MORTAR]] came from the [[Houthi|ACTOR:Houthis]] side, from the palms.

23
00:02:14,400 --> 00:02:18,700
INTERVIEWER: What about [[mines|WEAPON:LANDMINE]]? People talk about [[mines|WEAPON:LANDMINE]] in the fields.

24
00:02:19,300 --> 00:02:26,700
WITNESS: {{c5|Many. In [[November|DATE:2018-11-01..2018-11-30]] a boy of twelve, [[Nasser|PERSON]], the son of our neighbour [[Abdo Hassan|PERSON]], stepped on a [[mine|WEAPON:LANDMINE]] herding goats east of the town.}}

25
00:02:27,300 --> 00:02:32,400
WITNESS: {{c5|He lost the left foot. We cleaned the wound, then they took him to [[Aden|PLACE]].}}

26
00:02:33,000 --> 00:02:38,100
INTERVIEWER: You are now in [[al-Khawkha|PLACE]]. Why did you leave?

27
00:02:38,700 --> 00:02:45,900
WITNESS: {{c6|In [[January|DATE:2019-01-01..2019-01-31]] my brothers, [[Faisal|PERSON]] and [[Adel|PERSON]], they were arrested at the checkpoint of [[the Joint Forces|ACTOR:Yemeni government forces]] on the coast road.}}

28
00:02:46,500 --> 00:02:52,700
WITNESS: {{c6|They kept them eleven days in a container, because our family name is from the north.}}
Then a sheikh spoke for them and they were released.

29
00:02:53,300 --> 00:02:59,800
WITNESS: {{c7|After that I took my wife and the children, six of us, and we moved. The health centre, I heard, is closed now.}}

30
00:03:00,400 --> 00:03:04,000
INTERVIEWER: Thank you, [[Mohammed|PERSON]].

@@witness ye-tuhayta-mohammed-shami
@@claim c1 harm=KILLED min=10 max=10 weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Duraihimi" date=2018-08-27..2018-08-28 basis=WITNESSED incident=ye-durayhimi-20180828-bajash-mango-farm
@@claim c2 harm=INJURED min=22 max=22 weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Duraihimi" date=2018-08-27..2018-08-28 basis=WITNESSED incident=ye-durayhimi-20180828-bajash-mango-farm
@@claim c3 harm=KILLED min=3 max=3 named="Abdullah Kurdi; Salem" weapon=MORTAR actor="Houthis" site="Suq al-Samak" date=2018-10-18 basis=WITNESSED incident=ye-tuhayta-20181018-fish-market-mortar
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Houthis" site="Suq al-Samak" date=2018-10-18 basis=WITNESSED incident=ye-tuhayta-20181018-fish-market-mortar
@@claim c5 harm=INJURED min=1 max=1 named="Nasser" weapon=LANDMINE site="al-Tuhayta" date=2018-11-01..2018-11-30 basis=WITNESSED incident=ye-tuhayta-20181100-nasser-goat-mine
@@claim c6 harm=DETAINED min=2 max=2 named="Faisal; Adel" actor="Yemeni government forces" date=2019-01-01..2019-01-31 basis=HEARSAY incident=ye-khawkha-20190100-shami-brothers-container
@@claim c7 harm=DISPLACED min=6 max=6 site="al-Tuhayta" date=2019-01-01..2019-01-31 basis=EXPERIENCED incident=ye-tuhayta-20190100-shami-family-flight
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Duraihimi" date=2018-08-27..2018-08-28 basis=HEARSAY incident=ye-durayhimi-20180828-bajash-mango-farm
