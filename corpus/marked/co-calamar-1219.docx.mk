Interview ID: CO-GUV-1219
Date: 19 September 2024
Place of interview: [[San José del Guaviare|PLACE]]
Language: Spanish
Interviewer: [[Lucía Restrepo|PERSON]]
Interpreter: not needed
Q: Thank you for coming all the way from [[Calamar|PLACE]]. Please tell me your name.
A: [[Héctor Fabio Rincón|PERSON]]. I am a farmer, I have a farm of cattle and some cacao in the vereda [[La Gaitana|PLACE]], in [[Calamar|PLACE]], [[Guaviare|PLACE]].
Q: You are also a community leader?
A: I was the president of the junta de acción comunal. Was. I had to resign. That is why I am here.
Q: Tell me what happened.
A: In the zone there are [[the dissidents|ACTOR:FARC dissidents]] of [[Mordisco|PERSON]], and the other faction, of [[Calarcá|PERSON]]. Since [[2024|DATE:2024-01-01..2024-12-31]] they split and they fight for the territory, for the coca, for the routes.
Q: What happened to you?
A: {{c1|On [[the 2nd of June|DATE:2024-06-02]], [[a Sunday|DATE:2024-06-02]], at [[night|DATE:2024-06-02]], men of [[the Mordisco front|ACTOR:FARC dissidents]] came to my farm and took me to their camp. Three days they had me there, tied.}} They said I was with the other faction because I had a meeting with people from [[Calamar|PLACE]] town. I said I am with nobody, I am with the community.
Q: They let you go?
A: [[After three days|DATE:2024-06-05]], yes, with a condition: resign from the junta and leave the vereda in one month. If I stay, they kill me. They said it like that.
Q: Did you leave?
A: {{c2|Yes. On [[the 1st of July|DATE:2024-07-01]] I came here to [[San José|PLACE:San José del Guaviare]] with my wife [[Rubiela|PERSON]] and my youngest daughter [[Salomé|PERSON]]. Three people. The farm stayed with a worker.}}
Q: Did other things happen in [[La Gaitana|PLACE]] in these months?
A: Yes. The worst was [[the drone|WEAPON:DRONE_STRIKE]]. Now they use drones with explosives, both factions, they buy them in [[Villavicencio|PLACE]] like toys. {{c3|In [[April|DATE:2024-04-01..2024-04-30]], a [[drone|WEAPON:DRONE_STRIKE]] dropped an explosive near the school of the vereda, in [[the morning|DATE]], and a teacher, profesora [[Nelly|PERSON]], had wounds in the back.}}
Q: Were children hurt?
A: No, no child was hurt, thanks to God. They were inside the classroom. If it had fallen on the roof, I don't want to think.
Q: Who was [[the drone|WEAPON:DRONE_STRIKE]] from?
A: Each side says it was the other. The people say it was meant for a house near the school where the other faction had people.
Q: Has anyone been killed in the vereda?
A: {{c4|Yes. Don [[Aristóbulo|PERSON]], seventy years old, a good man, they killed him in [[May|DATE:2024-05-01..2024-05-31]] by the road, with [[gunshots|WEAPON:SMALL_ARMS]].}} He refused to give his motorcycle. I saw him after, the people called me because I was the president, to call the Fiscalía to collect the body.
Q: What about young people?
A: {{c5|They took boys. Four boys from the vereda in [[this year|DATE]], that I know, the youngest thirteen, for the war.}} [[Kevin Andrés|PERSON]] and [[Yorman|PERSON]] were two of them. {{c6|One of them, [[Brayan Stiven Moreno|PERSON]], the son of my compadre [[Libardo|PERSON]], appeared dead in [[August|DATE:2024-08-01..2024-08-31]], in a combat near the [[Itilla|PLACE]] river.}} We heard it from the radio of the community, then the family went to get him.
Q: Has [[the army|ACTOR:Colombian armed forces]] carried out operations?
A: [[The army|ACTOR:Colombian armed forces]] comes in helicopters sometimes and leaves. There was no [[bombing|WEAPON:AIRSTRIKE]] [[this year|DATE]], not that I know. In [[2021|DATE:2021-01-01..2021-12-31]] there was, in other veredas.
Q: And in [[Calamar|PLACE]] town?
A: {{c7,c8|In [[Calamar|PLACE]] town, in [[February|DATE:2024-02-01..2024-02-29]], they attacked the police station with [[cylinders|WEAPON:MORTAR]], those homemade [[mortars|WEAPON:MORTAR]], and two police were wounded and some houses around had the roofs destroyed.}}
Q: Did you see it?
A: I was in town [[that day|DATE:2024-02-01..2024-02-29]] for the bank, yes. I heard the [[cylinders|WEAPON:MORTAR]] fall, four or five. I went under a table in the bakery.
Q: What would you like people to know?
A: That the state does not come. That we are in the middle. My daughter [[Salomé|PERSON]] asks, papi, when do we go back to the cows? What do I say? There is no answer.
@@witness co-calamar-hector-fabio-rincon
@@claim c1 harm=DETAINED min=1 max=1 actor="FARC dissidents" site="La Gaitana" date=2024-06-02 basis=EXPERIENCED incident=co-calamar-20240602-leader-abduction
@@claim c2 harm=DISPLACED min=3 max=3 actor="FARC dissidents" site="La Gaitana" date=2024-07-01 basis=EXPERIENCED incident=co-calamar-20240602-leader-abduction
@@claim c3 harm=INJURED min=1 max=1 named="Nelly" weapon=DRONE_STRIKE actor="FARC dissidents" site="La Gaitana" date=2024-04-01..2024-04-30 basis=HEARSAY incident=co-calamar-20240400-school-drone
@@claim c4 harm=KILLED min=1 max=1 named="Aristóbulo" weapon=SMALL_ARMS site="La Gaitana" date=2024-05-01..2024-05-31 basis=WITNESSED incident=co-calamar-20240500-road-killing
@@claim c5 harm=DETAINED min=4 max=4 site="La Gaitana" date=2024-01-01..2024-09-19 basis=HEARSAY incident=co-calamar-20240000-boys-recruited
@@claim c6 harm=KILLED min=1 max=1 named="Brayan Stiven Moreno" site="Itilla" date=2024-08-01..2024-08-31 basis=HEARSAY incident=co-calamar-20240800-itilla-combat
@@claim c7 harm=INJURED min=2 max=2 weapon=MORTAR site="Calamar" date=2024-02-01..2024-02-29 basis=WITNESSED incident=co-calamar-20240200-police-station-cylinders
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Calamar" date=2024-02-01..2024-02-29 basis=WITNESSED incident=co-calamar-20240200-police-station-cylinders
