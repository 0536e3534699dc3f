@@encoding utf-16le
NOTES OF A TELEPHONE INTERVIEW
Interview ID: UA-BLK-3305
Date: 14/03/2023
Location: by phone; witness in [[Balakliia|PLACE]], [[Kharkiv|PLACE]] oblast
Language: Ukrainian and Russian (surzhyk)
Interviewer: [[Ruth Adebayo|PERSON]]
Interpreter: [[Kateryna Vovk|PERSON]]

The witness, W-3305, is [[Tamara Yatsenko|PERSON]], 66, a retired nurse from the polyclinic of [[Balakliia|PLACE]] (she says "[[Balakleya|PLACE:Balakliia]]", the Russian form, throughout). The line was bad at the start; the call lasted about fifty minutes.

She said the town was occupied from [[the 3rd of March|DATE:2022-03-03]], without fighting in the centre. [[The Russians|ACTOR:Russian armed forces in Ukraine]] set up a commandant's office and used the police building on [[Zhovtneva street|PLACE]] "for their prisoners", as she put it.

First, her grandson. {{c1|[[Artem Yatsenko|PERSON]], 19, was arrested with two friends, [[Bohdan Lysenko|PERSON]] and [[Ilya|PERSON]] (she did not know his surname), at the checkpoint near the bread factory on [[the Thursday after Easter|DATE:2022-04-28]].}} She did not see it herself. {{c1|[[Ilya|PERSON]]'s mother, [[Vira|PERSON]], who was on the same bus, told her that the soldiers took the three boys' phones, found a channel of [[the Ukrainian army|ACTOR:Ukrainian armed forces]] in [[Bohdan|PERSON]]'s phone and pulled all three off the bus.}}

{{c1|According to the witness, [[Artem|PERSON]] was held in the basement of the police building for "six weeks, maybe a bit more", and came home in [[the middle of June|DATE:2022-06-10..2022-06-20]], "thin like a stick".}} {{c2|He told her he was beaten and given electric shocks to the fingers; she treated burns on his hands herself.}} She said he does not want to talk to anyone official.

{{c3|[[Bohdan Lysenko|PERSON]] did not come back. His family has had no news of him since [[April 2022|DATE:2022-04-01..2022-04-30]], and she believes he was moved to [[Russia|PLACE]] or to [[Kupyansk|PLACE:Kupiansk]]; nobody knows.}} [[Ilya|PERSON]] was released [[after about ten days|DATE]].

Asked whether she was ever detained herself, she said no. Two men in masks came to the polyclinic in [[May|DATE:2022-05-01..2022-05-31]] and told her that if she treated "Ukrainian fighters" they would "take her to the basement too". She continued to treat neighbours at home. Her neighbour [[Ivan Shcherbak|PERSON]] was called to the commandant's office, questioned for about an hour about his son in the army, and let go [[the same day|DATE]]. [Interpreter: she uses the word "komendatura" for the commandant's office.]

The town was retaken by [[Ukrainian forces|ACTOR:Ukrainian armed forces]] around [[the 8th of September|DATE:2022-09-08]]. She said there was no fighting in her street during the retreat: "they simply disappeared overnight."

After that, "on [[the 10th or 11th|DATE:2022-09-10..2022-09-11]]", [[the Russians|ACTOR:Russian armed forces in Ukraine]] fired [[Grad rockets|WEAPON:ROCKET]] at the centre. {{c4|She saw the old mill by the railway burning from her balcony; she says it is now "gutted, only the brick box left", and the roofs of the garages beside it are "like crumpled paper".}} {{c5|Two people were killed near the market by the same [[Grads|WEAPON:ROCKET]], a colleague from the hospital, Dr. [[Lidiia Onyshchenko|PERSON]], told her; she did not know their names.}}

The most painful part of the call concerned her brother-in-law. {{c6|[[Mykhailo Yatsenko|PERSON]], 61, went to pick mushrooms in the forest near [[Savyntsi|PLACE]] in [[October|DATE:2022-10-01..2022-10-31]], "[[the first Sunday|DATE:2022-10-02]]", and stepped on a [[mine|WEAPON:LANDMINE]]; he was found dead [[the next day|DATE:2022-10-03]] by the [[Savyntsi|PLACE]] deminers.}} She heard this from his wife [[Nina|PERSON]]. [pause in the call; the witness was crying] She added that everybody knew the forest had been "full of [[mines|WEAPON:LANDMINE]]" since the occupation, but "the men do not listen".

Her daughter [[Olha|PERSON]] lived in [[Kupiansk|PLACE]] with two children. {{c7|In [[January|DATE:2023-01-01..2023-01-31]] the [[shelling|WEAPON:ARTILLERY]] there "did not stop for one hour", and [[Olha|PERSON]] and the children came to live with the witness in [[Balakleya|PLACE:Balakliia]]; they are still with her.}} {{c8|The city council of [[Kupiansk|PLACE]] wrote on its Telegram channel that eleven houses on [[Olha|PERSON]]'s street, [[Sadova|PLACE:Sadova street]], were damaged on [[the night of the 17th of January|DATE:2023-01-17]].}} {{c9|Her daughter's own flat lost every window and the balcony fell into the yard, [[Olha|PERSON]] told her.}}

Asked what she would want investigators to do, she said: "Find [[Bohdan|PERSON]]. For the rest, God will judge."

The witness agreed to be contacted again. Notes typed by [[Ruth Adebayo|PERSON]] on the same day.
@@witness ua-balakliia-tamara-yatsenko
@@claim c1 harm=DETAINED min=3 max=3 named="Artem Yatsenko; Bohdan Lysenko; Ilya; Artem" actor="Russian armed forces in Ukraine" site="Balakliia" date=2022-04-28 basis=HEARSAY incident=ua-balakliia-20220428-bread-factory-checkpoint-boys
@@claim c2 harm=INJURED min=1 max=1 named="Artem" actor="Russian armed forces in Ukraine" site="Zhovtneva street" date=2022-04-28..2022-06-20 basis=HEARSAY incident=ua-balakliia-20220428-bread-factory-checkpoint-boys
@@claim c3 harm=MISSING min=1 max=1 named="Bohdan Lysenko" actor="Russian armed forces in Ukraine" site="Balakliia" date=2022-04-01..2022-04-30 basis=HEARSAY incident=ua-balakliia-20220428-bread-factory-checkpoint-boys
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Russian armed forces in Ukraine" site="Balakliia" date=2022-09-10..2022-09-11 basis=WITNESSED incident=ua-balakliia-20220910-railway-mill-grad
@@claim c5 harm=KILLED min=2 max=2 weapon=ROCKET actor="Russian armed forces in Ukraine" site="Balakliia" date=2022-09-10..2022-09-11 basis=HEARSAY incident=ua-balakliia-20220910-railway-mill-grad
@@claim c6 harm=KILLED min=1 max=1 named="Mykhailo Yatsenko" weapon=LANDMINE site="Savyntsi" date=2022-10-02 basis=HEARSAY incident=ua-balakliia-20221002-savyntsi-forest-mine
@@claim c7 harm=DISPLACED min=3 max=3 named="Olha" weapon=ARTILLERY site="Kupiansk" date=2023-01-01..2023-01-31 basis=WITNESSED incident=ua-kupiansk-20230100-olha-family-flight
@@claim c8 harm=PROPERTY_DAMAGE min=11 max=11 weapon=ARTILLERY site="Sadova" date=2023-01-17 basis=REPORTED incident=ua-kupiansk-20230117-sadova-street-shelling
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Sadova" date=2023-01-17 basis=HEARSAY incident=ua-kupiansk-20230117-sadova-street-shelling
