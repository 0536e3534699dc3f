1
00:00:01,000 --> 00:00:06,400
INTERVIEWER: [[Mariam|PERSON]], we spoke [[last July|DATE:2023-07-01..2023-07-31]], in the old site
at [[Adré|PLACE]]. Thank you for seeing me again.

2
00:00:07,000 --> 00:00:11,500
WITNESS: Yes, I remember you. You had a green scarf.

3
00:00:12,100 --> 00:00:18,600
INTERVIEWER: Now you are here in [[Ourang|PLACE]] camp. I want to ask
again about the school in [[al-Gamarik|PLACE:al-Jamarik]], if you can.

4
00:00:19,200 --> 00:00:25,900
WITNESS: I can. Every night I see it, so I can say it.
First the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] on the walls.
It was [[the Thursday|DATE:2023-06-08]], I think [[the 8th of June|DATE:2023-06-08]].

5
00:00:26,500 --> 00:00:33,000
Last time I said [[Friday|DATE:2023-06-09]]? Maybe. The days were all the same,
we did not know Thursday from Friday in that time.

6
00:00:33,600 --> 00:00:40,200
{{c1|They killed the men in the yard. [[Abakar|PERSON]], my husband, and [[Haroun Suleiman|PERSON]], his brother.}}

7
00:00:40,800 --> 00:00:47,900
{{c2|The men who buried them after, they told us forty, or thirty-five, they were not sure.}}

8
00:00:48,500 --> 00:00:53,000
- Did you see how many?
- I saw many. I could not count, I was lying on the ground.

9
00:00:53,600 --> 00:01:00,400
INTERVIEWER: Last time you told me your son [[Mubarak|PERSON]]
wanted to go back. Is he here with you?

10
00:01:01,000 --> 00:01:04,500
WITNESS: No. [pause]

11
00:01:05,100 --> 00:01:12,800
{{c3|He went in [[October|DATE:2023-10-01..2023-10-31]], without telling me, with [[Bakhit|PERSON]], the son of his uncle. They went to [[El Geneina|PLACE]] to look for the grave.}}

12
00:01:13,400 --> 00:01:19,000
{{c3|Since then, no news. Nobody saw them. Four months.}}
I asked everybody who comes from [[Geneina|PLACE:El Geneina]], even [[Khamis Dinar|PERSON]], the sheikh of our block.

13
00:01:19,600 --> 00:01:25,200
INTERVIEWER: Did you report it to anyone,
to the camp administration or the Red Cross?

14
00:01:25,800 --> 00:01:32,000
WITNESS: Yes, to the Red Cross, they wrote his name.
They said they will look. Until now nothing.

15
00:01:32,600 --> 00:01:38,200
INTERVIEWER: Have you heard what happened
in [[Ardamata|PLACE]] in [[November|DATE:2023-11-01..2023-11-30]]?

16
00:01:38,800 --> 00:01:45,600
WITNESS: My cousin [[Zahra Ibrahim|PERSON]] was in the camp in [[Ardamata|PLACE]],
near the base of [[the army|ACTOR:Sudanese Armed Forces]]. When [[the Rapid Support|ACTOR:Rapid Support Forces]] took the base,

17
00:01:46,200 --> 00:01:51,000
at [[the beginning of November|DATE:2023-11-01..2023-11-10]], they went into the camp after.

18
00:01:51,600 --> 00:01:58,300
{{c4|She says they killed hundreds there, in the houses, in the streets, three days.}} {{c6|In one house 22 from one family.}}
{{c5|Her husband [[Musa Hargal|PERSON]] and her two sons, [[Adil|PERSON]] and [[Sabir|PERSON]], they took, she does not know where.}}

19
00:01:58,900 --> 00:02:04,100
She came here walking with the girls.
I did not see this, I only tell what she told me.

20
00:02:04,700 --> 00:02:10,500
- Were there soldiers in the camp in [[Ardamata|PLACE]]?
- She says the soldiers of [[the army|ACTOR:Sudanese Armed Forces]] ran away before,

21
00:02:11,100 --> 00:02:16,600
many of them crossed to [[Chad|PLACE]]. In the camp only people stayed.

22
00:02:17,200 --> 00:02:24,000
INTERVIEWER: Is there anything you want to add
to what you told me in [[July|DATE:2023-07-01..2023-07-31]]?

23
00:02:24,600 --> 00:02:31,800
WITNESS: Write that [[Abakar|PERSON]] was a tailor. Not a fighter.
He made the school uniforms for all of [[al-Jamarik|PLACE]].
@@witness sd-geneina-mariam-ishaq
@@claim c1 harm=KILLED min=2 max=2 named="Abakar; Haroun Suleiman" actor="Rapid Support Forces" site="al-Gamarik" date=2023-06-08 basis=WITNESSED incident=sd-geneina-20230609-jamarik-school
@@claim c2 harm=KILLED min=35 max=40 site="al-Gamarik" date=2023-06-08 basis=HEARSAY incident=sd-geneina-20230609-jamarik-school
@@claim c3 harm=MISSING min=2 max=2 named="Mubarak; Bakhit" site="El Geneina" date=2023-10-01..2023-10-31 basis=EXPERIENCED incident=sd-geneina-20231000-mubarak-bakhit-missing
@@claim c4 harm=KILLED min=200 max=null actor="Rapid Support Forces" site="Ardamata" date=2023-11-01..2023-11-10 basis=HEARSAY incident=sd-ardamata-20231100-camp-killings
@@claim c5 harm=MISSING min=3 max=3 named="Musa Hargal; Adil; Sabir" actor="Rapid Support Forces" site="Ardamata" date=2023-11-01..2023-11-10 basis=HEARSAY incident=sd-ardamata-20231100-camp-killings
@@claim c6 harm=KILLED min=22 max=22 actor="Rapid Support Forces" site="Ardamata" date=2023-11-01..2023-11-10 basis=HEARSAY incident=sd-ardamata-20231100-camp-killings
