1
00:00:01,200 --> 00:00:05,600
INTERVIEWER: Can you tell us where you live
and what work you do?

2
00:00:06,100 --> 00:00:12,300
WITNESS: In [[Namhsan|PLACE]], in the tea mountains.
I am a teacher in the primary school, and in the season I pick tea.

3
00:00:12,900 --> 00:00:18,000
My name is [[Mai Nam Kham|PERSON]]. I am Ta'ang,
you say Palaung.

4
00:00:18,600 --> 00:00:24,200
INTERVIEWER: Who controls [[Namhsan|PLACE]] now?

5
00:00:24,800 --> 00:00:31,500
WITNESS: The [[TNLA|ACTOR:Ta'ang National Liberation Army]], since [[the end of 2023|DATE:2023-11-01..2023-12-31]].
Before, [[the military|ACTOR:Tatmadaw]] was in the town.

6
00:00:32,100 --> 00:00:38,700
After [[the Ta'ang army|ACTOR:Ta'ang National Liberation Army]] took the town,
[[the jets|WEAPON:AIRSTRIKE]] came many times.

7
00:00:39,300 --> 00:00:45,000
INTERVIEWER: Can you tell us about
a day you remember well?

8
00:00:45,600 --> 00:00:52,400
WITNESS: [[Thingyan|DATE:2024-04-13..2024-04-16]], the water festival.
[[The second day|DATE:2024-04-14]]. [[Around four in the afternoon|DATE:2024-04-14]].

9
00:00:53,000 --> 00:00:58,800
The children were throwing water in the street,
even in the war, children are children.

10
00:00:59,400 --> 00:01:06,000
[[The jet|WEAPON:AIRSTRIKE]] dropped two [[bombs|WEAPON:AIRSTRIKE]]
on the lower part of the town, near the tea factory.

11
00:01:06,600 --> 00:01:12,800
One was normal, it exploded. The other one
made yellow smoke, thick, it smelled like rotten eggs.

12
00:01:13,400 --> 00:01:20,100
{{c1|The people near it started to vomit,
their eyes burning, a dozen people, maybe more.}}

13
00:01:20,700 --> 00:01:26,600
{{c1|I took four of my pupils to the clinic, [[Aik Lu|PERSON]],
[[Mai Lway|PERSON]] and two small ones, they could not breathe well.}}

14
00:01:27,200 --> 00:01:33,800
- What did the doctors say it was?
- The medic, [[Ai Sang|PERSON]], said [[gas|WEAPON:CHEMICAL]], some [[chemical|WEAPON:CHEMICAL]], he did not know which.

15
00:01:34,400 --> 00:01:40,900
I am not a scientist. I only say what I saw.
Now people run from the [[gas|WEAPON:CHEMICAL]] more than from the [[bombs|WEAPON:AIRSTRIKE]].

16
00:01:41,500 --> 00:01:47,200
{{c2|From the normal [[bomb|WEAPON:AIRSTRIKE]], two people died,
an old man, [[U Hla Shwe|PERSON]], and a girl from the tea factory, [[Mai Sein|PERSON]].}}

17
00:01:47,800 --> 00:01:52,000
INTERVIEWER: Were there soldiers
near the tea factory?

18
00:01:52,600 --> 00:01:59,300
WITNESS: No [[TNLA|ACTOR:Ta'ang National Liberation Army]] soldiers there, it is a factory, workers.
Their camp is on the other hill, far.

19
00:01:59,900 --> 00:02:05,500
INTERVIEWER: Have other kinds of weapons
been used on [[Namsan|PLACE:Namhsan]]?

20
00:02:06,100 --> 00:02:12,600
WITNESS: The fire, yes. In [[May|DATE:2024-05-01..2024-05-31]],
[[the plane|WEAPON:AIRSTRIKE]] dropped [[fire bombs|WEAPON:INCENDIARY]] at [[night|DATE:2024-05-01..2024-05-31]].

21
00:02:13,200 --> 00:02:19,900
{{c3|The tea warehouses of the cooperative burned,
three warehouses, all the tea of the season.}}

22
00:02:20,500 --> 00:02:25,100
The fire ran on the roofs like water.
It was not normal fire, it did not stop with water.

23
00:02:25,700 --> 00:02:31,500
- Nobody was inside?
- Nobody, it was [[night|DATE:2024-05-01..2024-05-31]]. Only the tea. Our money for one year.

24
00:02:32,100 --> 00:02:38,600
And one time, in [[June|DATE:2024-06-01..2024-06-30]], [[the Y-12|WEAPON:AIRSTRIKE]],
the small one with propellers, it dropped [[barrels|WEAPON:BARREL_BOMB]] from the back door.

25
00:02:39,200 --> 00:02:45,000
{{c4|The [[barrels|WEAPON:BARREL_BOMB]] fell on the houses near the road to [[Mantong|PLACE]],
two houses were destroyed.}}

26
00:02:45,600 --> 00:02:50,700
{{c4,c5|My aunt [[Mai Aung|PERSON]] lost her house, and her husband, [[Ai Mong|PERSON]], was hurt in the head.}}

27
00:02:51,300 --> 00:02:57,000
INTERVIEWER: Is the school still open?

28
00:02:57,600 --> 00:03:04,100
WITNESS: We teach in the forest now, under a roof of leaves.
Thirty-two children. If [[the jets|WEAPON:AIRSTRIKE]] find the school, we lose everything.

29
00:03:04,700 --> 00:03:09,500
So we move it every month.
That is our life now.
@@witness mm-namhsan-mai-nam-kham
@@claim c1 harm=INJURED min=12 max=null named="Aik Lu; Mai Lway" weapon=CHEMICAL actor=Tatmadaw site="Namhsan" date=2024-04-14 basis=WITNESSED incident=mm-namhsan-20240414-thingyan-yellow-smoke-bomb
@@claim c2 harm=KILLED min=2 max=2 named="U Hla Shwe; Mai Sein" weapon=AIRSTRIKE actor=Tatmadaw site="Namhsan" date=2024-04-14 basis=WITNESSED incident=mm-namhsan-20240414-thingyan-yellow-smoke-bomb
@@claim c3 harm=PROPERTY_DAMAGE min=3 max=3 weapon=INCENDIARY actor=Tatmadaw site="Namhsan" date=2024-05-01..2024-05-31 basis=WITNESSED incident=mm-namhsan-20240500-cooperative-warehouses-fire
@@claim c4 harm=PROPERTY_DAMAGE min=2 max=2 named="Mai Aung" weapon=BARREL_BOMB actor=Tatmadaw site="Namhsan" date=2024-06-01..2024-06-30 basis=WITNESSED incident=mm-namhsan-20240600-mantong-road-y12-barrels
@@claim c5 harm=INJURED min=1 max=1 named="Ai Mong" weapon=BARREL_BOMB actor=Tatmadaw site="Namhsan" date=2024-06-01..2024-06-30 basis=WITNESSED incident=mm-namhsan-20240600-mantong-road-y12-barrels
