1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: Thank you for meeting us, [[Umm Bilal|PERSON]].

2
00:00:04,700 --> 00:00:10,900
WITNESS: My name is [[Samira Hamoud|PERSON]]. We are from [[Benish|PLACE:Binnish]],
near [[Idleb|PLACE:Idlib]]. Now we live here in [[Azaz|PLACE]].

3
00:00:11,400 --> 00:00:16,100
My husband [[Jamal|PERSON]] had a shop of spices
at the side of the vegetable market.

4
00:00:16,600 --> 00:00:20,300
INTERVIEWER: You said he was hurt at the market. When was that?

5
00:00:20,800 --> 00:00:27,500
WITNESS: In [[December|DATE:2019-12-01..2019-12-31]], [[the first days|DATE:2019-12-01..2019-12-07]].
[[A Sunday or a Monday|DATE:2019-12-01..2019-12-02]], I don't remember exactly.

6
00:00:28,000 --> 00:00:32,600
It was raining. He went early to open the shop,
before the farmers come.

7
00:00:33,100 --> 00:00:39,800
WITNESS: {{c1,c2|[[The regime|ACTOR:Syrian government forces]] [[planes|WEAPON:AIRSTRIKE]] hit the market.}} {{c1|He was inside the shop.
A piece of metal went into his back, here, near the spine.}}

8
00:00:40,300 --> 00:00:46,900
{{c1|It is still inside. The doctors in [[Turkey|PLACE]] said
it is more dangerous to take it out than to leave it.}}

9
00:00:47,400 --> 00:00:53,200
{{c2|The shop, he says, the glass and the door flew into the street,
and the spices everywhere, red on the mud.}}

10
00:00:53,700 --> 00:00:56,900
INTERVIEWER: How did you hear about it?

11
00:00:57,400 --> 00:01:04,100
WITNESS: My son [[Bilal|PERSON]] ran home. He was twelve.
He was at the bakery, he heard the sound and ran to the market, then to me.

12
00:01:04,600 --> 00:01:06,000
[crying]

13
00:01:06,500 --> 00:01:13,800
{{c3|[[Bilal|PERSON]] told me he saw his father sitting by the wall,
and [[Abu Hassan|PERSON]], the man of the bread, lying by his oven, not moving.}}

14
00:01:14,300 --> 00:01:18,600
{{c3|They buried [[Abu Hassan|PERSON]] [[the same afternoon|DATE:2019-12-01..2019-12-02]].}}

15
00:01:19,100 --> 00:01:22,400
INTERVIEWER: Do you know how many people died?

16
00:01:22,900 --> 00:01:29,600
WITNESS: {{c4|The neighbours said eleven. Eleven died.}}
My husband says it was more than that, but he was on the ground, how can he count?

17
00:01:30,100 --> 00:01:33,300
INTERVIEWER: Did you see the market yourself?

18
00:01:33,800 --> 00:01:41,500
WITNESS: {{c5|[[The next day|DATE:2019-12-02..2019-12-03]] I went with my sister. The roof of the market was on the ground,
and the stalls were black, all of them.}}

19
00:01:42,000 --> 00:01:45,700
INTERVIEWER: Was the market hit again after that?

20
00:01:46,200 --> 00:01:53,900
WITNESS: Yes. [[Two weeks later|DATE:2019-12-15..2019-12-16]], at [[night|DATE:2019-12-15..2019-12-16]].
[[Rockets|WEAPON:ROCKET]] this time, four or five, one after the other. We heard them from the house.

21
00:01:54,400 --> 00:02:00,100
{{c6|In [[the morning|DATE:2019-12-16..2019-12-17]] I saw the smoke. What was left of the stalls
had burned, and the shop of my husband, what was left of it, also.}}

22
00:02:00,600 --> 00:02:05,300
Nobody was in the market, thank God.
Nobody was hurt [[that time|DATE:2019-12-15..2019-12-16]].

23
00:02:05,800 --> 00:02:08,600
INTERVIEWER: You mentioned your cousin earlier.

24
00:02:09,100 --> 00:02:16,400
WITNESS: [[Wael|PERSON]], my cousin, twenty-four.
{{c7|In [[the spring|DATE:2019-03-01..2019-05-31]], before [[Ramadan|DATE:2019-05-06..2019-06-04]], the [[Hay'at|ACTOR:Hayat Tahrir al-Sham]] stopped him at their checkpoint in [[Sarmada|PLACE]].}}

25
00:02:16,900 --> 00:02:21,100
INTERPRETER: She means [[Hay'at Tahrir al-Sham|ACTOR:Hayat Tahrir al-Sham]].

26
00:02:21,600 --> 00:02:28,800
WITNESS: He had written something on Facebook about the prices.
{{c7|They kept him forty days. He came back thin, with marks on his wrists.}}

27
00:02:29,300 --> 00:02:33,000
He does not speak about it. His mother told me.

28
00:02:33,500 --> 00:02:37,200
INTERVIEWER: When did you leave [[Binnish|PLACE]]?

29
00:02:37,700 --> 00:02:44,900
WITNESS: {{c8|In [[January|DATE:2020-01-01..2020-01-31]], [[the end|DATE:2020-01-20..2020-01-31]], the whole neighbourhood was leaving.
Seven of us, with [[Jamal|PERSON]] on a mattress in the back of the pickup.}}

30
00:02:45,400 --> 00:02:51,700
{{c8|First to the camps near [[Deir Hassan|PLACE]], under the olive trees,
then in [[the summer|DATE:2020-06-01..2020-08-31]] we came to [[Azaz|PLACE]].}}

31
00:02:52,200 --> 00:02:58,800
They said [[the army|ACTOR:Syrian government forces]] would come in to [[Benish|PLACE:Binnish]] and take all the men.
Maybe it was only talk. We did not wait to see.

32
00:02:59,300 --> 00:03:03,400
INTERVIEWER: Is there anything you want to add?

33
00:03:03,900 --> 00:03:10,200
WITNESS: [[Bilal|PERSON]] does not sleep well. When he hears a plane he goes under the blanket.
He is thirteen now. Write that he was a good student.
@@witness sy-binnish-samira-hamoud
@@claim c1 harm=INJURED min=1 max=1 named="Jamal" weapon=AIRSTRIKE actor="Syrian government forces" site="Benish" date=2019-12-01..2019-12-02 basis=HEARSAY incident=sy-binnish-20191202-vegetable-market-airstrike
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Syrian government forces" site="Benish" date=2019-12-01..2019-12-02 basis=HEARSAY incident=sy-binnish-20191202-vegetable-market-airstrike
@@claim c3 harm=KILLED min=1 max=1 named="Abu Hassan" weapon=AIRSTRIKE actor="Syrian government forces" site="Benish" date=2019-12-01..2019-12-02 basis=HEARSAY incident=sy-binnish-20191202-vegetable-market-airstrike
@@claim c4 harm=KILLED min=11 max=11 weapon=AIRSTRIKE actor="Syrian government forces" site="Benish" date=2019-12-01..2019-12-02 basis=HEARSAY incident=sy-binnish-20191202-vegetable-market-airstrike
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Benish" date=2019-12-02..2019-12-03 basis=WITNESSED incident=sy-binnish-20191202-vegetable-market-airstrike
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Benish" date=2019-12-15..2019-12-17 basis=WITNESSED incident=sy-binnish-20191200-vegetable-market-night-rockets
@@claim c7 harm=DETAINED min=1 max=1 named="Wael" actor="Hayat Tahrir al-Sham" site="Sarmada" date=2019-03-01..2019-05-31 basis=HEARSAY incident=sy-sarmada-20190000-wael-hts-checkpoint
@@claim c8 harm=DISPLACED min=7 max=7 named="Jamal" site="Benish" date=2020-01-20..2020-01-31 basis=EXPERIENCED incident=sy-binnish-20200100-hamoud-family-flight
