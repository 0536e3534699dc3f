WEBVTT

NOTE Interview SO-MOG-217, Mogadishu, 9 November 2019. Somali and English.
The witness asked to be named by her first name only.

cue-001
00:00:00.500 --> 00:00:05.000
<v Interviewer>[[Nasra|PERSON]], you are a nurse at [[Madina hospital|PLACE]]. Since when?

cue-002
00:00:05.800 --> 00:00:12.000
<v Nasra>Since [[2014|DATE:2014-01-01..2014-12-31]]. Five years in the emergency.
I was there for [[Zoobe|PLACE]] also, so... I have seen things.

cue-003
00:00:12.800 --> 00:00:18.000
<v Interviewer>I want to ask about [[the 13th of July|DATE:2019-07-13]], the [[car bomb|WEAPON:IED]] at [[Sayidka|PLACE]].

cue-004
00:00:18.800 --> 00:00:25.500
<v Nasra>Yes, [[Isgoyska Sayidka|PLACE:Sayidka]]. It was [[a Saturday|DATE:2019-07-13]], I was on the day shift.
We heard it from the hospital, the windows shook.
My colleague [[Sahra Dool|PERSON]] was in the theatre.

cue-005
00:00:26.200 --> 00:00:32.000
<v Nasra>[[After twenty minutes|DATE:2019-07-13]] the first ambulances came,
and then the private cars, the bajajs, everything.

cue-006
00:00:32.800 --> 00:00:39.500
<v Nasra>{{c1|[[That day|DATE:2019-07-13]] we received 31 injured, I remember because I wrote the board.}}
{{c2|And nine bodies came to us.}}

cue-007
00:00:40.200 --> 00:00:46.000
<v Nasra>{{c2|Four of the bodies were soldiers, from the checkpoint, with their uniforms.}}

cue-008
00:00:46.800 --> 00:00:53.000
<v Interviewer>Other people we spoke to gave different numbers.
Seventeen, twenty-two.

cue-009
00:00:53.800 --> 00:01:01.500
<v Nasra>Yes, because the bodies went to different places. Some to [[Erdogan hospital|PLACE]],
some families took them directly home to bury [[before the afternoon|DATE:2019-07-13]].

cue-010
00:01:02.200 --> 00:01:09.000
<v Nasra>{{c3|The Ministry said seventeen.}} For me, more than twenty is true, I think.
But I only know the nine.

cue-011
00:01:09.800 --> 00:01:14.000
<v Interviewer>Do you remember any of the patients?

cue-012
00:01:14.800 --> 00:01:22.500
<v Nasra>{{c4|A woman, [[Hodan Abdi|PERSON]], she came from a bajaj, a wound in the abdomen.}}
Dr. [[Cabdirashiid|PERSON]] took her to the theatre. She lived, she went home [[after two weeks|DATE:2019-07-27]].

cue-013
00:01:23.200 --> 00:01:31.000
<v Nasra>{{c5|And a boy who sold water at the junction, [[Bile|PERSON]], maybe fourteen. He lost his right hand.}}
He asked me every day for his cart.

cue-014
00:01:31.800 --> 00:01:36.000
<v Interviewer>Was there anything else [[that day|DATE:2019-07-13]]?

cue-015
00:01:36.800 --> 00:01:44.500
<v Nasra>Yes, [[the same evening|DATE:2019-07-13]]. [[After maghrib|DATE:2019-07-13]], [[mortars|WEAPON:MORTAR]] fell near [[Taleex junction|PLACE]],
in [[Hodan|PLACE]] district, not far from [[Sayidka|PLACE]].

cue-016
00:01:45.200 --> 00:01:52.000
<v Nasra>{{c6|We received two children from there, [[Ikraan|PERSON]] and her brother [[Mahad|PERSON]], hurt by the [[mortar|WEAPON:MORTAR]] in their yard.}}

cue-017
00:01:52.800 --> 00:01:58.000
<v Nasra>It was a different thing, not the [[car bomb|WEAPON:IED]]. People mix them,
but it was different. Different time, different place.

cue-018
00:01:58.800 --> 00:02:03.000
<v Interviewer>Who fired the [[mortars|WEAPON:MORTAR]], do you know?

cue-019
00:02:03.800 --> 00:02:11.500
<v Nasra>Everybody says [[al-Shabaab|ACTOR:al-Shabaab]], they fire at the [[Villa|PLACE:Villa Somalia]] and at the bases.
Nobody came to say it to me. I am a nurse, I treat.

cue-020
00:02:12.200 --> 00:02:18.000
<v Interviewer>And the [[car bomb|WEAPON:IED]], who do people say did it?

cue-021
00:02:18.800 --> 00:02:25.500
<v Nasra>[[Al-Shabaab|ACTOR:al-Shabaab]], they said it themselves. The [[Shabaab|ACTOR:al-Shabaab]] always say it
when there are soldiers among the dead.

cue-022
00:02:26.200 --> 00:02:31.000
<v Interviewer>Thank you, [[Nasra|PERSON]]. Is there something you want to say?

cue-023
00:02:31.800 --> 00:02:39.000
<v Nasra>We need blood. Every time, the problem is blood.
If people gave blood before, not after, more would live.
@@witness so-mogadishu-nurse-nasra
@@claim c1 harm=INJURED min=31 max=31 weapon=IED site="Sayidka" date=2019-07-13 basis=WITNESSED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c2 harm=KILLED min=9 max=9 weapon=IED site="Sayidka" date=2019-07-13 basis=WITNESSED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c3 harm=KILLED min=17 max=17 weapon=IED site="Sayidka" date=2019-07-13 basis=REPORTED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c4 harm=INJURED min=1 max=1 named="Hodan Abdi" weapon=IED site="Sayidka" date=2019-07-13 basis=WITNESSED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c5 harm=INJURED min=1 max=1 named="Bile" weapon=IED site="Sayidka" date=2019-07-13 basis=WITNESSED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c6 harm=INJURED min=2 max=2 named="Ikraan; Mahad" weapon=MORTAR actor="al-Shabaab" site="Taleex junction" date=2019-07-13 basis=WITNESSED incident=so-mogadishu-20190713-taleex-mortars
