1
00:00:00,800 --> 00:00:05,600
INTERVIEWER: Thank you for meeting us.
Can you tell us your name?

2
00:00:06,100 --> 00:00:11,900
WITNESS: [[Arpi Kassabian|PERSON]]. I am a teacher,
I teach French in a school in [[al-Midan|PLACE]].

3
00:00:12,400 --> 00:00:18,700
INTERVIEWER: You lived in the western part of [[Aleppo|PLACE]]
during the war, on the government side?

4
00:00:19,200 --> 00:00:25,100
WITNESS: Yes, all the time. In [[al-Midan|PLACE]], then,
after [[2015|DATE:2015-01-01..2015-12-31]], in [[al-Hamdaniya|PLACE]], with my sister [[Nayiri|PERSON]].

5
00:00:25,600 --> 00:00:30,800
INTERVIEWER: Why did you move
from [[al-Midan|PLACE]]?

6
00:00:31,300 --> 00:00:38,200
WITNESS: Because of the [[mortars|WEAPON:MORTAR]]. [[Al-Midan|PLACE]] was very close
to the front line, to [[Bustan al-Basha|PLACE]].

7
00:00:38,700 --> 00:00:44,900
Every day the [[hawn|WEAPON:MORTAR]], we say hawn,
and the sound before it falls, very short.

8
00:00:45,400 --> 00:00:51,800
- Did something happen to your family?
- My uncle [[Hagop|PERSON]]. In [[April 2015|DATE:2015-04-01..2015-04-30]],

9
00:00:52,300 --> 00:00:58,600
[[the week of Easter|DATE:2015-04-01..2015-04-12]]. {{c1|He was standing at the door
of his shop, and a [[mortar round|WEAPON:MORTAR]] fell in the street.}}

10
00:00:59,100 --> 00:01:04,300
{{c1|He died in the ambulance,
before the hospital.}} He was sixty-eight.

11
00:01:04,800 --> 00:01:11,200
{{c2|Two other men were wounded, the baker [[Abu Garo|PERSON]]
and his son [[Garo|PERSON]]. I saw them, I was on the balcony.}}

12
00:01:11,700 --> 00:01:15,300
INTERVIEWER: Do you know who fired it?

13
00:01:15,800 --> 00:01:22,700
WITNESS: From [[Bustan al-Basha|PLACE]], from [[the armed groups|ACTOR:Syrian armed opposition]].
This is where they came from, always.

14
00:01:23,200 --> 00:01:28,900
- Was there an [[army|ACTOR:Syrian government forces]] position near the shop?
- No. There was no [[army|ACTOR:Syrian government forces]] in our street. Shops and houses.

15
00:01:29,400 --> 00:01:35,300
INTERVIEWER: And in [[al-Hamdaniya|PLACE]],
were you safer there?

16
00:01:35,800 --> 00:01:42,700
WITNESS: Safer, yes, until [[October 2016|DATE:2016-10-01..2016-10-31]]. When [[the rebels|ACTOR:Syrian armed opposition]]
and [[Nusra|ACTOR:Hayat Tahrir al-Sham]] attacked to break the siege of the east.

17
00:01:43,200 --> 00:01:49,000
Then the [[rockets|WEAPON:ROCKET]], the [[Grad|WEAPON:ROCKET]],
all day, on [[al-Hamdaniya|PLACE]], on [[New Aleppo|PLACE]].

18
00:01:49,500 --> 00:01:55,800
INTERVIEWER: Was there a particular day
that you remember?

19
00:01:56,300 --> 00:02:02,900
WITNESS: [[The 30th of October|DATE:2016-10-30]]. [[Sunday|DATE:2016-10-30]].
We were at home, the school was closed because of the [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]].

20
00:02:03,400 --> 00:02:09,800
{{c3|A [[rocket|WEAPON:ROCKET]] fell in the street in front of the bakery,
where people were waiting in the line.}}

21
00:02:10,300 --> 00:02:16,600
{{c3|The daughter of our neighbour, [[Lamar|PERSON]],
fifteen, she was in the line. She was killed.}}

22
00:02:17,100 --> 00:02:22,800
[crying]

23
00:02:23,300 --> 00:02:28,900
INTERVIEWER: I am sorry.
Were other people killed?

24
00:02:29,400 --> 00:02:36,200
WITNESS: {{c4,c6|The television said seven were killed
in [[al-Hamdaniya|PLACE]] [[that day|DATE:2016-10-30]], and more than twenty wounded.}}

25
00:02:36,700 --> 00:02:41,900
I saw [[Lamar|PERSON]] only. And [[Abu Samer|PERSON]],
her father, holding her.

26
00:02:42,400 --> 00:02:48,100
INTERVIEWER: Did the attacks on [[al-Hamdaniya|PLACE]]
continue after that?

27
00:02:48,600 --> 00:02:55,900
WITNESS: Until [[December|DATE:2016-12-01..2016-12-31]]. {{c5|My building was hit in [[November|DATE:2016-11-01..2016-11-30]],
the top floor, a [[mortar shell|WEAPON:MORTAR]], I think.}}

28
00:02:56,400 --> 00:03:01,200
Nobody was hurt. We were in the stairway,
we always sat in the stairway.

29
00:03:01,700 --> 00:03:07,900
INTERVIEWER: Is there anything you want to add?

30
00:03:08,400 --> 00:03:15,300
WITNESS: Only that in the east and in the west,
it was the same fear. My friend [[Maral|PERSON]] says it also.

31
00:03:15,800 --> 00:03:21,900
We lit candles for [[Lamar|PERSON]] in the church,
with Father [[Boghos|PERSON]], even though she was Muslim.
@@claim c1 harm=KILLED min=1 max=1 named="Hagop" weapon=MORTAR actor="Syrian armed opposition" site="al-Midan" date=2015-04-01..2015-04-12 basis=WITNESSED incident=sy-aleppo-20150400-midan-shop-mortar
@@claim c2 harm=INJURED min=2 max=2 named="Abu Garo; Garo" weapon=MORTAR actor="Syrian armed opposition" site="al-Midan" date=2015-04-01..2015-04-12 basis=WITNESSED incident=sy-aleppo-20150400-midan-shop-mortar
@@claim c3 harm=KILLED min=1 max=1 named="Lamar" weapon=ROCKET actor="Syrian armed opposition" site="al-Hamdaniya" date=2016-10-30 basis=WITNESSED incident=sy-aleppo-20161030-hamdaniya-bakery-rocket
@@claim c4 harm=KILLED min=7 max=7 weapon=ROCKET site="al-Hamdaniya" date=2016-10-30 basis=REPORTED incident=sy-aleppo-20161030-hamdaniya-bakery-rocket
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="al-Hamdaniya" date=2016-11-01..2016-11-30 basis=EXPERIENCED incident=sy-aleppo-20161100-hamdaniya-kassabian-building
@@claim c6 harm=INJURED min=21 max=null weapon=ROCKET site="al-Hamdaniya" date=2016-10-30 basis=REPORTED incident=sy-aleppo-20161030-hamdaniya-bakery-rocket
@@witness sy-aleppo-arpi-kassabian
