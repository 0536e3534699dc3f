1
00:00:01,000 --> 00:00:06,040
INTERVIEWER: Thank you. Can you say your name
and where you worked?

2
00:00:06,640 --> 00:00:14,140
WITNESS: [[Haidar Kareem Abbas|PERSON]]. I am from [[Sadr City|PLACE]],
but I worked in [[al-Hurriyah|PLACE:Hurriya]], in the bakery of my uncle.

3
00:00:14,740 --> 00:00:18,940
The [[Zahraa bakery|PLACE:Zahra bakery]]. Everybody knows it, the big oven.

4
00:00:19,540 --> 00:00:21,540
INTERVIEWER: Your uncle's name?

5
00:00:22,140 --> 00:00:26,760
WITNESS: Hajji [[Abd al-Zahra|PERSON]]. The bakery is named after him, half.

6
00:00:27,360 --> 00:00:31,560
INTERVIEWER: You were there on the day of the [[mortars|WEAPON:MORTAR]]?

7
00:00:32,160 --> 00:00:39,660
WITNESS: I was inside, at the oven. It was [[a Wednesday|DATE:2006-12-13..2006-12-17]],
I am sure, [[two weeks before the big Eid|DATE:2006-12-13..2006-12-17]].

8
00:00:40,260 --> 00:00:46,980
In [[the morning|DATE:2006-12-13..2006-12-17]], the line was long,
maybe sixty, seventy people, women, kids with school bags.

9
00:00:47,580 --> 00:00:52,200
Then, boom, and another boom. Two [[shells|WEAPON:MORTAR]],
I heard only two.

10
00:00:52,800 --> 00:01:00,300
{{c2|The front of the bakery, the glass, the counter,
nothing stayed. The ceiling came down on the flour sacks.}}

11
00:01:00,900 --> 00:01:08,400
{{c3|I burned my hands on the oven door when I fell.
Here, you see, still the skin is different.}}

12
00:01:09,000 --> 00:01:11,520
INTERVIEWER: What did you see outside?

13
00:01:12,120 --> 00:01:18,840
WITNESS: {{c4|I went out. Four, I counted four people
on the ground who were not moving.}}

14
00:01:19,440 --> 00:01:25,320
- And the wounded?
- {{c5|Many. More than twenty, I think, in the street.}}

15
00:01:25,920 --> 00:01:33,420
{{c5|The ambulances came late, the taxis took them.}}
{{c11|The radio, al-Iraqiya... no, sorry, the radio station,
it said nine killed. Nine. I saw four.}}

16
00:01:34,020 --> 00:01:37,800
INTERVIEWER: Were there soldiers or militia near the bakery?

17
00:01:38,400 --> 00:01:44,280
WITNESS: No. There was no checkpoint, no army,
nothing to hit there. Only bread.

18
00:01:44,880 --> 00:01:46,880
INTERVIEWER: Who fired?

19
00:01:47,480 --> 00:01:54,980
WITNESS: The [[mortars|WEAPON:MORTAR]] came from the side of the river,
people say from [[Adhamiya|PLACE]] or [[Shuala|PLACE]], I don't know.

20
00:01:55,580 --> 00:01:58,520
INTERVIEWER: You also spoke of your cousin.

21
00:01:59,120 --> 00:02:06,620
WITNESS: [[Hassan|PERSON]]. [[Hassan Jabbar|PERSON]]. He drove a taxi.
{{c6|In [[May|DATE:2007-05-01..2007-05-31]], [[2007|DATE:2007-01-01..2007-12-31]], he took a passenger to [[al-Adhamiya|PLACE:Adhamiya]],
and at the entrance men stopped him. Not police. Masked.}}

22
00:02:07,220 --> 00:02:14,720
{{c6|A shopkeeper saw it and told my uncle: they pulled him
from the car and put him in the boot of another car.}}

23
00:02:15,320 --> 00:02:17,320
INTERVIEWER: Who were they?

24
00:02:17,920 --> 00:02:22,960
WITNESS: The shopkeeper said [[al-Qaeda|ACTOR:al-Qaeda]].
That area was theirs in that time.

25
00:02:23,560 --> 00:02:29,440
{{c7|We never saw [[Hassan|PERSON]] again. No call,
no ransom, nothing. His mother still waits.}}

26
00:02:30,040 --> 00:02:32,560
INTERVIEWER: Were you ever stopped yourself?

27
00:02:33,160 --> 00:02:40,660
WITNESS: Many times, in that year, every week something. Once [[the army|ACTOR:Iraqi forces]] stopped our bus at [[Bab al-Sheikh|PLACE]],
they took my ID, they looked, they asked my tribe, and then,

28
00:02:41,260 --> 00:02:45,040
"go". Half an hour. I was lucky, only that.

29
00:02:45,640 --> 00:02:47,740
INTERVIEWER: And in [[Sadr City|PLACE]]?

30
00:02:48,340 --> 00:02:55,840
WITNESS: In [[Sadr City|PLACE]], the [[car bomb|WEAPON:IED]] at [[Jamila market|PLACE]].
I was not there. My sister was near.

31
00:02:56,440 --> 00:03:00,220
Her name is also [[Jamila|PERSON]], funny, like the market.

32
00:03:00,820 --> 00:03:02,820
INTERVIEWER: When was that?

33
00:03:03,420 --> 00:03:10,920
WITNESS: In [[the winter|DATE:2006-12-01..2007-02-28]], [[January|DATE:2007-01-01..2007-01-31]], I think.
{{c8|She told me the car was parked by the spare-parts shops.
The shops on that side were burned, all the row.}}

34
00:03:11,520 --> 00:03:19,020
{{c9|She was cut on the face from the glass. Small cuts.}}
{{c12|She said many died, she did not count.}}

35
00:03:19,620 --> 00:03:22,140
INTERVIEWER: Did your family leave [[Baghdad|PLACE]]?

36
00:03:22,740 --> 00:03:29,880
WITNESS: No. Where do we go? We stayed. My father is old,
he says he was born in this house and he will die in it.
But my uncle closed the bakery after the [[mortars|WEAPON:MORTAR]].

37
00:03:30,480 --> 00:03:35,940
He could not pay to build it again.
- Is it open now?

38
00:03:36,540 --> 00:03:39,900
- Now a man sells mobile phones there. The big oven,
he broke it and sold the iron. Twenty years of bread, finished.

39
00:03:40,500 --> 00:03:42,500
INTERVIEWER: Thank you, [[Haidar|PERSON]]. If you remember
more names of the people from the bakery line, you can call us.
@@witness iq-baghdad-haidar-kareem-abbas
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Zahraa bakery" date=2006-12-13..2006-12-17 basis=WITNESSED incident=iq-baghdad-20061212-hurriya-bakery-mortars
@@claim c3 harm=INJURED min=1 max=1 weapon=MORTAR site="Zahraa bakery" date=2006-12-13..2006-12-17 basis=EXPERIENCED incident=iq-baghdad-20061212-hurriya-bakery-mortars
@@claim c4 harm=KILLED min=4 max=4 weapon=MORTAR site="Zahraa bakery" date=2006-12-13..2006-12-17 basis=WITNESSED incident=iq-baghdad-20061212-hurriya-bakery-mortars
@@claim c11 harm=KILLED min=9 max=9 weapon=MORTAR site="Zahraa bakery" date=2006-12-13..2006-12-17 basis=REPORTED incident=iq-baghdad-20061212-hurriya-bakery-mortars
@@claim c5 harm=INJURED min=21 max=null weapon=MORTAR site="Zahraa bakery" date=2006-12-13..2006-12-17 basis=WITNESSED incident=iq-baghdad-20061212-hurriya-bakery-mortars
@@claim c6 harm=DETAINED min=1 max=1 named="Hassan; Hassan Jabbar" actor="al-Qaeda" site="al-Adhamiya" date=2007-05-01..2007-05-31 basis=HEARSAY incident=iq-baghdad-20070500-hassan-jabbar-taxi-adhamiya
@@claim c7 harm=MISSING min=1 max=1 named="Hassan" actor="al-Qaeda" site="al-Adhamiya" date=2007-05-01..2007-05-31 basis=EXPERIENCED incident=iq-baghdad-20070500-hassan-jabbar-taxi-adhamiya
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Jamila market" date=2007-01-01..2007-01-31 basis=HEARSAY incident=iq-baghdad-20070100-jamila-market-car-bomb
@@claim c9 harm=INJURED min=1 max=1 named="Jamila" weapon=IED site="Jamila market" date=2007-01-01..2007-01-31 basis=HEARSAY incident=iq-baghdad-20070100-jamila-market-car-bomb
@@claim c12 harm=KILLED min=null max=null weapon=IED site="Jamila market" date=2007-01-01..2007-01-31 basis=HEARSAY incident=iq-baghdad-20070100-jamila-market-car-bomb
