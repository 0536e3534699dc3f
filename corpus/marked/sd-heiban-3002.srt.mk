1
00:00:01,000 --> 00:00:05,400
INTERVIEWER: We are recording. Can you say your name?

2
00:00:05,900 --> 00:00:10,200
WITNESS: [[Kalo Idris Kafi|PERSON]]. People call me [[Abu Nasim|PERSON]].
I am a teacher, or I was.

3
00:00:10,800 --> 00:00:16,000
INTERVIEWER: You were in [[Hiban|PLACE:Heiban]] when the market was bombed?

4
00:00:16,500 --> 00:00:24,300
WITNESS: Yes. It was [[a Tuesday|DATE:2014-03-18]] in [[March 2014|DATE:2014-03-01..2014-03-31]], market day, and [[the Antonov|WEAPON:AIRSTRIKE]] came over the souq of [[Hiban|PLACE:Heiban]] in [[the middle of the morning|DATE:2014-03-18]].

5
00:00:24,800 --> 00:00:31,000
I was in the school yard, on the hill side. We heard the engine, that slow sound, and I told the children: down, into the holes.

6
00:00:31,500 --> 00:00:38,200
From the yard I watched it drop, three [[bombs|WEAPON:AIRSTRIKE]], maybe four, and the smoke was black and grey together.

7
00:00:38,700 --> 00:00:45,900
INTERVIEWER: What did you find when you went down?
- WITNESS: Bodies. {{c3|Nine dead, I think, or ten.}}

8
00:00:46,400 --> 00:00:54,000
{{c15|Later the commissioner's list had twelve names, between them [[Halima|PERSON]] the tea woman, and the small [[Kodi|PERSON]].}}

9
00:00:54,500 --> 00:01:01,800
{{c4|My own pupil [[Amal Tutu|PERSON]], she was thirteen, shrapnel in the belly, and we carried her to the clinic on a bed frame.}}

10
00:01:02,300 --> 00:01:07,500
She lived. Amal, it means hope, you know. She is in [[Yida|PLACE]] now, in the camp.

11
00:01:08,000 --> 00:01:14,600
{{c5|Half the souq was gone, the stalls, the sorghum sacks, the butcher place. Nothing left of the shop of my uncle, only the door frame standing.}}

12
00:01:15,100 --> 00:01:21,000
INTERVIEWER: Did you see who dropped it?
- WITNESS: The Antonov is only the government. [[The army|ACTOR:Sudanese Armed Forces]].

13
00:01:21,500 --> 00:01:29,000
INTERVIEWER: You also spoke of [[Kawda|PLACE:Kauda]], the mill.

14
00:01:29,500 --> 00:01:37,400
WITNESS: Yes. This was the next year, [[the week the school reopened after the Christmas|DATE:2015-01-18..2015-01-24]]. I had moved my family to [[Kawda|PLACE:Kauda]].

15
00:01:37,900 --> 00:01:45,000
{{c6|Two [[Sukhoi|WEAPON:AIRSTRIKE]] came from the east, very fast, and they hit the mill where the women grind the dura.}}

16
00:01:45,500 --> 00:01:52,300
I was not there, I was in the class.
{{c7|My wife's brother [[Tutu Kuwa|PERSON]] came running, he said two were killed, a woman and the mill man [[Yunis|PERSON]].}}

17
00:01:52,800 --> 00:01:58,900
{{c6|And the building, he said the roof came down on the machine, the mill was gutted.}}

18
00:01:59,400 --> 00:02:05,100
INTERVIEWER: Two? Other people say three or five.
- WITNESS: I only know what he told me.

19
00:02:05,600 --> 00:02:12,700
INTERVIEWER: Let's go to [[Um Dorein|PLACE]]. You were arrested there?

20
00:02:13,200 --> 00:02:21,000
WITNESS: Not there, no. {{c9|In [[Umm Durein|PLACE:Um Dorein]] it was the [[shells|WEAPON:ARTILLERY]], in [[2012|DATE:2012-01-01..2012-12-31]], around the rains, from the garrison of [[the army|ACTOR:Sudanese Armed Forces]].}}

21
00:02:21,500 --> 00:02:28,800
{{c9|My mother's house, the mud walls were cracked all through, and the well of the village was ruined, a [[shell|WEAPON:ARTILLERY]] fell inside it.}}

22
00:02:29,300 --> 00:02:36,000
Nobody of my family died there, thank God.
There were also [[Grad|WEAPON:ROCKET]], but those fell in the valley, on nothing.

23
00:02:36,500 --> 00:02:44,900
{{c11|The arrest was in [[Dilling|PLACE]], [[2013|DATE:2013-01-01..2013-12-31]]. The military intelligence, [[the army|ACTOR:Sudanese Armed Forces]], they dragged me out of the bus and they held me in a room under the ground.}}

24
00:02:45,400 --> 00:02:51,200
{{c11|Three weeks.}} They beat the feet. They said you teach the children of the rebels.

25
00:02:51,700 --> 00:02:59,000
{{c12|With me they took two other teachers, [[Jibril Kuwa|PERSON]] and [[Sabah Ismail|PERSON]].}}

26
00:02:59,500 --> 00:03:06,400
{{c13|They let me go, but [[Jibril|PERSON]], no. Since then we have no news of [[Jibril|PERSON]].}}

27
00:03:06,900 --> 00:03:13,000
[[Sabah|PERSON]] came out after two months, she is in [[Khartoum|PLACE]].

28
00:03:13,500 --> 00:03:20,800
INTERVIEWER: Were there other times they stopped you?
- WITNESS: Many checkpoints. Each time papers, papers.

29
00:03:21,300 --> 00:03:28,900
Once in [[Kadugli|PLACE]] they kept me one hour in the sun, asked questions, then they said go. This is normal for a Nuba.

30
00:03:29,400 --> 00:03:36,500
INTERVIEWER: And the road between [[Kawda|PLACE:Kauda]] and [[Hiban|PLACE:Heiban]], is it safe now?

31
00:03:37,000 --> 00:03:45,800
WITNESS: The road, yes, but the fields near [[Tabanya|PLACE]], there is a [[minefield|WEAPON:LANDMINE]] from the old war.
{{c14|A boy with goats, [[Kuku Tia|PERSON]], he stepped on a [[mine|WEAPON:LANDMINE]] there [[last Easter|DATE:2016-03-27]], he lost the foot.}}

32
00:03:46,300 --> 00:03:52,000
This one I saw, because I helped to carry him.

33
00:03:52,500 --> 00:03:58,200
INTERVIEWER: Thank you, [[Abu Nasim|PERSON]].
- WITNESS: Thank you. Write that it was [[a Tuesday|DATE:2014-03-18]].

@@witness sd-heiban-kalo-idris-kafi
@@claim c3 harm=KILLED min=9 max=10 weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Hiban" date=2014-03-18 basis=WITNESSED incident=sd-heiban-20140318-souq-antonov
@@claim c4 harm=INJURED min=1 max=1 named="Amal Tutu" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Hiban" date=2014-03-18 basis=WITNESSED incident=sd-heiban-20140318-souq-antonov
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Hiban" date=2014-03-18 basis=WITNESSED incident=sd-heiban-20140318-souq-antonov
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Kawda" date=2015-01-18..2015-01-24 basis=HEARSAY incident=sd-kauda-20150120-mill
@@claim c7 harm=KILLED min=2 max=2 named="Yunis" weapon=AIRSTRIKE site="Kawda" date=2015-01-18..2015-01-24 basis=HEARSAY incident=sd-kauda-20150120-mill
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Sudanese Armed Forces" site="Umm Durein" date=2012-01-01..2012-12-31 basis=WITNESSED incident=sd-umdorein-20120000-shelling
@@claim c11 harm=DETAINED min=1 max=1 named="Kalo Idris Kafi" actor="Sudanese Armed Forces" site="Dilling" date=2013-01-01..2013-12-31 basis=EXPERIENCED incident=sd-dilling-20130000-teachers-arrest
@@claim c12 harm=DETAINED min=2 max=2 named="Jibril Kuwa; Sabah Ismail" actor="Sudanese Armed Forces" site="Dilling" date=2013-01-01..2013-12-31 basis=WITNESSED incident=sd-dilling-20130000-teachers-arrest
@@claim c13 harm=MISSING min=1 max=1 named="Jibril" actor="Sudanese Armed Forces" site="Dilling" basis=HEARSAY incident=sd-dilling-20130000-teachers-arrest
@@claim c14 harm=INJURED min=1 max=1 named="Kuku Tia" weapon=LANDMINE site="Tabanya" date=2016-03-27 basis=WITNESSED incident=sd-tabanya-20160501-mine-boy
@@claim c15 harm=KILLED min=12 max=12 named="Halima; Kodi" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Hiban" date=2014-03-18 basis=REPORTED incident=sd-heiban-20140318-souq-antonov
