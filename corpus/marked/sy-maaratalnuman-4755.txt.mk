@@newline crlf
Interview ID: IDL-4755
Interview date: 11/03/2020
Location: [[Kafr Lusin|PLACE]], northern [[Idlib|PLACE]], near the border
Language: Arabic
Interviewer: [[Liam Garvey|PERSON]]
Interpreter: [[Hiba Tarraf|PERSON]]

Q: Thank you. Please tell us who you are.
A: [[Yahya Shaaban Darwich|PERSON]]. I am from [[Maarat al-Numan|PLACE]]. Thirty-four. I worked in a bakery in the town, at night, and in the day I sold gas cylinders.
Q: When did the [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] on [[Maarat al-Numan|PLACE]] become heavy?
A: It was always, since [[2012|DATE:2012-01-01..2012-12-31]], eh, but [[last summer|DATE:2019-06-01..2019-08-31]] it became every day. The [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] in the day and the [[Grad|WEAPON:ROCKET]] from [[the regime|ACTOR:Syrian government forces]] at night. We counted, you know, like children count, one, two, three, to know if the [[rockets|WEAPON:ROCKET]] were coming near.
Q: Was anyone in your family hurt [[that summer|DATE:2019-06-01..2019-08-31]]?
A: {{c1|My cousin [[Karim|PERSON]]. In [[July|DATE:2019-07-01..2019-07-31]], [[a Friday|DATE:2019-07-12]], I think [[the 12th|DATE:2019-07-12]]. He was on his motorbike near the old souq and [[the jets|WEAPON:AIRSTRIKE]] hit the street. A piece of metal went in his stomach.}} {{c2|Three people died in that street, I heard, two men from [[Kafr Nabl|PLACE]] who sold vegetables and a girl, I did not know them.}}
A: [[Karim|PERSON]] lived. They took out his spleen in the hospital in [[Ariha|PLACE]]. He is in [[Turkey|PLACE]] now. Allah karim, he is well.
Q: And your home?
A: We stayed until [[December|DATE:2019-12-01..2019-12-31]]. In [[December|DATE:2019-12-01..2019-12-31]] [[the helicopters|WEAPON:AIRSTRIKE]] came with the [[barrels|WEAPON:BARREL_BOMB]]. Four, five in one hour. {{c3|One [[barrel|WEAPON:BARREL_BOMB]] fell on the house of our neighbour [[Abu Jaafar Qaddah|PERSON]], [[the 20th|DATE:2019-12-20]] or so. The house was gone, all of it.}} They were already in the camps, thanks God, nobody was inside.
A: {{c5|[[Two days after|DATE:2019-12-22]] we left. My mother, my wife, my two girls, me. We took the mattresses on a pickup and went to [[Ariha|PLACE]], to my wife's uncle.}} The road was full, all [[Maara|PLACE:Maarat al-Numan]] was on the road, you cannot imagine.
Q: Where did you live in [[Ariha|PLACE]]?
A: In a building not finished, on [[al-Thawra street|PLACE]], three families on one floor with blankets for the walls. I found work in a bakery again, in the middle of the town.
Q: What happened in [[Ariha|PLACE]]?
A: [[The 4th of February|DATE:2020-02-04]]. [[The Tuesday|DATE:2020-02-04]]. Before the [[noon prayer|DATE:2020-02-04]]. I was downstairs, at the door, we were waiting for the car of the bread, the free bread that an organisation gives.
A: {{c6|Then the [[rockets|WEAPON:CLUSTER_MUNITION]] came, the ones that open in the air, and the small [[bombs|WEAPON:CLUSTER_MUNITION]] fell on the whole street, like a handful of stones, tak tak tak tak.}} I lay on the ground, I was lucky, the wall covered me.
A: {{c7|When I stood up, there were people on the ground all along the street. I saw four dead myself. One was [[Hamza|PERSON]], a boy from our building, eleven years. The others I did not know.}} {{c8,c11|In the hospital they said six died, and more than twenty injured.}}
Q: Who fired the [[rockets|WEAPON:CLUSTER_MUNITION]]?
A: Who else? [[The regime|ACTOR:Syrian government forces]], or [[the Russians|ACTOR:Russian forces]]. They were at [[Saraqib|PLACE]] already, [[Saraqib|PLACE]] fell in [[those days|DATE:2020-02-01..2020-02-08]].
Q: Were there fighters on [[al-Thawra street|PLACE]]?
A: No. No fighters, no checkpoint. The checkpoint of [[Hay'at Tahrir al-Sham|ACTOR:Hayat Tahrir al-Sham]] is at the exit of the town, on the road, far. On our street there was only bread and people.
Q: Did you stay in [[Ariha|PLACE]] after that?
A: {{c9|We left [[the next week|DATE:2020-02-09..2020-02-15]], to here, [[Kafr Lusin|PLACE]], to a tent. Again we left with nothing, the mattresses stayed in [[Ariha|PLACE]].}}
Q: Do you know what happened to your house in [[Maarrat al-Nu'man|PLACE:Maarat al-Numan]]?
A: {{c10|[[The army|ACTOR:Syrian government forces]] entered [[Maarat|PLACE:Maarat al-Numan]] at [[the end of January|DATE:2020-01-20..2020-01-31]]. I saw a video on Facebook, soldiers in our street, and our house is open, the door broken, black from fire inside.}} I knew it from the blue door. {{c12|The bakery where I worked, also, there was nothing left of it, my friend sent me the picture.}}
Q: Is there anything else?
A: If we had stayed in [[Maara|PLACE:Maarat al-Numan]], I think they would have taken me for the army service. I don't know. I only want to go back to my town.
@@witness sy-maaratalnuman-yahya-darwich
@@claim c1 harm=INJURED min=1 max=1 named="Karim" weapon=AIRSTRIKE actor="Russian forces" site="Maarat al-Numan" date=2019-07-12 basis=HEARSAY incident=sy-maaratalnuman-20190712-old-souq-karim-airstrike
@@claim c2 harm=KILLED min=3 max=3 weapon=AIRSTRIKE actor="Russian forces" site="Maarat al-Numan" date=2019-07-12 basis=HEARSAY incident=sy-maaratalnuman-20190712-old-souq-karim-airstrike
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null named="Abu Jaafar Qaddah" weapon=BARREL_BOMB actor="Syrian government forces" site="Maarat al-Numan" date=2019-12-20 basis=WITNESSED incident=sy-maaratalnuman-20191220-qaddah-house-barrel
@@claim c5 harm=DISPLACED min=5 max=5 site="Maarat al-Numan" date=2019-12-22 basis=EXPERIENCED incident=sy-maaratalnuman-20191222-darwich-family-flight
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Syrian government forces" site="al-Thawra street" date=2020-02-04 basis=WITNESSED incident=sy-ariha-20200204-thawra-street-bread-cluster
@@claim c7 harm=KILLED min=4 max=4 named="Hamza" weapon=CLUSTER_MUNITION actor="Syrian government forces" site="al-Thawra street" date=2020-02-04 basis=WITNESSED incident=sy-ariha-20200204-thawra-street-bread-cluster
@@claim c8 harm=KILLED min=6 max=6 weapon=CLUSTER_MUNITION actor="Syrian government forces" site="al-Thawra street" date=2020-02-04 basis=HEARSAY incident=sy-ariha-20200204-thawra-street-bread-cluster
@@claim c11 harm=INJURED min=21 max=null weapon=CLUSTER_MUNITION actor="Syrian government forces" site="al-Thawra street" date=2020-02-04 basis=HEARSAY incident=sy-ariha-20200204-thawra-street-bread-cluster
@@claim c9 harm=DISPLACED min=5 max=5 site="Ariha" date=2020-02-09..2020-02-15 basis=EXPERIENCED incident=sy-ariha-20200200-darwich-family-second-flight
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null actor="Syrian government forces" site="Maarat al-Numan" date=2020-01-20..2020-01-31 basis=REPORTED incident=sy-maaratalnuman-20200100-darwich-house-burned
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null site="Maarat al-Numan" date=2019-12-22..2020-03-11 basis=HEARSAY incident=sy-maaratalnuman-20200000-darwich-bakery-destroyed
