@@newline crlf
NOTES OF PHONE CALL
Interview ID: AZ-GNJ-611
Date: 23 November 2020
Witness: W-611, woman, 39, schoolteacher, [[Ganja|PLACE]]
Language: Azerbaijani, through an interpreter on the line
Notes by: [[Daniel Fricke|PERSON]]
Interpreter: [[Nigar Aliyeva|PERSON]]

The call was made on WhatsApp and lasted about one hour. These are notes, not a transcript. Her own words, as the interpreter gave them, are in quotation marks.

W-611 lives with her husband and their son [[Tural|PERSON]], 15, on the third floor of a five-storey building in the [[Kapaz|PLACE]] district of [[Ganja|PLACE]]. She writes the city "[[Gəncə|PLACE:Ganja]]" and says the building next to hers was "the old Soviet one with the blue balconies".

She dates the attack to [[11 October 2020|DATE:2020-10-11]], "[[the Sunday|DATE:2020-10-11]], in [[the night|DATE:2020-10-11]], [[around two|DATE:2020-10-11]]". The family was asleep. She did not hear anything before the explosion, "no siren, no whistle, nothing". {{c1,c3|The windows of the whole flat came in; [[Tural|PERSON]], who had fallen asleep on the sofa in the living room, was cut on the arms and the back by glass.}} She says that if he had been sleeping in his own room, "by the window", it would have been much worse. {{c2|She herself had a cut on the foot from the glass on the floor.}}

{{c3|When they went down, the building next door had lost "one whole entrance, from the roof to the ground".}} {{c4|She says 10 people were killed there. She named the family of her neighbours, the [[Mammadli|PERSON]] family: [[Rauf Mammadli|PERSON]], his wife [[Aygun|PERSON]], and their daughter [[Ulduz|PERSON]], thirteen, "who was in my class".}} She saw [[Rauf|PERSON]] brought out "in [[the morning|DATE]], after the sun came". She did not see the others; she heard the number ten from the rescuers and later from the television. [Interpreter's note: Ulduz is a girl's name; it means "star".]

Asked who fired, she said "[[the Armenians|ACTOR:Armenian forces]]", and that "everyone says it was a [[Scud|WEAPON:MISSILE]], a big [[missile|WEAPON:MISSILE]], from [[Khankendi|PLACE:Stepanakert]] or from [[Armenia|PLACE]]". She could not say how people knew this. She said there was no military base, no soldiers and no police station near her building: "schools, a bakery, a pharmacy, old people".

{{c5|After the attack the family went to her sister in [[Baku|PLACE]] for about a month, three people, and came back at [[the end of November|DATE:2020-11-20..2020-11-30]].}}

She also told about a second attack on the city, [[six days later|DATE:2020-10-17]], "on [[the Saturday|DATE:2020-10-17]], again at [[night|DATE]]". It was "on the other side of the city, not near us". {{c6,c7|Her cousin [[Elchin|PERSON]] lives in that area; she says his house lost its roof and that "more than 10" people died in the houses around him.}} She was already in [[Baku|PLACE]] and did not see it.

[Researcher's note: AZ-GNJ-612 gives nine dead for the [[11 October|DATE:2020-10-11]] building and dates it to "[[the night of the 10th|DATE:2020-10-10..2020-10-11]]". The family name is given as [[Mammadov|PERSON]] there. To be checked.]

She asked that the name of [[Ulduz|PERSON]] be written "with the others, not only as a number". She also said that she does not want anything from anybody, "only that children are not in the news".

Follow-up: ask whether she has the names of the other victims from the building; ask [[Elchin|PERSON]] for a call about [[17 October|DATE:2020-10-17]].
@@claim c1 harm=INJURED min=1 max=1 named="Tural" weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-11 basis=WITNESSED incident=az-ganja-20201011-kapaz-building
@@claim c2 harm=INJURED min=1 max=1 weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-11 basis=EXPERIENCED incident=az-ganja-20201011-kapaz-building
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-11 basis=WITNESSED incident=az-ganja-20201011-kapaz-building
@@claim c4 harm=KILLED min=10 max=10 named="Rauf Mammadli; Aygun; Ulduz" weapon=MISSILE actor="Armenian forces" site="Kapaz" date=2020-10-11 basis=HEARSAY incident=az-ganja-20201011-kapaz-building
@@claim c5 harm=DISPLACED min=3 max=3 site="Ganja" date=2020-10-11..2020-10-31 basis=EXPERIENCED incident=az-ganja-20201011-tural-family-flight
@@claim c6 harm=KILLED min=11 max=null site="Ganja" date=2020-10-17 basis=HEARSAY incident=az-ganja-20201017-second-strike
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Ganja" date=2020-10-17 basis=HEARSAY incident=az-ganja-20201017-second-strike
@@witness az-ganja-w611
