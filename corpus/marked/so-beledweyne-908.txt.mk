PHONE INTERVIEW NOTES
Ref: SO-BLW-908
Date: 2023-02-27
Caller: [[Abdiweli Hassan Farah|PERSON]] (male, about 40, ambulance driver, [[Belet Weyne|PLACE:Beledweyne]])
Notes by: [[Lucia Ferreira|PERSON]]. Line poor; call dropped twice.

[[Abdiweli|PERSON]] drives the ambulance of a private clinic in [[Beledweyn|PLACE:Beledweyne]]. He asked that the clinic not be named. He speaks good English and the call was in English, with some Somali words.

He was at the clinic on the day of the two [[car bombs|WEAPON:IED]], "[[the first Monday of October|DATE:2022-10-03]], [[the 3rd|DATE:2022-10-03]], [[around 1 o'clock|DATE:2022-10-03]]". He says the first [[car bomb|WEAPON:IED]] was a water tanker, not a minibus: "a tanker, everybody says tanker, because the water came everywhere with the blood." It went off near the district office, and the second one at the checkpoint a few minutes later. (Compare SO-BLW-907, which puts the first at the checkpoint.)

{{c1|He made, by his count, 9 trips to the [[Beledweyne General Hospital|PLACE]] that afternoon, three or four wounded each trip.}} He said: "I stopped counting the dead, I took the living." {{c7|He remembered two of the wounded he carried, "[[Sagal|PERSON]], a girl who sells tea, burns on her arms, and an old man, [[Aadan Gaab|PERSON]], who could not hear anything after."}} {{c2|Asked for a total, he gave 28 dead: "that is what the hospital wrote on the board [[the next day|DATE]]."}} He thinks the real number is higher, because some families took their dead home directly to bury before sunset.

{{c3|He named one of the dead as [[Cabdullaahi Jimcaale|PERSON]], a teacher at the Koranic school, about fifty, "killed at the tanker".}} He did not see it; the family told him.

He has no doubt who did it: "[[Shabaab|ACTOR:al-Shabaab]], they said it themselves." He added that [[the Somali army|ACTOR:Somali forces]] had taken villages in [[Hiiraan|PLACE]] that summer and "this was the revenge".

Second incident: in [[January|DATE:2023-01-01..2023-01-31]] (he thought "[[about the 20th|DATE:2023-01-17..2023-01-23]]"), he drove on the road to [[Mahas|PLACE]] to collect wounded. {{c4,c6|A pick-up of clan militia fighting with [[the army|ACTOR:Somali forces]] hit a [[roadside bomb|WEAPON:IED]]; he picked up three wounded and two dead.}} One of the wounded was a boy, "[[Guuleed|PERSON]], maybe fourteen, he was only riding along." {{c5,c8|On the way back, a minibus in front of him drove off the road to avoid a hole and hit a [[landmine|WEAPON:LANDMINE]], "or another [[bomb|WEAPON:IED]], I don't know which". The driver lost both legs.}}

He was asked whether any [[air strikes|WEAPON:AIRSTRIKE]] had hit civilians near [[Beledweyne|PLACE]]. He said he had heard of [[strikes|WEAPON:AIRSTRIKE]] "on the [[Shabaab|ACTOR:al-Shabaab]] in the bush" but never carried a civilian injured by one. "There were no civilians from [[the planes|WEAPON:AIRSTRIKE]] in my ambulance, I can say only that."

He ended by asking whether the clinic could receive help with tyres. Follow-up with the clinic administrator agreed for March.
@@witness so-beledweyne-abdiweli-hassan
@@claim c1 harm=INJURED min=null max=null weapon=IED site="Beledweyne General Hospital" date=2022-10-03 basis=WITNESSED incident=so-beledweyne-20221003-twin-car-bombs
@@claim c2 harm=KILLED min=28 max=28 weapon=IED site="Beledweyn" date=2022-10-03 basis=REPORTED incident=so-beledweyne-20221003-twin-car-bombs
@@claim c3 harm=KILLED min=1 max=1 named="Cabdullaahi Jimcaale" weapon=IED site="Beledweyn" date=2022-10-03 basis=HEARSAY incident=so-beledweyne-20221003-twin-car-bombs
@@claim c4 harm=INJURED min=3 max=3 named="Guuleed" weapon=IED site="Mahas" date=2023-01-17..2023-01-23 basis=WITNESSED incident=so-mahas-20230100-road-ied
@@claim c5 harm=INJURED min=1 max=1 weapon=LANDMINE site="Mahas" date=2023-01-17..2023-01-23 basis=WITNESSED incident=so-mahas-20230100-minibus-mine
@@claim c6 harm=KILLED min=2 max=2 weapon=IED site="Mahas" date=2023-01-17..2023-01-23 basis=WITNESSED incident=so-mahas-20230100-road-ied
@@claim c7 harm=INJURED min=2 max=2 named="Sagal; Aadan Gaab" weapon=IED site="Beledweyn" date=2022-10-03 basis=WITNESSED incident=so-beledweyne-20221003-twin-car-bombs
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=LANDMINE site="Mahas" date=2023-01-17..2023-01-23 basis=WITNESSED incident=so-mahas-20230100-minibus-mine
