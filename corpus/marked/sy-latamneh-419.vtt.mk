WEBVTT - interview SY-HMA-419

NOTE
Interview ID: SY-HMA-419
Date of interview: 6 March 2018
Place of interview: Sarmada, Idlib governorate
Language: Arabic; captions are the interpreter's English
Interviewer: Mark Ellison. Interpreter: Hiba Khatib.

q01
00:00:02.000 --> 00:00:06.000
<v Interviewer>Thank you for meeting us. What did you do in [[Latamneh|PLACE]]?

a01
00:00:06.800 --> 00:00:14.500
<v Rasha>My name is [[Rasha|PERSON]]. I taught the second and third class
in the primary school of [[Latamna|PLACE:Latamneh]], for nine years.

q02
00:00:15.000 --> 00:00:20.000
<v Interviewer>We have spoken to other people about the attack near the school.
Can you tell us what you remember?

a02
00:00:20.800 --> 00:00:28.000
<v Rasha>It was [[the twelfth of October 2016|DATE:2016-10-12]].
I remember because we had the exams of the first month [[that week|DATE]].

a03
00:00:28.500 --> 00:00:35.000
<v Rasha>At [[the end of the school day|DATE:2016-10-12]], [[around noon|DATE:2016-10-12]],
we let the small ones go first, like always.

a04
00:00:35.600 --> 00:00:43.000
<v Rasha>Then [[the planes|WEAPON:AIRSTRIKE]]. The [[bombs|WEAPON:AIRSTRIKE]] split in the air into many small ones,
[[cluster|WEAPON:CLUSTER_MUNITION]], they fell on the road where the children were walking.

a05
00:00:43.500 --> 00:00:50.000
<v Rasha>{{c1|Eleven people were killed, nine of them children from our school, I went to every funeral.}}

a06
00:00:50.600 --> 00:00:58.000
<v Rasha>{{c2|[[Nour|PERSON]], eight years, she was the best reader in my class, and [[Ghazal|PERSON]], seven, and [[Bilal|PERSON]], ten, I saw them with my eyes.}}

a07
00:00:58.500 --> 00:01:02.000
<v Rasha>[crying]

q03
00:01:05.000 --> 00:01:09.000
<v Interviewer>Were any of the teachers hurt?

a08
00:01:09.600 --> 00:01:17.000
<v Rasha>{{c3|My colleague, [[Hala|PERSON]], she was at the gate, a piece went in her shoulder, and the headmaster [[Abu Adnan|PERSON]] in his hand.}}

a09
00:01:17.500 --> 00:01:22.000
<v Rasha>I was inside the school, in the corridor. Nothing happened to me.

q04
00:01:22.600 --> 00:01:27.000
<v Interviewer>Who do you think carried out the [[strike|WEAPON:AIRSTRIKE]]?

a10
00:01:27.800 --> 00:01:35.000
<v Rasha>The men say [[the Russians|ACTOR:Russian forces]], because of the height and the time.
Some say [[the regime|ACTOR:Syrian government forces]]. I don't know [[planes|WEAPON:AIRSTRIKE]].

a11
00:01:35.600 --> 00:01:40.000
<v Rasha>I know there were no fighters at the school. It was a school.

q05
00:01:40.600 --> 00:01:45.000
<v Interviewer>Did you hear of other places hit [[that day|DATE:2016-10-12]]?

a12
00:01:45.600 --> 00:01:53.000
<v Rasha>{{c4|Yes, [[the same morning|DATE:2016-10-12]], before us, they hit the flour mill in [[Kafr Zeita|PLACE:Kafr Zita]], and two workers died there, my brother-in-law told us, he works at the mill.}}

a13
00:01:53.500 --> 00:01:57.000
<v Rasha>[[Marwan|PERSON]], my brother-in-law. He was not hurt, he was outside.

q06
00:01:57.800 --> 00:02:02.000
<v Interviewer>Had you experienced other attacks in [[Latamneh|PLACE]] before that?

a14
00:02:02.600 --> 00:02:10.000
<v Rasha>Many. [[Barrels|WEAPON:BARREL_BOMB]], [[rockets|WEAPON:ROCKET]]. The worst for me was [[the summer|DATE:2016-06-21..2016-09-21]] before, a [[barrel|WEAPON:BARREL_BOMB]] with [[chlorine|WEAPON:CHEMICAL]],
from [[the helicopter|WEAPON:AIRSTRIKE]], at [[night|DATE]]. It fell near the eastern houses.

a15
00:02:10.600 --> 00:02:18.000
<v Rasha>{{c5|I could not breathe for hours, and my two sons, [[Yazan|PERSON]] and [[Karam|PERSON]], they were coughing until [[the morning|DATE]], we put wet cloth on their faces.}}

a16
00:02:18.600 --> 00:02:24.000
<v Rasha>It smelled like the cleaning liquid, the bleach.
My husband [[Samer|PERSON]] took us up to the roof, because the [[gas|WEAPON:CHEMICAL]] stays low.

q07
00:02:24.800 --> 00:02:28.000
<v Interviewer>When did you leave [[Latamneh|PLACE]]?

a17
00:02:28.600 --> 00:02:36.000
<v Rasha>{{c6|After the school, [[one month after|DATE:2016-11-01..2016-11-30]], we left, five of us, to [[Idlib|PLACE]] side, and the school never opened again.}}

a18
00:02:36.600 --> 00:02:43.000
<v Rasha>In [[Sarmada|PLACE]] we live in a room with no window. Sometimes no nour, no electricity,
and then I think about my [[Nour|PERSON]], the little one. I am sorry.
@@witness sy-latamneh-rasha
@@claim c1 harm=KILLED min=11 max=11 weapon=CLUSTER_MUNITION site="Latamna" date=2016-10-12 basis=WITNESSED incident=sy-latamneh-20161012-school-road
@@claim c2 harm=KILLED min=3 max=3 named="Nour; Ghazal; Bilal" weapon=CLUSTER_MUNITION site="Latamna" date=2016-10-12 basis=WITNESSED incident=sy-latamneh-20161012-school-road
@@claim c3 harm=INJURED min=2 max=2 named="Hala; Abu Adnan" weapon=CLUSTER_MUNITION site="Latamna" date=2016-10-12 basis=WITNESSED incident=sy-latamneh-20161012-school-road
@@claim c4 harm=KILLED min=2 max=2 site="Kafr Zeita" date=2016-10-12 basis=HEARSAY incident=sy-kafrzita-20161012-mill
@@claim c5 harm=INJURED min=3 max=3 named="Yazan; Karam" weapon=CHEMICAL site="Latamneh" date=2016-06-21..2016-09-21 basis=EXPERIENCED incident=sy-latamneh-20160000-chlorine-east
@@claim c6 harm=DISPLACED min=5 max=5 site="Latamneh" date=2016-11-01..2016-11-30 basis=EXPERIENCED incident=sy-latamneh-20161100-family-departure
