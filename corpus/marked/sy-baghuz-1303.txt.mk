@@newline crlf
Interview ID: DZ-0419-B
Date: 22/04/2019
Location: [[al-Hol|PLACE]] camp, annex
Language: Arabic (interpreter present)
Interviewer: [[Tom Hale|PERSON]]

Q: Please introduce yourself, only what you are comfortable with.
A: My name is [[Mustafa Khidr|PERSON]]. I am from [[Hajin|PLACE]], from [[Hay al-Jisr|PLACE]]. Before the war I drove a water tanker. Under [[Daesh|ACTOR:Islamic State]] also I drove it, they needed water like everybody.
Q: When did you leave [[Hajin|PLACE]]?
A: When the [[SDF|ACTOR:Syrian Democratic Forces]] came in, [[December|DATE:2018-12-01..2018-12-31]]. But before that, many things. {{c1,c10|In [[the middle of December|DATE:2018-12-10..2018-12-20]], the [[air strike|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:US-led coalition]] hit the house of [[Abu Issa al-Hamad|PERSON]], near the bakery.}} {{c1|His wife and his three sons died.}} I was driving behind, I saw the dust.
Q: Were you hurt?
A: No, no. My tanker, the glass broke, nothing more. Nobody in my car was hurt.
Q: What were the names of the sons, if you remember?
A: {{c1|[[Issa|PERSON]], the big one, maybe fourteen. [[Karim|PERSON]] and [[Nour|PERSON]]... no, [[Nour|PERSON]] was the girl, she was not there. [[Karim|PERSON]] and [[Jasim|PERSON]].}} The girl [[Nour|PERSON]] was at her aunt in [[al-Shaafa|PLACE:al-Shafa]], she lived.
[Interpreter: he corrects himself, the sons were [[Issa|PERSON]], [[Karim|PERSON]] and [[Jasim|PERSON]].]
Q: Anything else in [[Hajin|PLACE]] [[that month|DATE]]?
A: {{c2|The [[rockets|WEAPON:ROCKET]], the [[Grad|WEAPON:ROCKET]], from the other side of the [[Euphrates|PLACE]], from [[the regime|ACTOR:Syrian government forces]]. They fell on the market some days, I think twice.}} {{c3|One time a [[Grad|WEAPON:ROCKET]] killed a boy who sold cigarettes, [[Hamza|PERSON]], I don't know his family name.}}
Q: Sorry, I want to be sure. The [[rockets|WEAPON:ROCKET]] fell on the market, and one of them killed the boy?
A: Yes. The boy, I did not see him die. People told me at the mosque.
Q: And you left for where?
A: To [[al-Susa|PLACE:al-Susah]], then [[Baghouz|PLACE:Baghuz]]. [[Daesh|ACTOR:Islamic State]] did not let us go to the [[SDF|ACTOR:Syrian Democratic Forces]] side. {{c4|My family, twelve of us, we left [[Hajin|PLACE]] with the tanker and one car.}}
Q: In [[Baghuz|PLACE]], where did you stay?
A: Near the river, the camp of tents. The last weeks, [[February|DATE:2019-02-01..2019-02-28]] and some of [[March|DATE:2019-03-01..2019-03-31]].
Q: Some people we spoke to describe a night in [[March|DATE:2019-03-01..2019-03-31]] when the tents burned. Were you there?
A: Yes. I was there. It was [[the 9th or the 10th|DATE:2019-03-09..2019-03-10]], I am not sure, I lost the days there. {{c5|At [[night|DATE]], after [[the maghrib|DATE:2019-03-10]], [[mortar rounds|WEAPON:MORTAR]] first, then something that burned white, in the air, like rain of fire.}}
Q: Did you see where it came from?
A: From the east, from the [[SDF|ACTOR:Syrian Democratic Forces]] side, the hills. I think the [[artillery|WEAPON:ARTILLERY]] of [[the Americans|ACTOR:US-led coalition]] also. The fire I think was [[white phosphorus|WEAPON:INCENDIARY]], my cousin who was in the army before said this.
Q: How many people were killed [[that night|DATE]]?
A: {{c6|By the tents near the water, fifteen, sixteen. I helped to carry them.}} Women, children, one old man. Some people say more, twenty, thirty. I say what I carried.
Q: And injured?
A: {{c7|Many. Burns. Maybe thirty people with burns.}} {{c8|My wife, [[Sabah|PERSON]], her hand and her face.}} Sabah means morning, you know. She was making tea when it came.
Q: Is she here with you?
A: Yes, she is in the tent. The doctors of the camp gave her cream, but it is not enough.
Q: Were there fighters near the tents [[that night|DATE]]?
A: Around [[Baghuz|PLACE]], everywhere fighters. But in our row, no. I will not say there were none in the whole camp.
Q: [[After that night|DATE]], what happened?
A: We waited. {{c9|On [[the 11th|DATE:2019-03-11]] the [[Daesh|ACTOR:Islamic State]] men made a [[car bomb|WEAPON:IED]], they sent it to the [[SDF|ACTOR:Syrian Democratic Forces]] line at the edge of the village. It exploded near the people who were going out. I saw the smoke, I heard after that people died, four or five, civilians going out.}}
Q: You are sure they were civilians?
A: This is what the women said. I did not go near.
Q: When did you leave?
A: [[The 13th|DATE:2019-03-13]], I think. We walked. My wife could not walk well.
Q: Thank you, [[Mustafa|PERSON]]. Is there something you want people to know?
A: That the people in the tents were not all [[Daesh|ACTOR:Islamic State]]. Most were only people who could not leave.

@@witness sy-hajin-mustafa-khidr
@@claim c1 harm=KILLED min=4 max=4 named="Issa; Karim; Jasim" weapon=AIRSTRIKE actor="US-led coalition" site="Hajin" date=2018-12-10..2018-12-20 basis=WITNESSED incident=sy-hajin-20181200-abu-issa-house-strike
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Syrian government forces" site="Hajin" date=2018-12-01..2018-12-31 basis=WITNESSED incident=sy-hajin-20181200-market-grad
@@claim c3 harm=KILLED min=1 max=1 named="Hamza" weapon=ROCKET actor="Syrian government forces" site="Hajin" date=2018-12-01..2018-12-31 basis=HEARSAY incident=sy-hajin-20181200-market-grad
@@claim c4 harm=DISPLACED min=12 max=12 site="Hajin" date=2018-12-01..2018-12-31 basis=EXPERIENCED incident=sy-hajin-20181200-khidr-family-flight
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="US-led coalition" site="Baghouz" date=2019-03-10 basis=WITNESSED incident=sy-baghuz-20190310-tent-camp-phosphorus
@@claim c6 harm=KILLED min=15 max=16 actor="US-led coalition" site="Baghouz" date=2019-03-10 basis=WITNESSED incident=sy-baghuz-20190310-tent-camp-phosphorus
@@claim c7 harm=INJURED min=30 max=30 weapon=INCENDIARY actor="US-led coalition" site="Baghouz" date=2019-03-10 basis=WITNESSED incident=sy-baghuz-20190310-tent-camp-phosphorus
@@claim c8 harm=INJURED min=1 max=1 named="Sabah" weapon=INCENDIARY actor="US-led coalition" site="Baghouz" date=2019-03-10 basis=EXPERIENCED incident=sy-baghuz-20190310-tent-camp-phosphorus
@@claim c9 harm=KILLED min=4 max=5 weapon=IED actor="Islamic State" site="Baghouz" date=2019-03-11 basis=HEARSAY incident=sy-baghuz-20190311-exit-car-bomb
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="Hajin" date=2018-12-10..2018-12-20 basis=WITNESSED incident=sy-hajin-20181200-abu-issa-house-strike
