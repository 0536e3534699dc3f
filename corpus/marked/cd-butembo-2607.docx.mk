TRANSCRIPT OF INTERVIEW
Interview ID: CD-BTB-2607
Date: 14/06/2023
Place of interview: [[Butembo|PLACE]], [[North Kivu|PLACE]]
Language: Kinande and French
Interviewer: [[Aline Kahambu|PERSON]]
Interpreter: [[Josué Paluku|PERSON]]
Q: You are a moto-taxi driver here in [[Butembo|PLACE]]?
A: Yes, ten years now. My name is [[Kambale Musavuli Ezechiel|PERSON]], but on the road they call me "[[Pilote|PERSON]]". I was born in [[Mukondi|PLACE]], in [[Beni|PLACE]] territory. My older sister [[Kavira Mbusa|PERSON]] still lived there with her children.
Q: What happened in [[Mukondi|PLACE]] in [[March|DATE:2023-03-01..2023-03-31]]?
A: It was [[the night of the 8th, going to the 9th|DATE:2023-03-08..2023-03-09]]. The [[ADF|ACTOR:ADF]] came. I was not there, I was here in [[Butembo|PLACE]]. My sister called me [[the next morning|DATE:2023-03-09]] from the bush, she was whispering. [pause]
A: {{c1|She told me they came with machetes and some [[guns|WEAPON:SMALL_ARMS]], they went from door to door, they killed her husband [[Paluku Kisando|PERSON]] in the courtyard, with the machete.}} {{c2|Her eldest, [[Muhindo|PERSON]], they took him with them, to carry the goods they stole. He is fourteen.}}
Q: Has he come back?
A: {{c3|No. Three months now. No call, no ransom, nothing. We do not know if he is alive or if he is in the forest with them.}}
Q: Did you go to [[Mukondi|PLACE]] yourself?
A: Yes, [[after one week|DATE:2023-03-15..2023-03-16]], with an escort of [[the army|ACTOR:FARDC]] on the road to [[Mangurujipa|PLACE]]. {{c4|I saw my father's house. Only the bricks stand, the roof of sheets is on the ground, black. The little shop of my sister, the same, flat, the sugar and salt melted together.}} {{c4|All that side of the village, maybe thirty houses, were burned, I counted and I stopped counting.}}
Q: How many people were killed, do you know?
A: {{c6|The local chief read a list at the burial, forty-one names.}} {{c7|But Radio Moto said more than forty-five, because some bodies were found later in the fields.}} I believe the list, I knew some of the names.
Q: Was [[the army|ACTOR:FARDC]] in [[Mukondi|PLACE]] [[that night|DATE:2023-03-08..2023-03-09]]?
A: No. [[The army|ACTOR:FARDC]] was not in the village, the nearest position was far, at the river. The [[FARDC|ACTOR:FARDC]] came only in [[the afternoon|DATE:2023-03-09]], after. The people were very angry at them.
Q: I want to ask now about [[July 2022|DATE:2022-07-01..2022-07-31]], the demonstrations in [[Butembo|PLACE]].
A: Ah, yes. Against MONUSCO. It was [[a Tuesday|DATE:2022-07-26]], [[the second day of the demonstration|DATE:2022-07-26]]. We were many young people on the road near the base. Some boys threw stones, some threw [[petrol bombs|WEAPON:INCENDIARY]] on the gate, I will not lie.
A: {{c8|The warehouse near the gate burned, and the vehicles inside, the tyres, the smell was bad for two days.}}
Q: What did [[the military|ACTOR:FARDC]] do?
A: {{c9|[[The military|ACTOR:FARDC]] threw [[tear gas|WEAPON:CHEMICAL]] on us, the eyes burning, I could not see the road, I fell from my moto and broke my wrist.}} {{c10|Then they fired, [[real bullets|WEAPON:SMALL_ARMS]]. My friend [[Kasereka Vihamba|PERSON]], we call him "[[Sept|PERSON]]", he was hit in the stomach, I saw him fall near the fuel station.}} He survived, thanks to the doctors at [[Matanda hospital|PLACE]].
Q: Were people arrested?
A: {{c11|Yes. In [[the evening|DATE:2022-07-26]] [[the military|ACTOR:FARDC]] went in the quarters and took the boys they found on the street. My cousin [[Vagheni|PERSON]], [[Mumbere Vagheni|PERSON]], was taken with five, six others, they kept him at the military camp one week.}} He came back, but he will not talk about it.
Q: And you?
A: They stopped me two times at the roundabout, they looked at my phone for photos, and they asked who sent me. I said nobody, I am a moto driver, I carry people. They kept my moto papers for one hour, then they gave them back and I went. I was lucky, I think.
Q: Do you know how many died in [[those days|DATE:2022-07-25..2022-07-26]]?
A: {{c12|People in the taxi park said fifteen, twenty civilians died in [[Butembo|PLACE]] and in [[Goma|PLACE]].}} Myself, I did not see anyone dead. I saw [[Sept|PERSON]] wounded, and me with my wrist.

@@witness cd-butembo-kambale-musavuli
@@claim c1 harm=KILLED min=1 max=1 named="Paluku Kisando" actor="ADF" site="Mukondi" date=2023-03-08..2023-03-09 basis=HEARSAY incident=cd-mukondi-20230308-adf-raid
@@claim c2 harm=DETAINED min=1 max=1 named="Muhindo" actor="ADF" site="Mukondi" date=2023-03-08..2023-03-09 basis=HEARSAY incident=cd-mukondi-20230308-adf-raid
@@claim c3 harm=MISSING min=1 max=1 named="Muhindo" actor="ADF" site="Mukondi" date=2023-03-08..2023-03-09 basis=EXPERIENCED incident=cd-mukondi-20230308-adf-raid
@@claim c4 harm=PROPERTY_DAMAGE min=30 max=30 site="Mukondi" date=2023-03-08..2023-03-09 basis=WITNESSED incident=cd-mukondi-20230308-adf-raid
@@claim c6 harm=KILLED min=41 max=41 site="Mukondi" date=2023-03-08..2023-03-09 basis=REPORTED incident=cd-mukondi-20230308-adf-raid
@@claim c7 harm=KILLED min=46 max=null site="Mukondi" date=2023-03-08..2023-03-09 basis=REPORTED incident=cd-mukondi-20230308-adf-raid
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Butembo" date=2022-07-26 basis=WITNESSED incident=cd-butembo-20220725-monusco-protests
@@claim c9 harm=INJURED min=1 max=1 named="Kambale Musavuli Ezechiel" weapon=CHEMICAL actor="FARDC" site="Butembo" date=2022-07-26 basis=EXPERIENCED incident=cd-butembo-20220725-monusco-protests
@@claim c10 harm=INJURED min=1 max=1 named="Kasereka Vihamba" weapon=SMALL_ARMS actor="FARDC" site="Butembo" date=2022-07-26 basis=WITNESSED incident=cd-butembo-20220725-monusco-protests
@@claim c11 harm=DETAINED min=6 max=7 named="Mumbere Vagheni" actor="FARDC" site="Butembo" date=2022-07-26 basis=HEARSAY incident=cd-butembo-20220725-monusco-protests
@@claim c12 harm=KILLED min=15 max=20 site="Butembo" date=2022-07-25..2022-07-26 basis=HEARSAY incident=cd-butembo-20220725-monusco-protests
