1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: Please tell us your name.

2
00:00:04,600 --> 00:00:09,800
WITNESS: [[Hind al-Ahmad|PERSON]]. In the camp they know me as [[Umm Bilal|PERSON]].

3
00:00:10,200 --> 00:00:15,500
I am from [[Boukamal|PLACE:Albu Kamal]], on the border, near [[Iraq|PLACE]].

4
00:00:16,000 --> 00:00:20,400
INTERVIEWER: Your husband was taken by [[Daesh|ACTOR:Islamic State]]?
- Yes.

5
00:00:20,800 --> 00:00:27,900
WITNESS: {{c1|My husband [[Saleh|PERSON]], [[Abu Bilal|PERSON]]. They took him
at the big mosque, [[after the Friday prayer|DATE:2017-08-25]], [[one week before Eid al-Adha|DATE:2017-08-25]].}}

6
00:00:28,300 --> 00:00:33,100
{{c2|Nine or ten men they took [[that Friday|DATE:2017-08-25]], my son said, from the two doors.}}

7
00:00:33,500 --> 00:00:39,000
My son [[Bilal|PERSON]] was with his father. They asked him his name, his age,
and they pushed him away. They let him go home.

8
00:00:39,400 --> 00:00:42,000
[crying]

9
00:00:42,500 --> 00:00:48,300
INTERVIEWER: Take your time. What happened after?

10
00:00:48,700 --> 00:00:55,600
WITNESS: {{c3|In [[the month after|DATE:2017-09-01..2017-09-30]], the [[hisba|ACTOR:Islamic State]] read the names in the mosque,
the names of those who are "in the court". Eleven names.}}

11
00:00:56,000 --> 00:01:01,400
{{c3|[[Saleh|PERSON]] was in the list, and my brother [[Adnan|PERSON]] also, and [[Mahmoud|PERSON]] the phone seller.}}

12
00:01:01,800 --> 00:01:08,200
{{c4|Then shepherds found two bodies in the desert, near [[al-Hiri|PLACE]]. One was [[Adnan|PERSON]].
We knew him from his ring.}}

13
00:01:08,600 --> 00:01:13,900
{{c4|We washed him and we buried him [[the same day|DATE]].}}

14
00:01:14,300 --> 00:01:19,700
{{c5|[[Saleh|PERSON]], nothing. Not a body, not a paper. Until today I don't know where he is.}}

15
00:01:20,100 --> 00:01:24,000
INTERVIEWER: When did you leave [[Abu Kamal|PLACE:Albu Kamal]]?

16
00:01:24,400 --> 00:01:31,800
WITNESS: {{c6|When the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] came, in [[November|DATE:2017-11-01..2017-11-30]]. [[The army|ACTOR:Syrian government forces]] from one side,
the [[Iranians|ACTOR:Iranian forces]] from the other. Three houses of the [[al-Ahmad|PERSON]] family,}}

17
00:01:32,200 --> 00:01:36,500
{{c6|the house of my father-in-law and his two sons, all three fell.}}

18
00:01:36,900 --> 00:01:42,000
{{c7|We went to [[al-Baghuz|PLACE:Baghuz]] on a tractor, then to [[Hajin|PLACE]]. [[Twenty days later|DATE:2017-11-20..2017-12-31]], to [[al-Shafa|PLACE]].}}

19
00:01:42,400 --> 00:01:46,000
INTERVIEWER: Did you go back home at some point?

20
00:01:46,400 --> 00:01:53,000
WITNESS: Yes. In [[the spring of 2018|DATE:2018-03-01..2018-05-31]] we went back,
through the desert, because the [[SDF|ACTOR:Syrian Democratic Forces]] side was hard.

21
00:01:53,400 --> 00:02:00,200
{{c9|At the checkpoint of the [[Fatemiyoun|ACTOR:Iranian forces]] at the entrance of the town
they took [[Bilal|PERSON]]. They said he is with [[Daesh|ACTOR:Islamic State]] because his father is in their prison.}}

22
00:02:00,600 --> 00:02:05,800
{{c9|They kept him eighteen days. I paid a man to get him out.}}

23
00:02:06,200 --> 00:02:12,000
{{c10|After that we left again, [[the same month|DATE:2018-03-01..2018-05-31]], to [[Hasakah|PLACE]], and from there here.}}

24
00:02:12,400 --> 00:02:17,300
- And you did not try again?
- No. If they take [[Bilal|PERSON]] again, he will not come back.
@@witness sy-albukamal-hind-alahmad
@@claim c1 harm=DETAINED min=1 max=1 named="Saleh; Abu Bilal" actor="Islamic State" site="Boukamal" date=2017-08-25 basis=HEARSAY incident=sy-albukamal-20170825-kabir-mosque-arrests
@@claim c2 harm=DETAINED min=9 max=10 actor="Islamic State" site="Boukamal" date=2017-08-25 basis=HEARSAY incident=sy-albukamal-20170825-kabir-mosque-arrests
@@claim c3 harm=DETAINED min=11 max=11 named="Saleh; Adnan; Mahmoud" actor="Islamic State" site="Boukamal" date=2017-09-01..2017-09-30 basis=REPORTED incident=sy-albukamal-20170825-kabir-mosque-arrests
@@claim c4 harm=KILLED min=2 max=2 named="Adnan" actor="Islamic State" site="al-Hiri" date=2017-09-01..2017-09-30 basis=HEARSAY incident=sy-albukamal-20170825-kabir-mosque-arrests
@@claim c5 harm=MISSING min=1 max=1 named="Saleh" actor="Islamic State" site="Boukamal" date=2017-08-25 basis=EXPERIENCED incident=sy-albukamal-20170825-kabir-mosque-arrests
@@claim c6 harm=PROPERTY_DAMAGE min=3 max=3 weapon=EXPLOSIVE_UNSPECIFIED actor="Syrian government forces" site="Abu Kamal" date=2017-11-01..2017-11-30 basis=WITNESSED incident=sy-albukamal-20171100-alahmad-three-houses
@@claim c7 harm=DISPLACED min=null max=null site="Abu Kamal" date=2017-11-01..2017-11-30 basis=EXPERIENCED incident=sy-albukamal-20171100-alahmad-family-flight
@@claim c9 harm=DETAINED min=1 max=1 named="Bilal" actor="Iranian forces" site="Boukamal" date=2018-03-01..2018-05-31 basis=WITNESSED incident=sy-albukamal-20180000-bilal-fatemiyoun-checkpoint
@@claim c10 harm=DISPLACED min=null max=null site="Boukamal" date=2018-03-01..2018-05-31 basis=EXPERIENCED incident=sy-albukamal-20180000-alahmad-second-flight
