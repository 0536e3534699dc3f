Interview ID: AF-GHZ-721
Date of interview: 16 October 2018
Place of interview: [[Kabul|PLACE]], [[Dasht-e Barchi|PLACE]]
Language: Dari
Interviewer: [[Maja Kowalska|PERSON]]
Interpreter: [[Farzana Sadat|PERSON]]

INTERVIEWER: Please tell us about yourself.
WITNESS: My name is [[Ghulam Sakhi Rezaie|PERSON]]. I had a shop of cloth in [[Ghazni|PLACE]] city, in the old bazaar, twenty years. My house was in [[Qala-e Jawz|PLACE]], on the east side.
INTERVIEWER: What happened in [[Ghazni|PLACE]] in [[August|DATE]]?
WITNESS: [[The night of Thursday to Friday|DATE:2018-08-09..2018-08-10]], the [[Taliban|ACTOR:Taliban]] came into the city from four sides. All night the [[gunfire|WEAPON:SMALL_ARMS]], the [[rockets|WEAPON:ROCKET]] on the police headquarters. Five days we were in the basement. No bread, no water, no electricity. {{c6|The bazaar burned, my shop also.}}
INTERPRETER: He says "five days", but then he corrects, four and a half.
INTERVIEWER: What happened to your family during [[those days|DATE:2018-08-10..2018-08-15]]?
WITNESS: [[Sunday|DATE:2018-08-12]]. [[The third day|DATE:2018-08-12]]. [[The afternoon|DATE:2018-08-12]], [[after the asr prayer|DATE:2018-08-12]]. The [[Taliban|ACTOR:Taliban]] were in our street, they went from roof to roof, they were shooting at [[the army|ACTOR:Afghan forces]] from there. Then [[the planes|WEAPON:AIRSTRIKE]] came. The [[American|ACTOR:US forces]] [[planes|WEAPON:AIRSTRIKE]], people said, I don't know, maybe [[Afghan|ACTOR:Afghan forces]]. {{c1|The [[bomb|WEAPON:AIRSTRIKE]] fell on the house of my brother-in-law, [[Qurban Ali|PERSON]], two houses from mine.}}
WITNESS: {{c2|Nine people died in that house. [[Qurban Ali|PERSON]], his wife [[Rahila|PERSON]], his mother [[Rabia|PERSON]], and six children, the smallest was [[Mahdi|PERSON]], two years.}} [crying] The [[Taliban|ACTOR:Taliban]] were not in that house. They were on the roof of the school, across the street. They ran away before.
INTERVIEWER: Did anyone survive from that house?
WITNESS: {{c3|His daughter [[Fatema|PERSON]], fourteen, we took her out from under the wall, her leg was broken.}} She is with us now, in [[Kabul|PLACE]].
INTERVIEWER: When did you leave [[Ghazni|PLACE]]?
WITNESS: {{c4|When the fighting stopped, on [[the 15th|DATE:2018-08-15]], we took [[Fatema|PERSON]] and my family, my wife [[Gulsoom|PERSON]], the children, eleven people, in a minibus to [[Kabul|PLACE]].}} My shop is ashes. What is there for us now?
INTERVIEWER: You mentioned before the recording something about a girls' school.
WITNESS: Yes, this is older. In [[2015|DATE:2015-01-01..2015-12-31]], in [[the spring|DATE:2015-03-01..2015-05-31]], my daughter [[Nargis|PERSON]] was in the [[Bibi Hawa girls' school|PLACE]] in the city. {{c5|[[One morning|DATE:2015-03-01..2015-05-31]] the girls started to fall down in the classes, vomiting, headache, they could not breathe, more than fifty girls, they took them to the hospital.}} People said somebody sprayed [[poison|WEAPON:CHEMICAL]] in the classes, a [[gas|WEAPON:CHEMICAL]].
INTERVIEWER: Who did people blame?
WITNESS: People said the [[Taliban|ACTOR:Taliban]], because they were against the girls going to school. But nobody was arrested, and the [[Taliban|ACTOR:Taliban]] said it was not them. I cannot say. [[Nargis|PERSON]] was two days in the hospital, then she was fine, but after that she did not want to go to school. And I did not force her.
INTERVIEWER: Was there any other time your area was attacked?
WITNESS: In the years before, sometimes [[mortars|WEAPON:MORTAR]] at night from the mountains, on the city, but in our street nothing fell, nobody was hurt in [[Qala-e Jawz|PLACE]] before [[August|DATE:2018-08-01..2018-08-31]]. The real [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] was only in [[those five days|DATE:2018-08-10..2018-08-15]].
@@witness af-ghazni-ghulam-sakhi-rezaie
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US forces" site="Qala-e Jawz" date=2018-08-12 basis=WITNESSED incident=af-ghazni-20180812-qalaejawz-qurban-ali-house
@@claim c2 harm=KILLED min=9 max=9 named="Qurban Ali; Rahila; Rabia; Mahdi" weapon=AIRSTRIKE actor="US forces" site="Qala-e Jawz" date=2018-08-12 basis=WITNESSED incident=af-ghazni-20180812-qalaejawz-qurban-ali-house
@@claim c3 harm=INJURED min=1 max=1 named="Fatema" weapon=AIRSTRIKE actor="US forces" site="Qala-e Jawz" date=2018-08-12 basis=WITNESSED incident=af-ghazni-20180812-qalaejawz-qurban-ali-house
@@claim c4 harm=DISPLACED min=11 max=11 named="Fatema" site="Ghazni" date=2018-08-15 basis=EXPERIENCED incident=af-ghazni-20180815-rezaie-family-displaced
@@claim c5 harm=INJURED min=51 max=null named="Nargis" weapon=CHEMICAL site="Bibi Hawa girls' school" date=2015-03-01..2015-05-31 basis=HEARSAY incident=af-ghazni-20150400-girls-school-poisoning
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Ghazni" date=2018-08-10..2018-08-15 basis=EXPERIENCED incident=af-ghazni-20180810-old-bazaar-fire
