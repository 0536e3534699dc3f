Interview ID: SY-IDL-615
Interview date: 18/03/2020
Place of interview: [[Sarmada|PLACE]], [[Idlib|PLACE]] governorate
Language: Arabic
Interviewer: [[Tobias Lindahl|PERSON]]
Interpreter: [[Ruba Haj Hamdan|PERSON]]

Q: Can you tell me your name and your work?
A: [[Luay Bakkour|PERSON]]. I am a baker. The bakery of my family is in [[Maarat Misrin|PLACE]], on the main street, near the roundabout of the mosque. My father opened it in [[1988|DATE:1988-01-01..1988-12-31]].
Q: Was the bakery working in [[January|DATE:2020-01-01..2020-01-31]]?
A: Every day. More than every day, because the people from the south came, from [[Maarat al-Numan|PLACE]] and [[Saraqib|PLACE]], thousands, they were sleeping in the mosques and in the olive groves. The queue for bread started [[before the fajr|DATE]].
[Interpreter: The fajr is the dawn prayer.]
Q: What happened on [[the day of the attack|DATE]]?
A: It was [[Wednesday|DATE:2020-01-22]], [[the 22nd of January|DATE:2020-01-22]]. [[Eight in the morning|DATE:2020-01-22]], maybe a little after, the queue was the longest. I was inside at the oven with my cousin [[Shadi|PERSON]]. We heard [[the plane|WEAPON:AIRSTRIKE]] circling, we always hear it, the observers on the radio said a [[Russian|ACTOR:Russian forces]] [[plane|WEAPON:AIRSTRIKE]] is over [[Maarat Misrin|PLACE]]. Then the first [[missile|WEAPON:MISSILE]] fell in the street, at the place of the queue. Then a second one, on the vegetable stalls across the street.
Q: Where exactly did they fall?
A: In front of the bakery, ten metres, fifteen. {{c4|The glass of the window, the trays, everything fell on us.}} {{c2|[[Shadi|PERSON]] went out to help and he was hit, in the head. He died in the car on the way to the hospital.}} He was twenty-two. [pause]
Q: How many people were killed?
A: {{c2|Eleven. Eleven people died, with [[Shadi|PERSON]]. I know because I went to every funeral. One was a little girl, [[Salam|PERSON]], eight years, from a family of [[Kafr Nabl|PLACE]] that was displaced to us. She was in the queue with her brother.}} {{c3|The wounded, around twenty. The brother of [[Salam|PERSON]] lost his foot.}}
[Interpreter: Salam is a girl's name here. It also means peace.]
Q: Who carried out the [[strike|WEAPON:AIRSTRIKE]], in your view?
A: The [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]]. The observers said it was [[the Russians|ACTOR:Russian forces]], the sound was the sound of their [[planes|WEAPON:AIRSTRIKE]]. [[The regime|ACTOR:Syrian government forces]] also flies, but [[that morning|DATE]] they said [[the Russians|ACTOR:Russian forces]]. I cannot see the flag on [[the plane|WEAPON:AIRSTRIKE]], I am a baker.
Q: Were there any armed men near the bakery?
A: No. There was no checkpoint, no office of [[the factions|ACTOR:Syrian armed opposition]], nothing in this street. Bread, women, children. Where do you find fighters in a bread queue at eight in the morning?
Q: Did the bakery open again?
A: We fixed the door and the window and we opened [[after four days|DATE]]. {{c4|Then, [[two weeks later|DATE:2020-02-05]], [[the Wednesday|DATE:2020-02-05]], [[the 5th of February|DATE:2020-02-05]], they hit it again, this time the bakery itself, the roof and the oven.}} Nobody died that time, because we had no flour since two days and the bakery was closed. If we had flour that day, I would be dead, my father would be dead.
Q: Sorry, just to be clear, the second [[strike|WEAPON:AIRSTRIKE]], was it also a [[plane|WEAPON:AIRSTRIKE]]?
A: Yes, [[the planes|WEAPON:AIRSTRIKE]], in [[the night|DATE:2020-02-05]]. I was at home. The neighbours called me.
Q: Where is your family now?
A: {{c6|After the second [[strike|WEAPON:AIRSTRIKE]] we left [[Ma'arrat Misrin|PLACE:Maarat Misrin]], my father, my mother, my wife and the two children, six of us, to [[Sarmada|PLACE]]. We rent one room above a shop.}} My father sits all day and says, forty years of bread. Forty years. And when somebody in the street says salam to me, salam aleikum, I think of the little one.
@@claim c2 harm=KILLED min=11 max=11 named="Shadi; Salam" weapon=MISSILE actor="Russian forces" site="Maarat Misrin" date=2020-01-22 basis=WITNESSED incident=sy-maaratmisrin-20200122-bakery-queue
@@claim c3 harm=INJURED min=20 max=20 weapon=MISSILE actor="Russian forces" site="Maarat Misrin" date=2020-01-22 basis=WITNESSED incident=sy-maaratmisrin-20200122-bakery-queue
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Maarat Misrin" date=2020-02-05 basis=HEARSAY incident=sy-maaratmisrin-20200205-bakery-second-strike
@@claim c6 harm=DISPLACED min=6 max=6 site="Ma'arrat Misrin" date=2020-02-05..2020-02-15 basis=EXPERIENCED incident=sy-maaratmisrin-20200205-bakkour-family-flight
@@witness sy-maaratmisrin-luay-bakkour
