PHONE CALL NOTES
Interview ID: SY-RQA-4256
Date: 22/01/2019
Researcher: [[Lotte Vermeulen|PERSON]]
Language: Arabic, through interpreter [[Hiba Sawwan|PERSON]]
Witness: [[Yousef Sattam al-Dandal|PERSON]], 34, by phone from [[Raqqa|PLACE]]

Call lasted about 50 minutes, line cut twice. Witness spoke fast; notes are a summary with his words in quotes where the interpreter gave them exactly.

W. is from [[al-Thakana|PLACE]] neighbourhood, near the [[Clock roundabout|PLACE]]. Married into a family from [[al-Mishlab|PLACE:al-Mashlab]], east side. In [[June 2017|DATE:2017-06-01..2017-06-30]] he was staying with his in-laws because the front had come close to their area and his father-in-law was ill with the kidneys (old illness, from before the war; W. said not to count him).

About the well. W. gives the date as [[14 June|DATE:2017-06-14]], "[[the middle of Ramadan|DATE:2017-06-14]], [[before iftar|DATE:2017-06-14]]". {{c1|People were in a line at a private well in a yard, with jerrycans. He says "[[the jets|WEAPON:AIRSTRIKE]]" hit the yard, one [[strike|WEAPON:AIRSTRIKE]], not [[shells|WEAPON:ARTILLERY]]. He is sure it was [[the coalition|ACTOR:US-led coalition]] because "the noise came before, from the sky". He counted the bodies in the yard: "eight, maybe nine with the old man who died at [[night|DATE:2017-06-14]]".}} {{c1|He named a boy, [[Muhammad|PERSON]], the son of a neighbour called [[Aziza|PERSON]], "he went to fill water and he came back to his mother in a blanket".}}
{{c2|W. himself: "a small piece in my back, under the shoulder". A nurse stitched it in a house. He was standing at the gate of the yard.}}
Researcher note: a second witness (file 4255) describes the same event as [[artillery|WEAPON:ARTILLERY]] fire from the [[SDF|ACTOR:Syrian Democratic Forces]] side and gives six dead. W. insists on [[the planes|WEAPON:AIRSTRIKE]]. Not resolved.

{{c3,c11|Same day, in [[the evening|DATE:2017-06-14]], he heard from his brother-in-law that a house in the [[Sinaa|PLACE:al-Sinaa]] area, "five minutes walking" from the well, was hit and two brothers of the [[Jasim|PERSON]] family died, [[Khalaf Jasim|PERSON]] and his younger brother.}} W. did not see this, did not go there.

About his own house in [[al-Thakana|PLACE]]. W. went back to [[Thakana|PLACE:al-Thakana]] at [[the end of July|DATE:2017-07-20..2017-07-31]] because [[Daesh|ACTOR:Islamic State]] moved the families from the east toward the centre. {{c4|On [[the 3rd or 4th of August|DATE:2017-08-03..2017-08-04]], [[the planes|WEAPON:AIRSTRIKE]] hit the building next to theirs at [[night|DATE:2017-08-03..2017-08-04]]. Their top floor fell. His mother, [[Umm Yousef|PERSON]] ([[Fatma|PERSON]]), was hit in the head by the ceiling.}} {{c5|"She passed away in the car, before we reached the point." They buried her in the garden of the building opposite.}}
W. says there were [[Daesh|ACTOR:Islamic State]] [[snipers|WEAPON:SMALL_ARMS]] two streets away, "not in our building, not next to us". Asked twice, same answer.

Earlier events W. mentioned:
- {{c6|His brother [[Ibrahim|PERSON]] was taken by the [[hisba|ACTOR:Islamic State]] in [[January 2017|DATE:2017-01-01..2017-01-31]] for missing the prayer, held "one month and some days" in their prison, released with lashes.}}
- People in [[Raqqa|PLACE]] said the [[National Hospital|PLACE]] was destroyed by the [[air strikes|WEAPON:AIRSTRIKE]] in [[August|DATE:2017-08-01..2017-08-31]]. W. says no, [[Daesh|ACTOR:Islamic State]] were inside it and it was standing when he left; he does not know about after.
- [[Daesh|ACTOR:Islamic State]] said on their radio they would blow the [[Tabqa dam|PLACE]] and drown everybody. They did not. "We lived with this fear for months."

Leaving. {{c7|W., his wife and their two children left [[al-Thakana|PLACE]] around [[the 20th of August|DATE:2017-08-20]], with a smuggler, on foot, toward the [[QSD|ACTOR:Syrian Democratic Forces]] lines in the east.}} {{c8|On the path a boy in the group in front, "twelve years, maybe", stepped on a [[mine|WEAPON:LANDMINE]]. W.: "his leg, I saw the leg, I will not describe it."}} The boy was carried by his father; W. does not know his name or if he lived.
{{c9|At [[al-Karama|PLACE]] the [[SDF|ACTOR:Syrian Democratic Forces]] kept W. three days at the screening point, "in a room with forty men", then let him go to his wife.}}

{{c10|House in [[al-Thakana|PLACE]] today: "there is nothing left, only the stairs, we live in a rented room in [[al-Mishlab|PLACE:al-Mashlab]]".}}

Follow-up: W. agreed to a second call; he will send the name of the boy at the well's mother's family (he means [[Aziza|PERSON]]'s). Nothing else.
@@witness sy-raqqa-yousef-dandal
@@claim c1 harm=KILLED min=8 max=9 named="Muhammad" weapon=AIRSTRIKE actor="US-led coalition" site="al-Mishlab" date=2017-06-14 basis=WITNESSED incident=sy-raqqa-20170614-mashlab-well-queue-shelling
@@claim c2 harm=INJURED min=1 max=1 weapon=AIRSTRIKE site="al-Mishlab" date=2017-06-14 basis=EXPERIENCED incident=sy-raqqa-20170614-mashlab-well-queue-shelling
@@claim c3 harm=KILLED min=2 max=2 named="Khalaf Jasim" site="Sinaa" date=2017-06-14 basis=HEARSAY incident=sy-raqqa-20170614-sinaa-jasim-brothers-house
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Thakana" date=2017-08-03..2017-08-04 basis=EXPERIENCED incident=sy-raqqa-20170803-thakana-dandal-building
@@claim c5 harm=KILLED min=1 max=1 named="Umm Yousef; Fatma" weapon=AIRSTRIKE site="al-Thakana" date=2017-08-03..2017-08-04 basis=WITNESSED incident=sy-raqqa-20170803-thakana-dandal-building
@@claim c6 harm=DETAINED min=1 max=1 named="Ibrahim" actor="Islamic State" site="Raqqa" date=2017-01-01..2017-01-31 basis=HEARSAY incident=sy-raqqa-20170100-ibrahim-dandal-hisba-detention
@@claim c7 harm=DISPLACED min=4 max=4 site="al-Thakana" date=2017-08-20 basis=EXPERIENCED incident=sy-raqqa-20170820-dandal-family-flight
@@claim c8 harm=INJURED min=1 max=1 weapon=LANDMINE date=2017-08-20 basis=WITNESSED incident=sy-raqqa-20170820-east-path-boy-mine
@@claim c9 harm=DETAINED min=1 max=1 actor="Syrian Democratic Forces" site="al-Karama" date=2017-08-20..2017-08-31 basis=EXPERIENCED incident=sy-karama-20170800-dandal-screening
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="al-Thakana" basis=WITNESSED incident=sy-raqqa-20170803-thakana-dandal-building
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null site="Sinaa" date=2017-06-14 basis=HEARSAY incident=sy-raqqa-20170614-sinaa-jasim-brothers-house
