1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: Can you say your name for the recording?

2
00:00:04,900 --> 00:00:09,600
WITNESS: [[Balaraba Garba|PERSON]]. From [[Sunké|PLACE:Sunke]], near [[Anka|PLACE]].
I sell, I sold, groundnut oil and soap.

3
00:00:10,300 --> 00:00:15,000
INTERVIEWER: You were in [[Sunke|PLACE]] on [[the night of the 11th of June|DATE:2021-06-11]]?

4
00:00:15,700 --> 00:00:21,400
WITNESS: Yes. It was [[Friday|DATE:2021-06-11]], [[after isha|DATE:2021-06-11]].
The children were already lying down.

5
00:00:22,000 --> 00:00:27,800
WITNESS: We heard the [[guns|WEAPON:SMALL_ARMS]], and my husband said,
go inside, go inside, they have come.

6
00:00:28,500 --> 00:00:34,000
{{c1|They entered our compound, four of them.
They took my husband, [[Shehu Abdullahi|PERSON]], and tied his hands with his own turban.}}

7
00:00:34,600 --> 00:00:39,900
{{c1|And his younger brother [[Kabiru|PERSON]] also.
They pushed them to the motorcycles.}}

8
00:00:40,500 --> 00:00:43,000
INTERVIEWER: Who were they?

9
00:00:43,600 --> 00:00:49,200
WITNESS: [[Yan ta'adda|ACTOR:Armed bandits (north-west Nigeria)]]. The ones from the forest.
- INTERVIEWER: [[The bandits|ACTOR:Armed bandits (north-west Nigeria)]]?
- WITNESS: Yes.

10
00:00:50,000 --> 00:00:55,500
INTERVIEWER: What happened to your husband?

11
00:00:56,000 --> 00:01:02,400
WITNESS: {{c2|Two months they kept him. Two months and four days.
We paid, his family, my family. He came back thin like a stick.}}

12
00:01:03,000 --> 00:01:08,300
{{c3|[[Kabiru|PERSON]] did not come back. They said he tried to run
and they shot him in the forest. His body, nobody brought it.}}

13
00:01:09,000 --> 00:01:14,000
INTERVIEWER: Who told you that?

14
00:01:14,600 --> 00:01:20,800
WITNESS: My husband. He heard the men talking about it in the camp
where they kept them. He did not see it.

15
00:01:21,500 --> 00:01:25,000
INTERVIEWER: How many people died in [[Sunke|PLACE]] [[that night|DATE:2021-06-11]]?

16
00:01:25,600 --> 00:01:31,900
WITNESS: {{c4|Eleven. My brother [[Haruna|PERSON]] helped to carry them,
he told me eleven, with the boy of [[Lawali|PERSON]].}}

17
00:01:32,500 --> 00:01:36,000
INTERVIEWER: You mean [[Lawali Sule|PERSON]]'s son?

18
00:01:36,600 --> 00:01:41,000
WITNESS: Yes, [[Nasiru|PERSON]]. He was a good boy.

19
00:01:41,700 --> 00:01:47,300
WITNESS: {{c5|And my shop, in front of the market, they poured petrol and set fire.
[[The next morning|DATE:2021-06-12]] the roof had come down on the soap.}}

20
00:01:48,000 --> 00:01:52,000
I had two big sacks of soap inside. Everything finished.

21
00:01:52,800 --> 00:01:56,200
INTERVIEWER: Did they burn the school?

22
00:01:56,900 --> 00:02:01,600
WITNESS: No, no. The school they did not touch.
The school was already closed since [[last year|DATE:2020-01-01..2020-12-31]].

23
00:02:02,400 --> 00:02:06,000
INTERVIEWER: When did you leave [[Sunke|PLACE]]?

24
00:02:06,700 --> 00:02:13,200
WITNESS: {{c6|On [[Sunday|DATE:2021-06-13]]. I took the five children
and we walked to [[Anka|PLACE]], then a bus to [[Gusau|PLACE]].}}

25
00:02:13,900 --> 00:02:18,400
{{c6|Now we are in the camp at [[Damba|PLACE]]. It is an old school, thirty families.}}

26
00:02:19,100 --> 00:02:24,500
At the checkpoint of [[Gusau|PLACE]] the police opened my bags, looked,
and said go. Nothing happened to us there.

27
00:02:25,200 --> 00:02:29,000
INTERVIEWER: Is there anything else you want to say?

28
00:02:29,600 --> 00:02:35,800
WITNESS: The girls. [[Sadiya|PERSON]] is my sister's daughter.
{{c7|She is still in the forest. We are waiting for her.}}
@@witness ng-gusau-balaraba-garba
@@claim c1 harm=DETAINED min=2 max=2 named="Shehu Abdullahi; Kabiru" actor="Armed bandits (north-west Nigeria)" site="Sunké" date=2021-06-11 basis=WITNESSED incident=ng-anka-20210611-sunke-raid
@@claim c2 harm=DETAINED min=1 max=1 named="Shehu Abdullahi" actor="Armed bandits (north-west Nigeria)" site="Sunké" date=2021-06-11 basis=EXPERIENCED incident=ng-anka-20210611-sunke-raid
@@claim c3 harm=KILLED min=1 max=1 named="Kabiru" weapon=SMALL_ARMS actor="Armed bandits (north-west Nigeria)" basis=HEARSAY incident=ng-anka-20210611-sunke-raid
@@claim c4 harm=KILLED min=11 max=11 named="Nasiru" site="Sunke" date=2021-06-11 basis=HEARSAY incident=ng-anka-20210611-sunke-raid
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null actor="Armed bandits (north-west Nigeria)" site="Sunke" date=2021-06-11 basis=EXPERIENCED incident=ng-anka-20210611-sunke-raid
@@claim c6 harm=DISPLACED min=6 max=6 site="Sunke" date=2021-06-13 basis=EXPERIENCED incident=ng-anka-20210611-sunke-raid
@@claim c7 harm=MISSING min=1 max=1 named="Sadiya" actor="Armed bandits (north-west Nigeria)" site="Sunke" date=2021-06-11 basis=EXPERIENCED incident=ng-anka-20210611-sunke-raid
