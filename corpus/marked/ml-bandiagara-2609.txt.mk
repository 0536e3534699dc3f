Interview ID: ML-BDG-2609
Date of interview: 2 September 2022
Place of interview: [[Bandiagara|PLACE]], [[Mopti|PLACE]] region
Language: Dogoso and French
Interviewer: [[Ibrahim Maïga|PERSON]]
Interpreter: none

INT: We can start. Your name, please, and your work.
RESP: [[Aminata Douyon|PERSON]]. I sell shea butter and onions, between [[Bandjagara|PLACE:Bandiagara]] and the market of [[Sévaré|PLACE]]. Every week I go and come back.
INT: You were in the minibus that hit the [[bomb|WEAPON:IED]] in [[July|DATE:2022-07-01..2022-07-31]]?
RESP: Yes. [[Three days before Tabaski|DATE:2022-07-07]]. Everybody was going to buy the sheep and the clothes, the minibus was full, full, people on the roof also. We left [[Bandiagara|PLACE]] in [[the morning, around eight|DATE:2022-07-07]].
INT: What happened?
RESP: We were maybe twenty kilometres out, before the bridge. I was sleeping, eh, half sleeping. {{c1|Then the noise, and I was on the ground outside, I do not know how. My leg was open, here, and the ear, I hear nothing with this ear since.}}
INT: Do you remember who was near you?
RESP: {{c2|The girl beside me, [[Kadiatou|PERSON]], maybe fifteen years, she died. I saw her, she was not moving, and her grandmother was crying over her.}} {{c3|The driver [[Yacouba|PERSON]] also died, and three people on the roof. They said five in all at the hospital.}}
INT: Another witness told us four died.
RESP: Maybe four at the place and one more at the hospital, I do not know. I am telling what they told me in the hospital. {{c4|Wounded, many, more than ten. A cattle truck behind us carried us to [[Sévaré|PLACE]].}}
INT: Who put the [[bomb|WEAPON:IED]]?
RESP: Who else? The [[Katiba Macina|ACTOR:JNIM]] people. They put these [[engines|WEAPON:IED]] on all the roads now, because the Dogon are with the [[dozos|ACTOR:Dan Na Ambassagou]]. But I did not see them put it, I cannot say I saw.
INT: Has it happened before on that road?
RESP: Yes. {{c5,c10|In [[February|DATE:2022-02-01..2022-02-28]], on the same road, a truck with goats hit a [[mine|WEAPON:LANDMINE]] near the same bridge, the apprentice lost his two legs.}} {{c5|This I heard from the drivers.}} {{c6|And [[the same day|DATE:2022-07-07]] as our bus, they say another car hit one near [[Songho|PLACE]], but nobody was killed there, only the car was finished.}} {{c6|The car, they say, was torn in two, it lay in the ditch for weeks.}}
INT: I also want to ask about your husband.
RESP: [pause] My husband is [[Amadou Guindo|PERSON]]. {{c7|In [[May|DATE:2022-05-01..2022-05-31]], [[the week the schools closed|DATE:2022-05-01..2022-05-31]], he was going to [[Bankass|PLACE]] on a bus. [[The men of the bush|ACTOR:JNIM]] stopped the bus on the road. They made everybody get down. They took my husband and four other men, Dogon men, and they let the bus go.}}
INT: Have you had news of him?
RESP: {{c8|Nothing. Four months. Some say they keep the men in the forest near [[Ségué|PLACE]], some say they killed them. I do not know. I have nobody to ask.}}
INT: Did anybody try to stop them taking the men?
RESP: The passengers told me [[the men of the bush|ACTOR:JNIM]] also wanted to take a young boy, a student, but an old Peul man on the bus talked to them in Fulfulde and they left the boy. Also they checked the phones of all the people and they looked at the identity cards, and the women they sent back onto the bus.
INT: Is there anything else?
RESP: {{c9|My house in [[Bandiagara|PLACE]] is fine. But my brother's grain store at [[Doucombo|PLACE]] was burned in [[the rainy season|DATE:2022-06-01..2022-09-02]], by whom I do not know, the millet, the groundnuts, everything.}} Now we buy everything. If they burn also the market, we will die of hunger. That is all.

@@witness ml-bandiagara-aminata-douyon
@@claim c1 harm=INJURED min=1 max=1 named="Aminata Douyon" weapon=IED site="Bandjagara" date=2022-07-07 basis=EXPERIENCED incident=ml-bandiagara-20220700-minibus-bomb
@@claim c2 harm=KILLED min=1 max=1 named="Kadiatou" weapon=IED site="Bandjagara" date=2022-07-07 basis=WITNESSED incident=ml-bandiagara-20220700-minibus-bomb
@@claim c3 harm=KILLED min=5 max=5 named="Yacouba" weapon=IED site="Bandjagara" date=2022-07-07 basis=HEARSAY incident=ml-bandiagara-20220700-minibus-bomb
@@claim c4 harm=INJURED min=11 max=null weapon=IED site="Bandjagara" date=2022-07-07 basis=WITNESSED incident=ml-bandiagara-20220700-minibus-bomb
@@claim c5 harm=INJURED min=1 max=1 weapon=LANDMINE site="Bandiagara" date=2022-02-01..2022-02-28 basis=HEARSAY incident=ml-bandiagara-20220200-goat-truck-mine
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Songho" date=2022-07-07 basis=HEARSAY incident=ml-songho-20220707-car-mine
@@claim c7 harm=DETAINED min=5 max=5 named="Amadou Guindo" actor="JNIM" date=2022-05-01..2022-05-31 basis=HEARSAY incident=ml-bankass-20220500-bus-abduction
@@claim c8 harm=MISSING min=1 max=1 named="Amadou Guindo" actor="JNIM" date=2022-05-01..2022-05-31 basis=EXPERIENCED incident=ml-bankass-20220500-bus-abduction
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="Doucombo" date=2022-06-01..2022-09-02 basis=HEARSAY incident=ml-doucombo-20220000-grain-store
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=LANDMINE site="Bandiagara" date=2022-02-01..2022-02-28 basis=HEARSAY incident=ml-bandiagara-20220200-goat-truck-mine
