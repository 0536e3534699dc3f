1
00:00:01,200 --> 00:00:05,000
INTERVIEWER: We are recording, 12 March 2023, in [[Manbij|PLACE]].
Please tell us who you are.

2
00:00:05,600 --> 00:00:11,500
WITNESS: They call me [[Abu Khalil|PERSON]]. From [[Manbij|PLACE]],
born here, my father also. I am a driver, I drive a truck.

3
00:00:12,000 --> 00:00:17,800
INTERPRETER: He says [[Manbij|PLACE]] was "jamila", beautiful,
before the war. It's also the name of his daughter.

4
00:00:18,300 --> 00:00:22,500
INTERVIEWER: We'd like to start with [[2016|DATE:2016-01-01..2016-12-31]].
What happened in [[the summer|DATE:2016-06-21..2016-09-21]]?

5
00:00:23,000 --> 00:00:29,400
WITNESS: [[Daesh|ACTOR:Islamic State]] was inside the city, the [[SDF|ACTOR:Syrian Democratic Forces]] all around,
from [[June|DATE:2016-06-01..2016-06-30]]. In the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] we could not go out, [[Daesh|ACTOR:Islamic State]] did not let us.

6
00:00:29,900 --> 00:00:35,200
And [[the coalition|ACTOR:US-led coalition]] [[planes|WEAPON:AIRSTRIKE]] were in the sky
day and night. Every day [[airstrikes|WEAPON:AIRSTRIKE]].

7
00:00:35,800 --> 00:00:40,000
- Where was your house?
- On the east side, near the silos.

8
00:00:40,500 --> 00:00:46,000
In [[July|DATE:2016-07-01..2016-07-31]], I don't know the day,
maybe [[the middle of the month|DATE:2016-07-10..2016-07-20]], at [[night|DATE]],

9
00:00:46,500 --> 00:00:52,000
{{c7|[[the planes|WEAPON:AIRSTRIKE]] hit the house of our neighbour,}}
[[Abu Jassim|PERSON]], across the street.

10
00:00:52,500 --> 00:00:58,500
{{c1|Ten or eleven people died there, his family and the family of his brother, they were all in the basement.}}

11
00:00:59,000 --> 00:01:05,000
{{c2|My daughter, [[Jamila|PERSON]], she was six, the glass of our window cut her face, here, and here.}}

12
00:01:05,500 --> 00:01:10,000
INTERVIEWER: Were there [[Daesh|ACTOR:Islamic State]] fighters
in that house or nearby?

13
00:01:10,500 --> 00:01:17,000
WITNESS: In the house of [[Abu Jassim|PERSON]], no. Never.
But [[Daesh|ACTOR:Islamic State]] had a position in the school behind,

14
00:01:17,500 --> 00:01:22,000
two hundred metres, with a [[sniper|WEAPON:SMALL_ARMS]] on the roof.
Maybe [[the planes|WEAPON:AIRSTRIKE]] wanted the school.

15
00:01:22,500 --> 00:01:27,000
INTERVIEWER: What happened when [[Daesh|ACTOR:Islamic State]] left the city?

16
00:01:27,500 --> 00:01:33,400
WITNESS: In [[August|DATE:2016-08-01..2016-08-31]] they left. But they left their gifts,
[[mines|WEAPON:LANDMINE]] in the fields and [[bombs|WEAPON:IED]] in the houses.

17
00:01:33,900 --> 00:01:40,800
{{c3|My cousin [[Fayez|PERSON]] went back to his house, [[two days later|DATE]], he opened the door, and it exploded, a [[booby trap|WEAPON:IED]], he died at once.}}

18
00:01:41,300 --> 00:01:46,000
{{c4|And a shepherd boy from our street, [[Hamoudi|PERSON]], a [[mine|WEAPON:LANDMINE]] in the field took his leg.}}

19
00:01:46,500 --> 00:01:51,000
INTERPRETER: Hamoudi is a nickname, for Mohammed.
He doesn't know the boy's full name.

20
00:01:51,500 --> 00:01:56,000
INTERVIEWER: Were you or your family detained
under [[Daesh|ACTOR:Islamic State]]?

21
00:01:56,500 --> 00:02:03,000
WITNESS: {{c5|My brother, [[Mohamad|PERSON]], in [[2015|DATE:2015-01-01..2015-12-31]], the [[hisba|ACTOR:Islamic State]] took him because they found cigarettes in his truck, forty days in the prison.}}

22
00:02:03,500 --> 00:02:09,000
INTERPRETER: The [[hisba|ACTOR:Islamic State]] was the religious police of [[Daesh|ACTOR:Islamic State]].

23
00:02:09,500 --> 00:02:14,000
INTERVIEWER: You also mentioned your wife's family in [[Kobani|PLACE]].

24
00:02:14,500 --> 00:02:20,500
WITNESS: Yes, my wife [[Nesrin|PERSON]] is Kurdish, from [[Kobanî|PLACE:Kobani]].
Her brother, [[Dilovan|PERSON]], son of [[Ehmed Bozan|PERSON]], he had a car for passengers.

25
00:02:21,000 --> 00:02:26,500
{{c6|[[Last November|DATE:2022-11-01..2022-11-30]], a [[Turkish|ACTOR:Turkish forces]] [[drone|WEAPON:DRONE_STRIKE]] fired a [[missile|WEAPON:MISSILE]] at his car on the road near [[Kobani|PLACE]], and he died with two passengers.}}

26
00:02:27,000 --> 00:02:32,000
{{c8|We saw the car on the news, burned, but they said he was a fighter.}}
He was not a fighter. He was a driver, like me.

27
00:02:32,500 --> 00:02:38,000
INTERVIEWER: And here, in [[Manbij|PLACE]], is it calm now?

28
00:02:38,500 --> 00:02:45,500
WITNESS: Not calm. From the side of [[al-Arima|PLACE:Arima]], [[the factions|ACTOR:Syrian National Army]] shell the villages.
[[Shells|WEAPON:ARTILLERY]], [[mortars|WEAPON:MORTAR]], sometimes every week.

29
00:02:46,000 --> 00:02:52,000
There was no [[shelling|WEAPON:ARTILLERY]] in the city itself [[this year|DATE:2023-01-01..2023-12-31]], thanks to God,
only in the villages on the line.

30
00:02:52,500 --> 00:02:58,000
INTERVIEWER: Is there anything else you want to tell us?

31
00:02:58,500 --> 00:03:05,000
WITNESS: [[Jamila|PERSON]] is thirteen now. She has the lines on her face.
She asks me, when she marries, will the husband mind?
@@witness sy-manbij-abu-khalil
@@claim c1 harm=KILLED min=10 max=11 weapon=AIRSTRIKE actor="US-led coalition" site="Manbij" date=2016-07-10..2016-07-20 basis=WITNESSED incident=sy-manbij-20160700-abujassim-house
@@claim c2 harm=INJURED min=1 max=1 named="Jamila" weapon=AIRSTRIKE actor="US-led coalition" site="Manbij" date=2016-07-10..2016-07-20 basis=WITNESSED incident=sy-manbij-20160700-abujassim-house
@@claim c3 harm=KILLED min=1 max=1 named="Fayez" weapon=IED actor="Islamic State" site="Manbij" date=2016-08-01..2016-08-31 basis=HEARSAY incident=sy-manbij-20160800-fayez-booby-trap
@@claim c4 harm=INJURED min=1 max=1 named="Hamoudi" weapon=LANDMINE actor="Islamic State" site="Manbij" date=2016-08-01..2016-12-31 basis=HEARSAY incident=sy-manbij-20160000-field-mine
@@claim c5 harm=DETAINED min=1 max=1 named="Mohamad" actor="Islamic State" site="Manbij" date=2015-01-01..2015-12-31 basis=HEARSAY incident=sy-manbij-20150000-hisba-detention
@@claim c6 harm=KILLED min=3 max=3 named="Dilovan" weapon=DRONE_STRIKE actor="Turkish forces" site="Kobani" date=2022-11-01..2022-11-30 basis=HEARSAY incident=sy-kobani-20221100-passenger-car-drone
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="Manbij" date=2016-07-10..2016-07-20 basis=WITNESSED incident=sy-manbij-20160700-abujassim-house
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Turkish forces" site="Kobani" date=2022-11-01..2022-11-30 basis=REPORTED incident=sy-kobani-20221100-passenger-car-drone
