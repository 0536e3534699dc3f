1
00:00:00,600 --> 00:00:06,200
INTERVIEWER: Today is the 2nd of November 2017, we are in [[Taiz|PLACE]] city.
Please say your name and your work.

2
00:00:06,900 --> 00:00:13,400
WITNESS: [[Abdulwali Saif Ahmed|PERSON]], forty-six. I drive the water truck
for the charity, to [[Usayfirah|PLACE:Osaifira]] and to [[Thabat|PLACE]].

3
00:00:14,000 --> 00:00:19,800
INTERVIEWER: You were at the tank in [[Usayfirah|PLACE:Osaifira]]
when the [[shells|WEAPON:MORTAR]] fell in [[March|DATE:2017-03-01..2017-03-31]]?

4
00:00:20,400 --> 00:00:26,900
WITNESS: Yes, I was on the truck, with the hose in my hand.
[[The second week of March|DATE:2017-03-08..2017-03-14]]. [[The 12th|DATE:2017-03-12]], I think.

5
00:00:27,500 --> 00:00:33,100
Or [[the 11th|DATE:2017-03-11]], eh, I am not sure. Somebody wrote it on the wall,
you can look. It was [[morning|DATE:2017-03-12]], the sun was low.

6
00:00:33,800 --> 00:00:40,600
- How many [[shells|WEAPON:MORTAR]]?
- Three. One in the street, one on the people, one on the roof of the shop behind.

7
00:00:41,200 --> 00:00:47,500
{{c1|The one on the people, it fell between the tank and my truck.
I went down under the wheel. A piece cut my ear, here, you see, the top is missing.}}

8
00:00:48,100 --> 00:00:52,900
INTERPRETER: He is showing the left ear, the top of it is gone.

9
00:00:53,500 --> 00:01:00,200
WITNESS: {{c2|When I stood up, the women were on the ground. I carried four to the pickup
of the neighbour with my own hands, and these four were dead already.}}

10
00:01:00,800 --> 00:01:06,900
{{c3|The son of our neighbour, [[Hamzah|PERSON]], the boy of [[Umm Hamzah|PERSON]],
he had a piece in his back, he was crying for his mother.}}

11
00:01:07,500 --> 00:01:13,600
{{c4|Later people said nine died, maybe ten, because two more died in [[al-Rawdah hospital|PLACE:al-Rawdha hospital]].}}
I know nine names. I can give them to you on paper.

12
00:01:14,200 --> 00:01:19,900
INTERVIEWER: Yes, thank you. Did the radio say anything?

13
00:01:20,500 --> 00:01:27,800
WITNESS: {{c5,c6|The radio of [[Taiz|PLACE]], [[the next day|DATE:2017-03-13]], said eight killed
and twenty wounded in [[Usayfirah|PLACE:Osaifira]] by [[Houthi|ACTOR:Houthis]] [[mortars|WEAPON:MORTAR]].}}

14
00:01:28,400 --> 00:01:33,200
The radio always says a number. Nobody counts the ones who die after.

15
00:01:33,900 --> 00:01:38,600
INTERVIEWER: And your truck?

16
00:01:39,200 --> 00:01:46,100
WITNESS: {{c7|The glass in front broken, two tyres, and the tank of the truck had holes,
maybe twenty holes, the water came out like a shower.}} [laughs] Like a shower.

17
00:01:46,700 --> 00:01:52,300
The charity paid for the tank. Two weeks I did not work.

18
00:01:52,900 --> 00:01:58,400
INTERVIEWER: Did anything happen at the same tank after that?

19
00:01:59,000 --> 00:02:05,700
WITNESS: {{c8|Yes, in [[April|DATE:2017-04-01..2017-04-30]], after the [[mortars|WEAPON:MORTAR]] of [[that night|DATE:2017-04-01..2017-04-30]],
I came in [[the morning|DATE:2017-04-01..2017-04-30]] and the tank was broken again, split on the side.}}

20
00:02:06,300 --> 00:02:12,000
That time nobody was hurt, it was [[night|DATE:2017-04-01..2017-04-30]], nobody in the street.
We put a new tank, plastic, the black one.

21
00:02:12,600 --> 00:02:17,400
INTERVIEWER: You mentioned your brother on the phone.

22
00:02:18,000 --> 00:02:24,900
WITNESS: My brother [[Adel|PERSON]]. [[Adel Saif Ahmed|PERSON]], thirty-one.
He was a teacher in [[al-Hooban|PLACE:al-Hawban]] before the war.

23
00:02:25,500 --> 00:02:33,800
{{c9|In [[January|DATE:2017-01-01..2017-01-31]], [[the beginning of January|DATE:2017-01-01..2017-01-10]], he went to bring his salary papers,
and the [[Houthis|ACTOR:Houthis]] took him at the checkpoint of [[al-Hooban|PLACE:al-Hawban]], from the bus.}}

24
00:02:34,400 --> 00:02:40,100
{{c9|They said he sends coordinates to [[the coalition|ACTOR:Saudi-led coalition]].
They kept him forty-three days, in [[Madinat al-Saleh|PLACE]].}}

25
00:02:40,700 --> 00:02:46,300
Then they let him go, [[after forty-three days|DATE:2017-02-13..2017-02-22]], with no paper, nothing.
He told me this. I was not there, of course.

26
00:02:46,900 --> 00:02:52,500
INTERVIEWER: Was he hurt?

27
00:02:53,100 --> 00:02:59,800
WITNESS: He does not say. He sleeps [inaudible] with the light on.
His hands shake. He does not want to talk about it.

28
00:03:00,400 --> 00:03:06,200
INTERVIEWER: Was there fighting near the tank on the day in [[March|DATE:2017-03-01..2017-03-31]]?

29
00:03:06,800 --> 00:03:13,700
WITNESS: No, no. No fighting in [[Usayfirah|PLACE:Osaifira]] [[that morning|DATE:2017-03-12]].
Only the [[mortars|WEAPON:MORTAR]] from the east, from [[al-Hooban|PLACE:al-Hawban]] side.

30
00:03:14,300 --> 00:03:20,600
There were no soldiers of [[the Resistance|ACTOR:Yemeni government forces]] at the tank,
only women, children, the jerrycans.

31
00:03:21,200 --> 00:03:27,300
If I had come one hour later, maybe nobody.
Maybe I think about this too much.

32
00:03:27,900 --> 00:03:31,400
INTERVIEWER: Thank you, [[Abdulwali|PERSON]].
@@witness ye-taiz-abdulwali-saif-ahmed
@@claim c1 harm=INJURED min=1 max=1 named="Abdulwali Saif Ahmed" weapon=MORTAR site="Usayfirah" date=2017-03-12 basis=EXPERIENCED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c2 harm=KILLED min=4 max=4 weapon=MORTAR site="Usayfirah" date=2017-03-12 basis=WITNESSED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c3 harm=INJURED min=1 max=1 named="Hamzah" weapon=MORTAR site="Usayfirah" date=2017-03-12 basis=WITNESSED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c4 harm=KILLED min=9 max=10 weapon=MORTAR site="Usayfirah" date=2017-03-12 basis=HEARSAY incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c5 harm=KILLED min=8 max=8 weapon=MORTAR actor="Houthis" site="Usayfirah" date=2017-03-12 basis=REPORTED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c6 harm=INJURED min=20 max=20 weapon=MORTAR actor="Houthis" site="Usayfirah" date=2017-03-12 basis=REPORTED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Usayfirah" date=2017-03-12 basis=EXPERIENCED incident=ye-taiz-20170311-osaifira-water-tank-mortars
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Usayfirah" date=2017-04-01..2017-04-30 basis=WITNESSED incident=ye-taiz-20170400-osaifira-water-tank-night-mortar
@@claim c9 harm=DETAINED min=1 max=1 named="Adel; Adel Saif Ahmed" actor="Houthis" site="al-Hooban" date=2017-01-01..2017-01-10 basis=HEARSAY incident=ye-taiz-20170100-hawban-checkpoint-adel-saif
