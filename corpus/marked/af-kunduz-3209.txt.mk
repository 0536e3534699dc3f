@@newline crlf
PHONE CALL NOTES
Date: 5 October 2021
Researcher: [[Maryam Yousufzai|PERSON]]
Call with: [[Bashir Ahmad|PERSON]], about 40, car mechanic, [[Kunduz|PLACE]] city; originally from [[Sangin|PLACE]], [[Helmand|PLACE]]
Language: Pashto and some Dari; notes written in English during the call, checked the same evening

Call lasted about 50 minutes; the line dropped twice. [[Bashir|PERSON]] asked that his workshop's location not be written down exactly.

1. Background. [[Bashir|PERSON]] moved to [[Kunduz|PLACE]] from [[Sangin|PLACE]] in [[2012|DATE:2012-01-01..2012-12-31]] to work with his uncle. He has a workshop on the road to [[Khanabad|PLACE]], on the edge of the city. He is a cousin of [[Sher Ahmad|PERSON]] of [[Wishtan|PLACE]] (interviewed in [[2018|DATE:2018-01-01..2018-12-31]], see HLM-3208); he brought this up himself.

2. [[September 2015|DATE:2015-09-01..2015-09-30]]. [[Bashir|PERSON]] was in the city when the [[Taliban|ACTOR:Taliban]] came in, "on [[the Monday|DATE:2015-09-28]], [[the first day of Eid|DATE:2015-09-24]]... no, it was [[after Eid|DATE:2015-09-25..2015-09-28]], [[some days after Eid|DATE:2015-09-28]]." He hid in the workshop for [[the first night|DATE:2015-09-28]]. {{c1|[[The second day|DATE:2015-09-29]] the [[Talibs|ACTOR:Taliban]] came to the workshop, took the keys of two police pickups that were there for repair, and drove them away; one customer's Corolla they set on fire in the yard, "and the fire went to the wall and the roof, the whole back room burned, my tools, everything."}} He saw this from the roof of the neighbour, he says.

3. {{c2|His neighbour [[Mirwais|PERSON]], a traffic policeman, was taken from his house [[the same day|DATE:2015-09-29]], with his brother-in-law [[Farid|PERSON]], by [[Talibs|ACTOR:Taliban]] who had a list.}} [[Bashir|PERSON]] did not see this; [[Mirwais|PERSON]]'s wife told him "[[that evening|DATE:2015-09-29]]". {{c3|[[Farid|PERSON]] was released [[after a week|DATE:2015-10-06]]. [[Mirwais|PERSON]] has not been seen since. "Six years. His wife still asks everybody who comes from [[Chahar Dara|PLACE]], because people said he was taken there."}} [[Bashir|PERSON]] said the family heard once, from a shepherd, that he was killed; there is no grave.

4. He says [[the Americans|ACTOR:US forces]] and [[the army|ACTOR:Afghan forces]] bombed many places in the city in [[the following days|DATE:2015-09-29..2015-10-13]]. He knows of the hospital that was hit but did not see it and did not want to speak about it. {{c4|He did see, [[about a week later|DATE:2015-10-04..2015-10-07]], the carpet shops behind the [[Sher Khan square|PLACE]]: "Six or seven shops, one after the other, only the steel frames standing." He understood from the shopkeepers that [[the planes|WEAPON:AIRSTRIKE]] did this because [[Talibs|ACTOR:Taliban]] were on the roofs.}}

5. [[August 2021|DATE:2021-08-01..2021-08-31]]. The city fell again on [[the 8th|DATE:2021-08-08]]. {{c5|"[[The night before|DATE:2021-08-07]] the [[rockets|WEAPON:ROCKET]] were falling all over our side", a [[rocket|WEAPON:ROCKET]] fell in the street in front of the workshop and "the shutter came in, the glass of every car inside was gone."}} {{c6|A boy who sold bolani on the corner, [[Sabour|PERSON]], around twelve years old, was wounded in the stomach; [[Bashir|PERSON]] took him in his own car to the hospital.}} He does not know which side fired: "from both sides things were coming."

6. {{c7|After the takeover, [[about the 20th|DATE:2021-08-20]], the [[Taliban|ACTOR:Taliban]] took [[Bashir|PERSON]]'s apprentice [[Samiullah|PERSON]], whose father had been in the army, from the workshop, "they tied his hands with his own scarf." He was held three days in the old NDS building and beaten on the feet, then released to his father.}} [[Two days later|DATE:2021-08-22..2021-08-25]] they came to [[Bashir|PERSON]]'s house, searched the rooms, asked for weapons and for the police pickups of [[2015|DATE:2015-01-01..2015-12-31]], questioned him in the yard for about an hour, and left. "They took nothing, they touched nobody."

7. [[Sangin|PLACE]]. Without being asked, [[Bashir|PERSON]] spoke about his cousin's son, whom he called [[Nurullah|PERSON]]. {{c8|He said [[Nurullah|PERSON]] was killed by a [[drone|WEAPON:DRONE_STRIKE]] "[[three days before Eid|DATE:2017-06-22]], in [[2017|DATE:2017-01-01..2017-12-31]], near [[Sangin|PLACE]] bazaar, him and eight others, nine dead", and that he heard this from [[Sher Ahmad|PERSON]] on the phone [[that night|DATE:2017-06-22]].}} This differs from what [[Sher Ahmad|PERSON]] told us (six dead, [[the day before Eid|DATE:2017-06-24]]). Noted as told.

8. Asked whether anyone in his family was hurt in [[Kunduz|PLACE]] in [[2015 or 2021|DATE:2015-01-01..2021-12-31]]: no. "Only the workshop. Only the boys who worked for me."

Follow-up: he agreed to a second call. He will ask [[Mirwais|PERSON]]'s wife if she is willing to speak.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null actor="Taliban" site="Kunduz" date=2015-09-29 basis=WITNESSED incident=af-kunduz-20150929-bashir-workshop-burned
@@claim c2 harm=DETAINED min=2 max=2 named="Mirwais; Farid" actor="Taliban" site="Kunduz" date=2015-09-29 basis=HEARSAY incident=af-kunduz-20150929-mirwais-taken
@@claim c3 harm=MISSING min=1 max=1 named="Mirwais" actor="Taliban" site="Kunduz" date=2015-09-29 basis=HEARSAY incident=af-kunduz-20150929-mirwais-taken
@@claim c4 harm=PROPERTY_DAMAGE min=6 max=7 weapon=AIRSTRIKE site="Sher Khan square" date=2015-09-29..2015-10-07 basis=WITNESSED incident=af-kunduz-20151000-sher-khan-carpet-shops
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Kunduz" date=2021-08-07 basis=WITNESSED incident=af-kunduz-20210807-khanabad-road-rocket
@@claim c6 harm=INJURED min=1 max=1 named="Sabour" weapon=ROCKET site="Kunduz" date=2021-08-07 basis=WITNESSED incident=af-kunduz-20210807-khanabad-road-rocket
@@claim c7 harm=DETAINED min=1 max=1 named="Samiullah" actor="Taliban" site="Kunduz" date=2021-08-20 basis=WITNESSED incident=af-kunduz-20210820-samiullah-taken
@@claim c8 harm=KILLED min=9 max=9 named="Nurullah" weapon=DRONE_STRIKE site="Sangin" date=2017-06-22 basis=HEARSAY incident=af-sangin-20170624-canal-road-motorbikes
@@witness af-kunduz-bashir-ahmad
