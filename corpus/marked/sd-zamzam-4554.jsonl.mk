id: sd-zamzam-4554
interview_date: 2026-11-10
place: Tawila, North Darfur
language: Arabic (Sudanese), interpreted into English

INT: We are recording. Please say your name and where you lived.
RESP: [[Tijani Abdelrahim Bosh|PERSON]]. I lived in [[Zamzam|PLACE]] camp from [[2005|DATE:2005-01-01..2005-12-31]]. I had a small shop for phone credit and batteries, near the big market.
INT: You walk with a stick. Is that from the war?
RESP: No, no. That is a car accident, in [[2019|DATE:2019-01-01..2019-12-31]], on the road to [[Nyala|PLACE]]. Before all this. The leg never came straight.
INT: I want to ask about the Quran school in [[Zamzam|PLACE]], in [[November 2024|DATE:2024-11-01..2024-11-30]].
RESP: The khalwa. Yes. I was in my shop. It was [[a Tuesday|DATE:2024-11-19]], I know because Tuesday the lorry of the batteries comes. [[The Tuesday|DATE:2024-11-19]]. I was counting the money and there was a loud blast, then another, very near, and the dust came over the market.
RESP: I did not know what it was, [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], something. I closed the shop and I went to look, because my sister's boys study there.
INT: What did you see?
RESP: {{c1|The roof of zinc was down on the ground. The wall from the side of the market was open.}} {{c2|I saw five children dead, maybe six, they were covering them with the mats.}} My sister's boys were not there, they had gone to fetch water, God is generous.
RESP: {{c3|Later the radio said nine children died. The radio from [[Holland|PLACE]], Dabanga.}}
INT: Do you know who fired?
RESP: I did not see. Everybody said [[the Rapid Support|ACTOR:Rapid Support Forces]], they were on the north side of the camp. A [[drone|WEAPON:DRONE_STRIKE]]? No, there was no [[drone|WEAPON:DRONE_STRIKE]] [[that morning|DATE:2024-11-19]], I would hear it.
INT: You also told us about your brother.
RESP: My brother [[Adam Abdelrahim|PERSON]]. He went to [[Gezira|PLACE:Al Jazirah]] in [[2012|DATE:2012-01-01..2012-12-31]] for the farms, he married there, in [[Wad al-Noura|PLACE:Wad al-Nourah]], near [[Managil|PLACE:Al Managil]].
RESP: [[The Wednesday at the start of June|DATE:2024-06-05]], before the Eid, he called me. In [[the evening|DATE:2024-06-05]]. His voice was not his voice.
RESP: {{c4,c5|He said the [[RSF|ACTOR:Rapid Support Forces]] came to the village in [[the morning|DATE:2024-06-05]] with many cars, they fired [[shells|WEAPON:ARTILLERY]] first and then they came in shooting with the [[machine guns|WEAPON:SMALL_ARMS]], and more than a hundred people were killed.}}
RESP: {{c6,c12|He said our cousin [[Bashir Yagoub|PERSON]] was killed at the door of his house, and the son of [[Bashir|PERSON]], [[Awad|PERSON]], was taken, they put him on the car.}}
INT: Did you hear anything about [[Awad|PERSON]] after that?
RESP: {{c7|Nothing. Two years. We don't know where he is.}}
INT: And your brother himself?
RESP: {{c8|He ran with his wife and the children to [[Managil|PLACE:Al Managil]], they walked on the canal road.}} Now they are in [[Kassala|PLACE]], I think. The telephone is not always working.
INT: Was anyone else in your family detained?
RESP: {{c9|My nephew, [[Mubarak|PERSON]]. In [[Fasher|PLACE:El Fasher]], in [[March|DATE:2024-03-01..2024-03-31]], the istikhbarat of [[the army|ACTOR:Sudanese Armed Forces]] took him from the bus station, they said he is a spy for the [[Daam|ACTOR:Rapid Support Forces]] because his mother is Rizeigat.}} {{c10|They kept him forty days. When he came out he had the marks of the cable on his back.}}
INT: Did he tell you what happened inside?
RESP: Not much. He doesn't talk. He says only, if they had found the pictures on his phone, he would not come out.
INT: When did you leave [[Zamzam|PLACE]]?
RESP: {{c11|After [[the Eid al-Fitr|DATE:2025-03-30..2025-04-01]], [[the year after|DATE:2025-01-01..2025-12-31]]. We came here on donkeys, my wife and me and our six.}} Before that we stayed, we had nowhere.
@@witness sd-zamzam-tijani-abdelrahim-bosh
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Zamzam" date=2024-11-19 basis=WITNESSED incident=sd-zamzam-20241119-khalwa-shelling
@@claim c2 harm=KILLED min=5 max=6 weapon=EXPLOSIVE_UNSPECIFIED site="Zamzam" date=2024-11-19 basis=WITNESSED incident=sd-zamzam-20241119-khalwa-shelling
@@claim c3 harm=KILLED min=9 max=9 site="Zamzam" date=2024-11-19 basis=REPORTED incident=sd-zamzam-20241119-khalwa-shelling
@@claim c4 harm=KILLED min=101 max=null weapon=SMALL_ARMS actor="Rapid Support Forces" site="Wad al-Noura" date=2024-06-05 basis=HEARSAY incident=sd-wadalnoura-20240605-village-attack
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Rapid Support Forces" site="Wad al-Noura" date=2024-06-05 basis=HEARSAY incident=sd-wadalnoura-20240605-village-attack
@@claim c6 harm=KILLED min=1 max=1 named="Bashir Yagoub" actor="Rapid Support Forces" site="Wad al-Noura" date=2024-06-05 basis=HEARSAY incident=sd-wadalnoura-20240605-village-attack
@@claim c12 harm=DETAINED min=1 max=1 named="Awad" actor="Rapid Support Forces" site="Wad al-Noura" date=2024-06-05 basis=HEARSAY incident=sd-wadalnoura-20240605-village-attack
@@claim c7 harm=MISSING min=1 max=1 named="Awad" actor="Rapid Support Forces" site="Wad al-Noura" date=2024-06-05 basis=HEARSAY incident=sd-wadalnoura-20240605-village-attack
@@claim c8 harm=DISPLACED min=null max=null named="Adam Abdelrahim" site="Wad al-Noura" date=2024-06-05 basis=HEARSAY incident=sd-wadalnoura-20240605-village-attack
@@claim c9 harm=DETAINED min=1 max=1 named="Mubarak" actor="Sudanese Armed Forces" site="Fasher" date=2024-03-01..2024-03-31 basis=HEARSAY incident=sd-fasher-20240300-mubarak-detention
@@claim c10 harm=INJURED min=1 max=1 named="Mubarak" actor="Sudanese Armed Forces" site="Fasher" date=2024-03-01..2024-03-31 basis=WITNESSED incident=sd-fasher-20240300-mubarak-detention
@@claim c11 harm=DISPLACED min=8 max=8 site="Zamzam" date=2025-03-30..2025-04-01 basis=EXPERIENCED incident=sd-zamzam-20250400-bosh-family-flight
