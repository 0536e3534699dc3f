1
00:00:00,800 --> 00:00:05,200
INTERVIEWER: We are recording. Please tell me
your village and where you are now.

2
00:00:05,900 --> 00:00:12,400
WITNESS: We are from [[al-Durayhimi|PLACE]], south of [[Hodeidah|PLACE]],
from the farms near the sea. Now we are in [[Dar Saad|PLACE]], in [[Aden|PLACE]].

3
00:00:13,000 --> 00:00:18,600
My husband [[Hezam|PERSON]] and his brothers were fishermen.
Our life was the sea and the palm trees.

4
00:00:19,300 --> 00:00:24,000
INTERVIEWER: When did the fighting reach
[[al-Duraihimi|PLACE:al-Durayhimi]]?

5
00:00:24,700 --> 00:00:31,800
WITNESS: In [[the days of the Eid|DATE:2018-06-15..2018-06-17]], [[the small Eid|DATE:2018-06-15..2018-06-17]]. [[The second day of Eid|DATE:2018-06-16]]
we heard the [[shelling|WEAPON:ARTILLERY]] coming from the south, from [[al-Tuhayta|PLACE]].

6
00:00:32,400 --> 00:00:38,000
The [[Houthis|ACTOR:Houthis]] were in the town, and [[the Giants|ACTOR:Yemeni government forces]]
and [[the Emiratis|ACTOR:Saudi-led coalition]] were coming on the coast road.

7
00:00:38,600 --> 00:00:44,100
We were in the middle. {{c7|So we took the children and we went north, to [[Hodeidah|PLACE]] city.}}

8
00:00:44,700 --> 00:00:49,300
- How did you travel?
- On the sand road behind the farms, in two cars.

9
00:00:50,000 --> 00:00:55,600
Because on the coast road there was fighting,
and [[the planes|WEAPON:AIRSTRIKE]] were hitting every car.

10
00:00:56,200 --> 00:01:03,900
The car in front of us, the car of Hajj [[Hamoud|PERSON]], it went on a [[mine|WEAPON:LANDMINE]].
I saw it go up in the air. [crying]

11
00:01:05,000 --> 00:01:11,800
{{c1|Hajj [[Hamoud|PERSON]] died and his son [[Waddah|PERSON]] died.}}
{{c6|His wife lived, she lost her leg.}}

12
00:01:12,400 --> 00:01:17,000
INTERVIEWER: Do you know who laid
the [[mine|WEAPON:LANDMINE]] on that road?

13
00:01:17,700 --> 00:01:25,200
WITNESS: People say the [[Houthis|ACTOR:Houthis]], they put [[mines|WEAPON:LANDMINE]] everywhere
when they leave a place. I did not see who put it.

14
00:01:26,000 --> 00:01:30,000
We went around the car on the sand,
with our eyes closed. We had no amal,

15
00:01:30,600 --> 00:01:35,400
no hope at all, that we arrive alive.

16
00:01:36,000 --> 00:01:40,800
INTERVIEWER: What happened to your husband's
family, the fishermen?

17
00:01:41,400 --> 00:01:48,900
WITNESS: His brother [[Ahmed Jabali|PERSON]] went out with the boat in [[August|DATE:2018-08-01..2018-08-31]], [[the 23rd|DATE:2018-08-23]] I think,
near [[al-Tuhaita|PLACE:al-Tuhayta]], with four other men.

18
00:01:49,500 --> 00:01:56,100
{{c3|[[The helicopter|WEAPON:AIRSTRIKE]] came from the sea and fired on them.
Three died. [[Khaled Baydah|PERSON]], [[Saeed Mahdi|PERSON]], and a boy, [[Ibrahim|PERSON]].}}

19
00:01:56,700 --> 00:02:02,400
{{c2|[[Ahmed|PERSON]] and the other man swam to the shore, [[Ahmed|PERSON]] with a wound in his shoulder.}}
This is what he told us.

20
00:02:03,000 --> 00:02:09,300
- Whose [[helicopter|WEAPON:AIRSTRIKE]]?
- He says of [[the coalition|ACTOR:Saudi-led coalition]]. Who else has helicopters on the sea?

21
00:02:09,900 --> 00:02:14,700
They were only fishermen, they had nets,
no weapons. Not even a [[Kalashnikov|WEAPON:SMALL_ARMS]].

22
00:02:15,300 --> 00:02:20,500
INTERVIEWER: And in [[Hodeidah|PLACE]] city,
where did you stay?

23
00:02:21,100 --> 00:02:27,300
WITNESS: With my cousin, in [[7 July|PLACE]] neighbourhood,
near the [[22 May hospital|PLACE]].

24
00:02:27,900 --> 00:02:34,500
In [[November|DATE:2018-11-01..2018-11-30]] the fighting came there also.
[[Mortars|WEAPON:MORTAR]], [[shells|WEAPON:ARTILLERY]], [[snipers|WEAPON:SMALL_ARMS]] on the roofs.

25
00:02:35,100 --> 00:02:42,700
{{c4|[[One morning|DATE:2018-11-01..2018-11-30]] a [[mortar|WEAPON:MORTAR]] fell in the yard of my cousin. My daughter [[Amal|PERSON]] was hit in the face and in the arm.}}

26
00:02:43,300 --> 00:02:47,600
She is eight. She lost one eye.

27
00:02:48,200 --> 00:02:52,400
INTERVIEWER: Who fired that [[mortar|WEAPON:MORTAR]], do you know?

28
00:02:53,000 --> 00:03:00,300
WITNESS: I don't know. Both sides were firing.
I will not say the [[Houthis|ACTOR:Houthis]], I will not say [[the coalition|ACTOR:Saudi-led coalition]]. I don't know.

29
00:03:01,000 --> 00:03:07,600
{{c5|After [[Amal|PERSON]] was injured we left [[Hodeidah|PLACE]], eleven of us, to [[Aden|PLACE]].}}
It took four days.

30
00:03:08,200 --> 00:03:12,000
INTERVIEWER: Is your house in [[al-Durayhimi|PLACE]] still standing?

31
00:03:12,600 --> 00:03:18,800
WITNESS: They say yes, but nobody can go, the [[mines|WEAPON:LANDMINE]].
And [[Hezam|PERSON]] has no boat now. {{c8|They told us his boat burned in the port.}}

32
00:03:19,400 --> 00:03:24,000
INTERVIEWER: Thank you, [[Umm Amal|PERSON]]. We will stop here.
@@witness ye-hodeidah-umm-amal
@@claim c1 harm=KILLED min=2 max=2 named="Hamoud; Waddah" weapon=LANDMINE actor="Houthis" site="al-Durayhimi" date=2018-06-16 basis=WITNESSED incident=ye-durayhimi-20180616-sand-road-mine
@@claim c2 harm=INJURED min=1 max=1 named="Ahmed Jabali; Ahmed" weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Tuhaita" date=2018-08-23 basis=HEARSAY incident=ye-tuhayta-20180823-fishing-boat
@@claim c3 harm=KILLED min=3 max=3 named="Khaled Baydah; Saeed Mahdi; Ibrahim" weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Tuhaita" date=2018-08-23 basis=HEARSAY incident=ye-tuhayta-20180823-fishing-boat
@@claim c4 harm=INJURED min=1 max=1 named="Amal" weapon=MORTAR site="7 July" date=2018-11-01..2018-11-30 basis=WITNESSED incident=ye-hodeidah-20181100-7july-yard-mortar
@@claim c5 harm=DISPLACED min=11 max=11 site="Hodeidah" date=2018-11-01..2018-11-30 basis=EXPERIENCED incident=ye-hodeidah-20181100-family-flight-aden
@@claim c6 harm=INJURED min=1 max=1 weapon=LANDMINE actor="Houthis" site="al-Durayhimi" date=2018-06-16 basis=WITNESSED incident=ye-durayhimi-20180616-sand-road-mine
@@claim c7 harm=DISPLACED min=null max=null site="al-Durayhimi" date=2018-06-16 basis=EXPERIENCED incident=ye-durayhimi-20180616-family-flight
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="Hodeidah" basis=HEARSAY incident=ye-hodeidah-20180000-hezam-boat
