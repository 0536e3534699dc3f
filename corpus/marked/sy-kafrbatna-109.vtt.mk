WEBVTT

NOTE
Interview EG-109. Arabic with English voice-over.
Timings are approximate after editing.

1
00:00:00.500 --> 00:00:04.000
<v Interviewer>Please introduce yourself.

2
00:00:04.500 --> 00:00:11.000
<v Obada>My name is [[Obada al-Khatib|PERSON]]. I was a nursing assistant
in the field hospital of [[Kafr Batna|PLACE]], in [[Eastern Ghouta|PLACE]].

3
00:00:11.500 --> 00:00:17.000
<v Obada>The hospital was under the ground, in a basement,
because above the ground nothing stays.

4
00:00:17.500 --> 00:00:21.000
<v Interviewer>When did the big offensive on [[Ghouta|PLACE:Eastern Ghouta]] start for you?

5
00:00:21.500 --> 00:00:28.000
<v Obada>[[The 18th of February|DATE:2018-02-18]]. From [[that night|DATE:2018-02-18]] [[the planes|WEAPON:AIRSTRIKE]],
the [[helicopter bombs|WEAPON:BARREL_BOMB]], the [[rockets|WEAPON:ROCKET]], without stopping.

6
00:00:28.500 --> 00:00:35.000
<v Obada>We slept in the hospital. Nobody went home.
Some days we received one hundred wounded.

7
00:00:35.500 --> 00:00:40.000
<v Interviewer>I want to ask you about [[the night of 7 March|DATE:2018-03-07]].

8
00:00:40.500 --> 00:00:46.000
<v Obada>Yes. [[Wednesday|DATE:2018-03-07]]. I remember it well.
[[After the evening prayer|DATE:2018-03-07]], maybe [[nine o'clock|DATE:2018-03-07]].

9
00:00:46.500 --> 00:00:53.000
<v Obada>A [[helicopter|WEAPON:AIRSTRIKE]] dropped something near the square,
two hundred metres from us. Not a big explosion.

10
00:00:53.500 --> 00:01:00.000
<v Obada>[[After ten minutes|DATE:2018-03-07]] people started coming to us,
coughing, their eyes red, foam on the mouth of some.

11
00:01:00.500 --> 00:01:06.000
<v Obada>And the smell. Like bleach, like the [[chlorine|WEAPON:CHEMICAL]]
of the swimming pool, but very strong.

12
00:01:06.500 --> 00:01:10.000
<v Interviewer>How many people did you treat?

13
00:01:10.500 --> 00:01:17.000
<v Obada>{{c1|I wrote the names on the wall with a marker,
twenty-seven cases of suffocation, [[that night|DATE:2018-03-07]].}}

14
00:01:17.500 --> 00:01:23.000
<v Obada>We washed them with water, [[Bayan|PERSON]] and I, we gave oxygen,
but we had only four bottles of oxygen.

15
00:01:23.500 --> 00:01:28.000
<v Interviewer>Did anyone die?

16
00:01:28.500 --> 00:01:35.000
<v Obada>{{c2|Two. An old man, Hajj [[Abdulrahman Daqqaq|PERSON]],
he had asthma before, and a baby girl, [[Lujain|PERSON]], eight months.}}

17
00:01:35.500 --> 00:01:41.000
<v Obada>{{c2|They died in front of me, in the hospital.}}
The baby, her mother was holding her. [crying]

18
00:01:41.500 --> 00:01:44.000
<v Interviewer>We can pause.

19
00:01:44.500 --> 00:01:51.000
<v Obada>No, I continue. Other people say more died in the basements
near the square. Maybe. I tell only what I saw.

20
00:01:51.500 --> 00:01:55.000
<v Interviewer>Who do you believe was responsible?

21
00:01:55.500 --> 00:02:02.000
<v Obada>Who has helicopters? [[The regime|ACTOR:Syrian government forces]].
[[Faylaq al-Rahman|ACTOR:Syrian armed opposition]] had no helicopters.

22
00:02:02.500 --> 00:02:08.000
<v Obada>And the fighters were at the front, in [[Hazzeh|PLACE]],
not in the square. There was no position there.

23
00:02:08.500 --> 00:02:13.000
<v Interviewer>Did you see other kinds of weapons in those weeks?

24
00:02:13.500 --> 00:02:20.000
<v Obada>Fire. Some nights it came from the sky like burning rain,
on [[Arbin|PLACE]] and on us. People called it [[napalm|WEAPON:INCENDIARY]].

25
00:02:20.500 --> 00:02:27.000
<v Obada>{{c3|We received burns that do not stop, deep,
a boy from [[Arbin|PLACE]], [[Tamim|PERSON]], fourteen, his back was all burned.}}

26
00:02:27.500 --> 00:02:32.000
<v Obada>The [[napalm|WEAPON:INCENDIARY]] was [[the beginning of March|DATE:2018-03-01..2018-03-05]], I think, some days before the [[gas|WEAPON:CHEMICAL]].

27
00:02:32.500 --> 00:02:36.000
<v Interviewer>When did you leave [[Kafr Batna|PLACE]]?

28
00:02:36.500 --> 00:02:44.000
<v Obada>{{c4|[[The 24th of March|DATE:2018-03-24]], on the green buses, to [[Idlib|PLACE]].
Me, my wife [[Razan|PERSON]] and my mother.}}

29
00:02:44.500 --> 00:02:51.000
<v Obada>The doctor of the hospital, Dr. [[Wassim|PERSON]], he stayed one more day
to close the hospital, then he came on the last bus.

30
00:02:51.500 --> 00:02:56.000
<v Interviewer>Is there anything else you want to say, [[Obada|PERSON]]?

31
00:02:56.500 --> 00:03:03.000
<v Obada>The wall with the names. I took a photo of it before we left.
I can send it to you. Twenty-seven names.
@@claim c1 harm=INJURED min=27 max=27 weapon=CHEMICAL actor="Syrian government forces" site="Kafr Batna" date=2018-03-07 basis=WITNESSED incident=sy-kafrbatna-20180307-chlorine
@@claim c2 harm=KILLED min=2 max=2 named="Abdulrahman Daqqaq; Lujain" weapon=CHEMICAL actor="Syrian government forces" site="Kafr Batna" date=2018-03-07 basis=WITNESSED incident=sy-kafrbatna-20180307-chlorine
@@claim c3 harm=INJURED min=1 max=1 named="Tamim" weapon=INCENDIARY site="Arbin" date=2018-03-01..2018-03-05 basis=WITNESSED incident=sy-arbin-20180300-incendiary
@@claim c4 harm=DISPLACED min=3 max=3 named="Razan" site="Kafr Batna" date=2018-03-24 basis=EXPERIENCED incident=sy-kafrbatna-20180324-evacuation-buses
@@witness sy-kafrbatna-obada-khatib
