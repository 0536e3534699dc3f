1
00:00:01,000 --> 00:00:04,300
INTERVIEWER: Please say your name
and where you are from.

2
00:00:04,900 --> 00:00:10,200
WITNESS: [[Vadym|PERSON]]. [[Vadym Kravets|PERSON]]. From [[Balakliia|PLACE]],
[[Balakleya|PLACE:Balakliia]] in Russian, [[Kharkiv|PLACE]] region.

3
00:00:10,800 --> 00:00:14,100
Before the war I drove the bread van for the bakery.

4
00:00:14,700 --> 00:00:19,900
INTERVIEWER: You told me your brother-in-law
was in [[Izium|PLACE]] in [[March|DATE:2022-03-01..2022-03-31]].

5
00:00:20,500 --> 00:00:26,800
WITNESS: Yes, [[Oleh|PERSON]], my wife's brother, [[Oleh Lysenko|PERSON]].
He lived in [[Izyum|PLACE:Izium]], two houses from the long house on [[Pershotravneva|PLACE:Pershotravneva street]].

6
00:00:27,400 --> 00:00:33,000
He came to us at [[the end of April|DATE:2022-04-20..2022-04-30]], thin like a nail,
and he told everything, many nights at the kitchen table.

7
00:00:33,600 --> 00:00:39,800
{{c1|That [[Tuesday|DATE:2022-03-08]], [[the women's day|DATE:2022-03-08]], [[the jet|WEAPON:AIRSTRIKE]] came over the roofs
and dropped two [[bombs|WEAPON:AIRSTRIKE]], he says two, on the five-storey house.}}

8
00:00:40,400 --> 00:00:45,600
{{c1|Half of the house went down into the basement,
where the people were sitting with candles.}}

9
00:00:46,200 --> 00:00:51,900
{{c2|Twelve dead, he says, maybe more, because
the men dug for three days and not all came out.}}

10
00:00:52,500 --> 00:00:58,700
{{c2|Among them an old couple from the fourth floor,
the wife taught music, he knew her from school.}}

11
00:00:59,300 --> 00:01:05,100
{{c3|He himself pulled out a girl, seven or eight years,
both legs broken, and carried her on a door to the hospital.}}

12
00:01:05,700 --> 00:01:08,400
INTERVIEWER: Did you see any of this yourself?

13
00:01:09,000 --> 00:01:14,600
WITNESS: No, no. I was in [[Balakliia|PLACE]], we were already under them.
I know it only from [[Oleh|PERSON]].

14
00:01:15,200 --> 00:01:20,500
- INTERVIEWER: So the numbers are his?
- WITNESS: His, yes. I don't give a number I did not see.

15
00:01:21,100 --> 00:01:27,300
{{c4|He said also, [[the same evening|DATE:2022-03-08]], the bread factory
by the market burned after the [[shelling|WEAPON:ARTILLERY]], the whole roof.}}

16
00:01:27,900 --> 00:01:31,600
Nobody was inside, the bakers had gone [[a week before|DATE]].

17
00:01:32,200 --> 00:01:35,000
INTERVIEWER: And what happened to you in [[Balakliia|PLACE]]?

18
00:01:35,600 --> 00:01:41,400
WITNESS: {{c5|On [[the 12th of April|DATE:2022-04-12]] they took me at the checkpoint
by the railway crossing, me and my van.}}

19
00:01:42,000 --> 00:01:48,300
{{c5|Five days I was in the police building, on [[Zhovtneva street|PLACE]],
ten, twelve men in one room with no window.}}

20
00:01:48,900 --> 00:01:54,700
{{c6|They beat me with the butt of the [[automatic|WEAPON:SMALL_ARMS]], here, the kidneys.
A week I was passing blood.}}

21
00:01:55,300 --> 00:02:00,100
Why? In my phone they found the photo
of my nephew in uniform. That is all.

22
00:02:00,700 --> 00:02:03,000
INTERVIEWER: Who held you?

23
00:02:03,600 --> 00:02:09,800
WITNESS: [[The Russians|ACTOR:Russian armed forces in Ukraine]], military, and two from the [[LNR|ACTOR:Russian-backed separatist forces]],
you know them by the accent and by the old uniforms.

24
00:02:10,400 --> 00:02:16,900
INTERVIEWER: After the town was liberated,
in [[September|DATE:2022-09-01..2022-09-30]], was there more [[shelling|WEAPON:ARTILLERY]]?

25
00:02:17,500 --> 00:02:23,100
WITNESS: Yes. [[The Russians|ACTOR:Russian armed forces in Ukraine]] fired [[Grads|WEAPON:ROCKET]]
from across the river, [[the third night|DATE:2022-09-10..2022-09-11]] after [[our army|ACTOR:Ukrainian armed forces]] came.

26
00:02:23,700 --> 00:02:30,200
{{c7|From the cellar door: the roof of my neighbour
[[Petro Kuzmenko|PERSON]] goes up, and then only fire, till the morning.}}

27
00:02:30,800 --> 00:02:34,900
[[Petro|PERSON]] was in his cellar with his wife.
Nobody was hurt [[that night|DATE:2022-09-10..2022-09-11]] on our street.

28
00:02:35,500 --> 00:02:39,300
INTERVIEWER: You mentioned your sister in [[Kupiansk|PLACE]].

29
00:02:39,900 --> 00:02:45,600
WITNESS: [[Svitlana|PERSON]]. {{c8|On [[a Monday in December|DATE:2022-12-05]],
the beginning, she sent me a voice message, crying.}}

30
00:02:46,200 --> 00:02:52,800
{{c8|The [[shell|WEAPON:ARTILLERY]] came at the bus stop by the bread factory
in [[Kupyansk|PLACE:Kupiansk]], five people dead on the ground, she says.}}

31
00:02:53,400 --> 00:02:58,700
{{c9|The neighbour of hers, [[Zinovii|PERSON]], lost his hand there.}}
I still have the message, I cannot delete it.

32
00:02:59,300 --> 00:03:05,400
{{c10,c11|The governor wrote on Telegram three were killed
and six wounded.}} [[Svitlana|PERSON]] says five. I don't know.

33
00:03:06,000 --> 00:03:09,100
INTERVIEWER: Thank you, [[Vadym|PERSON]].
@@witness ua-balakliia-vadym-kravets
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Pershotravneva" date=2022-03-08 basis=HEARSAY incident=ua-izium-20220308-pershotravneva-long-house
@@claim c2 harm=KILLED min=12 max=null weapon=AIRSTRIKE site="Pershotravneva" date=2022-03-08 basis=HEARSAY incident=ua-izium-20220308-pershotravneva-long-house
@@claim c3 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="Pershotravneva" date=2022-03-08 basis=HEARSAY incident=ua-izium-20220308-pershotravneva-long-house
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Izyum" date=2022-03-08 basis=HEARSAY incident=ua-izium-20220308-market-bread-factory-fire
@@claim c5 harm=DETAINED min=1 max=1 named="Vadym Kravets" actor="Russian armed forces in Ukraine" site="Zhovtneva street" date=2022-04-12..2022-04-17 basis=EXPERIENCED incident=ua-balakliia-20220412-kravets-checkpoint-detention
@@claim c6 harm=INJURED min=1 max=1 named="Vadym Kravets" weapon=SMALL_ARMS actor="Russian armed forces in Ukraine" site="Zhovtneva street" date=2022-04-12..2022-04-17 basis=EXPERIENCED incident=ua-balakliia-20220412-kravets-checkpoint-detention
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null named="Petro Kuzmenko" weapon=ROCKET actor="Russian armed forces in Ukraine" site="Balakliia" date=2022-09-10..2022-09-11 basis=WITNESSED incident=ua-balakliia-20220910-kuzmenko-house-grad
@@claim c8 harm=KILLED min=5 max=5 weapon=ARTILLERY site="Kupyansk" date=2022-12-05 basis=HEARSAY incident=ua-kupiansk-20221205-bread-factory-bus-stop
@@claim c9 harm=INJURED min=1 max=1 named="Zinovii" weapon=ARTILLERY site="Kupyansk" date=2022-12-05 basis=HEARSAY incident=ua-kupiansk-20221205-bread-factory-bus-stop
@@claim c10 harm=KILLED min=3 max=3 weapon=ARTILLERY site="Kupyansk" date=2022-12-05 basis=REPORTED incident=ua-kupiansk-20221205-bread-factory-bus-stop
@@claim c11 harm=INJURED min=6 max=6 weapon=ARTILLERY site="Kupyansk" date=2022-12-05 basis=REPORTED incident=ua-kupiansk-20221205-bread-factory-bus-stop
