WITNESS STATEMENT
Statement ID: SO-AFG-4407
Date of interview: 9 September 2020
Place of interview: [[Mogadishu|PLACE]], [[Kaxda|PLACE]] district
Language: Somali (Maay and Maxaa), interpreted into English
Interviewer: [[Rosalind Achebe|PERSON]]
Interpreter: [[Sharmaarke Cali|PERSON]]

My name is [[Cabdullaahi Xasan Mire|PERSON]]. I am thirty-eight years old. I was born in [[Janaale|PLACE]] and I have driven a minibus between [[Afgooye|PLACE]] and [[Mogadishu|PLACE]] for eleven years. The minibus belongs to my aunt [[Qamar|PERSON]]'s husband, [[Faarax Geedi|PERSON]]. I give him the money every evening.

On [[Sunday the 12th of January this year|DATE:2020-01-12]] I was driving from [[Afgoye|PLACE:Afgooye]] toward the city. It was [[after the morning prayer|DATE:2020-01-12]], maybe seven. I had fourteen passengers, people going to work and to the market in [[Bakaara|PLACE]]. At the checkpoint by the [[Afgooye bridge|PLACE]], over the [[Shabelle|PLACE]], the soldiers of the government, [[the army|ACTOR:Somali forces]], stopped every car. Every day they take money, two dollars, five dollars, it depends on the man.

[[That morning|DATE:2020-01-12]] I had only one dollar left. I told the soldier I will give him the rest in the evening. He shouted, I did not understand everything, and I started the engine again slowly. I thought he agreed. {{c2|Then they shot at the minibus from behind, two of them, with the [[Kalashnikov|WEAPON:SMALL_ARMS]], many bullets.}}

{{c2|A bullet went in my shoulder, the left one, and I lost the control, the minibus went into the ditch.}} [Interpreter's note: the witness showed a scar on his upper left arm and shoulder.]

{{c3|When I turned around I saw that the old woman behind me, [[Sacdiyo Xuseen|PERSON]], she was dead, with her head on the window. And a young man, [[Guuleed|PERSON]], twenty years, a student, he was also dead, he was on the back seat. Another woman died on the way to the hospital, I did not know her name.}} {{c4|Four or five were wounded, one boy lost his eye.}}

The soldiers ran away when the people came. Later the commander came and said it was a mistake. Nobody was arrested that I know. Nobody paid the families anything.

I was in [[Madina hospital|PLACE]] for nine days. {{c1|The minibus was full of holes.}} [[Faarax|PERSON]] repaired it and I drive again, but I do not stop at that checkpoint without money now, never.

I want to tell also about [[Sabiid|PLACE]], near [[Afgooye|PLACE]]. This was [[before the Deyr rains last year|DATE:2019-09-01..2019-10-31]], I think [[October|DATE:2019-10-01..2019-10-31]]. I was on the road in [[the afternoon|DATE:2019-10-01..2019-10-31]] and I saw [[the planes|WEAPON:AIRSTRIKE]], two, very high, and then the smoke went up from the farms on the left side. People in the minibus said it was [[the Americans|ACTOR:US forces]], others said it was [[the government|ACTOR:Somali forces]]. I don't know whose planes.

{{c5|[[The next day|DATE]] I drove past again and I saw it. The farmhouse was flat, the roof was in the field, the water pump was broken in pieces.}}

{{c6|My cousin [[Bilan|PERSON]] lives in [[Sabiid|PLACE]]. She told me that two farmers who worked there were killed, and a small child, the daughter of one of them.}} She said they were not [[Shabaab|ACTOR:al-Shabaab]], they were farmers. I was not there when it happened. I only saw the house after.

About my family. My mother and my two sisters lived in [[Janaale|PLACE]] until the fighting [[last March|DATE:2020-03-01..2020-03-31]], when [[the army|ACTOR:Somali forces]] and the [[African Union|ACTOR:African Union forces]] came to take the town back from the [[Shabaab|ACTOR:al-Shabaab]]. I was in [[Mogadishu|PLACE]]. My mother told me everything on the phone. {{c7|The [[mortars|WEAPON:MORTAR]] fell in the town for three days, she said, and they ran with nothing, not even the goats. They walked for two days to [[Afgooye|PLACE]] with my sisters [[Kaltuun|PERSON]] and [[Shamso|PERSON]], and I took them from there to the camp here in [[Kaxda|PLACE]].}}

People say that the [[Shabaab|ACTOR:al-Shabaab]] put [[mines|WEAPON:LANDMINE]] on the farm roads when they left [[Janaale|PLACE]]. I have not seen any [[mines|WEAPON:LANDMINE]] myself, and nobody in my family was hurt by them.

My mother says she wants to go back to [[Janale|PLACE:Janaale]] when it is calm. I tell her, wait. It is not calm.

This statement was read back to me in Somali and it is correct.
@@witness so-afgooye-cabdullaahi-mire
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS actor="Somali forces" site="Afgooye bridge" date=2020-01-12 basis=EXPERIENCED incident=so-afgooye-20200112-bridge-checkpoint-minibus-shooting
@@claim c2 harm=INJURED min=1 max=1 named="Cabdullaahi Xasan Mire" weapon=SMALL_ARMS actor="Somali forces" site="Afgooye bridge" date=2020-01-12 basis=EXPERIENCED incident=so-afgooye-20200112-bridge-checkpoint-minibus-shooting
@@claim c3 harm=KILLED min=3 max=3 named="Sacdiyo Xuseen; Guuleed" weapon=SMALL_ARMS actor="Somali forces" site="Afgooye bridge" date=2020-01-12 basis=WITNESSED incident=so-afgooye-20200112-bridge-checkpoint-minibus-shooting
@@claim c4 harm=INJURED min=4 max=5 weapon=SMALL_ARMS actor="Somali forces" site="Afgooye bridge" date=2020-01-12 basis=WITNESSED incident=so-afgooye-20200112-bridge-checkpoint-minibus-shooting
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Sabiid" date=2019-10-01..2019-10-31 basis=WITNESSED incident=so-sabiid-20191000-farmhouse-airstrike
@@claim c6 harm=KILLED min=3 max=3 weapon=AIRSTRIKE site="Sabiid" date=2019-10-01..2019-10-31 basis=HEARSAY incident=so-sabiid-20191000-farmhouse-airstrike
@@claim c7 harm=DISPLACED min=3 max=3 named="Kaltuun; Shamso" site="Janaale" date=2020-03-01..2020-03-31 basis=HEARSAY incident=so-janaale-20200300-mire-family-flight
