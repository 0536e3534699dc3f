1
00:00:01,000 --> 00:00:05,900
INTERVIEWER: We are recording. Can you say your name,
and where you live?

2
00:00:06,300 --> 00:00:12,200
WITNESS: [[Hayvi Naso|PERSON]]. I live in [[Khanasor|PLACE]],
I was born here, I teach at the primary school.

3
00:00:12,700 --> 00:00:19,400
INTERVIEWER: In [[2014|DATE:2014-01-01..2014-12-31]] the families from
the south side came to [[Khanasor|PLACE]]. Did they stay in your school?

4
00:00:19,800 --> 00:00:25,800
WITNESS: Yes, from [[August|DATE:2014-08-01..2014-08-31]]. Every classroom
had two, three families. No lessons, of course.

5
00:00:26,300 --> 00:00:30,400
People from [[Sinuni|PLACE]], from [[Siba Sheikh Khidir|PLACE]],
from everywhere.

6
00:00:31,000 --> 00:00:35,600
INTERVIEWER: Did any of them tell you about the checkpoint
at [[Sinune|PLACE:Sinuni]]?

7
00:00:36,300 --> 00:00:43,800
WITNESS: Everybody told about it. My husband's brother,
[[Sipan Darwesh|PERSON]], was in a car that came late [[that morning|DATE:2014-08-03]].

8
00:00:44,300 --> 00:00:51,800
{{c1|They took him out at the crossroads of [[Sinuni|PLACE]], with the other men,
twenty, thirty men, the women told us.}}

9
00:00:52,300 --> 00:00:58,200
{{c2|Since then we do not know where [[Sipan|PERSON]] is.
Nobody has called, nobody has seen him.}}

10
00:00:58,600 --> 00:01:02,800
INTERVIEWER: I'm sorry. Do you know who was at that checkpoint?

11
00:01:03,600 --> 00:01:10,400
WITNESS: [[Daesh|ACTOR:Islamic State]]. And some of them were Arabs
from the villages near us, people we knew from the market.

12
00:01:10,900 --> 00:01:13,200
I will not say names on the camera.

13
00:01:14,000 --> 00:01:18,500
INTERVIEWER: Of course. Now, the attack on the school.
When was it?

14
00:01:18,800 --> 00:01:24,900
WITNESS: [[The 19th of December|DATE:2014-12-19]]. I remember because
it was the day after my mother's birthday.

15
00:01:25,200 --> 00:01:27,400
INTERVIEWER: What time?

16
00:01:28,000 --> 00:01:35,100
WITNESS: In [[the morning|DATE:2014-12-19]], before lunch. I was in the office,
writing the names of the families for the aid.

17
00:01:35,700 --> 00:01:43,200
{{c3|Three [[mortar shells|WEAPON:MORTAR]] came. The second one went through the roof
of the third class, the concrete fell on the beds.}}

18
00:01:44,000 --> 00:01:50,300
{{c3|All the windows on that side were blown in,
the glass was in the flour and in the rice.}}

19
00:01:51,100 --> 00:01:54,600
- Three? Not two?
- Three, I am sure. I heard three.

20
00:01:55,200 --> 00:01:57,400
INTERVIEWER: Were people hurt?

21
00:01:57,900 --> 00:02:05,100
WITNESS: {{c5|Eight people, I counted them myself.
We put them in the car of the [[Peshmerga|ACTOR:Peshmerga]], to the clinic.}}

22
00:02:05,800 --> 00:02:12,300
{{c6|And one old man, Mam [[Jalo|PERSON]], died [[two days later|DATE:2014-12-21]] in [[Duhok|PLACE]],
his son told me. His head was hit.}}

23
00:02:12,900 --> 00:02:18,600
INTERVIEWER: So, you were told that one person died.
Where were the [[mortars|WEAPON:MORTAR]] fired from?

24
00:02:19,100 --> 00:02:25,400
WITNESS: From the south, from [[Daesh|ACTOR:Islamic State]] positions. Where else?
There was nothing else on that side.

25
00:02:25,900 --> 00:02:29,500
INTERVIEWER: Was this the first time [[Khanasor|PLACE]] was hit?

26
00:02:29,800 --> 00:02:34,900
WITNESS: No, no. In [[October|DATE:2014-10-01..2014-10-31]] also, before the snow.
That time it was the mill.

27
00:02:35,600 --> 00:02:44,100
{{c7|The mill of [[Sheikho|PERSON]], near the water tank. A [[Katyusha|WEAPON:ROCKET]]
fell inside and everything burned. The machines, the wheat, everything.}}

28
00:02:44,400 --> 00:02:51,700
Nobody was inside, it was [[night|DATE:2014-10-01..2014-10-31]]. Only the guard,
and he was outside smoking. [laughs] The cigarette saved him.

29
00:02:52,100 --> 00:02:54,400
INTERVIEWER: And after that winter?

30
00:02:55,100 --> 00:03:02,700
WITNESS: In [[April 2015|DATE:2015-04-01..2015-04-30]], they sent a truck with [[explosives|WEAPON:IED]],
a [[suicide truck|WEAPON:IED]], to the checkpoint on the [[Sinune|PLACE:Sinuni]] road.

31
00:03:03,400 --> 00:03:05,600
INTERVIEWER: Did you see it?

32
00:03:06,300 --> 00:03:12,700
WITNESS: I heard it. Our whole house jumped.
The [[Peshmerga|ACTOR:Peshmerga]] fired at the truck before it arrived,

33
00:03:13,400 --> 00:03:21,900
{{c8|so it exploded maybe two hundred metres before the checkpoint.
Two [[Peshmerga|ACTOR:Peshmerga]] were wounded, my cousin said, he was there.}}

34
00:03:22,700 --> 00:03:31,000
{{c9|Our house has cracks all through the walls since then,
from the floor to the ceiling. You can put your finger in them.}}

35
00:03:31,900 --> 00:03:34,300
INTERVIEWER: Is the school open now?

36
00:03:35,200 --> 00:03:41,100
WITNESS: We opened again in [[September|DATE:2015-09-01..2015-09-30]],
in a tent, because the classroom was not repaired.

37
00:03:41,600 --> 00:03:46,000
{{c3|The roof of the third class is still broken.}}
We put plastic on it.

38
00:03:46,500 --> 00:03:50,800
INTERVIEWER: Thank you, [[Hayvi|PERSON]]. Is there anything you want to add?

39
00:03:51,200 --> 00:03:59,300
WITNESS: Only that my students ask me about [[Sipan|PERSON]].
He was their driver, the school bus. They ask: when does he come back?
@@claim c1 harm=DETAINED min=20 max=30 named="Sipan Darwesh" actor="Islamic State" site="Sinuni" date=2014-08-03 basis=HEARSAY incident=iq-sinuni-20140803-crossroads-men-taken
@@claim c2 harm=MISSING min=1 max=1 named="Sipan" actor="Islamic State" site="Sinuni" date=2014-08-03 basis=EXPERIENCED incident=iq-sinuni-20140803-crossroads-men-taken
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Islamic State" site="Khanasor" date=2014-12-19 basis=WITNESSED incident=iq-khanasor-20141219-school-mortar
@@claim c5 harm=INJURED min=8 max=8 weapon=MORTAR actor="Islamic State" site="Khanasor" date=2014-12-19 basis=WITNESSED incident=iq-khanasor-20141219-school-mortar
@@claim c6 harm=KILLED min=1 max=1 named="Jalo" weapon=MORTAR actor="Islamic State" site="Khanasor" date=2014-12-19 basis=HEARSAY incident=iq-khanasor-20141219-school-mortar
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Khanasor" date=2014-10-01..2014-10-31 basis=WITNESSED incident=iq-khanasor-20141000-sheikho-mill-rocket
@@claim c8 harm=INJURED min=2 max=2 weapon=IED actor="Islamic State" site="Khanasor" date=2015-04-01..2015-04-30 basis=HEARSAY incident=iq-khanasor-20150400-checkpoint-truck-bomb
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Khanasor" date=2015-04-01..2015-04-30 basis=EXPERIENCED incident=iq-khanasor-20150400-checkpoint-truck-bomb
@@witness iq-khanasor-hayvi-naso
