@@encoding utf-16le
Interview ID: MM-LKK-4655
Date of interview: 2 February 2022
Place of interview: [[Mae Sot|PLACE]], [[Tak|PLACE]] province, [[Thailand|PLACE]]
Language: Burmese and Sgaw Karen
Interviewer: [[Sigrid Aasland|PERSON]]
Interpreter: [[Saw Nay Htoo|PERSON]]

INT: Please tell me who you are.
RESP: [[Saw Kaw Lah Htoo|PERSON]]. I had a shop for motorbike parts in [[Lay Kay Kaw|PLACE]], in the new town, since [[2017|DATE:2017-01-01..2017-12-31]]. I am thirty-eight.
INT: What happened in [[December|DATE:2021-12-01..2021-12-31]]?
RESP: On [[the 16th|DATE:2021-12-16]]. [[Thursday|DATE:2021-12-16]]. I remember because Thursday I go to [[Myawaddy|PLACE]] for spare parts and [[that day|DATE:2021-12-16]] I did not go.
RESP: [[Early morning|DATE:2021-12-16]], six, seven o'clock, the [[Sit-Tat|ACTOR:Tatmadaw]] came with trucks, many. They closed the roads of the town.
RESP: {{c1|They went house to house. They arrested more than sixty people, I heard later, some say one hundred.}} {{c2|My brother-in-law [[Saw Maung Oo|PERSON]] they took from his house, and the teacher, Thara [[Htoo Eh Moo|PERSON]], and two young men from the church.}}
INT: Did they come to your house?
RESP: Yes. Three soldiers. They looked in the rooms, they looked at my phone, at my hands. They asked where is [[KNU|ACTOR:Karen National Liberation Army]]. Then they went. They did not take me. Nobody was shot in our street [[that morning|DATE:2021-12-16]].
INT: What happened to your brother-in-law?
RESP: {{c2|They kept him five days in a school they used as a base. They tied his hands.}} {{c2|On [[the fifth day|DATE:2021-12-21]] they let him go, with some others, because the headman signed a paper for them.}}
RESP: {{c8|The teacher, no. He did not come back. Nobody knows.}}
INT: When did the fighting start?
RESP: [[Two days after|DATE:2021-12-18]], maybe three. [[The Karen army|ACTOR:Karen National Liberation Army]] attacked [[the soldiers|ACTOR:Tatmadaw]] at the edge of the town. Then [[the army|ACTOR:Tatmadaw]] shot [[mortars|WEAPON:MORTAR]] into the town, and the [[artillery|WEAPON:ARTILLERY]] from the camp also.
RESP: {{c3|Many houses burned. My shop burned, all the parts, two motorbikes of customers inside.}} {{c3|On my street I counted later, from the photos my friend sent, fourteen houses only black.}}
RESP: {{c5|An old woman, [[Naw Hser Paw|PERSON]], she was deaf, she did not hear the [[mortars|WEAPON:MORTAR]] and stayed. Her grandson found her [[after the fighting|DATE:2021-12-20..2021-12-31]], under her house. They buried her in [[Thailand|PLACE]] side, no, sorry, on our side, by the monastery.}}
INT: You said you left.
RESP: {{c6|Yes. [[The same night|DATE:2021-12-18]] the fighting started, we went to the [[Moei|PLACE]], Thaung Yin in Burmese. My wife, my mother, three children. The water was to the chest. Thousands crossed, the Thai soldiers put us in a place by the river.}}
RESP: {{c6|[[After one week|DATE:2021-12-25]], the Thais sent many people back. We came back across, then [[after two days|DATE:2021-12-27]] we crossed again. Now we stay here, with a cousin.}}
INT: Were there [[airstrikes|WEAPON:AIRSTRIKE]]?
RESP: {{c7|Yes, [[around Christmas|DATE:2021-12-24..2021-12-26]], [[the jets|WEAPON:AIRSTRIKE]] bombed the road near [[Lay Kay Kaw|PLACE]], near the bridge. I was across the river, I saw the smoke.}} {{c9|My cousin said a clinic was hit.}} I did not see the clinic, I do not know.
INT: Is your shop still there?
RESP: {{c3|A friend went in [[January|DATE:2022-01-01..2022-01-31]]. He said only walls.}} They said on the radio, the [[KNU|ACTOR:Karen National Liberation Army]] people hide in [[Lay Kay Kaw|PLACE]], so if the people come back, they will burn all. So I do not go back.
@@witness mm-laykaykaw-kaw-lah-htoo
@@claim c1 harm=DETAINED min=61 max=100 actor=Tatmadaw site="Lay Kay Kaw" date=2021-12-16 basis=HEARSAY incident=mm-laykaykaw-20211216-raid-arrests
@@claim c2 harm=DETAINED min=4 max=4 named="Saw Maung Oo; Htoo Eh Moo" actor=Tatmadaw site="Lay Kay Kaw" date=2021-12-16 basis=HEARSAY incident=mm-laykaykaw-20211216-raid-arrests
@@claim c3 harm=PROPERTY_DAMAGE min=14 max=14 actor="Tatmadaw" site="Lay Kay Kaw" date=2021-12-18 basis=HEARSAY incident=mm-laykaykaw-20211218-town-mortar-fire
@@claim c5 harm=KILLED min=1 max=1 named="Naw Hser Paw" weapon=MORTAR actor=Tatmadaw site="Lay Kay Kaw" date=2021-12-18 basis=HEARSAY incident=mm-laykaykaw-20211218-town-mortar-fire
@@claim c6 harm=DISPLACED min=2000 max=null site="Lay Kay Kaw" date=2021-12-18 basis=EXPERIENCED incident=mm-laykaykaw-20211216-raid-arrests
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Lay Kay Kaw" date=2021-12-24..2021-12-26 basis=WITNESSED incident=mm-laykaykaw-20211225-bridge-road-jets
@@claim c8 harm=MISSING min=1 max=1 named="Htoo Eh Moo" actor=Tatmadaw site="Lay Kay Kaw" date=2021-12-16 basis=HEARSAY incident=mm-laykaykaw-20211216-raid-arrests
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Lay Kay Kaw" date=2021-12-24..2021-12-26 basis=HEARSAY incident=mm-laykaykaw-20211225-bridge-road-jets
