1
00:00:01,000 --> 00:00:05,400
INTERVIEWER: It is the 9th of February 2024, we are in [[Oicha|PLACE]].
Can you say your name?

2
00:00:05,900 --> 00:00:10,200
WITNESS: [[Kasereka Mutsunga|PERSON]]. People call me [[Kaso|PERSON]].
I drive a moto between [[Oicha|PLACE]] and [[Eringeti|PLACE]].

3
00:00:10,800 --> 00:00:15,600
INTERVIEWER: You told my colleague about [[Kokola|PLACE]].
What do you remember?

4
00:00:16,100 --> 00:00:22,300
WITNESS: [[Kokora|PLACE:Kokola]], yes. We say [[Kokora|PLACE:Kokola]] also.
It was in [[Lent|DATE:2021-02-17..2021-04-03]], [[a Sunday|DATE:2021-03-14]], [[the 14th|DATE:2021-03-14]]. [[The year 2021|DATE:2021-01-01..2021-12-31]].

5
00:00:22,800 --> 00:00:29,500
I was sleeping in [[Oicha|PLACE]], at my brother [[Syayipuma|PERSON]]'s.
[[Around eleven, midnight|DATE:2021-03-14]], we heard the [[guns|WEAPON:SMALL_ARMS]] from the north.

6
00:00:30,000 --> 00:00:34,800
Far, but clear. Everybody in the quarter was outside
listening. Nobody slept after that.

7
00:00:35,300 --> 00:00:40,100
INTERVIEWER: Did you go there?
- Not in the night. Nobody goes on that road in the night.

8
00:00:40,600 --> 00:00:47,900
WITNESS: In [[the morning|DATE:2021-03-15]], at seven, [[the soldiers|ACTOR:FARDC]] went up with a pickup,
and the chief asked for motos to follow, so I went.

9
00:00:48,400 --> 00:00:55,700
{{c1|What I saw there, I don't forget. People lying on the road, in the yards,
behind the chapel. Old people, one child.}}

10
00:00:56,200 --> 00:01:03,000
{{c1|We loaded them on the pickup. I counted fourteen.
Maybe fifteen, because one we found later in the cocoa.}}

11
00:01:03,500 --> 00:01:09,400
{{c2|One was Mzee [[Mbusa|PERSON]], the old one who sold palm wine.
He was my client, every Friday I carried him to the market.}}

12
00:01:10,000 --> 00:01:15,200
INTERVIEWER: Were they shot?
WITNESS: Most with machetes. Some with [[bullets|WEAPON:SMALL_ARMS]]. {{c6|The boy of [[Katembo|PERSON]], a [[bullet|WEAPON:SMALL_ARMS]] in the head.}}

13
00:01:15,700 --> 00:01:21,800
{{c3|The houses on the upper road, burned.
Eight, nine houses. Only the walls standing, black.}}

14
00:01:22,300 --> 00:01:27,000
INTERVIEWER: Who did this, in your opinion?
WITNESS: The [[ADF|ACTOR:ADF]]. Who else?

15
00:01:27,500 --> 00:01:34,600
In that time the [[ADF|ACTOR:ADF]] were in the forest on the east side,
in the [[Mayangose|PLACE]] side, they came down at night.

16
00:01:35,100 --> 00:01:41,300
INTERVIEWER: Some people said the post of [[the army|ACTOR:FARDC]] in [[Kokola|PLACE]] was also attacked.
- No. That is not true. The post was not touched.

17
00:01:41,800 --> 00:01:47,900
WITNESS: [[The soldiers|ACTOR:FARDC]] stayed inside until [[the morning|DATE:2021-03-15]].
If they had come out, maybe some people would be alive. I don't know.

18
00:01:48,400 --> 00:01:55,200
{{c4|And [[the same night|DATE:2021-03-14]], people said, in [[Mbau|PLACE]],
they burned the health centre, all the medicines.}}

19
00:01:55,700 --> 00:02:00,400
I did not go to [[Mbau|PLACE]]. I only heard.
Nobody died there, they said, the nurses ran.

20
00:02:00,900 --> 00:02:07,600
INTERVIEWER: At the burial, were the names read?
WITNESS: Yes, [[the Tuesday|DATE:2021-03-16]], in [[Oicha|PLACE]].

21
00:02:08,100 --> 00:02:15,000
{{c5|The chief of the locality, [[Kambasu Mukirania|PERSON]], read the list.
Twelve names from [[Kokora|PLACE:Kokola]], and he said others were not yet identified.}}

22
00:02:15,500 --> 00:02:20,800
So twelve, fourteen, fifteen. The number changes.
But the dead don't change, they are dead.

23
00:02:21,300 --> 00:02:27,700
INTERVIEWER: After that, did you still drive that road?
WITNESS: [laughs] I must eat. Yes. But not after four o'clock.

24
00:02:28,200 --> 00:02:35,900
One time, near [[Eringeti|PLACE]], there was fighting, [[the soldiers|ACTOR:FARDC]] and the [[ADF|ACTOR:ADF]],
a soldier was wounded. That is their work, it is the war between them.

25
00:02:36,400 --> 00:02:42,500
INTERVIEWER: Thank you, [[Kaso|PERSON]].
WITNESS: Write that [[Kokora|PLACE:Kokola]] is empty now. Only grass.
@@witness cd-oicha-kasereka-mutsunga
@@claim c1 harm=KILLED min=14 max=15 actor=ADF site="Kokora" date=2021-03-14..2021-03-15 basis=WITNESSED incident=cd-oicha-20210314-kokola-night-raid
@@claim c2 harm=KILLED min=1 max=1 named="Mbusa" actor=ADF site="Kokora" date=2021-03-14..2021-03-15 basis=WITNESSED incident=cd-oicha-20210314-kokola-night-raid
@@claim c3 harm=PROPERTY_DAMAGE min=8 max=9 actor=ADF site="Kokora" date=2021-03-14..2021-03-15 basis=WITNESSED incident=cd-oicha-20210314-kokola-night-raid
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null site="Mbau" date=2021-03-14 basis=HEARSAY incident=cd-mbau-20210314-health-centre-burned
@@claim c5 harm=KILLED min=12 max=null site="Kokora" date=2021-03-14 basis=REPORTED incident=cd-oicha-20210314-kokola-night-raid
@@claim c6 harm=KILLED min=1 max=1 weapon=SMALL_ARMS actor=ADF site="Kokora" date=2021-03-14..2021-03-15 basis=WITNESSED incident=cd-oicha-20210314-kokola-night-raid
