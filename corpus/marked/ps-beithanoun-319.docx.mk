WITNESS INTERVIEW
Interview ID: PS-BHN-319
Date of interview: 6 December 2023
Place of interview: [[Khan Younis|PLACE]], UNRWA training centre
Language: Arabic
Interviewer: [[Marek Novak|PERSON]]
Interpreter: [[Reem Saleh|PERSON]]
Q: You are from [[Beit Hanoun|PLACE]]?
A: From [[Beit Hanun|PLACE:Beit Hanoun]], yes, the north, the last town before the fence. We are farmers, strawberries, oranges, everything grows in [[Beit Hanun|PLACE:Beit Hanoun]].
Q: When did you leave?
A: {{c1|On [[the 13th of October|DATE:2023-10-13]], when [[the army|ACTOR:Israeli forces]] said on the papers and on the phone, everybody north of the valley go south. We left with nothing, my husband [[Ashraf|PERSON]], my mother-in-law, the five children.}}
Q: What was happening in [[Beit Hanoun|PLACE]] before you left?
A: {{c2|From [[the first day|DATE:2023-10-07]] [[the planes|WEAPON:AIRSTRIKE]] bombed [[Beit Hanoun|PLACE]], every hour. On [[the 9th or the 10th|DATE:2023-10-09..2023-10-10]] they destroyed the whole street of the municipality, the market, the [[al-Nasr mosque|PLACE]].}}
A: {{c3|My uncle [[Jaber al-Kafarna|PERSON]] was killed in his shop on that street, with his worker, a young man, I do not know his name.}} My cousin [[Wafaa|PERSON]] told me on the phone, I did not see it.
Q: Was there any fighting in your neighbourhood?
A: I did not see fighting. Only the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], day and night. Maybe at the border, I heard [[rockets|WEAPON:ROCKET]] going out, I cannot lie, from far away. But in our street there was nobody with a weapon.
Q: You mentioned before the interview that your family also suffered in [[2014|DATE:2014-01-01..2014-12-31]].
A: Yes. {{c4|In [[2014|DATE:2014-01-01..2014-12-31]], in the war, we were in the UN school in [[Beit Hanoun|PLACE]], the girls' school, because it was safe, they said. And on [[the 24th of July|DATE:2014-07-24]] the [[shells|WEAPON:ARTILLERY]] fell in the yard of the school, four or five.}}
A: {{c5,c9|My sister-in-law [[Noor|PERSON]] was killed, and her baby [[Jana|PERSON]] was injured in the head. Many died there, twelve, fifteen, I do not remember exactly.}} [pause] The baby is now a girl of nine. She has a mark here.
Q: Who fired on the school?
A: [[The tanks|WEAPON:ARTILLERY]] were on the east side. It was [[the Israeli army|ACTOR:Israeli forces]], everybody knows, they were the only ones with [[tanks|WEAPON:ARTILLERY]] there.
Q: Did anything happen to you or your family between the wars?
A: {{c6|In [[2018|DATE:2018-01-01..2018-12-31]], the marches at the fence, the Return march. My son [[Mahmoud|PERSON]] went on a [[Monday|DATE:2018-05-14]], in [[May|DATE:2018-05-01..2018-05-31]], [[the 14th|DATE:2018-05-14]], [[the day of the embassy|DATE:2018-05-14]]. A [[sniper|WEAPON:SMALL_ARMS]] shot him in the knee.}} He was sixteen. He was throwing stones, I will not lie to you, stones, not more.
A: And the [[gas|WEAPON:CHEMICAL]]. [[The drones|WEAPON:DRONE_STRIKE]] came over the people and dropped the [[gas canisters|WEAPON:CHEMICAL]], [[tear gas|WEAPON:CHEMICAL]], from the sky, like rain. {{c7|I was there [[that day|DATE:2018-05-14]] also, looking for my son, I could not breathe, I fell, and the young men carried me to the ambulance.}}
Q: Where is your family now?
A: Here, in this centre, in one classroom with four other families. My husband sleeps in the corridor. In [[Beit Hanoun|PLACE]] I think there is no house left standing, my neighbour who stayed until [[November|DATE:2023-11-01..2023-11-30]] said it is all flat, like a field before planting.
@@witness ps-beithanoun-witness-319
@@claim c1 harm=DISPLACED min=8 max=8 actor="Israeli forces" site="Beit Hanun" date=2023-10-13 basis=EXPERIENCED incident=ps-beithanoun-20231013-witness-319-displaced
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Beit Hanoun" date=2023-10-09..2023-10-10 basis=WITNESSED incident=ps-beithanoun-20231009-municipality-street
@@claim c3 harm=KILLED min=2 max=2 named="Jaber al-Kafarna" weapon=AIRSTRIKE site="Beit Hanoun" date=2023-10-09..2023-10-10 basis=HEARSAY incident=ps-beithanoun-20231009-municipality-street
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Israeli forces" site="Beit Hanoun" date=2014-07-24 basis=EXPERIENCED incident=ps-beithanoun-20140724-un-school
@@claim c5 harm=KILLED min=12 max=15 named="Noor" weapon=ARTILLERY actor="Israeli forces" site="Beit Hanoun" date=2014-07-24 basis=WITNESSED incident=ps-beithanoun-20140724-un-school
@@claim c9 harm=INJURED min=1 max=1 named="Jana" weapon=ARTILLERY actor="Israeli forces" site="Beit Hanoun" date=2014-07-24 basis=WITNESSED incident=ps-beithanoun-20140724-un-school
@@claim c6 harm=INJURED min=1 max=1 named="Mahmoud" weapon=SMALL_ARMS site="Beit Hanoun" date=2018-05-14 basis=HEARSAY incident=ps-beithanoun-20180514-fence-sniper-mahmoud
@@claim c7 harm=INJURED min=1 max=1 weapon=CHEMICAL site="Beit Hanoun" date=2018-05-14 basis=EXPERIENCED incident=ps-beithanoun-20180514-fence-tear-gas
