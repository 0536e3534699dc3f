WEBVTT - LB-DAH-605

NOTE
Interview LB-DAH-605, recorded 12 December 2024 in Aley.
Arabic with some English; captions are the interpreter's English.

1
00:00:01.500 --> 00:00:05.000
<v Interviewer>Thank you. Where were you living in [[October|DATE:2024-10-01..2024-10-31]]?

2
00:00:05.800 --> 00:00:12.500
<v Maysaa>In [[Haret Hreik|PLACE]], in the [[Dahiyeh|PLACE]], in a building of seven floors.
I am on the fourth. Across the street is the building of the [[Ezzeddine|PERSON]] family.

3
00:00:13.000 --> 00:00:16.000
<v Interviewer>Can you tell me your full name for the record?

4
00:00:16.500 --> 00:00:21.000
<v Maysaa>[[Maysaa Kobeissi|PERSON]]. I teach English in a private school, so,
sometimes I answer you direct, without [[Joumana|PERSON]].

5
00:00:21.500 --> 00:00:25.000
<v Interviewer>What happened to the [[Ezzeddine|PERSON]] building?

6
00:00:25.500 --> 00:00:33.000
<v Maysaa>It was [[the night between Thursday and Friday|DATE:2024-10-03..2024-10-04]]. [[The 3rd|DATE:2024-10-03]], going into [[the 4th|DATE:2024-10-04]].
[[After midnight|DATE:2024-10-04]], maybe [[half past twelve|DATE:2024-10-04]]. I was awake, nobody slept in those weeks.

7
00:00:33.500 --> 00:00:41.000
<v Maysaa>There was no warning. No call, no message on the phone, nothing for our street.
For other streets they published maps, for us nothing.

8
00:00:41.500 --> 00:00:48.000
<v Maysaa>Then the sound. Two [[missiles|WEAPON:MISSILE]], I think, one and immediately one.
{{c2|My windows, the frame also, came into the room.}}

9
00:00:48.500 --> 00:00:55.000
<v Maysaa>{{c1|I had glass in my arm and my neck. Small, but a lot of blood.}}
My husband [[Wajdi|PERSON]] took it out with the light of the phone.

10
00:00:55.500 --> 00:00:59.000
<v Interviewer>And the building across the street?

11
00:00:59.500 --> 00:01:06.000
<v Maysaa>{{c2|It was not there. Eight floors, it sat down, like a cake.
Only the ground floor, the shops, you could see.}}

12
00:01:06.500 --> 00:01:10.000
<v Interviewer>Do you know how many people were inside?

13
00:01:10.500 --> 00:01:18.000
<v Maysaa>Many families from the south were staying there with relatives.
{{c3|The Civil Defence people said twenty-two died. This is what I heard in the street [[the next day|DATE:2024-10-04]].}}

14
00:01:18.500 --> 00:01:25.000
<v Maysaa>{{c4|I saw them carry out four. [[Abu Ali Ezzeddine|PERSON]], he is the owner,
and his wife [[Kawthar|PERSON]]. And the small one, [[Baqer|PERSON]], four years.}}

15
00:01:25.500 --> 00:01:29.000
<v Maysaa>{{c4|The fourth I did not know. A woman from [[Khiam|PLACE]], they said.}}

16
00:01:29.500 --> 00:01:32.000
<v Interviewer>I'm sorry.

17
00:01:32.500 --> 00:01:38.000
<v Maysaa>[[Baqer|PERSON]] came to my door every day for chocolate. [pause]
Every day.

18
00:01:38.500 --> 00:01:43.000
<v Interviewer>Do you know why this building was targeted?

19
00:01:43.500 --> 00:01:51.000
<v Maysaa>[[The Israelis|ACTOR:Israeli forces]] will say it was for [[Hezbollah|ACTOR:Hezbollah]], they always say.
Maybe somebody from [[the party|ACTOR:Hezbollah]] was visiting, how do I know?

20
00:01:51.500 --> 00:01:58.000
<v Maysaa>I only know [[Abu Ali|PERSON]] sold tyres. And the children were sleeping.

21
00:01:58.500 --> 00:02:03.000
<v Interviewer>Was anyone in your own building killed?

22
00:02:03.500 --> 00:02:09.000
<v Maysaa>No, thanks to God. In our building nobody died.
{{c7|About a dozen people had cuts from glass.}} One old man fell on the stairs.

23
00:02:09.500 --> 00:02:13.000
<v Interviewer>When did you leave [[Haret Hreik|PLACE]]?

24
00:02:13.500 --> 00:02:21.000
<v Maysaa>{{c5|[[The same morning|DATE:2024-10-04]]. My husband, me, our two girls, and my mother-in-law,
we went up to [[Aley|PLACE]], to the flat of a colleague.}}

25
00:02:21.500 --> 00:02:28.000
<v Maysaa>If we had stayed, who knows. They hit the [[Dahiye|PLACE:Dahiyeh]] every night after that,
that is what everybody said on the groups.

26
00:02:28.500 --> 00:02:32.000
<v Interviewer>Have you been back since the ceasefire?

27
00:02:32.500 --> 00:02:40.000
<v Maysaa>Once. {{c2|Our flat is standing but it is open, no windows, no doors, the kitchen wall is gone.}}
We will fix it. Inshallah by the spring.
@@claim c1 harm=INJURED min=1 max=1 weapon=MISSILE actor="Israeli forces" site="Haret Hreik" date=2024-10-04 basis=EXPERIENCED incident=lb-dahiyeh-20241004-harethreik-ezzeddine-building
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Israeli forces" site="Haret Hreik" date=2024-10-04 basis=WITNESSED incident=lb-dahiyeh-20241004-harethreik-ezzeddine-building
@@claim c3 harm=KILLED min=22 max=22 weapon=MISSILE actor="Israeli forces" site="Haret Hreik" date=2024-10-04 basis=HEARSAY incident=lb-dahiyeh-20241004-harethreik-ezzeddine-building
@@claim c4 harm=KILLED min=4 max=4 named="Abu Ali Ezzeddine; Kawthar; Baqer" weapon=MISSILE actor="Israeli forces" site="Haret Hreik" date=2024-10-04 basis=WITNESSED incident=lb-dahiyeh-20241004-harethreik-ezzeddine-building
@@claim c5 harm=DISPLACED min=5 max=5 site="Haret Hreik" date=2024-10-04 basis=EXPERIENCED incident=lb-dahiyeh-20241004-kobeissi-family-flight
@@claim c7 harm=INJURED min=12 max=12 weapon=MISSILE actor="Israeli forces" site="Haret Hreik" date=2024-10-04 basis=WITNESSED incident=lb-dahiyeh-20241004-harethreik-ezzeddine-building
@@witness lb-dahiyeh-maysaa-kobeissi
