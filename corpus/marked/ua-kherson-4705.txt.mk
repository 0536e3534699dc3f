NOTES OF TELEPHONE FOLLOW-UP
Interview ID: UA-KHE-4705 (follow-up to UA-KHE-4704)
Date: 2023-06-21
Researcher: [[Hélène Marchetti|PERSON]]
Interpreter on the line: [[Dmytro Savchuk|PERSON]]
Witness: W-4704, same person as in January; now in [[Mykolaiv|PLACE]]

Call of about 40 minutes, the line cut twice. Witness is [[Oksana Melnychuk|PERSON]], the surgical nurse from [[Kherson|PLACE]]. She asked that we note she is tired and may mix dates.

1. Her son. {{c1|In [[April|DATE:2023-04-01..2023-04-30]] a man released in an exchange, [[Mykola Zhuk|PERSON]] from [[Oleshky|PLACE]], phoned her. He told her he had shared a cell with [[Taras|PERSON]] in the detention centre in [[Simferopol|PLACE]] over [[the winter|DATE:2022-12-01..2023-02-28]], that [[Taras|PERSON]] was thin but walking, and that the guards called him "the sapper" because of a photo of a mine in his phone.}} Witness says she cried for a day, because it means he was alive in winter. {{c2|In [[May|DATE:2023-05-01..2023-05-31]] the Coordination Headquarters for prisoners wrote to her that [[Taras|PERSON]] is registered as held by [[the Russian side|ACTOR:Russian armed forces in Ukraine]].}} She has no date for an exchange. She repeated that nobody from [[the Russians|ACTOR:Russian armed forces in Ukraine]] ever told her anything.

2. The [[Grad|WEAPON:ROCKET]] in [[December|DATE:2022-12-01..2022-12-31]]. Asked to confirm the date, she said "[[Saint Nicholas|DATE:2022-12-19]]", the children's holiday, so [[the 19th|DATE:2022-12-19]]. {{c3,c10,c11|She repeated: the kitchen wall of her flat fell, [[Valentyna|PERSON]] from the third floor died on the stairs, two men were cut in the yard.}} {{c4|She says later the district chat wrote four dead in [[Shumenske|PLACE:Shumenskyi]], not three; she does not know which is right.}}

3. Why she left. {{c5|On [[the 9th of May|DATE:2023-05-09]], in [[the afternoon|DATE:2023-05-09]], she was in the operating block when something exploded in the courtyard of the hospital. When she came out the ambulance garage was burning, two drivers she knows, [[Artem|PERSON]] and [[Vasyl Horbach|PERSON]], were sitting on the ground with burns on their arms and faces.}} {{c6|The garage and three ambulances burned.}} She thinks it was [[artillery|WEAPON:ARTILLERY]], "from over the river, like always". She stressed that there was no military vehicle in the courtyard, only the ambulances. {{c7|On [[the 12th|DATE:2023-05-12]] she went to her sister [[Liliia|PERSON]] in [[Mykolaiv|PLACE]] and has stayed there since.}} She says if she had stayed, "one day it finds you".

4. [[Antonivka|PLACE]]. Her colleague [[Nadiia|PERSON]] lives in [[Antonivka|PLACE]] and phoned her after the dam. {{c8|After the water went down, in [[the second half of June|DATE:2023-06-16..2023-06-20]], the houses by the shore were hit with fire from the sky at [[night|DATE:2023-06-16..2023-06-20]], "like fireworks that do not go out". [[Nadiia|PERSON]]'s street: four houses burned, and the old pharmacy.}} Witness calls it [[thermite|WEAPON:INCENDIARY]], that is what [[Nadiia|PERSON]] called it. Nobody died there, [[Nadiia|PERSON]] said, people were already in the cellars. Witness did not go to [[Antonivka|PLACE]].

5. Patients. Before she left, in [[April|DATE:2023-04-01..2023-04-30]], she cared for a farmer from [[Bilozerka|PLACE]], [[Hryhorii Sych|PERSON]], about seventy. {{c9|He said a [[drone|WEAPON:DRONE_STRIKE]] dropped a [[grenade with gas|WEAPON:CHEMICAL]] into his yard while he was feeding the geese; he was coughing and could not open his eyes for three days.}} Witness saw his eyes, red "like meat", but says she cannot say what the gas was.

6. Asked about the January interview: she confirms the story of [[Serhii|PERSON]] from [[Antonivka|PLACE]]; she has heard nothing of him since.

Follow-up: send her the contact of the psychologist in [[Mykolaiv|PLACE]]; ask again about [[Taras|PERSON]] in August.
@@witness ua-kherson-oksana-melnychuk
@@claim c1 harm=DETAINED min=1 max=1 named="Taras" actor="Russian armed forces in Ukraine" site="Simferopol" date=2022-12-01..2023-02-28 basis=HEARSAY incident=ua-kherson-20220814-chornobaivka-checkpoint-taras
@@claim c2 harm=DETAINED min=1 max=1 named="Taras" actor="Russian armed forces in Ukraine" date=2023-05-01..2023-05-31 basis=REPORTED incident=ua-kherson-20220814-chornobaivka-checkpoint-taras
@@claim c3 harm=KILLED min=1 max=1 named="Valentyna" weapon=ROCKET site="Shumenske" date=2022-12-19 basis=WITNESSED incident=ua-kherson-20221219-shumenskyi-grad
@@claim c4 harm=KILLED min=4 max=4 weapon=ROCKET site="Shumenske" date=2022-12-19 basis=REPORTED incident=ua-kherson-20221219-shumenskyi-grad
@@claim c5 harm=INJURED min=2 max=2 named="Artem; Vasyl Horbach" weapon=ARTILLERY site="Kherson" date=2023-05-09 basis=WITNESSED incident=ua-kherson-20230509-hospital-ambulance-garage
@@claim c6 harm=PROPERTY_DAMAGE min=3 max=3 weapon=ARTILLERY site="Kherson" date=2023-05-09 basis=WITNESSED incident=ua-kherson-20230509-hospital-ambulance-garage
@@claim c7 harm=DISPLACED min=1 max=1 named="Oksana Melnychuk" site="Kherson" date=2023-05-12 basis=EXPERIENCED incident=ua-kherson-20230512-melnychuk-to-mykolaiv
@@claim c8 harm=PROPERTY_DAMAGE min=5 max=5 weapon=INCENDIARY site="Antonivka" date=2023-06-16..2023-06-20 basis=HEARSAY incident=ua-antonivka-20230600-shore-houses-thermite
@@claim c9 harm=INJURED min=1 max=1 named="Hryhorii Sych" weapon=CHEMICAL site="Bilozerka" date=2023-04-01..2023-04-30 basis=HEARSAY incident=ua-bilozerka-20230400-sych-yard-gas-drone
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Shumenske" date=2022-12-19 basis=EXPERIENCED incident=ua-kherson-20221219-shumenskyi-grad
@@claim c11 harm=INJURED min=2 max=2 weapon=ROCKET site="Shumenske" date=2022-12-19 basis=WITNESSED incident=ua-kherson-20221219-shumenskyi-grad
