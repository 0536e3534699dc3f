Interview ID: GHT-4758
Date of interview: 9 July 2018
Place of interview: [[Afrin|PLACE]] city
Language: Arabic
Interviewer: [[Sophie Arnaud|PERSON]]
Interpreter: [[Majd Halabi|PERSON]]

[00:00:40] Q: Please tell me your name and your town.
[00:00:46] A: [[Khitam Zeitoun|PERSON]], [[Umm Ward|PERSON]]. From [[Saqba|PLACE]], in the [[Ghouta|PLACE:Eastern Ghouta]]. My husband had a shop for furniture, wood, chairs, the [[Saqba|PLACE]] work, everybody knows it.
[00:01:20] Q: Who lived with you?
[00:01:24] A: My husband [[Samer|PERSON]], my son [[Ward|PERSON]], seventeen, and the two girls. And my mother-in-law, Hajja [[Wedad|PERSON]].
[00:01:51] Q: Tell me about the fire you mentioned earlier.
[00:01:58] A: It was the beginning of [[March|DATE:2018-03-01..2018-03-31]]. [[The 2nd|DATE:2018-03-02]], [[a Friday|DATE:2018-03-02]], I remember because there was no prayer, nobody dared to go to the mosque.
[00:02:20] A: {{c1|At [[night|DATE:2018-03-02]] [[the planes|WEAPON:AIRSTRIKE]] threw the [[napalm|WEAPON:INCENDIARY]] on the street of the [[al-Siddiq mosque|PLACE]], our street. The fire was sticking on the walls, on the cars, and water made it worse.}}
[00:02:44] A: {{c2|The workshop of my husband burned, all the wood, the machines, twenty years of work, in one hour.}}
[00:03:05] A: {{c3|Our neighbour [[Abu Khaled Naasan|PERSON]] went out to put out the fire on his car. His hands and his face burned. He died [[after four days|DATE:2018-03-06]] in the medical point, there was no medicine for burns.}}
[00:03:31] Interpreter: She says "napalm", this is the word the people used for all the incendiary bombs.
[00:03:40] Q: Were you or your children hurt [[that night|DATE:2018-03-02]]?
[00:03:44] A: No, we were under, in the basement of the building. Only the smoke. We breathed with wet cloths.
[00:04:02] Q: What happened to your husband?
[00:04:06] A: [pause] [[The 7th of March|DATE:2018-03-07]]. The [[mortars|WEAPON:MORTAR]]. He went up to bring bread, the bakery in [[Sakba|PLACE:Saqba]] was open for two hours in [[the morning|DATE:2018-03-07]].
[00:04:25] A: {{c4,c5|A [[mortar shell|WEAPON:MORTAR]] fell near the bakery. [[Samer|PERSON]] and two other men were killed, and many were injured in the line.}} I did not see, my son [[Ward|PERSON]] was with him, he ran back to tell me, with blood on him, not his blood.
[00:04:52] A: We buried him [[the same day|DATE:2018-03-07]] in a garden, because the cemetery was under the [[shelling|WEAPON:ARTILLERY]]. [crying]
[00:05:30] Q: Take your time. Did you stay in [[Saqba|PLACE]]?
[00:05:35] A: {{c6|[[Four days after|DATE:2018-03-11]], we went to [[Hamoriya|PLACE:Hamouriyah]], to my sister, because people said [[the army|ACTOR:Syrian government forces]] was coming into [[Saqba|PLACE]] from the east.}}
[00:05:58] A: {{c7|Then in [[Hamouriyah|PLACE]], [[the 15th|DATE:2018-03-15]], [[the regime|ACTOR:Syrian government forces]] came in. People went out on the road to [[the army|ACTOR:Syrian government forces]] side, thousands, walking with white flags. We walked with them, we had nothing in the hands.}}
[00:06:30] A: {{c8|At the crossing the soldiers took the young men to one side. They took [[Ward|PERSON]]. I held his hand and the soldier pushed me away.}}
[00:06:52] A: {{c9|Since [[that day|DATE:2018-03-15]] I do not know anything about [[Ward|PERSON]]. I asked in the shelter in [[Adra|PLACE]], at the police, a lawyer in [[Damascus|PLACE]] took money from me. Nothing.}}
[00:07:20] Q: Was anybody else taken?
[00:07:24] A: {{c10|From our group, maybe twenty, twenty-five young men. Some came back [[after one month|DATE]], they said they were in the army service now.}} [[Ward|PERSON]] did not come back.
[00:07:45] Q: And then you came north?
[00:07:49] A: {{c11|In [[April|DATE:2018-04-01..2018-04-30]], they let us take the green buses to the north, me, my girls and Hajja [[Wedad|PERSON]].}} I did not want to go without my son. But they said, if you stay, they will take you also.
[00:08:15] Q: Is there something you want to add?
[00:08:19] A: The people say [[Saqba|PLACE]] now is quiet, that they are painting the walls. Let them paint. I want to know where is [[Ward|PERSON]].
@@witness sy-saqba-khitam-zeitoun
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="al-Siddiq mosque" date=2018-03-02 basis=WITNESSED incident=sy-saqba-20180302-siddiq-mosque-street-napalm
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null named="Samer" weapon=INCENDIARY site="al-Siddiq mosque" date=2018-03-02 basis=EXPERIENCED incident=sy-saqba-20180302-siddiq-mosque-street-napalm
@@claim c3 harm=KILLED min=1 max=1 named="Abu Khaled Naasan" weapon=INCENDIARY site="al-Siddiq mosque" date=2018-03-02 basis=WITNESSED incident=sy-saqba-20180302-siddiq-mosque-street-napalm
@@claim c4 harm=KILLED min=3 max=3 named="Samer" weapon=MORTAR site="Sakba" date=2018-03-07 basis=HEARSAY incident=sy-saqba-20180307-bakery-line-mortar
@@claim c5 harm=INJURED min=null max=null weapon=MORTAR site="Sakba" date=2018-03-07 basis=HEARSAY incident=sy-saqba-20180307-bakery-line-mortar
@@claim c6 harm=DISPLACED min=5 max=5 site="Saqba" date=2018-03-11 basis=EXPERIENCED incident=sy-saqba-20180311-zeitoun-family-flight
@@claim c7 harm=DISPLACED min=2000 max=null actor="Syrian government forces" site="Hamouriyah" date=2018-03-15 basis=EXPERIENCED incident=sy-hamouriyah-20180315-corridor-zeitoun-ward-taken
@@claim c8 harm=DETAINED min=1 max=1 named="Ward" actor="Syrian government forces" site="Hamouriyah" date=2018-03-15 basis=WITNESSED incident=sy-hamouriyah-20180315-corridor-zeitoun-ward-taken
@@claim c9 harm=MISSING min=1 max=1 named="Ward" actor="Syrian government forces" site="Hamouriyah" date=2018-03-15 basis=EXPERIENCED incident=sy-hamouriyah-20180315-corridor-zeitoun-ward-taken
@@claim c10 harm=DETAINED min=20 max=25 actor="Syrian government forces" site="Hamouriyah" date=2018-03-15 basis=WITNESSED incident=sy-hamouriyah-20180315-corridor-zeitoun-ward-taken
@@claim c11 harm=DISPLACED min=4 max=4 site="Hamouriyah" date=2018-04-01..2018-04-30 basis=EXPERIENCED incident=sy-hamouriyah-20180400-zeitoun-family-buses
