1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: Please tell us your name and where you worked.

2
00:00:05,100 --> 00:00:10,800
WITNESS: [[Ihor Sosnovskyi|PERSON]]. I worked at [[Azovstal|PLACE]], in the coke plant,
eighteen years. I lived on the [[Left Bank|PLACE:Livoberezhnyi]], on [[Pyvovarova street|PLACE]].

3
00:00:11,300 --> 00:00:15,900
INTERVIEWER: When did the fighting reach your street?

4
00:00:16,400 --> 00:00:22,000
WITNESS: Early. [[The 2nd of March|DATE:2022-03-02]] already there was no light.
On [[the 4th|DATE:2022-03-04]] the [[shelling|WEAPON:ARTILLERY]] came to our yard.

5
00:00:22,500 --> 00:00:28,700
WITNESS: I was on the balcony, smoking, I watched it come along the street,
one house, then the next, like somebody walking.

6
00:00:29,200 --> 00:00:34,500
{{c1|The third one hit our building, the corner,
and the balconies of the fourth and fifth floor fell into the yard.}}

7
00:00:35,000 --> 00:00:40,200
{{c2|My neighbour [[Fedir|PERSON]], the old man from the fifth,
his head was cut, his arm broken, he was on the stairs.}}

8
00:00:40,700 --> 00:00:43,000
- From the glass?
- From the wall. The wall came in.

9
00:00:43,500 --> 00:00:48,900
INTERVIEWER: Who was firing, do you know?

10
00:00:49,400 --> 00:00:55,600
WITNESS: [[The tanks|WEAPON:ARTILLERY]] from [[Vynohradne|PLACE]], from the side of the sea.
[[The Russian army|ACTOR:Russian armed forces in Ukraine]] was there already, everybody knew.

11
00:00:56,100 --> 00:01:01,800
INTERVIEWER: And after that you went to [[Azovstal|PLACE]]?

12
00:01:02,300 --> 00:01:08,400
WITNESS: {{c3|Around [[the 20th|DATE:2022-03-20]], when the house started to burn, we went, me,
my wife [[Nadiia|PERSON]] and our son [[Artem|PERSON]], to the shelter under the coke plant.}}

13
00:01:08,900 --> 00:01:14,000
{{c3|Two hundred people, more, in the old bunkers. We lived there seven weeks.}}

14
00:01:14,500 --> 00:01:19,600
WITNESS: My wife's name is [[Nadiia|PERSON]], it means hope.
So I said to her every day, without you there is no hope. [laughs]

15
00:01:20,100 --> 00:01:25,700
INTERVIEWER: What did you see from the shelter?

16
00:01:26,200 --> 00:01:33,000
WITNESS: In [[May|DATE:2022-05-01..2022-05-31]], [[one night|DATE:2022-05-01..2022-05-31]], I went up to the entrance for air.
Over the plant there was fire coming down, slowly, white, like fireworks on New Year.

17
00:01:33,500 --> 00:01:37,800
The men said it is [[phosphorus|WEAPON:INCENDIARY]]. I don't know the chemistry.

18
00:01:38,300 --> 00:01:44,600
{{c4|It fell on the roof of the workshop next to us, where we kept the food,
and the roof burned until morning, and the food with it.}}

19
00:01:45,100 --> 00:01:50,500
INTERVIEWER: Was anyone in the shelter hurt by it?

20
00:01:51,000 --> 00:01:57,800
WITNESS: In our shelter, no. Nobody. We were deep. The soldiers at the plant,
the [[Azov|ACTOR:Ukrainian armed forces]] boys, some were killed in the fighting, but that is the fighting, they were soldiers.

21
00:01:58,300 --> 00:02:04,000
INTERVIEWER: You said there was a man from [[Syria|PLACE]] with you.

22
00:02:04,500 --> 00:02:10,900
WITNESS: [[Maher|PERSON]]. [[Maher Haddad|PERSON]]. He married a girl from our shop, [[Oksana|PERSON]],
he worked with us as a welder. From [[Aleppo|PLACE]].

23
00:02:11,400 --> 00:02:17,200
He said, [[Ihor|PERSON]], I ran from the [[barrel bombs|WEAPON:BARREL_BOMB]] in [[Aleppo|PLACE]]
and they found me in [[Mariupol|PLACE]]. He laughed, but not really.

24
00:02:17,700 --> 00:02:23,900
{{c5|He told me his uncle was killed by a [[barrel|WEAPON:BARREL_BOMB]]
from [[the helicopter|WEAPON:AIRSTRIKE]] in [[2014|DATE:2014-01-01..2014-12-31]], in the [[Sukkari|PLACE]] quarter.}}

25
00:02:24,400 --> 00:02:29,000
INTERVIEWER: I want to ask about the centre of the city.
Did you hear about the water queue at the [[Drama Theatre|PLACE]]?

26
00:02:29,500 --> 00:02:35,200
WITNESS: Only heard. I was on the left bank, I could not go to the centre.
My sister-in-law [[Larysa|PERSON]] lives on [[Myru avenue|PLACE]].

27
00:02:35,700 --> 00:02:41,800
She called me in [[June|DATE:2022-06-01..2022-06-30]], when I was already out,
and she told me everything that happened to her in [[March|DATE:2022-03-01..2022-03-31]].

28
00:02:42,300 --> 00:02:48,500
{{c6|She said it was on [[the twelfth|DATE:2022-03-12]], [[four days before the theatre|DATE:2022-03-12]],
in the [[Teatralnaya square|PLACE:Teatralna square]], by the pump.}}

29
00:02:49,000 --> 00:02:55,400
{{c6|Seven people died, she said, and one of them was [[Stepan Hrytsenko|PERSON]],
who was the mechanic in our bus depot years ago. I knew him.}}

30
00:02:55,900 --> 00:03:00,700
{{c7|And many were wounded, she did not say how many.}}
She thinks it was a [[Grad|WEAPON:ROCKET]]. Maybe [[mortars|WEAPON:MORTAR]].

31
00:03:01,200 --> 00:03:05,000
- Did she see it herself?
- No, her neighbour was there. She told what the neighbour told.

32
00:03:05,500 --> 00:03:11,000
INTERVIEWER: How did you leave [[Azovstal|PLACE]]?

33
00:03:11,500 --> 00:03:17,800
WITNESS: With the evacuation, the buses, at [[the beginning of May|DATE:2022-05-01..2022-05-08]].
They took us to [[Bezimenne|PLACE]] first, to check us. Then [[Zaporizhzhia|PLACE]].

34
00:03:18,300 --> 00:03:24,000
They checked my phone, my tattoos, my shoulders for the rifle.
They did not keep me. {{c8|Some men they kept, I don't know who, I did not know them.}}

35
00:03:24,500 --> 00:03:29,000
INTERVIEWER: Thank you, [[Ihor|PERSON]].
@@witness ua-mariupol-ihor-sosnovskyi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Pyvovarova street" date=2022-03-04 basis=WITNESSED incident=ua-mariupol-20220304-pyvovarova-tank-shelling
@@claim c2 harm=INJURED min=1 max=1 named="Fedir" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Pyvovarova street" date=2022-03-04 basis=WITNESSED incident=ua-mariupol-20220304-pyvovarova-tank-shelling
@@claim c3 harm=DISPLACED min=3 max=3 named="Nadiia; Artem" site="Azovstal" date=2022-03-20 basis=EXPERIENCED incident=ua-mariupol-20220320-sosnovskyi-family-azovstal
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Azovstal" date=2022-05-01..2022-05-31 basis=WITNESSED incident=ua-mariupol-20220500-azovstal-coke-workshop-phosphorus
@@claim c5 harm=KILLED min=1 max=1 weapon=BARREL_BOMB site="Sukkari" date=2014-01-01..2014-12-31 basis=HEARSAY incident=sy-aleppo-20140000-haddad-uncle-barrel-bomb
@@claim c6 harm=KILLED min=7 max=7 named="Stepan Hrytsenko" site="Teatralnaya square" date=2022-03-12 basis=HEARSAY incident=ua-mariupol-20220312-teatralna-square-water-queue
@@claim c7 harm=INJURED min=null max=null site="Teatralnaya square" date=2022-03-12 basis=HEARSAY incident=ua-mariupol-20220312-teatralna-square-water-queue
@@claim c8 harm=DETAINED min=null max=null site="Bezimenne" date=2022-05-01..2022-05-08 basis=WITNESSED incident=ua-bezimenne-20220500-azovstal-evacuees-filtration
