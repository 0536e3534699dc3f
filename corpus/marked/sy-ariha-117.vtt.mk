WEBVTT - ARH-117

NOTE This file was made from the interpreter's English.
Line breaks follow the speech.

c001
00:00:01.200 --> 00:00:05.000
<v Interviewer>Please tell me your name and where you live.</v>

c002
00:00:05.600 --> 00:00:12.400
<v Jamal>[[Jamal Haj Omar|PERSON]]. I live in [[Ariha|PLACE]], in [[Jabal al-Zawiya|PLACE]], south of [[Idlib|PLACE]].
I have a shop for agricultural tools.</v>

c003
00:00:13.000 --> 00:00:17.500
<v Interviewer>You said you wanted to speak about your cousin.</v>

c004
00:00:18.000 --> 00:00:25.000
<v Jamal>Yes, [[Majd|PERSON]]. [[Majd Haj Omar|PERSON]]. He was twenty-nine.
He drove a tractor, he ploughed the land for people.
His father, [[Abu Majd|PERSON]], is my uncle.</v>

c005
00:00:25.500 --> 00:00:33.500
<v Jamal>It was [[the autumn of 2021|DATE:2021-09-01..2021-11-30]]. [[The 9th of November|DATE:2021-11-09]], I think.
He was going to a field near [[Mhambel|PLACE]], on the open road.</v>

c006
00:00:34.000 --> 00:00:41.500
<v Jamal>{{c1,c2|A [[missile|WEAPON:MISSILE]] hit the tractor. The guided one, the [[Kornet|WEAPON:MISSILE]],
they fire it from the hills where [[the regime|ACTOR:Syrian government forces]] is.}}</v>

c007
00:00:42.000 --> 00:00:48.000
<v Jamal>{{c1|[[Majd|PERSON]] died at once.}} {{c2|The boy with him,
[[Qutaiba|PERSON]], fourteen, lost his arm.}}</v>

c008
00:00:48.500 --> 00:00:52.000
<v Interviewer>Were you there?</v>

c009
00:00:52.500 --> 00:01:00.000
<v Jamal>Behind, in the pickup, four hundred metres.
I saw the smoke go up and I knew.</v>

c010
00:01:00.500 --> 00:01:05.000
<v Interviewer>Was there any military vehicle on that road?</v>

c011
00:01:05.500 --> 00:01:12.500
<v Jamal>No. No military, nothing. A red tractor and a plough.
They see everything with their cameras, they know it is a tractor.</v>

c012
00:01:13.000 --> 00:01:17.000
<v Interviewer>Has the situation changed since then?</v>

c013
00:01:17.500 --> 00:01:25.500
<v Jamal>Worse. In [[October 2023|DATE:2023-10-01..2023-10-31]], after the academy in [[Homs|PLACE]],
they bombed [[Ariha|PLACE]] for days. [[Artillery|WEAPON:ARTILLERY]], [[planes|WEAPON:AIRSTRIKE]], everything.</v>

c014
00:01:26.000 --> 00:01:33.000
<v Interviewer>The academy in [[Homs|PLACE]], you mean the attack
on the military academy there?</v>

c015
00:01:33.500 --> 00:01:40.000
<v Jamal>Yes. After that they took revenge on us.
{{c3|The market of [[Ariha|PLACE]] was hit, my shop also, the glass, the roof.}}</v>

c016
00:01:40.500 --> 00:01:47.500
<v Jamal>And they used something that burns, white fire, in the olive fields.
People said [[phosphorus|WEAPON:INCENDIARY]]. {{c4|Our olive trees burned, eighty trees.}}</v>

c017
00:01:48.000 --> 00:01:52.000
<v Interviewer>Were people hurt in your family?</v>

c018
00:01:52.500 --> 00:02:00.000
<v Jamal>Not in [[October|DATE:2023-10-01..2023-10-31]]. But in [[December|DATE:2023-12-01..2023-12-31]], my son [[Orwa|PERSON]],
he was picking olives with his uncle, the late harvest.</v>

c019
00:02:00.500 --> 00:02:08.000
<v Jamal>{{c5|A small [[drone|WEAPON:DRONE_STRIKE]], the suicide kind, came down on the motorcycle.
[[Orwa|PERSON]] has burns on his back and his leg.}}</v>

c020
00:02:08.500 --> 00:02:14.000
<v Jamal>{{c5|His uncle [[Abu Suleiman|PERSON]] has a piece still in his head,
the doctors in [[Bab al-Hawa|PLACE]] did not take it out.}}</v>

c021
00:02:14.500 --> 00:02:18.000
<v Interviewer>How do you know it was a [[drone|WEAPON:DRONE_STRIKE]]?</v>

c022
00:02:18.500 --> 00:02:25.000
<v Jamal>[[Orwa|PERSON]] saw it. It followed them like a bird, with a sound.
Now all the farmers are afraid of [[the drones|WEAPON:DRONE_STRIKE]].</v>

c023
00:02:25.500 --> 00:02:30.000
<v Interviewer>Is there anything else you want to tell us?</v>

c024
00:02:30.500 --> 00:02:38.000
<v Jamal>My brother [[Nizar|PERSON]]. I am afraid to say it, but I say it.
{{c6|[[Hay'at Tahrir al-Sham|ACTOR:Hayat Tahrir al-Sham]] took him in [[the spring of 2022|DATE:2022-03-01..2022-05-31]].}}</v>

c025
00:02:38.500 --> 00:02:46.500
<v Jamal>{{c6|Because he wrote on Facebook about the prices of bread.
Four months in their prison, in [[Idlib|PLACE]].}} He came out thin, like a stick.</v>

c026
00:02:47.000 --> 00:02:53.000
<v Jamal>They told him if he writes one more word,
he goes back and does not come out. So now he does not write.</v>

c027
00:02:53.500 --> 00:02:58.000
<v Interviewer>Thank you, [[Jamal|PERSON]]. We will protect your name.</v>
@@claim c1 harm=KILLED min=1 max=1 named="Majd" weapon=MISSILE actor="Syrian government forces" site="Mhambel" date=2021-11-09 basis=WITNESSED incident=sy-ariha-20211109-mhambel-road-tractor
@@claim c2 harm=INJURED min=1 max=1 named="Qutaiba" weapon=MISSILE actor="Syrian government forces" site="Mhambel" date=2021-11-09 basis=WITNESSED incident=sy-ariha-20211109-mhambel-road-tractor
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null site="Ariha" date=2023-10-01..2023-10-31 basis=EXPERIENCED incident=sy-ariha-20231000-market-bombardment
@@claim c4 harm=PROPERTY_DAMAGE min=80 max=80 weapon=INCENDIARY site="Ariha" date=2023-10-01..2023-10-31 basis=EXPERIENCED incident=sy-ariha-20231000-olive-fields-incendiary
@@claim c5 harm=INJURED min=2 max=2 named="Orwa; Abu Suleiman" weapon=DRONE_STRIKE site="Ariha" date=2023-12-01..2023-12-31 basis=HEARSAY incident=sy-ariha-20231200-olive-harvest-drone
@@claim c6 harm=DETAINED min=1 max=1 named="Nizar" actor="Hayat Tahrir al-Sham" site="Idlib" date=2022-03-01..2022-05-31 basis=HEARSAY incident=sy-idlib-20220000-nizar-hts-detention
@@witness sy-ariha-jamal-hajomar
