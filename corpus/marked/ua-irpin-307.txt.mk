Interview ID: UA-IRP-307
Date of interview: 19 August 2022
Place of interview: [[Irpin|PLACE]], [[Kyiv|PLACE]] oblast
Language: Russian and Ukrainian (mixed)
Interviewer: [[Jonas Weber|PERSON]]
Interpreter: [[Yuliia Hnatiuk|PERSON]]

INT: Please tell us where you were living in [[February|DATE:2022-02-01..2022-02-28]].
RESP: In [[Irpen|PLACE:Irpin]]... [[Irpin|PLACE]], sorry, I speak Russian since childhood. On [[Universytetska street|PLACE]], near the park. Me, my wife [[Tetiana|PERSON]], and our daughter [[Sofiia|PERSON]]. At night we heard the [[cruise missiles|WEAPON:MISSILE]] fly over us to [[Kyiv|PLACE]], very low.
INT: When did the fighting reach your street?
RESP: At [[the end of February|DATE:2022-02-20..2022-02-28]] already we heard [[Hostomel|PLACE]], the helicopters, the airport. Then from [[the 27th|DATE:2022-02-27]] the town was under fire all the time. [[Grads|WEAPON:ROCKET]], [[artillery|WEAPON:ARTILLERY]], everything.
INT: Were you or your family hurt?
RESP: {{c1|On [[the 2nd of March|DATE:2022-03-02]] I was wounded, in the yard, I was cutting wood for the stove and a [[shell|WEAPON:ARTILLERY]] fell on the garages.}} Here, the leg, and here. [shows scar] My neighbour [[Hennadii Bilous|PERSON]] pulled me in. It was not bad, but after that we decided to go.
INT: Was there any Ukrainian military position near your building?
RESP: No. Nothing. Near the park there was nobody, I know every tree there. The [[ZSU|ACTOR:Ukrainian armed forces]] was at the river, at the bridge, two kilometres.
INT: How did you leave?
RESP: On foot to the bridge at [[Romanovka|PLACE:Romanivka]], the one that our people blew up so the tanks cannot pass. There was a crossing under it, on planks. [[The 5th of March|DATE:2022-03-05]], [[Saturday|DATE:2022-03-05]], in [[the morning|DATE]]. I am sure about [[Saturday|DATE:2022-03-05]] because my daughter's birthday is the 4th, and we celebrated it in the basement with one candle.
INT: What happened at the crossing?
RESP: There were hundreds of people. Then "[[mina|WEAPON:MORTAR]]", "[[mina|WEAPON:MORTAR]]", people shout.
[Interpreter: "mina" here means a mortar bomb, not a landmine. He used the Russian word.]
RESP: {{c2|The [[mortar|WEAPON:MORTAR]] fell maybe thirty metres from us, on the road to the bridge. Three people were killed, I saw them after: a man with a dog, and a woman and her son, a teenager.}} {{c3|Other people were wounded, dozens, I cannot say how many.}}
INT: Some people remember this happening on [[the 6th|DATE:2022-03-06]]. Could it have been [[the 6th|DATE:2022-03-06]]?
RESP: It could be, yes. [pause] No, I think [[Saturday|DATE:2022-03-05]]. But everything was one long day then.
INT: Who fired on the crossing?
RESP: [[The Russians|ACTOR:Russian armed forces in Ukraine]], they were in [[Bucha|PLACE]] and [[Vorzel|PLACE]], they could see the road. Who else? They knew it was the road of the civilians.
INT: Do you have family elsewhere in the region?
RESP: My brother lives in [[Borodyanka|PLACE:Borodianka]], on [[Tsentralna street|PLACE]]. {{c4|He told me [[the planes|WEAPON:AIRSTRIKE]] hit two nine-storey buildings there at [[night|DATE]], [[the 1st or the 2nd of March|DATE:2022-03-01..2022-03-02]], and many people stayed under them in the basements.}} {{c5|His friend [[Oleksii Dzyuba|PERSON]] and his wife [[Inna|PERSON]] died there, and they found them only in [[April|DATE:2022-04-01..2022-04-30]].}} {{c8|He says forty, fifty people died in those buildings, but this is what people say, nobody knows.}}
INT: What about your own home now?
RESP: {{c6|Our building was hit twice, the fourth floor burned out, the roof is gone.}} We saw it when we came back in [[May|DATE:2022-05-01..2022-05-31]]. The [[Giraffe shopping centre|PLACE]] also, you have seen it, everything black. If we had stayed in the basement one more week, I think we would not be sitting here.
INT: Where do you live now?
RESP: {{c7|We came back, but we live with my wife's mother in [[Kyiv|PLACE]] while they fix the roof, since [[March|DATE]] we have no home of our own.}}
@@witness ua-irpin-witness-307
@@claim c1 harm=INJURED min=1 max=1 weapon=ARTILLERY site="Universytetska street" date=2022-03-02 basis=EXPERIENCED incident=ua-irpin-20220302-universytetska-garages
@@claim c2 harm=KILLED min=3 max=3 weapon=MORTAR actor="Russian armed forces in Ukraine" site="Romanovka" date=2022-03-05 basis=WITNESSED incident=ua-irpin-20220306-bridge-evacuation
@@claim c3 harm=INJURED min=24 max=null weapon=MORTAR actor="Russian armed forces in Ukraine" site="Romanovka" date=2022-03-05 basis=WITNESSED incident=ua-irpin-20220306-bridge-evacuation
@@claim c4 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE site="Tsentralna street" date=2022-03-01..2022-03-02 basis=HEARSAY incident=ua-borodianka-20220301-tsentralna-buildings
@@claim c5 harm=KILLED min=2 max=2 named="Oleksii Dzyuba; Inna" weapon=AIRSTRIKE site="Tsentralna street" date=2022-03-01..2022-03-02 basis=HEARSAY incident=ua-borodianka-20220301-tsentralna-buildings
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Universytetska street" basis=WITNESSED incident=ua-irpin-20220300-universytetska-building
@@claim c7 harm=DISPLACED min=3 max=3 site="Irpin" date=2022-03-05 basis=EXPERIENCED incident=ua-irpin-20220305-witness-307-displaced
@@claim c8 harm=KILLED min=40 max=50 weapon=AIRSTRIKE site="Tsentralna street" date=2022-03-01..2022-03-02 basis=HEARSAY incident=ua-borodianka-20220301-tsentralna-buildings
