Interviewer: [[Ruth Calder|PERSON]]
Interpreter: [[Firas Lababidi|PERSON]]
Interview date: 2020-06-23
Place: [[Sarmada|PLACE]], [[Idlib|PLACE]] governorate

Ruth: Thank you for coming. Can you tell me your name?
Jamila: [[Jamila Haj Bakri|PERSON]]. [[Umm Hussam|PERSON]]. From [[Saraqib|PLACE]].
Ruth: What did you do in [[Saraqib|PLACE]]?
Jamila: I was at home. My husband [[Zakariya|PERSON]] drives a truck, vegetables, to [[Aleppo|PLACE]] before, to [[Idlib|PLACE]] after.
Ruth: When did things change for your family?
Jamila: In [[January|DATE:2020-01-01..2020-01-31]]. Before, it was bad, but we lived. In [[January|DATE:2020-01-01..2020-01-31]] it was every hour.
Jamila: {{c1|My nephew [[Nour|PERSON]], [[Nour al-Din|PERSON]], twenty years. [[The 24th of January|DATE:2020-01-24]]. He went on the motorbike to [[Afis|PLACE]], to bring his grandmother. [[The drone|WEAPON:DRONE_STRIKE]] followed him on the road and hit him.}}
Jamila: {{c1|His friend was behind him in a car, he saw it. He brought [[Nour|PERSON]] back, dead. We buried him [[that evening|DATE:2020-01-24]], quickly, there was no nour, no electricity, we buried by the light of the phones.}}
Ruth: Do you know whose [[drone|WEAPON:DRONE_STRIKE]] it was?
Jamila: They say [[the Russians|ACTOR:Russian forces]]. I don't know. It makes a sound, zzzz, all day over [[Saraqeb|PLACE:Saraqib]].
Ruth: What happened next?
Jamila: {{c2|[[Three days after|DATE:2020-01-27]], the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] on the east of the town. The house of my brother [[Abdulkarim|PERSON]], near the grain centre, it fell down, all of it. I saw the dust from our roof.}} Nobody was inside, he had taken his family to [[Sarmada|PLACE]] [[one week before|DATE:2020-01-20]].
Jamila: There was no fighting in our quarter [[that day|DATE:2020-01-27]]. The fighters were on the south side, near the highway.
Ruth: And your family?
Jamila: {{c4|[[The 1st of February|DATE:2020-02-01]] we left. Me, [[Zakariya|PERSON]], five children, in the truck, with the neighbours on top. We left with nothing, the blankets only.}}
Jamila: If we had waited one more day, I think we would not have left at all. The road was under fire [[the next day|DATE:2020-02-02]], people told us.
Ruth: Did you go back?
Jamila: [[The regime|ACTOR:Syrian government forces]] came into [[Saraqib|PLACE]], then [[the factions|ACTOR:Syrian armed opposition]] came back, then [[the regime|ACTOR:Syrian government forces]] again. Our house is on [[the regime|ACTOR:Syrian government forces]] side now.
Jamila: {{c5|In [[March|DATE:2020-03-01..2020-03-31]], before the ceasefire, [[Zakariya|PERSON]] went with the truck to [[Nayrab|PLACE]], near the line, to bring the olive oil from his cousin's house.}} {{c5,c6|A [[guided missile|WEAPON:MISSILE]] hit the truck from the side of [[the regime|ACTOR:Syrian government forces]].}}
Jamila: {{c5|He jumped out before it burned. His back and his arm have shrapnel. He cannot drive now.}}
Ruth: Were you there?
Jamila: No. His cousin brought him to the hospital in [[Idlib|PLACE]]. I saw him there, [[the same night|DATE]].
Ruth: Is there anything you want to say?
Jamila: Write that [[Nour|PERSON]] was a student. He wanted to study English. He was not a fighter.
@@witness sy-saraqib-jamila-hajbakri
@@claim c1 harm=KILLED min=1 max=1 named="Nour al-Din" weapon=DRONE_STRIKE site="Afis" date=2020-01-24 basis=HEARSAY incident=sy-saraqib-20200124-afis-road-nour-drone
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null named="Abdulkarim" weapon=EXPLOSIVE_UNSPECIFIED site="Saraqib" date=2020-01-27 basis=WITNESSED incident=sy-saraqib-20200127-abdulkarim-house-grain-centre
@@claim c4 harm=DISPLACED min=7 max=null site="Saraqib" date=2020-02-01 basis=EXPERIENCED incident=sy-saraqib-20200201-hajbakri-family-flight
@@claim c5 harm=INJURED min=1 max=1 named="Zakariya" weapon=MISSILE actor="Syrian government forces" site="Nayrab" date=2020-03-01..2020-03-31 basis=HEARSAY incident=sy-saraqib-20200300-nayrab-truck-missile
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Syrian government forces" site="Nayrab" date=2020-03-01..2020-03-31 basis=HEARSAY incident=sy-saraqib-20200300-nayrab-truck-missile
