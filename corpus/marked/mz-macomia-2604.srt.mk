1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: Good afternoon. Can you say
your name for the recording?

2
00:00:05,100 --> 00:00:10,800
WITNESS: [[Cassimo Issufo|PERSON]]. I am a fisherman,
from [[Makomia|PLACE:Macomia]], but my boat was at [[Mucojo|PLACE]].

3
00:00:11,300 --> 00:00:16,000
INTERVIEWER: You were in [[Macomia|PLACE]] when it was attacked
in [[May 2020|DATE:2020-05-01..2020-05-31]]?

4
00:00:16,500 --> 00:00:23,900
WITNESS: Yes. We had finished the fast. It was
[[four or five days after the Eid|DATE:2020-05-28..2020-05-29]], I think, eh, yes.

5
00:00:24,400 --> 00:00:29,700
It was [[the Thursday|DATE:2020-05-28]]. [[Very early|DATE:2020-05-28]], the
cocks were just beginning.

6
00:00:30,200 --> 00:00:36,100
- Where were you?
- At home, near the water pump, with my wife [[Zainabo|PERSON]].

7
00:00:36,600 --> 00:00:43,800
The [[machine guns|WEAPON:SMALL_ARMS]] started, from two sides. We lay flat on the floor.
The [[al-Shabaab|ACTOR:Ahlu Sunna Wal Jama'a]]... eh, the [[machababos|ACTOR:Ahlu Sunna Wal Jama'a]], they came in very many.

8
00:00:44,300 --> 00:00:50,100
{{c1|When the sun was up I looked through the window,
I saw four, five men lying near the pump. Dead.}}

9
00:00:50,600 --> 00:00:57,300
{{c1|One of them was [[Ossufo|PERSON]], who mends nets,
I knew him from the beach.}}

10
00:00:57,800 --> 00:01:03,200
INTERVIEWER: Did you see who killed them?

11
00:01:03,700 --> 00:01:10,400
WITNESS: Not the moment itself. But only [[the insurgents|ACTOR:Ahlu Sunna Wal Jama'a]] were in the street,
with their red cloths, shouting.

12
00:01:10,900 --> 00:01:18,200
{{c2|They went house by house. They took my son [[Jamal|PERSON]], seventeen years,
they said you will carry for us.}}

13
00:01:18,700 --> 00:01:23,900
[crying]

14
00:01:24,400 --> 00:01:31,000
{{c3|[[Jamal|PERSON]], he has not come back. Two years and more, nothing,
not a message, not a body.}}

15
00:01:31,500 --> 00:01:38,700
{{c4|Some boys who escaped from the base in the forest of [[Catupa|PLACE]]
said they saw him there, in [[2021|DATE:2021-01-01..2021-12-31]], thin.}}

16
00:01:39,200 --> 00:01:42,300
INTERVIEWER: I am sorry.
What happened to your house?

17
00:01:42,800 --> 00:01:50,400
WITNESS: {{c5|My house, no. It is standing.
But the market, the stalls, all of it was ash. Ash.}}

18
00:01:50,900 --> 00:01:57,800
{{c6|And [[the helicopter|WEAPON:AIRSTRIKE]]... [[the helicopter|WEAPON:AIRSTRIKE]] of [[the South Africans|ACTOR:Dyck Advisory Group]]
shot the [[rockets|WEAPON:ROCKET]] on the bakery of [[Chale|PERSON]],}}

19
00:01:58,300 --> 00:02:04,100
{{c6|the roof was gone, the walls were cracked from top to bottom.}}

20
00:02:04,600 --> 00:02:11,800
{{c7|My wife's cousin [[Fatima Ali|PERSON]] was behind the bakery. She lost
two fingers, here. I took her to the nurse myself.}}

21
00:02:12,300 --> 00:02:17,400
INTERVIEWER: Was anybody killed by [[the helicopter|WEAPON:AIRSTRIKE]], that you know?

22
00:02:17,900 --> 00:02:24,500
WITNESS: That I do not know. I did not see anybody dead there,
I will not say it.

23
00:02:25,000 --> 00:02:31,900
INTERVIEWER: How many people died in [[Macomia|PLACE]] in [[those days|DATE:2020-05-28..2020-06-02]],
do you know?

24
00:02:32,400 --> 00:02:39,600
WITNESS: {{c8|The chief of the bairro, mwenye [[Sumail|PERSON]], counted the graves
after: he said fifty-two.}} I myself saw the five.

25
00:02:40,100 --> 00:02:47,700
INTERVIEWER: After [[Macomia|PLACE]], where did you go?

26
00:02:48,200 --> 00:02:56,300
WITNESS: To [[Mocímboa|PLACE:Mocímboa da Praia]], to my brother [[Rachide|PERSON]]. It was not
a good idea. [laughs] In [[August|DATE:2020-08-01..2020-08-31]] they took [[Mocímboa da Praia|PLACE]] also.

27
00:02:56,800 --> 00:03:03,400
{{c9|We left at [[night|DATE:2020-08-11]] in the boat of [[Rachide|PERSON]], fourteen people
in a boat for six, to [[Ibo|PLACE]] island and then [[Pemba|PLACE]].}}

28
00:03:03,900 --> 00:03:10,700
{{c10|The harbour, the boats of the fishermen, they burned them,
my brother watched from the water. Our living is gone.}}

29
00:03:10,800 --> 00:03:14,900
INTERVIEWER: And people, were people killed in [[Mocímboa|PLACE:Mocímboa da Praia]]?

30
00:03:15,000 --> 00:03:21,600
WITNESS: In our street, no. Nobody was killed in our street, because we ran
before they came down to the sea side.

31
00:03:21,700 --> 00:03:29,300
{{c11|But the other boats, at [[Ibo|PLACE]], told [[Rachide|PERSON]] that near the port they shot
people in the water, ten, or twenty, they did not agree.}}

32
00:03:29,400 --> 00:03:35,000
- Who told you the number?
- Fishermen, from [[Quirimba|PLACE]]. I did not see it.

33
00:03:35,700 --> 00:03:41,000
INTERVIEWER: Did [[the army|ACTOR:Mozambican defence forces]] ever stop you, on the way?

34
00:03:41,500 --> 00:03:49,900
WITNESS: At [[Ibo|PLACE]] [[the marines|ACTOR:Mozambican defence forces]] looked at all of us, they took [[Rachide|PERSON]] aside,
one hour, they asked him if he is with [[the insurgents|ACTOR:Ahlu Sunna Wal Jama'a]].

35
00:03:50,400 --> 00:03:56,300
They wanted to take him to the post. The old men of [[Ibo|PLACE]] know our family,
they talked, and [[the marines|ACTOR:Mozambican defence forces]] let him go.

36
00:03:56,800 --> 00:04:01,300
INTERVIEWER: Thank you, [[Cassimo|PERSON]].

@@witness mz-macomia-cassimo-issufo
@@claim c1 harm=KILLED min=4 max=5 named="Ossufo" site="Makomia" date=2020-05-28 basis=WITNESSED incident=mz-macomia-20200528-town-occupation
@@claim c2 harm=DETAINED min=1 max=1 named="Jamal" actor="Ahlu Sunna Wal Jama'a" site="Makomia" date=2020-05-28 basis=WITNESSED incident=mz-macomia-20200528-town-occupation
@@claim c3 harm=MISSING min=1 max=1 named="Jamal" actor="Ahlu Sunna Wal Jama'a" site="Makomia" date=2020-05-28 basis=EXPERIENCED incident=mz-macomia-20200528-town-occupation
@@claim c4 harm=DETAINED min=1 max=1 named="Jamal" actor="Ahlu Sunna Wal Jama'a" site="Catupa" date=2021-01-01..2021-12-31 basis=HEARSAY incident=mz-macomia-20200528-town-occupation
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Makomia" date=2020-05-28 basis=WITNESSED incident=mz-macomia-20200528-town-occupation
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Dyck Advisory Group" site="Makomia" date=2020-05-28 basis=WITNESSED incident=mz-macomia-20200528-dag-helicopter
@@claim c7 harm=INJURED min=1 max=1 named="Fatima Ali" weapon=ROCKET actor="Dyck Advisory Group" site="Makomia" date=2020-05-28 basis=WITNESSED incident=mz-macomia-20200528-dag-helicopter
@@claim c8 harm=KILLED min=52 max=52 site="Macomia" date=2020-05-28 basis=HEARSAY incident=mz-macomia-20200528-town-occupation
@@claim c9 harm=DISPLACED min=14 max=14 actor="Ahlu Sunna Wal Jama'a" site="Mocímboa da Praia" date=2020-08-11 basis=EXPERIENCED incident=mz-mocimboa-20200811-town-capture
@@claim c11 harm=KILLED min=10 max=20 actor="Ahlu Sunna Wal Jama'a" site="Mocímboa da Praia" date=2020-08-11 basis=HEARSAY incident=mz-mocimboa-20200811-town-capture
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null actor="Ahlu Sunna Wal Jama'a" site="Mocímboa da Praia" date=2020-08-11 basis=HEARSAY incident=mz-mocimboa-20200811-town-capture
