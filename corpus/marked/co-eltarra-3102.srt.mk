1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: Okay, it is recording. Please say
where we are and who you are.

2
00:00:05,100 --> 00:00:10,800
WITNESS: We are in [[Ocaña|PLACE]], in the house of my sister.
I am [[Rubén Darío Sanguino|PERSON]], from [[Filo Gringo|PLACE]], [[El Tarra|PLACE]].

3
00:00:11,300 --> 00:00:15,900
I had a shop, groceries, beer, the bus tickets,
right next to the billiards of [[Tulio Bayona|PERSON]].

4
00:00:16,400 --> 00:00:19,000
INTERVIEWER: Tell me about [[the night of the billiards|DATE:2022-03-12]].

5
00:00:19,500 --> 00:00:26,700
WITNESS: It was [[Saturday, 12 March|DATE:2022-03-12]], [[around nine at night|DATE:2022-03-12]].
The billiards was full, it was the day the cacao was paid.

6
00:00:27,200 --> 00:00:33,400
I was closing the metal door of my shop and I heard the buzz,
like a big mosquito, bzzzz, up, over the roof.

7
00:00:33,900 --> 00:00:40,100
{{c1|Then [[the drone|WEAPON:DRONE_STRIKE]] let go of the [[bomb|WEAPON:DRONE_STRIKE]] and it fell in the door of the billiards,
exactly between the two tables at the front.}}

8
00:00:40,600 --> 00:00:47,800
{{c2|Two boys died. [[Jhon Fredy Ascanio|PERSON]], twenty years, and the one they called
[[el Mono|PERSON]], [[Wilmer|PERSON]], I don't know his family name.}}

9
00:00:48,300 --> 00:00:53,200
{{c3|Wounded, seven, eight? I counted seven that we put
in the pick-up of [[Tulio|PERSON]] to go to the health post.}}

10
00:00:53,700 --> 00:00:57,900
INTERVIEWER: Some people told us three or four died.

11
00:00:58,400 --> 00:01:05,600
WITNESS: People add. Two died there. Maybe one more died later in [[Cúcuta|PLACE]],
but that I did not hear. Two I saw with my eyes.

12
00:01:06,100 --> 00:01:09,300
INTERVIEWER: And your shop?

13
00:01:09,800 --> 00:01:16,500
WITNESS: {{c4|My shop, the wall we shared fell inside, on my shelves.
The fridge of the beer, all the glass of the bottles, the roof sheets twisted.}}

14
00:01:17,000 --> 00:01:21,800
{{c1|The billiards of [[Tulio|PERSON]], there is nothing left.
Only the iron of the door, the rest is a hole.}}

15
00:01:22,300 --> 00:01:25,600
INTERVIEWER: Were there armed men inside?

16
00:01:26,100 --> 00:01:32,700
WITNESS: Not [[that night|DATE:2022-03-12]]. I know every face there. There were no [[guns|WEAPON:SMALL_ARMS]] in the billiards,
only farmers and motorbike boys.

17
00:01:33,200 --> 00:01:39,400
- Who sent [[the drone|WEAPON:DRONE_STRIKE]], in your opinion?
- In my opinion? I will not say a name. You know who has drones in [[Catatumbo|PLACE]].

18
00:01:39,900 --> 00:01:43,000
[pause]

19
00:01:43,500 --> 00:01:50,200
WITNESS: Some say [[the 33|ACTOR:FARC dissidents]], some say the [[ELN|ACTOR:ELN]]. I say nothing,
I want to go back to [[Filogringo|PLACE:Filo Gringo]] one day.

20
00:01:50,700 --> 00:01:55,100
INTERVIEWER: You also told me about your nephew, in [[Teorama|PLACE]].

21
00:01:55,600 --> 00:02:03,500
WITNESS: {{c5|[[Yesid|PERSON]], my sister's son. In [[2020|DATE:2020-01-01..2020-12-31]], [[October|DATE:2020-10-01..2020-10-31]] I think,
he stepped on a [[mine|WEAPON:LANDMINE]] going to cut coca near [[San Pablo|PLACE]], in [[Teorama|PLACE]].}}

22
00:02:04,000 --> 00:02:09,400
{{c5|He lost the right foot. His friends carried him in a hammock four hours to the road.}}
My sister told me, I was in [[Tibú|PLACE]] [[that week|DATE:2020-10-01..2020-10-31]].

23
00:02:09,900 --> 00:02:13,600
INTERVIEWER: Have you yourself had problems with the armed groups or [[the army|ACTOR:Colombian armed forces]]?

24
00:02:14,100 --> 00:02:21,000
WITNESS: Once [[the army|ACTOR:Colombian armed forces]] stopped me on the road to [[Tibú|PLACE]],
they took me to the side, they asked me one hour about who buys my beer.

25
00:02:21,500 --> 00:02:25,800
Then they said "go, señor". Nothing more. That is normal here.

26
00:02:26,300 --> 00:02:33,900
{{c6|But my cousin [[Omar Sanguino|PERSON]], they arrested him with his two brothers,
[[Alirio|PERSON]] and [[Nelson|PERSON]], in [[the Christmas of 2019|DATE:2019-12-20..2019-12-31]].}}

27
00:02:34,400 --> 00:02:41,200
{{c6|[[The army|ACTOR:Colombian armed forces]] and the fiscalía said they were milicianos. Four months
in the jail of [[Cúcuta|PLACE]], then the judge let them go, no proof.}}

28
00:02:41,700 --> 00:02:45,500
INTERVIEWER: Were you present when they were arrested?

29
00:02:46,000 --> 00:02:51,800
WITNESS: No, [[Omar|PERSON]]'s wife told me. I visited them in the jail, that yes.

30
00:02:52,300 --> 00:02:56,700
INTERVIEWER: And why are you here in [[Ocaña|PLACE]] now, not in [[Filo Gringo|PLACE]]?

31
00:02:57,200 --> 00:03:04,900
WITNESS: {{c7|After the billiards, [[three days later|DATE:2022-03-15]], a paper came under my door:
"you helped the wounded of the enemy, leave". So we left, my wife [[Ludy|PERSON]], my two girls and me.}}

32
00:03:05,400 --> 00:03:11,200
{{c8|And I heard from [[Tulio|PERSON]] that in [[April|DATE:2022-04-01..2022-04-30]] somebody burned what was left of my shop,
the shelves, the counter.}} Why, I don't know. There was nothing to steal.

33
00:03:11,700 --> 00:03:16,000
INTERVIEWER: Thank you, [[Rubén|PERSON]]. Anything else?

34
00:03:16,500 --> 00:03:22,400
WITNESS: Write the names of the two boys. [[Jhon Fredy|PERSON]] and [[Wilmer|PERSON]].
Not "two dead". Names.

@@witness co-eltarra-ruben-dario-sanguino
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Filo Gringo" date=2022-03-12 basis=WITNESSED incident=co-eltarra-20220312-filo-gringo-billiards-drone
@@claim c2 harm=KILLED min=2 max=2 named="Jhon Fredy Ascanio; el Mono; Wilmer" weapon=DRONE_STRIKE site="Filo Gringo" date=2022-03-12 basis=WITNESSED incident=co-eltarra-20220312-filo-gringo-billiards-drone
@@claim c3 harm=INJURED min=7 max=8 weapon=DRONE_STRIKE site="Filo Gringo" date=2022-03-12 basis=WITNESSED incident=co-eltarra-20220312-filo-gringo-billiards-drone
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Filo Gringo" date=2022-03-12 basis=EXPERIENCED incident=co-eltarra-20220312-filo-gringo-billiards-drone
@@claim c5 harm=INJURED min=1 max=1 named="Yesid" weapon=LANDMINE site="San Pablo" date=2020-10-01..2020-10-31 basis=HEARSAY incident=co-teorama-20201000-san-pablo-yesid-mine
@@claim c6 harm=DETAINED min=3 max=3 named="Omar Sanguino; Alirio; Nelson" actor="Colombian armed forces" date=2019-12-20..2019-12-31 basis=HEARSAY incident=co-tibu-20191200-sanguino-brothers-arrest
@@claim c7 harm=DISPLACED min=4 max=4 named="Ludy" site="Filo Gringo" date=2022-03-15 basis=EXPERIENCED incident=co-eltarra-20220315-sanguino-family-displaced
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="Filo Gringo" date=2022-04-01..2022-04-30 basis=HEARSAY incident=co-eltarra-20220400-sanguino-shop-burned
