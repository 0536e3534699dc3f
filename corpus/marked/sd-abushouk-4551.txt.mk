@@newline crlf
Interview ID: SD-ASH-4551
Date of interview: 18 August 2026
Place of interview: [[Farchana|PLACE]] camp, eastern [[Chad|PLACE]]
Language: Sudanese Arabic and Zaghawa, interpreted into English
Interviewer: [[Clara Lindqvist|PERSON]]
Interpreter: [[Adam Yousif Kharif|PERSON]]

INTERVIEWER: Thank you for coming. Please tell me your name and where you lived before.
WITNESS: My name is [[Ismail Bakhit Tahir|PERSON]]. People call me [[Abu Sitna|PERSON]], after my daughter. Before the war I was in [[Kassab|PLACE]] camp, near [[Kutum|PLACE]]. We moved there in [[2004|DATE:2004-01-01..2004-12-31]], when I was a young man, after the first war. My father died there in [[2015|DATE:2015-01-01..2015-12-31]], from the sugar disease, it was his time.
INTERVIEWER: And when did you leave [[Kassab|PLACE]]?
WITNESS: In [[the rains|DATE:2023-07-01..2023-09-30]], the year the war started in [[Khartoum|PLACE]]. In [[July|DATE:2023-07-01..2023-07-31]]. [[The 9th|DATE:2023-07-09]], I think. Yes, [[the 9th|DATE:2023-07-09]], because my wife says it was the day the lorry of the sugar came. The men of [[the Rapid Support|ACTOR:Rapid Support Forces]] came on motorbikes and on camels, in [[the morning|DATE:2023-07-09]], and they were shooting everywhere with the [[Dushka|WEAPON:SMALL_ARMS]] and the [[Kalash|WEAPON:SMALL_ARMS]]. {{c2|My neighbour [[Mohamed Nurein|PERSON]], he ran to bring his goats, they shot him in front of his door. I saw it.}}
INTERVIEWER: Only him?
WITNESS: {{c3|Others also. People said fourteen, fifteen died in [[Kassab|PLACE]] [[that day|DATE:2023-07-09]].}} I buried only [[Mohamed|PERSON]], with my brother, quickly, [[before the asr|DATE:2023-07-09]]. {{c4|And they burned the shelters, the whole side where the market is, the straw, everything.}}
WITNESS: {{c5|So we went. Me, my wife [[Hawaya|PERSON]], the five children, my mother. We walked two days, then a lorry took us to [[al-Fashir|PLACE:El Fasher]], to [[Abu Shouk|PLACE]].}}
INTERVIEWER: You were in [[Abu Shouk|PLACE]] camp for one year?
WITNESS: One year and a little. In [[Abu Shok|PLACE:Abu Shouk]] we stayed with my cousin in block eighteen, near the borehole of the Germans, the big one with the tank. [pause] The borehole, this is what you want me to tell.
INTERVIEWER: Yes, if you can.
WITNESS: It was [[the Sunday after the Eid|DATE:2024-06-23]]. The big Eid, the Eid of the sheep. [[One week after|DATE:2024-06-23]]. [[Late in the morning|DATE:2024-06-23]], I mean, [[around eleven|DATE:2024-06-23]]. There was no water in the town so everybody came to our borehole, there was a line, long, the women with the jerrycans, the donkeys. {{c6|Then the [[shells|WEAPON:ARTILLERY]] came. One fell far, in the empty place. The second one fell in the line.}}
INTERVIEWER: Where were you?
WITNESS: {{c7|I was maybe fifty metres, I was bringing the jerrycans on the donkey. I saw the people fall. I counted six dead, I, eh, I helped to carry them. [[Halima|PERSON]], the girl of [[Adam Sharif|PERSON]], she was nine. Old [[Bakheit|PERSON]], who sold the tea. And four women I did not know, from the new people who came from [[Zamzam|PLACE]].}}
WITNESS: {{c8|Injured, many. Fifteen, twenty, I don't know. We put them on the carts to the [[Saudi hospital|PLACE]].}}
INTERVIEWER: Who fired the [[shells|WEAPON:ARTILLERY]]?
WITNESS: From the east, from where [[the Rapid Support|ACTOR:Rapid Support Forces]] were. Everybody knows. There were no soldiers at the borehole, no [[army|ACTOR:Sudanese Armed Forces]], nothing. [[The Joint Forces|ACTOR:Darfur Joint Forces]] were fighting on the eastern side, yes, some of their boys died there in the fighting, that is war, but the borehole is only water.
INTERVIEWER: Did they hit the borehole again?
WITNESS: Again, yes. {{c9|Another time, in [[July|DATE:2024-07-01..2024-07-31]]. [[The 10th|DATE:2024-07-10]]. A [[shell|WEAPON:ARTILLERY]] came at [[night|DATE:2024-07-10]] and broke the tank, the water ran all over the ground.}} Nobody was there, at [[night|DATE:2024-07-10]] nobody. Nobody died [[that time|DATE:2024-07-10]]. But after that the borehole was finished, we carried water from [[Naivasha|PLACE]].
INTERVIEWER: You said [[Zamzam|PLACE]]. Did you go there?
WITNESS: No. My wife wanted, but I said no, they will hit [[Zamzam|PLACE]] also. We were afraid they would shell the camp the same as the borehole. {{c10|We went out in [[September|DATE:2024-09-01..2024-09-30]], to [[Tawila|PLACE]], then to here, to [[Chad|PLACE]].}}
INTERVIEWER: Is everyone in your family safe?
WITNESS: My mother died here, in [[Farchana|PLACE]], [[last winter|DATE:2025-12-01..2026-02-28]], she was old, she was sick. Not from the war. [pause] The children go to school here. [[Hawaya|PERSON]] sells groundnuts.
INTERVIEWER: Is there anything you want to add?
WITNESS: Only the name of [[Halima|PERSON]]. She had the red jerrycan, always. When I see a red jerrycan I remember.
@@witness sd-kassab-ismail-bakhit-tahir
@@claim c2 harm=KILLED min=1 max=1 named="Mohamed Nurein" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Kassab" date=2023-07-09 basis=WITNESSED incident=sd-kutum-20230709-kassab-camp-burning
@@claim c3 harm=KILLED min=14 max=15 site="Kassab" date=2023-07-09 basis=HEARSAY incident=sd-kutum-20230709-kassab-camp-burning
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Kassab" date=2023-07-09 basis=WITNESSED incident=sd-kutum-20230709-kassab-camp-burning
@@claim c5 harm=DISPLACED min=8 max=8 site="Kassab" date=2023-07-09 basis=EXPERIENCED incident=sd-kutum-20230709-kassab-camp-burning
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Rapid Support Forces" site="Abu Shok" date=2024-06-23 basis=WITNESSED incident=sd-abushouk-20240623-borehole-shelling
@@claim c7 harm=KILLED min=6 max=6 named="Halima; Bakheit" weapon=ARTILLERY actor="Rapid Support Forces" site="Abu Shok" date=2024-06-23 basis=WITNESSED incident=sd-abushouk-20240623-borehole-shelling
@@claim c8 harm=INJURED min=15 max=20 weapon=ARTILLERY actor="Rapid Support Forces" site="Abu Shok" date=2024-06-23 basis=WITNESSED incident=sd-abushouk-20240623-borehole-shelling
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Abu Shok" date=2024-07-10 basis=WITNESSED incident=sd-abushouk-20240710-borehole-tank
@@claim c10 harm=DISPLACED min=null max=null site="Abu Shouk" date=2024-09-01..2024-09-30 basis=EXPERIENCED incident=sd-abushouk-20240900-bakhit-family-flight
