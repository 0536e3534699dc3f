@@newline crlf
Interview ID: ET-EDH-3701
Date of interview: 9 March 2023
Place of interview: [[Mekelle|PLACE]], [[Tigray|PLACE]]
Language: Tigrinya, interpreted into English
Interviewer: [[Jonas Brekke|PERSON]]
Interpreter: [[Meron Gebru|PERSON]]

INTERVIEWER: Thank you for coming. Can you say who you are and where you lived during the war?
WITNESS: My name is [[Kiros Gebreselassie|PERSON]]. I had a shop in [[Edaga Hamus|PLACE]], on the main road, you know, where the buses from [[Adigrat|PLACE]] stop. Sugar, oil, soap, small things.
INTERVIEWER: You said on the phone there was an attack on the market.
WITNESS: Yes, in [[Idaga Hamus|PLACE:Edaga Hamus]]. It was [[two days before Genna|DATE:2021-01-05]], our Christmas, so [[the 5th of January|DATE:2021-01-05]] in your calendar. [[A Tuesday|DATE:2021-01-05]]. Many people were buying for the feast.
INTERVIEWER: What happened?
WITNESS: Around [[ten in the morning|DATE:2021-01-05]] the first [[shell|WEAPON:ARTILLERY]] came. From the hills on the side of [[Sinkata|PLACE]], I think, where [[the Eritreans|ACTOR:Eritrean forces]] had their [[big guns|WEAPON:ARTILLERY]]. Eh, the first one fell behind the petrol station, in the open place. Then one more, then many.
INTERVIEWER: How many [[shells|WEAPON:ARTILLERY]], do you think?
WITNESS: Eight? Ten? I was on the floor behind my counter.
{{c1|When I stood up the front of my shop was not there. The metal door was bent like paper, and the sugar sacks were burning.}} {{c2|I saw [[Tsegay|PERSON]], the boy who carried water for the tea house, lying by the road. He was dead, he was maybe fourteen.}} {{c3|And an old woman, [[Abrehet|PERSON]], she sold eggs, I saw her sitting against the wall holding her leg, the blood was coming from her knee.}}
INTERPRETER: He says "like paper", the door folded.
INTERVIEWER: Do you know how many people died [[that day|DATE:2021-01-05]]?
WITNESS: {{c4|We buried seven [[the next day|DATE:2021-01-06]] at the church. Seven I know myself.}} {{c5|Later the list of the kebele said eleven, because some died in [[Adigrat|PLACE]] hospital, and some were from the villages and their families took them.}}
INTERVIEWER: Were there soldiers or fighters in the market?
WITNESS: No. Nobody with guns was in the market [[that morning|DATE:2021-01-05]]. The [[TDF|ACTOR:Tigray Defense Forces]] fighters were not in the town [[that week|DATE:2021-01-04..2021-01-10]], they were in the mountains. I want to say this clearly.
{{c6|Also the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] broke the mill of [[Berhe|PERSON]], the grain mill next to me. The roof came down on the machine.}} {{c6|On our side of the road, I think six shops were finished completely, just walls.}}
INTERVIEWER: What did you do after?
WITNESS: I stayed. Where to go? My family was there. But after that, eh, the problem was different. The soldiers at the roads.
INTERVIEWER: Which soldiers?
WITNESS: [[Shabia|ACTOR:Eritrean forces]]. [[The Eritrean soldiers|ACTOR:Eritrean forces]]. And some [[federal army|ACTOR:Ethiopian National Defense Force]] also, at the checkpoint at the exit to [[Adigrat|PLACE]], they were together.
{{c8|My younger brother, [[Haftom|PERSON]], he was going to [[Adigrat|PLACE]] to bring medicine for our mother. It was [[two days after Timket|DATE:2021-01-21]]. At the checkpoint they took him down from the minibus with three other young men.}} The driver told us, he came back alone.
INTERVIEWER: Did you go to look for him?
WITNESS: I went myself, [[the next morning|DATE:2021-01-22]], to the checkpoint. They took me to the side, they searched my pockets, they looked at my ID card for a long time. They asked, where is your brother, is he with the fighters. Then one officer said go home. I was lucky.
INTERVIEWER: And [[Haftom|PERSON]]?
WITNESS: [crying] {{c9|Nothing. We asked the church, the Red Cross, we gave his photo. We still do not know where he is, if they took him to [[Eritrea|PLACE]] or if he is in the ground.}}
INTERVIEWER: Take your time.
WITNESS: {{c11|One of the other boys, [[Mulugeta|PERSON]], his mother says someone saw him in a prison in [[Asmara|PLACE]].}} Maybe. Nobody saw [[Haftom|PERSON]].
INTERVIEWER: Is there anything else about [[Edaga Hamus|PLACE]] you want to tell?
WITNESS: The school. {{c10|In [[February|DATE:2021-02-01..2021-02-28]] the soldiers stayed in the school for three weeks and when they left they took the desks, the doors, even the electric wires, and the office was burned inside.}} My daughter [[Selam|PERSON]] studied there. Now she studies under a tree.
INTERVIEWER: Thank you, [[Kiros|PERSON]].
WITNESS: Write the names. [[Tsegay|PERSON]], [[Haftom|PERSON]]. Please write them correctly.
@@witness et-edagahamus-kiros-gebreselassie
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Eritrean forces" site="Edaga Hamus" date=2021-01-05 basis=EXPERIENCED incident=et-edagahamus-20210105-market-shelling
@@claim c2 harm=KILLED min=1 max=1 named="Tsegay" weapon=ARTILLERY actor="Eritrean forces" site="Edaga Hamus" date=2021-01-05 basis=WITNESSED incident=et-edagahamus-20210105-market-shelling
@@claim c3 harm=INJURED min=1 max=1 named="Abrehet" weapon=ARTILLERY actor="Eritrean forces" site="Edaga Hamus" date=2021-01-05 basis=WITNESSED incident=et-edagahamus-20210105-market-shelling
@@claim c4 harm=KILLED min=7 max=7 weapon=ARTILLERY actor="Eritrean forces" site="Edaga Hamus" date=2021-01-05 basis=WITNESSED incident=et-edagahamus-20210105-market-shelling
@@claim c5 harm=KILLED min=11 max=11 weapon=ARTILLERY actor="Eritrean forces" site="Edaga Hamus" date=2021-01-05 basis=REPORTED incident=et-edagahamus-20210105-market-shelling
@@claim c6 harm=PROPERTY_DAMAGE min=6 max=6 weapon=EXPLOSIVE_UNSPECIFIED site="Edaga Hamus" date=2021-01-05 basis=WITNESSED incident=et-edagahamus-20210105-market-shelling
@@claim c8 harm=DETAINED min=4 max=4 named="Haftom" actor="Eritrean forces" site="Edaga Hamus" date=2021-01-21 basis=HEARSAY incident=et-edagahamus-20210121-checkpoint-arrests
@@claim c9 harm=MISSING min=1 max=1 named="Haftom" actor="Eritrean forces" date=2021-01-21 basis=EXPERIENCED incident=et-edagahamus-20210121-checkpoint-arrests
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="Edaga Hamus" date=2021-02-01..2021-02-28 basis=WITNESSED incident=et-edagahamus-20210200-school-looted
@@claim c11 harm=DETAINED min=1 max=1 named="Mulugeta" actor="Eritrean forces" site="Asmara" date=2021-01-21 basis=HEARSAY incident=et-edagahamus-20210121-checkpoint-arrests
