Interview ID: CO-ANT-1206
Date of interview: 2 July 2023
Place of interview: [[Puerto Claver|PLACE]], [[El Bagre|PLACE]]
Language: Spanish
Interviewer: [[Lucía Restrepo|PERSON]]
Q: Señora, thank you for receiving us in your house. Please tell me your name.
A: [[Luz Dary Ortiz|PERSON]]. Everybody here says doña [[Luz|PERSON]]. Like the town, some say [[Puerto Clavel|PLACE:Puerto Claver]], some say [[Puerto Claver|PLACE]], it is the same. I am fifty-one.
Q: You are the mother of [[Brayan|PERSON]]?
A: Yes. [[Brayan Stiven Ortiz|PERSON]]. He was my last one, the baby. Nineteen years.
Q: Can you tell me about [[the night he died|DATE:2023-04-08]]?
A: It was in [[Semana Santa|DATE:2023-04-02..2023-04-09]]. [[The Saturday|DATE:2023-04-08]], [[the 8th|DATE:2023-04-08]]. I was at home watching the novela. He told me, mami, I am going to the billiards of [[Efraín|PERSON]] for a while. I said go, but come back early.
Q: What happened then?
A: At [[around ten|DATE:2023-04-08]] I heard the [[shots|WEAPON:SMALL_ARMS]]. Many. Like when they burn fireworks at New Year but harder. I knew. A mother knows. I ran out in my slippers.
Q: What did you see when you arrived?
A: {{c1|My son was on the floor, near the table, with the blood coming out of his head. He was already dead.}} {{c2|The boy [[Deiner|PERSON]] also, and [[Wilmar Arboleda|PERSON]], and another one was moving, [[Yeison|PERSON]], they put him in the boat, but he died in [[El Bagre|PLACE]] [[the next morning|DATE:2023-04-09]]. So it was four. Four boys.}}
Q: Some people told us three died.
A: Three died there. [[Yeison|PERSON]] died in the hospital. Four. Write four. I went to all the burials.
Q: Were there other people injured?
A: {{c3|Don [[Efraín|PERSON]] himself was hit in the arm, and a girl, I don't know her name, she was from [[Puerto López|PLACE]], from the other side.}}
Q: Do you know who did this?
A: The people who know don't talk. I will tell you what they said in the town. They said the [[ELN|ACTOR:ELN]] came down from the river with their motorbikes, with hoods, because they said the boys were working for the [[Gaitanistas|ACTOR:Clan del Golfo]]. My son never worked for anybody, he worked in the barequeo with me, washing gold in the river.
Q: After the killing, did people leave [[Puerto Claver|PLACE]]?
A: {{c4|Yes, a lot of people left, after the list. Maybe fifty families, maybe more, the school lost half its children.}} I stayed. Where would I go? My son is in the cemetery here.
Q: Were you threatened?
A: No. My name was not in the list. Nobody threatened me. I am old, they don't care about me.
Q: Has anything else happened to your family in this conflict?
A: Yes, mija. {{c5|My first son, [[Jhonatan|PERSON]], they took him in [[2019|DATE:2019-01-01..2019-12-31]], on the road to [[Zaragoza|PLACE]], men from [[the Clan|ACTOR:Clan del Golfo]] took him off the chiva, the bus, and we never saw him again.}}
Q: He is still missing?
A: {{c6|Four years now. Nothing. Not the body, nothing.}} I went to the Fiscalía, I went to the Personería, I gave my blood for the DNA.
Q: I am very sorry.
A: And my nephew, [[Harold|PERSON]], the son of my sister [[Marleny|PERSON]], he stepped on a [[mine|WEAPON:LANDMINE]] going up to the mine. The gold mine, I mean, not the other mine. {{c7|He lost his leg, in [[2021|DATE:2021-01-01..2021-12-31]], near the vereda [[La Bonga|PLACE]].}} They said the [[ELN|ACTOR:ELN]] put [[mines|WEAPON:LANDMINE]] on that path so [[the army|ACTOR:Colombian armed forces]] would not come up.
Q: Did [[the army|ACTOR:Colombian armed forces]] come to [[Puerto Claver|PLACE]] after the killing in [[April|DATE:2023-04-01..2023-04-30]]?
A: [[The army|ACTOR:Colombian armed forces]] came, [[some days after|DATE]]. Maybe four or five days. They stayed a little and left. There was no fighting when they were here. When they left, everything was the same.
Q: Is there something you would like to say to finish?
A: That [[Brayan|PERSON]] had a girlfriend, [[Amparo|PERSON]], and she is pregnant. So something of him stays. That is my hope, my esperanza. That child.
Q: Thank you, doña [[Luz|PERSON]].
A: God bless you, mija. Be careful on the river.
@@witness co-elbagre-luz-dary-ortiz
@@claim c1 harm=KILLED min=1 max=1 named="Brayan" weapon=SMALL_ARMS site="Puerto Clavel" date=2023-04-08 basis=WITNESSED incident=co-elbagre-20230408-puertoclaver-billiards
@@claim c2 harm=KILLED min=4 max=4 named="Brayan; Deiner; Wilmar Arboleda; Yeison" site="Puerto Claver" date=2023-04-08..2023-04-09 basis=WITNESSED incident=co-elbagre-20230408-puertoclaver-billiards
@@claim c3 harm=INJURED min=2 max=2 named="Efraín" site="Puerto Claver" date=2023-04-08 basis=HEARSAY incident=co-elbagre-20230408-puertoclaver-billiards
@@claim c4 harm=DISPLACED min=50 max=null site="Puerto Claver" date=2023-04-08..2023-07-02 basis=WITNESSED incident=co-elbagre-20230408-puertoclaver-billiards
@@claim c5 harm=DETAINED min=1 max=1 named="Jhonatan" actor="Clan del Golfo" site="Zaragoza" date=2019-01-01..2019-12-31 basis=HEARSAY incident=co-zaragoza-20190000-chiva-abduction
@@claim c6 harm=MISSING min=1 max=1 named="Jhonatan" actor="Clan del Golfo" date=2019-01-01..2019-12-31 basis=EXPERIENCED incident=co-zaragoza-20190000-chiva-abduction
@@claim c7 harm=INJURED min=1 max=1 named="Harold" weapon=LANDMINE site="La Bonga" date=2021-01-01..2021-12-31 basis=HEARSAY incident=co-elbagre-20210000-labonga-mine
