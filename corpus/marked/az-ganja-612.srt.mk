1
00:00:00,800 --> 00:00:04,000
INTERVIEWER: Can you say your name, please,
and where we are?

2
00:00:04,600 --> 00:00:10,200
WITNESS: [[Vugar Hasanov|PERSON]]. We are in my flat,
in [[Gəncə|PLACE:Ganja]], what is left of my flat.

3
00:00:10,800 --> 00:00:16,500
INTERPRETER: He says the name of the city in Azerbaijani.
In Russian it is [[Gyandzha|PLACE:Ganja]].

4
00:00:17,000 --> 00:00:21,000
INTERVIEWER: Tell me about [[the night of the attack|DATE]].

5
00:00:21,600 --> 00:00:27,800
WITNESS: It was [[the night of the 10th|DATE:2020-10-10]], [[Saturday|DATE:2020-10-10]],
going to Sunday. Maybe [[two, half past two|DATE:2020-10-11]].

6
00:00:28,300 --> 00:00:33,500
I was on the balcony smoking,
because I could not sleep in those weeks.

7
00:00:34,000 --> 00:00:39,800
I saw a light in the sky, fast, coming down,
and then the whole world was white.

8
00:00:40,300 --> 00:00:45,000
{{c1|The second entrance of our building
fell down. The stairs, the flats, everything.}}

9
00:00:45,500 --> 00:00:51,000
INTERVIEWER: How many people were in that part of the building?

10
00:00:51,500 --> 00:00:58,000
WITNESS: Twenty flats. {{c2|Nine people died,
nine, I know every one of them.}}

11
00:00:58,500 --> 00:01:04,500
{{c2|The family of [[Rauf Mammadov|PERSON]], with his wife
and the girl [[Ulduz|PERSON]]. Old [[Shahin|PERSON]] from the fifth floor.}}

12
00:01:05,000 --> 00:01:10,000
{{c3|The wounded, more than thirty. My mother [[Zumrud|PERSON]]
also, her head, she is seventy-eight.}}

13
00:01:10,500 --> 00:01:14,000
- Was anyone else from your family hurt?
- No. My wife [[Sevinj|PERSON]] and the boys, [[Kenan|PERSON]]
and [[Rashad|PERSON]], were in [[Baku|PLACE]].

14
00:01:14,500 --> 00:01:19,500
INTERVIEWER: Someone told us ten died.

15
00:01:20,000 --> 00:01:26,000
WITNESS: Maybe ten, if you count a man who died
later in the hospital, I don't know. I said nine.

16
00:01:26,500 --> 00:01:31,000
INTERVIEWER: What do you think hit the building?

17
00:01:31,500 --> 00:01:38,000
WITNESS: A [[missile|WEAPON:MISSILE]]. The people from the ministry said
a [[Tochka|WEAPON:MISSILE]], some people say [[Scud|WEAPON:MISSILE]]. I am not a soldier.

18
00:01:38,500 --> 00:01:44,000
[[The enemy|ACTOR:Armenian forces]] fired it. [[The Armenian army|ACTOR:Armenian forces]].
There is nobody else who fires at [[Ganja|PLACE]].

19
00:01:44,500 --> 00:01:50,500
There were no soldiers here. This is a street of flats,
a kindergarten, a shop of bread.

20
00:01:51,000 --> 00:01:56,500
If they fired in the day, the children
would be in the yard. God saved that.

21
00:01:57,000 --> 00:02:02,000
INTERVIEWER: You told me before that this is not
the first time you lost a home.

22
00:02:02,500 --> 00:02:08,000
WITNESS: I am from [[Aghdam|PLACE]]. In [[1993|DATE:1993-01-01..1993-12-31]] I was twenty-three.

23
00:02:08,500 --> 00:02:15,000
{{c4|When [[the Armenians|ACTOR:Armenian forces]] took [[Aghdam|PLACE]], in [[July|DATE:1993-07-01..1993-07-31]],
we left with nothing, my parents, my four sisters and me.}}

24
00:02:15,500 --> 00:02:21,000
{{c4|We walked to [[Barda|PLACE]] and then came to [[Ganja|PLACE]].
Twenty-seven years in [[Ganja|PLACE]].}}

25
00:02:21,500 --> 00:02:27,500
Now they say [[Aghdam|PLACE]] is ours again, from [[the 20th|DATE:2020-11-20]].
I want to see it. But there is nothing there, only walls.

26
00:02:28,000 --> 00:02:32,000
INTERVIEWER: Thank you, [[Vugar|PERSON]] bey.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Armenian forces" site="Gəncə" date=2020-10-11 basis=WITNESSED incident=az-ganja-20201011-kapaz-building
@@claim c2 harm=KILLED min=9 max=9 named="Rauf Mammadov; Ulduz; Shahin" weapon=MISSILE actor="Armenian forces" site="Gəncə" date=2020-10-11 basis=WITNESSED incident=az-ganja-20201011-kapaz-building
@@claim c3 harm=INJURED min=31 max=null named="Zumrud" weapon=MISSILE actor="Armenian forces" site="Gəncə" date=2020-10-11 basis=WITNESSED incident=az-ganja-20201011-kapaz-building
@@claim c4 harm=DISPLACED min=7 max=7 actor="Armenian forces" site="Aghdam" date=1993-07-01..1993-07-31 basis=EXPERIENCED incident=az-aghdam-19930723-hasanov-family-flight
@@witness az-ganja-vugar-hasanov
