Interview ID: CO-TOR-821
Date: 2023-09-02
Location: [[Santander de Quilichao|PLACE]], [[Cauca|PLACE]]
Language: Spanish (interpreted)
Interviewer: [[Camila Arboleda|PERSON]]

[00:00:05] Q: Please tell me your name and your community.
[00:00:09] A: [[Rosa Elvira Yule|PERSON]]. I am Nasa, from the resguardo of [[Tacueyó|PLACE]], but I live in the town, in [[Toribío|PLACE]], since I married. I am in the guardia indígena, the women's part.
[00:00:31] Q: I want to ask about the explosion in [[Toribio|PLACE:Toribío]] in [[July|DATE:2023-07-01..2023-07-31]].
[00:00:38] A: The [[moto bomba|WEAPON:IED]]. Yes. It was [[Saturday|DATE]], market day, [[the 15th|DATE:2023-07-15]]. [[About eleven in the morning|DATE:2023-07-15]]. People come down from the veredas to sell the coffee and buy the things.
[00:01:02] A: The motorbike was parked near the corner of the police station, next to the stall of the plantain. Nobody noticed. Motorbikes are everywhere.
[00:01:20] Q: Where were you?
[00:01:22] A: I was on the other side of the park with my husband [[Ancízar|PERSON]], buying thread, maybe forty metres. The noise, eh, I didn't hear it, I felt it, in the chest. Then the dust and everybody screaming.
[00:01:45] A: {{c1|Two people died. Don [[Aurelio Pito|PERSON]], sixty-something, he was selling oranges, and a young man from [[San Francisco|PLACE]], I don't know his name, they said [[Yeison|PERSON]].}} {{c2|Wounded, nine, I think, nine that they took to the hospital, and two were police.}}
[00:02:15] Q: Did you help?
[00:02:17] A: Yes, the guardia, we put the people in the chiva to go to the hospital, and we closed the roads with the bastones. {{c3|My comadre [[Luz Dary|PERSON]], [[Luz Dary Ipia|PERSON]], she had her ear broken and a cut on the face from the glass.}}
[00:02:40] Q: Who did this, do people say?
[00:02:43] A: [[The dissidents|ACTOR:FARC dissidents]]. The [[Dagoberto Ramos|ACTOR:FARC dissidents]] column. They want the police out and they want the territory for the marijuana. Everybody knows but nobody says it loud.
[00:03:05] [Interpreter: she uses "los disidentes", the dissidents, and the name of the column.]
[00:03:12] Q: Has the community been attacked in other ways?
[00:03:16] A: Now also with [[drones|WEAPON:DRONE_STRIKE]]. In [[Caldono|PLACE]], [[last year|DATE:2022-01-01..2022-12-31]], and here in [[Toribío|PLACE]] in [[June|DATE:2023-06-01..2023-06-30]]. {{c4|They dropped a [[drone|WEAPON:DRONE_STRIKE]] [[bomb|WEAPON:DRONE_STRIKE]] on the roof of the house of the [[Dagua|PERSON]] family in the vereda [[La Betulia|PLACE]], and the roof opened, but the family was at the coffee.}} Nobody was hurt, that time.
[00:03:48] Q: You mentioned the guardia. Have guardias been harmed?
[00:03:52] A: {{c5|Yes. Our compañero [[Julio César Cuetia|PERSON]], twenty-six, they shot him on the road to [[Tacueyó|PLACE]] in [[March|DATE:2023-03-01..2023-03-31]], because he stopped a car of the armed men at the control point.}} Five [[shots|WEAPON:SMALL_ARMS]]. [[Gunfire|WEAPON:SMALL_ARMS]] from a [[pistol|WEAPON:SMALL_ARMS]], from the car, and they went.
[00:04:20] A: {{c6|And the children. Two boys from my vereda, [[Yordi|PERSON]] and [[Duván|PERSON]], fourteen and fifteen, they went with [[the dissidents|ACTOR:FARC dissidents]] in [[January|DATE:2023-01-01..2023-01-31]], and the mothers do not know where they are.}} They promise them a motorbike and a phone.
[00:04:48] Q: Did you see armed men in [[Toribío|PLACE]] [[the day of the moto bomba|DATE:2023-07-15]]?
[00:04:53] A: No. [[That day|DATE]] I saw no armed men. Only the police in the station and the people in the market. If the [[bomb|WEAPON:IED]] had exploded one hour later, when the bus from [[Cali|PLACE]] arrives, it would have been many more dead.
[00:05:12] Q: Thank you, [[Rosa Elvira|PERSON]].
[00:05:14] A: We are a people of peace. Put that. The guardia carries a stick, not a gun.
@@witness co-toribio-rosa-elvira-yule
@@claim c1 harm=KILLED min=2 max=2 named="Aurelio Pito; Yeison" weapon=IED actor="FARC dissidents" site="Toribío" date=2023-07-15 basis=WITNESSED incident=co-toribio-20230715-market-moto-bomba
@@claim c2 harm=INJURED min=9 max=9 weapon=IED actor="FARC dissidents" site="Toribío" date=2023-07-15 basis=WITNESSED incident=co-toribio-20230715-market-moto-bomba
@@claim c3 harm=INJURED min=1 max=1 named="Luz Dary; Luz Dary Ipia" weapon=IED actor="FARC dissidents" site="Toribío" date=2023-07-15 basis=WITNESSED incident=co-toribio-20230715-market-moto-bomba
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null named="Dagua" weapon=DRONE_STRIKE site="La Betulia" date=2023-06-01..2023-06-30 basis=HEARSAY incident=co-toribio-20230600-la-betulia-dagua-drone
@@claim c5 harm=KILLED min=1 max=1 named="Julio César Cuetia" weapon=SMALL_ARMS site="Tacueyó" date=2023-03-01..2023-03-31 basis=HEARSAY incident=co-toribio-20230300-cuetia-guardia-shot
@@claim c6 harm=MISSING min=2 max=2 named="Yordi; Duván" actor="FARC dissidents" site="Toribío" date=2023-01-01..2023-01-31 basis=HEARSAY incident=co-toribio-20230100-boys-recruited
