1
00:00:00,800 --> 00:00:05,000
INTERVIEWER: Can you say your name
and what you did before the war?

2
00:00:05,400 --> 00:00:11,200
WITNESS: [[Bilal Qishta|PERSON]]. I had a mobile phone shop
in [[Rafah|PLACE]], near the [[al-Awda roundabout|PLACE]].

3
00:00:11,600 --> 00:00:16,900
In the war I became, how to say,
a volunteer with the ambulance, with [[Hosni|PERSON]], my partner.

4
00:00:17,300 --> 00:00:22,500
INTERVIEWER: You told us you were at the tents
in [[al-Mawasi|PLACE]] during [[Eid|DATE:2024-04-10..2024-04-12]].

5
00:00:22,900 --> 00:00:29,100
WITNESS: Yes. [[Friday|DATE:2024-04-12]], [[12 April|DATE:2024-04-12]], I think,
[[the third day of Eid|DATE:2024-04-12]], [[after the Friday prayer|DATE]].

6
00:00:29,500 --> 00:00:35,800
We got the call on the radio, a [[strike|WEAPON:DRONE_STRIKE]] on the tents
in [[Mawasi Khan Yunis|PLACE:al-Mawasi]], near the sea road.

7
00:00:36,200 --> 00:00:41,300
- How long did it take you to arrive?
- Ten minutes, maybe twelve. The road is sand.

8
00:00:41,700 --> 00:00:47,600
{{c1|When we arrived two tents were burned completely
and four more were torn by the pieces.}}

9
00:00:48,000 --> 00:00:53,900
{{c2|We took seven dead from that place. Seven.
Four were children, with the Eid clothes.}}

10
00:00:54,300 --> 00:01:00,400
{{c2|One I knew, [[Yamen|PERSON]], ten years old, and a girl, [[Malak|PERSON]],
the son of [[Hamza Abu Daqqa|PERSON]].}}

11
00:01:00,800 --> 00:01:06,500
{{c3|[[Hamza|PERSON]] himself was wounded,
we carried him to the [[Nasser hospital|PLACE]] field clinic.}}

12
00:01:06,900 --> 00:01:11,700
INTERVIEWER: Another witness
counted nine dead. What do you think?

13
00:01:12,100 --> 00:01:18,600
WITNESS: Maybe two died after, in the hospital.
I count only who I carried. I do not invent.

14
00:01:19,000 --> 00:01:23,400
INTERVIEWER: And what hit the tents,
in your opinion?

15
00:01:23,800 --> 00:01:29,900
WITNESS: [[The drone|WEAPON:DRONE_STRIKE]]. The people there said they saw
[[the zanana|WEAPON:DRONE_STRIKE]] low, and then two explosions, small ones.

16
00:01:30,300 --> 00:01:34,800
Not [[the F-16|WEAPON:AIRSTRIKE]]. After [[the F-16|WEAPON:AIRSTRIKE]] you find a crater
like a swimming pool. Here no.

17
00:01:35,200 --> 00:01:39,900
INTERVIEWER: Were there any fighters
among the people you carried?

18
00:01:40,300 --> 00:01:45,600
WITNESS: I did not see any weapon, any uniform.
Families. I cannot say more than what I saw.

19
00:01:46,000 --> 00:01:51,200
INTERVIEWER: Did you respond to other
attacks in [[Rafah|PLACE]]?

20
00:01:51,600 --> 00:01:58,100
WITNESS: Many, many. The one I cannot forget,
[[8 February|DATE:2024-02-08]], at [[night|DATE]], in [[Yibna|PLACE]] camp.

21
00:01:58,500 --> 00:02:04,700
{{c4|[[The planes|WEAPON:AIRSTRIKE]] hit the house of the [[Zorob|PERSON]] family,
three floors, full of displaced people.}}

22
00:02:05,100 --> 00:02:10,900
{{c5|We pulled out eleven dead, I think eleven, the grandfather [[Abu Rami Zorob|PERSON]] also,
and the neighbours said there were more under the stones.}}

23
00:02:11,300 --> 00:02:17,000
{{c6|We found one baby alive, a girl,
[[Salma|PERSON]], eight months, with her leg broken.}}

24
00:02:17,400 --> 00:02:22,000
INTERVIEWER: When did you leave [[Rafah|PLACE]]
yourself?

25
00:02:22,400 --> 00:02:28,900
WITNESS: In [[May|DATE:2024-05-01..2024-05-31]], when [[the Israeli army|ACTOR:Israeli forces]]
went into the east of [[Rafah|PLACE]], [[the 7th|DATE:2024-05-07]], [[the 8th|DATE:2024-05-08]].

26
00:02:29,300 --> 00:02:35,600
{{c7|[[The tanks|WEAPON:ARTILLERY]] fired on [[al-Shaboura|PLACE]] and my shop burned,
my cousin sent me the video.}}

27
00:02:36,000 --> 00:02:41,500
{{c8|We moved, me, my wife, my parents, my four children,
to [[Deir el-Balah|PLACE:Deir al-Balah]], to a classroom.}}

28
00:02:41,900 --> 00:02:46,200
- Is there something you want to add?
- Yes. One thing. [[Salma|PERSON]] is alive today, with her aunt.

29
00:02:46,600 --> 00:02:52,800
When I carry a child, I look at his face
so that somebody remembers it. That is all I can do.
@@witness ps-rafah-bilal-qishta-317
@@claim c1 harm=PROPERTY_DAMAGE min=6 max=6 site="Mawasi Khan Yunis" date=2024-04-12 basis=WITNESSED incident=ps-khanyounis-20240411-mawasi-eid-tents
@@claim c2 harm=KILLED min=7 max=7 named="Yamen; Malak" weapon=DRONE_STRIKE site="Mawasi Khan Yunis" date=2024-04-12 basis=WITNESSED incident=ps-khanyounis-20240411-mawasi-eid-tents
@@claim c3 harm=INJURED min=1 max=1 named="Hamza" weapon=DRONE_STRIKE site="Mawasi Khan Yunis" date=2024-04-12 basis=WITNESSED incident=ps-khanyounis-20240411-mawasi-eid-tents
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Yibna" date=2024-02-08 basis=WITNESSED incident=ps-rafah-20240208-yibna-zorob-house
@@claim c5 harm=KILLED min=11 max=null named="Abu Rami Zorob" weapon=AIRSTRIKE site="Yibna" date=2024-02-08 basis=WITNESSED incident=ps-rafah-20240208-yibna-zorob-house
@@claim c6 harm=INJURED min=1 max=1 named="Salma" weapon=AIRSTRIKE site="Yibna" date=2024-02-08 basis=WITNESSED incident=ps-rafah-20240208-yibna-zorob-house
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Israeli forces" site="al-Shaboura" date=2024-05-07..2024-05-08 basis=HEARSAY incident=ps-rafah-20240507-shaboura-shop
@@claim c8 harm=DISPLACED min=8 max=8 actor="Israeli forces" site="Rafah" date=2024-05-07..2024-05-08 basis=EXPERIENCED incident=ps-rafah-20240507-qishta-family-displaced
