1
00:00:00,800 --> 00:00:04,000
INTERVIEWER: Can you say your name for the recording?

2
00:00:04,400 --> 00:00:08,900
WITNESS: [[Fuad Ghaleb al-Absi|PERSON]]. I drive the water truck,
the truck of the Ahl al-Khair charity, the merchants pay for it.

3
00:00:09,400 --> 00:00:13,600
INTERVIEWER: You were at the water point in [[Qahira|PLACE:al-Qahira]] [[that morning|DATE]]?

4
00:00:14,100 --> 00:00:19,200
WITNESS: Yes, [[the fourth of September|DATE:2016-09-04]], [[2016|DATE:2016-01-01..2016-12-31]].
I remember because it was three days before my daughter's wedding.

5
00:00:19,700 --> 00:00:25,300
WITNESS: I came at seven and a half. The line was long, maybe eighty people,
most of them children, because the men don't go, the [[sniper|WEAPON:SMALL_ARMS]] is looking for men.

6
00:00:25,800 --> 00:00:31,000
WITNESS: {{c1|I was filling the tank, standing on the truck, and the first [[mortar|WEAPON:MORTAR]] fell
maybe thirty metres away, on the wall of the [[Bab Mousa|PLACE:Bab Musa]] school.}}

7
00:00:31,500 --> 00:00:36,400
WITNESS: {{c2|The second one fell in the line. In the middle of the children.
I was thrown from the truck, I broke my arm, this one.}}

8
00:00:36,900 --> 00:00:41,200
- Did you lose consciousness?
- No. I saw everything. I wish I did not.

9
00:00:41,700 --> 00:00:48,300
WITNESS: {{c3|Eight died. I am sure of eight, because I went to the funeral of all of them,
five children, two women and [[Abdo|PERSON]], [[Abdo Qasim|PERSON]], the old man who helped me with the line.}}

10
00:00:48,800 --> 00:00:53,600
WITNESS: {{c3|The children, I knew them, [[Reem|PERSON]], [[Sami Nasher|PERSON]],
the two brothers of the [[Hazzaa|PERSON]] family, [[Osama|PERSON]] and [[Hisham|PERSON]].}}

11
00:00:54,100 --> 00:00:59,800
WITNESS: {{c4|Injured, twenty, twenty-five. The boy [[Wajdi|PERSON]],
son of [[Umm Ayman|PERSON]], his leg was open.}}

12
00:01:00,300 --> 00:01:03,500
INTERVIEWER: Where did the [[shells|WEAPON:MORTAR]] come from, in your view?

13
00:01:04,000 --> 00:01:10,200
WITNESS: From the east. The [[Ansar Allah|ACTOR:Houthis]] positions above [[al-Jahmaliyah|PLACE]].
We know the sound, it comes from there every day.

14
00:01:10,700 --> 00:01:16,500
WITNESS: Some people said it was a mistake, they wanted [[the Resistance|ACTOR:Yemeni government forces]] position near the castle.
But there was no position at the tank. Only water.

15
00:01:17,000 --> 00:01:21,600
INTERVIEWER: Did you continue to bring water after this?

16
00:01:22,100 --> 00:01:28,400
WITNESS: After two months, when my arm was good. We moved the point inside,
to the yard of the [[al-Saeed school|PLACE]], and there was no shelling on the new point, not once.

17
00:01:28,900 --> 00:01:34,300
WITNESS: {{c5|But in [[October|DATE:2016-10-01..2016-10-31]], before we moved, the old point was hit again,
[[the 23rd|DATE:2016-10-23]], at [[night|DATE]], when nobody was there. The tank was destroyed, only metal.}}

18
00:01:34,800 --> 00:01:38,600
INTERVIEWER: Nobody was hurt that time?

19
00:01:39,100 --> 00:01:44,000
WITNESS: Nobody. Thank God, at [[night|DATE]]. If it was the morning, I don't want to think.

20
00:01:44,500 --> 00:01:50,900
WITNESS: {{c6|And my own house, in [[Salah|PLACE]] district, [[Hay Salah|PLACE:Salah]],
was hit by a [[Katyusha|WEAPON:ROCKET]] in [[2015|DATE:2015-01-01..2015-12-31]], the roof fell.}}

21
00:01:51,400 --> 00:01:57,600
WITNESS: {{c7|So we left [[Salah|PLACE]], we are living in [[al-Qahira|PLACE]] with my wife's family,
fourteen people in three rooms.}}

22
00:01:58,100 --> 00:02:03,600
INTERVIEWER: You said earlier the [[sniper|WEAPON:SMALL_ARMS]] targets men. Has that happened near you?

23
00:02:04,100 --> 00:02:10,900
WITNESS: {{c8|My cousin [[Tawfiq|PERSON]], [[Tawfeeq|PERSON]] we say, he was shot in the thigh at the [[Asifrah|PLACE]] crossing,
[[last Eid|DATE:2016-09-11..2016-09-14]], the big Eid, [[Eid al-Adha|DATE:2016-09-11..2016-09-14]].}}

24
00:02:11,400 --> 00:02:15,900
WITNESS: He lived. He has a stick now.
They shoot at the legs first, then the head. This is what they do.

25
00:02:16,400 --> 00:02:21,800
INTERVIEWER: Thank you, [[Fuad|PERSON]]. Is there anything you want to add?

26
00:02:22,300 --> 00:02:28,000
WITNESS: Tell them the names. [[Reem|PERSON]]. [[Sami|PERSON]]. [[Osama|PERSON]]. [[Hisham|PERSON]].
[[Abdo|PERSON]]. Write the names.

@@witness ye-taiz-fuad-alabsi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Houthis" site="Bab Mousa" date=2016-09-04 basis=WITNESSED incident=ye-taiz-20160904-water-tank
@@claim c2 harm=INJURED min=1 max=1 weapon=MORTAR actor="Houthis" site="Bab Mousa" date=2016-09-04 basis=EXPERIENCED incident=ye-taiz-20160904-water-tank
@@claim c3 harm=KILLED min=8 max=8 named="Abdo Qasim; Reem; Sami Nasher; Osama; Hisham" weapon=MORTAR actor="Houthis" site="Bab Mousa" date=2016-09-04 basis=WITNESSED incident=ye-taiz-20160904-water-tank
@@claim c4 harm=INJURED min=20 max=25 named="Wajdi" weapon=MORTAR actor="Houthis" site="Bab Mousa" date=2016-09-04 basis=WITNESSED incident=ye-taiz-20160904-water-tank
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Bab Mousa" date=2016-10-23 basis=HEARSAY incident=ye-taiz-20161023-water-tank
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Salah" date=2015-01-01..2015-12-31 basis=EXPERIENCED incident=ye-taiz-20150000-salah-house
@@claim c7 harm=DISPLACED min=null max=null weapon=ROCKET site="Salah" date=2015-01-01..2015-12-31 basis=EXPERIENCED incident=ye-taiz-20150000-salah-house
@@claim c8 harm=INJURED min=1 max=1 named="Tawfiq" weapon=SMALL_ARMS site="Asifrah" date=2016-09-11..2016-09-14 basis=HEARSAY incident=ye-taiz-20160911-asifrah-sniper
