Interview ID: MM-KRN-1225
Interview date: 2024-02-16
Place of interview: a clinic in [[Demoso|PLACE]] township, [[Karenni|PLACE:Kayah]] State
Language: Burmese
Interviewer: [[Elena Márquez|PERSON]]
Interpreter: [[Ko Thet Naing|PERSON]]

Q: Thank you for taking time from the clinic. Can you introduce yourself?
A: My name is [[Naw Htee Moo|PERSON]]. I am a nurse. Before the coup I worked in the [[Loikaw General Hospital|PLACE]]. After the coup I joined the strike, and since then I work with the community clinics.
Q: Were you in [[Loikaw|PLACE]] in [[November|DATE:2023-11-01..2023-11-30]]?
A: Yes, until [[the middle of November|DATE:2023-11-10..2023-11-20]]. I was helping in the [[Sacred Heart church|PLACE]] compound, the church had maybe three hundred people sheltering, old people, families who could not run.
Q: What happened there?
A: The fighting started on [[the 11th|DATE:2023-11-11]]. [[Two days later|DATE:2023-11-13]], in [[the evening|DATE:2023-11-13]], [[the helicopter|WEAPON:AIRSTRIKE]] came. I was in the hall with the patients. {{c1|We heard [[the helicopter|WEAPON:AIRSTRIKE]] very low, and then it dropped something, a [[barrel bomb|WEAPON:BARREL_BOMB]], and it fell in the compound between the hall and the priest's house.}}
[Interpreter: she uses the Burmese word for an oil drum. I have translated it as barrel bomb.]
Q: Were people hurt?
A: {{c2,c12|Seven people were hurt. I counted because I treated them. A boy, [[Saw Ku Paw|PERSON]], maybe ten, lost his right hand. An old man, [[U Khun Sai|PERSON]], had a wound in the stomach, he died [[the next morning|DATE:2023-11-14]].}} {{c3|The others were cut by metal and glass, in the legs and the back.}}
Q: Did anyone die immediately?
A: No, nobody died at the moment. Only [[U Khun Sai|PERSON]], [[the next morning|DATE:2023-11-14]]. We had no surgeon. If we had a surgeon, he could have lived.
Q: Was there a second one?
A: {{c1|Yes, a second [[barrel|WEAPON:BARREL_BOMB]] fell outside the wall, on the road, it made a big hole and broke all the windows of the church.}} We heard a third one further away, I don't know where.
Q: Were there fighters inside the compound?
A: No. I was there all the time. The [[KNDF|ACTOR:Karenni Nationalities Defence Force]] fighters were in the town, yes, but not in the church compound. The priest did not allow weapons inside.
Q: What happened after [[that night|DATE:2023-11-13]]?
A: {{c5|On [[the 15th|DATE:2023-11-15]] the priest said we must go, and we went in a line of cars and tractors to [[Demoso|PLACE]], about two hundred people from the compound.}}
Q: Has [[Demoso|PLACE]] been attacked since you arrived?
A: Yes, many times. In [[January|DATE:2024-01-01..2024-01-31]] especially. {{c6|[[One day|DATE]], I think [[the 20th of January|DATE:2024-01-20]], [[the jets|WEAPON:AIRSTRIKE]] dropped [[fire bombs|WEAPON:INCENDIARY]] on a village near here, [[Ngwe Taung|PLACE]], and about twenty houses burned.}}
Q: How do you know they were [[fire bombs|WEAPON:INCENDIARY]]?
A: Because of the patients. {{c7|We received four people with burns, deep burns, the skin was black, and one woman, [[Mu Reh Meh|PERSON]], had burns on half of her body.}} {{c8|She died [[after three days|DATE:2024-01-23]].}} The burns were not like normal fire. The people said the fire was sticking to everything, like [[napalm|WEAPON:INCENDIARY]].
Q: Were there other attacks you treated patients from?
A: {{c9|Every week something. In [[early February|DATE:2024-02-01..2024-02-10]], a [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] on the road near the camp, we don't know if it was a [[shell|WEAPON:ARTILLERY]] or a [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]], and two men on a motorbike were wounded.}} I cannot say what weapon it was, they did not know, they only heard the blast.
Q: Has anyone in your family been harmed?
A: {{c10|My younger brother, [[Saw Eh Doh|PERSON]], was arrested in [[Loikaw|PLACE]] in [[2022|DATE:2022-01-01..2022-12-31]] by [[the soldiers|ACTOR:Tatmadaw]] at the checkpoint near the stadium, because he had a photo of the resistance in his phone.}} {{c11|He is in the [[Loikaw prison|PLACE]], we think. We have no letter, nothing.}}
Q: Is there anything you would like to add?
A: I want to say that the hospital in [[Loikaw|PLACE]] had everything, machines, oxygen. Now we treat burns under a tarpaulin. If the [[bombing|WEAPON:AIRSTRIKE]] stops, we can go back and work. That is all we want. [pause] And please don't use the name of my brother.
@@witness mm-loikaw-naw-htee-moo
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Tatmadaw" site="Sacred Heart church" date=2023-11-13 basis=WITNESSED incident=mm-loikaw-20231113-church-barrels
@@claim c2 harm=INJURED min=7 max=7 named="Saw Ku Paw; U Khun Sai" weapon=BARREL_BOMB actor="Tatmadaw" site="Sacred Heart church" date=2023-11-13 basis=WITNESSED incident=mm-loikaw-20231113-church-barrels
@@claim c12 harm=KILLED min=1 max=1 named="U Khun Sai" weapon=BARREL_BOMB actor="Tatmadaw" site="Sacred Heart church" date=2023-11-14 basis=WITNESSED incident=mm-loikaw-20231113-church-barrels
@@claim c3 harm=INJURED min=null max=null weapon=BARREL_BOMB actor="Tatmadaw" site="Sacred Heart church" date=2023-11-13 basis=WITNESSED incident=mm-loikaw-20231113-church-barrels
@@claim c5 harm=DISPLACED min=200 max=200 site="Sacred Heart church" date=2023-11-15 basis=EXPERIENCED incident=mm-loikaw-20231113-church-barrels
@@claim c6 harm=PROPERTY_DAMAGE min=20 max=20 weapon=INCENDIARY actor="Tatmadaw" site="Ngwe Taung" date=2024-01-20 basis=HEARSAY incident=mm-demoso-20240120-ngwetaung-firebombs
@@claim c7 harm=INJURED min=4 max=4 named="Mu Reh Meh" weapon=INCENDIARY actor="Tatmadaw" site="Ngwe Taung" date=2024-01-20 basis=WITNESSED incident=mm-demoso-20240120-ngwetaung-firebombs
@@claim c8 harm=KILLED min=1 max=1 named="Mu Reh Meh" weapon=INCENDIARY actor="Tatmadaw" site="Ngwe Taung" date=2024-01-23 basis=WITNESSED incident=mm-demoso-20240120-ngwetaung-firebombs
@@claim c9 harm=INJURED min=2 max=2 weapon=EXPLOSIVE_UNSPECIFIED site="Demoso" date=2024-02-01..2024-02-10 basis=WITNESSED incident=mm-demoso-20240200-camp-road-blast
@@claim c10 harm=DETAINED min=1 max=1 named="Saw Eh Doh" actor="Tatmadaw" site="Loikaw" date=2022-01-01..2022-12-31 basis=HEARSAY incident=mm-loikaw-20220000-stadium-checkpoint-arrest
@@claim c11 harm=MISSING min=1 max=1 named="Saw Eh Doh" actor="Tatmadaw" site="Loikaw prison" date=2022-01-01..2024-02-16 basis=EXPERIENCED incident=mm-loikaw-20220000-stadium-checkpoint-arrest
