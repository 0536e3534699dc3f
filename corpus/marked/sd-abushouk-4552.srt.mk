1
00:00:01,000 --> 00:00:06,400
INTERVIEWER: Today is the 2nd of October 2026, we are in [[Tawila|PLACE]].
Can you say your name?

2
00:00:07,000 --> 00:00:12,300
WITNESS: [[Zeinab Issa Dafallah|PERSON]]. From [[Abushouk|PLACE:Abu Shouk]], block sixteen.

3
00:00:12,900 --> 00:00:18,100
INTERVIEWER: You told our colleague [[Amira|PERSON]] about the water point.
Can you tell it again?

4
00:00:18,800 --> 00:00:24,500
WITNESS: Yes. It was in [[June|DATE:2024-06-01..2024-06-30]], [[after the Eid|DATE:2024-06-17..2024-06-30]].
[[The 23rd|DATE:2024-06-23]]. [[2024|DATE:2024-01-01..2024-12-31]], the year of the hunger.

5
00:00:25,000 --> 00:00:30,200
I went early with my sister-in-law [[Sabah|PERSON]]
because the line was long in the morning, before the sun is hot.

6
00:00:30,800 --> 00:00:36,000
We waited maybe three hours. Then, eh, I heard it coming,
the whistle, you know the whistle.

7
00:00:36,600 --> 00:00:41,000
{{c1|And then the ground came up. I fell. I could not hear anything.}}

8
00:00:41,500 --> 00:00:47,900
{{c1|My leg was open here, the piece is still inside, the doctor in [[Tawila|PLACE]] said
better to leave it.}}

9
00:00:48,400 --> 00:00:52,000
INTERVIEWER: And your sister-in-law?

10
00:00:52,600 --> 00:00:55,800
WITNESS: [crying]

11
00:00:56,400 --> 00:01:03,000
{{c2|[[Sabah|PERSON]] died there. She was holding the jerrycan.
We washed her and buried her [[before the noon prayer|DATE:2024-06-23]], in the cemetery of the camp.}}

12
00:01:03,600 --> 00:01:09,200
INTERVIEWER: Do you know how many people died?

13
00:01:09,800 --> 00:01:16,500
WITNESS: {{c3|Eight or nine, I think, in the line. The young men said nine.}}
I did not count, I was on the ground.

14
00:01:17,000 --> 00:01:23,400
{{c4|Also a boy, [[Yasin|PERSON]], the son of the imam of our block,
he lost his eye.}}

15
00:01:24,000 --> 00:01:29,300
INTERVIEWER: Was it one [[shell|WEAPON:ARTILLERY]] or more?

16
00:01:29,900 --> 00:01:35,200
WITNESS: Two, they said. I heard one. The big one.
It came from the side of the [[Daam|ACTOR:Rapid Support Forces]], from the east.

17
00:01:35,800 --> 00:01:41,000
INTERPRETER: Daam is what people in [[Fasher|PLACE:El Fasher]] call
[[the Rapid Support|ACTOR:Rapid Support Forces]].

18
00:01:41,600 --> 00:01:47,000
INTERVIEWER: Did anything else happen [[that day|DATE:2024-06-23]]?

19
00:01:47,500 --> 00:01:54,200
WITNESS: {{c5|Yes, in [[the afternoon|DATE:2024-06-23]] the [[shells|WEAPON:ARTILLERY]] fell on [[Naivasha market|PLACE]].
The shop of my cousin [[Osman Hamid|PERSON]] burned, all the flour.}}

20
00:01:54,800 --> 00:02:00,000
I did not see it, I was in the clinic.
{{c5|He came to the clinic and told me, "there is nothing left of the shop".}}

21
00:02:00,500 --> 00:02:07,000
{{c7|And people said the [[Saudi hospital|PLACE]] was hit [[that day|DATE:2024-06-23]]}}
also, but it was not. Not [[that day|DATE:2024-06-23]]. Later, yes, but not [[that day|DATE:2024-06-23]].

22
00:02:07,600 --> 00:02:12,300
INTERVIEWER: When did you leave [[Abu Shouk|PLACE]]?

23
00:02:12,900 --> 00:02:19,000
WITNESS: {{c6|[[Two weeks after|DATE:2024-07-07]]. With my leg, on a cart,
my husband [[Hassaballa|PERSON]] pulling the donkey.}}

24
00:02:19,600 --> 00:02:24,800
{{c6|We came to [[Tawilla|PLACE:Tawila]] in three days. Me, him, our three girls.}}

25
00:02:25,300 --> 00:02:30,000
- Three girls?
- Three. [[Nour|PERSON]], [[Asha|PERSON]], and the small one.

26
00:02:30,500 --> 00:02:36,000
If we stayed, they would bury us also. That is what I think.
God did not want it.
@@witness sd-abushouk-zeinab-issa-dafallah
@@claim c1 harm=INJURED min=1 max=1 named="Zeinab Issa Dafallah" weapon=ARTILLERY actor="Rapid Support Forces" site="Abushouk" date=2024-06-23 basis=EXPERIENCED incident=sd-abushouk-20240623-borehole-shelling
@@claim c2 harm=KILLED min=1 max=1 named="Sabah" weapon=ARTILLERY actor="Rapid Support Forces" site="Abushouk" date=2024-06-23 basis=WITNESSED incident=sd-abushouk-20240623-borehole-shelling
@@claim c3 harm=KILLED min=8 max=9 weapon=ARTILLERY actor="Rapid Support Forces" site="Abushouk" date=2024-06-23 basis=HEARSAY incident=sd-abushouk-20240623-borehole-shelling
@@claim c4 harm=INJURED min=1 max=1 named="Yasin" weapon=ARTILLERY actor="Rapid Support Forces" site="Abushouk" date=2024-06-23 basis=WITNESSED incident=sd-abushouk-20240623-borehole-shelling
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Naivasha market" date=2024-06-23 basis=HEARSAY incident=sd-fasher-20240623-naivasha-market-shelling
@@claim c6 harm=DISPLACED min=5 max=5 named="Zeinab Issa Dafallah; Hassaballa" site="Abu Shouk" date=2024-07-07 basis=EXPERIENCED incident=sd-abushouk-20240707-dafallah-family-flight
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Rapid Support Forces" site="Saudi hospital" date=2024-06-23 basis=HEARSAY incident=sd-fasher-20240623-saudi-hospital-shelling
