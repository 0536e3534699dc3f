id: ps-beithanoun-3406
interview_date: 2024-06-11
place: Deir al-Balah
language: Arabic (interpreted)

INTERVIEWER: Good afternoon. Please tell me who you are.
WITNESS: [[Samir al-Masri|PERSON]], [[Abu Tareq|PERSON]]. Fifty-eight years. From [[Beit Hanun|PLACE:Beit Hanoun]], the north, the first town after the border. Now in a tent in [[Deir al-Balah|PLACE]], near the sea.
INTERVIEWER: What did you do in [[Beit Hanoun|PLACE]]?
WITNESS: I had a shop of spare parts for cars, on the main street, under the house of the [[Shabat|PERSON]] family. Thirty years the shop.
INTERVIEWER: The [[Shabat|PERSON]] house, that was in [[2014|DATE:2014-01-01..2014-12-31]]?
WITNESS: Yes, in the war of [[2014|DATE:2014-01-01..2014-12-31]], in [[Ramadan|DATE:2014-06-28..2014-07-27]]. [[The last ten days|DATE:2014-07-18..2014-07-27]], [[the 23rd of Ramadan|DATE:2014-07-21]], I think, in [[the morning|DATE:2014-07-21]] [[after the suhoor|DATE:2014-07-21]]. I was opening the shop for one hour only, to take some things home.
WITNESS: {{c1|The [[shells|WEAPON:ARTILLERY]] came from the east, from [[the tanks|WEAPON:ARTILLERY]], on the house above me, and the ceiling of my shop came down on the goods, on the oil, on everything.}} I was at the door, this is why I am alive.
WITNESS: {{c2|The house of [[Shabat|PERSON]], three floors, it folded, like a cake, I saw it with my eyes from the other side of the street.}}
WITNESS: {{c3|We pulled out one boy, [[Yazan|PERSON]], alive, his leg was crushed under the stones.}} The others we could not. The ambulance came late, [[after two hours|DATE:2014-07-21]], because of the [[shelling|WEAPON:ARTILLERY]].
INTERVIEWER: How many people died in that house?
WITNESS: {{c4|The radio, al-Aqsa... no, Radio al-Quds... I don't remember which, it said seven, seven from the [[Shabat|PERSON]] family.}} I knew [[Jihad|PERSON]], he was a good man, he used to buy the brake oil from me.
INTERVIEWER: And in this war? When did you leave [[Beit Hanoun|PLACE]]?
WITNESS: {{c5|The first week. [[The 13th of October|DATE:2023-10-13]]. We were fourteen persons, my family and my brother's family, we went to [[al-Shati|PLACE]] camp, to my wife's sister.}}
INTERVIEWER: You were in [[al-Shati|PLACE]] camp for how long?
WITNESS: Four weeks. The beach camp, [[Shati|PLACE:al-Shati]], you know it, small streets, very crowded.
WITNESS: {{c6|In [[the first days of November|DATE:2023-11-01..2023-11-05]] I went down to the small harbour and I saw the boats of the fishermen burning, eight boats, maybe more, from the [[shelling|WEAPON:ARTILLERY]] from the sea.}} The fishermen were crying like children.
WITNESS: {{c7,c11|And [[the same week|DATE:2023-11-01..2023-11-07]] [[the planes|WEAPON:AIRSTRIKE]] hit the house of the [[Bakr|PERSON]] family, near the [[al-Sousi mosque|PLACE]], and the neighbours told us twenty-two died from one family, from the grandmother to the babies.}} I did not go to see. I couldn't.
WITNESS: Nobody in our house was hurt, thanks to God, only fear.
INTERVIEWER: Then you went south?
WITNESS: [[The 9th of November|DATE:2023-11-09]]. On [[Salah al-Din street|PLACE]], walking, with the white flag, all of us.
WITNESS: {{c8|At the checkpoint near [[Netzarim|PLACE]] the soldiers of [[the occupation|ACTOR:Israeli forces]] pointed at my son [[Tareq|PERSON]], come here, and they took him. He is thirty-one. I saw them push him into a hole in the sand, with the hands tied.}}
WITNESS: Me they looked at my card, they looked at my face, they said go, go, yalla.
INTERVIEWER: Do you know where [[Tareq|PERSON]] is now?
WITNESS: {{c9|A lawyer from an organisation phoned my wife in [[April|DATE:2024-04-01..2024-04-30]], he said [[Tareq|PERSON]] is in [[Ofer|PLACE]] prison, no charge, no visit.}} At least he is alive. His wife [[Salam|PERSON]] cried all night when she heard. Salam, it means peace, and there is no peace in her life.
INTERVIEWER: Thank you, [[Abu Tareq|PERSON]].
WITNESS: Write also the shop. Thirty years. Twice it was destroyed, in [[2014|DATE:2014-01-01..2014-12-31]] and now again. {{c10|In [[the first month of this war|DATE:2023-10-07..2023-11-06]] the neighbours told me there is nothing left of the whole street, not one shop.}}
@@witness ps-beithanoun-samir-al-masri
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Beit Hanun" date=2014-07-21 basis=EXPERIENCED incident=ps-beithanoun-20140721-shabat-house
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Beit Hanun" date=2014-07-21 basis=WITNESSED incident=ps-beithanoun-20140721-shabat-house
@@claim c3 harm=INJURED min=1 max=1 named="Yazan" weapon=ARTILLERY site="Beit Hanun" date=2014-07-21 basis=WITNESSED incident=ps-beithanoun-20140721-shabat-house
@@claim c4 harm=KILLED min=7 max=7 weapon=ARTILLERY site="Beit Hanun" date=2014-07-21 basis=REPORTED incident=ps-beithanoun-20140721-shabat-house
@@claim c5 harm=DISPLACED min=14 max=14 site="Beit Hanoun" date=2023-10-13 basis=EXPERIENCED incident=ps-beithanoun-20231013-masri-family-displaced
@@claim c6 harm=PROPERTY_DAMAGE min=8 max=null weapon=ARTILLERY site="al-Shati" date=2023-11-01..2023-11-05 basis=WITNESSED incident=ps-shati-20231100-harbour-boats
@@claim c7 harm=KILLED min=22 max=22 weapon=AIRSTRIKE site="al-Sousi mosque" date=2023-11-01..2023-11-07 basis=HEARSAY incident=ps-shati-20231100-bakr-family-house
@@claim c8 harm=DETAINED min=1 max=1 named="Tareq" actor="Israeli forces" site="Netzarim" date=2023-11-09 basis=WITNESSED incident=ps-netzarim-20231109-masri-son-checkpoint
@@claim c9 harm=DETAINED min=1 max=1 named="Tareq" site="Ofer" date=2024-04-01..2024-04-30 basis=REPORTED incident=ps-netzarim-20231109-masri-son-checkpoint
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="Beit Hanoun" date=2023-10-07..2023-11-06 basis=HEARSAY incident=ps-beithanoun-20231000-main-street-shops
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Sousi mosque" date=2023-11-01..2023-11-07 basis=HEARSAY incident=ps-shati-20231100-bakr-family-house
