id: SD-OMD-213
interview_date: 2024-11-12
place: Port Sudan, Sudan
language: Arabic and English

INTERVIEWER: You volunteered with the emergency room in [[Ombadda|PLACE]]. For how long?
WITNESS: From [[August 2023|DATE:2023-08-01..2023-08-31]] until I left, in [[October|DATE:2024-10-01..2024-10-31]]. I was in my fourth year of medicine at the university in [[Khartoum|PLACE]] when the war came, so they made me the "doctor". [laughs] We were six volunteers, with one real doctor, Dr. [[Mazin|PERSON]].
INTERVIEWER: I want to ask you about [[the day|DATE:2024-09-02..2024-09-03]] in [[Dar es Salaam|PLACE:Dar al-Salam]], in [[September|DATE:2024-09-01..2024-09-30]].
WITNESS: Yes. It was [[the 2nd or the 3rd|DATE:2024-09-02..2024-09-03]], [[a Monday or a Tuesday|DATE:2024-09-02..2024-09-03]], I don't have my notebook. [[The late afternoon|DATE:2024-09-02..2024-09-03]]. We heard [[the plane|WEAPON:AIRSTRIKE]], then one explosion, not very big. [[Half an hour later|DATE:2024-09-02..2024-09-03]] people started to arrive at our room, walking, carried, on a donkey cart.
INTERVIEWER: What did you see?
WITNESS: {{c1|Coughing, everybody coughing. Red eyes, tears, some vomiting, the old ones could not breathe. In [[that night|DATE:2024-09-02..2024-09-03]] we received more than forty, I wrote the names of forty-three, and then I stopped writing.}} We had no oxygen. We had no nour, no electricity, we worked with the phones. Dr. [[Mazin|PERSON]] said it smells like [[chlorine|WEAPON:CHEMICAL]]. He washed their eyes with water, this is what we could do.
INTERVIEWER: Did anyone die?
WITNESS: {{c2|Four [[that night|DATE:2024-09-02..2024-09-03]], and two more in [[the next days|DATE:2024-09-03..2024-09-06]]. Six, all six of them from the street behind the tank. The youngest was [[Mujtaba Adlan|PERSON]], he was eight, his sister was six. An old man, Haj [[Babiker|PERSON]], and [[Nafisa|PERSON]], a woman who sold tea near the tank.}} [pause] {{c2|[[Nafisa|PERSON]] died in my hands. I could not do anything.}}
INTERVIEWER: Did you see what was dropped?
WITNESS: No. People said one [[barrel|WEAPON:BARREL_BOMB]] from [[the Antonov|WEAPON:AIRSTRIKE]], and that it did not explode properly, only smoke came out. Somebody said two [[barrels|WEAPON:BARREL_BOMB]]. I did not go there, the volunteers said do not go, the [[gas|WEAPON:CHEMICAL]] is still in the street.
INTERVIEWER: Do you know who dropped it?
WITNESS: Only [[the army|ACTOR:Sudanese Armed Forces]] has planes. The [[RSF|ACTOR:Rapid Support Forces]] has drones, but not planes. I am telling you what I know, not what I think. Is it a [[chemical weapon|WEAPON:CHEMICAL]]? I cannot prove it. I have the list of names and the symptoms, I gave it to the people from the UN who called us.
INTERVIEWER: Were there other attacks you received patients from?
WITNESS: Many. The worst for me was [[Souq Libya|PLACE]], in [[June|DATE:2024-06-01..2024-06-30]]. {{c3,c5,c6|A [[drone|WEAPON:DRONE_STRIKE]] hit the vegetable part of the market in [[the morning|DATE:2024-06-01..2024-06-30]].}} {{c3,c5|We received eleven dead and I think thirty injured.}} People said it was a [[drone|WEAPON:DRONE_STRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]], they saw it turning before. There were fighters of the [[RSF|ACTOR:Rapid Support Forces]] in the market, buying, like always, but most of the dead were women and sellers.
INTERVIEWER: Did the [[RSF|ACTOR:Rapid Support Forces]] ever interfere with your work?
WITNESS: {{c4|Yes. In [[March|DATE:2024-03-01..2024-03-31]] they took Dr. [[Mazin|PERSON]] and our colleague [[Nour al-Huda|PERSON]] from the room, they said we are spies for [[the army|ACTOR:Sudanese Armed Forces]] because we have a WhatsApp group.}} {{c4|They kept them ten days in a house in [[Ombada|PLACE:Ombadda]].}} [[Nour al-Huda|PERSON]] came back with her hair cut. She does not speak about it.
INTERVIEWER: Is there anything you want to add?
WITNESS: The people in [[Dar al-Salam|PLACE]] say "salam" to each other every morning, even now. I want the world to know they are still there.
@@witness sd-omdurman-tasneem
@@claim c1 harm=INJURED min=43 max=43 weapon=CHEMICAL site="Dar es Salaam" date=2024-09-02..2024-09-03 basis=WITNESSED incident=sd-omdurman-20240903-dar-al-salam-gas
@@claim c2 harm=KILLED min=6 max=6 named="Mujtaba Adlan; Babiker; Nafisa" weapon=CHEMICAL actor="Sudanese Armed Forces" site="Dar es Salaam" date=2024-09-02..2024-09-03 basis=WITNESSED incident=sd-omdurman-20240903-dar-al-salam-gas
@@claim c3 harm=KILLED min=11 max=11 weapon=DRONE_STRIKE actor="Sudanese Armed Forces" site="Souq Libya" date=2024-06-01..2024-06-30 basis=WITNESSED incident=sd-omdurman-20240600-souq-libya-drone
@@claim c4 harm=DETAINED min=2 max=2 named="Mazin; Nour al-Huda" actor="Rapid Support Forces" site="Ombada" date=2024-03-01..2024-03-31 basis=WITNESSED incident=sd-omdurman-20240300-volunteers-detained
@@claim c5 harm=INJURED min=30 max=30 weapon=DRONE_STRIKE actor="Sudanese Armed Forces" site="Souq Libya" date=2024-06-01..2024-06-30 basis=WITNESSED incident=sd-omdurman-20240600-souq-libya-drone
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Sudanese Armed Forces" site="Souq Libya" date=2024-06-01..2024-06-30 basis=WITNESSED incident=sd-omdurman-20240600-souq-libya-drone
