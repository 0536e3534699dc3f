@@newline crlf
Interview ID: SD-GEN-3601
Date of interview: 18 September 2023
Place of interview: [[Adre|PLACE]], [[Chad|PLACE]]
Language: Masalit and Arabic, interpreted into English
Interviewer: [[Ingrid Haugland|PERSON]]
Interpreter: [[Salah Eldin Bushara|PERSON]]

INTERVIEWER: Thank you for coming. Can you tell me your name and where you lived?
WITNESS: My name is [[Mastura Yahya Abdelkarim|PERSON]]. I lived in [[Krinding|PLACE]], the camp, in [[El Geneina|PLACE]]. Block four, near the water point. My mother came from [[Mornei|PLACE]] in the old war, so I was born there, in the camp.
INTERPRETER: She says "Kerending", it is the same camp, [[Krinding|PLACE]].
INTERVIEWER: What happened in the camp?
WITNESS: The fighting in the town started in [[April|DATE:2023-04-01..2023-04-30]], after the fighting in [[Khartoum|PLACE]]. First it was far from us, near the market. Then on [[the 12th of May|DATE:2023-05-12]], it was [[a Friday|DATE:2023-05-12]], the [[Janjaweed|ACTOR:Rapid Support Forces]] came to the camp [[before the noon prayer|DATE:2023-05-12]]. Motorbikes, the cars with the big [[guns|WEAPON:SMALL_ARMS]], and men walking behind with fire in tins.
INTERVIEWER: What did you see?
WITNESS: {{c1|I saw them put fire to the shelters, one after one, the grass roofs, the plastic. Our whole block, all of block four, by [[the evening|DATE:2023-05-12]] there was only ash and the iron of the beds.}} {{c2|Our own house, the mud walls stayed but black, and the roof was gone, the sorghum we kept inside also burned.}}
INTERVIEWER: Was anybody hurt near you?
WITNESS: {{c3|Our neighbour [[Hawa Abakar|PERSON]], she is old, maybe sixty, she could not run. They shot her in the leg with the [[gunfire|WEAPON:SMALL_ARMS]], I saw her fall by the water point.}} We carried her on a bed frame, me and her grandson [[Issa|PERSON]]. She lived, she is here in [[Adre|PLACE]] now, she walks with a stick.
WITNESS: {{c4|People say in [[Krinding|PLACE]] [[that day|DATE:2023-05-12]] they killed thirty, some say more than forty.}} I did not count. I saw two bodies near the mosque, covered with a mat, I do not know who they were.
INTERVIEWER: Where did you go?
WITNESS: {{c5|[[That night|DATE:2023-05-12]] we went out of the camp, all of us, my husband [[Ishag|PERSON]], the children, my mother-in-law, nine people, to the house of my husband's cousin in [[al-Jamarik|PLACE]].}} We thought in the town it is better. It was not better.
INTERVIEWER: What happened in [[al-Jamarik|PLACE]]?
WITNESS: [pause] My husband's brother, [[Adam Suleiman|PERSON]]. He is a teacher.
WITNESS: {{c6|[[Two days after the Eid|DATE:2023-06-30]], the Eid of the sheep, he went to get flour and at the checkpoint near the bridge the [[RSF|ACTOR:Rapid Support Forces]] took him, they tied his hands, with two other young men from [[Jamarik|PLACE:al-Jamarik]].}} A boy who was selling cigarettes there saw it and came running to tell us.
WITNESS: {{c7|Since then we know nothing. Not in the prison, not in the graves. Nobody has seen [[Adam|PERSON]].}} [crying]
INTERVIEWER: I'm sorry. Take your time.
INTERVIEWER: Were you or your family stopped also?
WITNESS: My son [[Nasreldin|PERSON]], fifteen. [[The same week|DATE:2023-06-26..2023-07-02]] they stopped him on the road, they looked in his pockets and at his shoulder, if he has marks like a fighter. They slapped him and let him go. They said next time we take you. He was lucky.
INTERVIEWER: Was there [[shelling|WEAPON:ARTILLERY]] in [[al-Jamarik|PLACE]]?
WITNESS: Before, yes. At [[the end of April|DATE:2023-04-24..2023-04-30]] a [[mortar|WEAPON:MORTAR]] fell, I don't know from which side.
WITNESS: {{c8|It fell on the mill of [[Abakar Dosa|PERSON]], the grinding mill, inside it was all broken, the machine, the roof, the flour on the floor black.}} I heard it, I was two houses away. Nobody died there, [[Abakar Dosa|PERSON]] was at home.
INTERVIEWER: When did you leave [[El Geneina|PLACE]]?
WITNESS: {{c9|In [[the middle of June|DATE:2023-06-10..2023-06-20]]... no, wait, after [[Adam|PERSON]] was taken, so [[the start of July|DATE:2023-07-01..2023-07-05]], we walked to [[Adre|PLACE]], two days, through the wadi.}} My daughter [[Amal|PERSON]] carried the small one on her back.
INTERPRETER: [[Amal|PERSON]] is her daughter's name. She says "we had no amal left", also the word for hope, she is making a joke with the name.
INTERVIEWER: Did [[the army|ACTOR:Sudanese Armed Forces]] come to defend the camp?
WITNESS: No. [[The army|ACTOR:Sudanese Armed Forces]] stayed in their base. There were no soldiers in [[Krinding|PLACE]] [[that day|DATE:2023-05-12]], no fighters. Only people.
INTERVIEWER: Is there anything else you want to say?
WITNESS: Write [[Adam Suleiman|PERSON]]. Write that he is a teacher, he taught mathematics, and if someone sees him, tell [[Mastura|PERSON]] in [[Adre|PLACE]].
@@witness sd-geneina-mastura-abdelkarim
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Krinding" date=2023-05-12 basis=WITNESSED incident=sd-geneina-20230512-krinding-camp-burning
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null actor="Rapid Support Forces" site="Krinding" date=2023-05-12 basis=EXPERIENCED incident=sd-geneina-20230512-krinding-camp-burning
@@claim c3 harm=INJURED min=1 max=1 named="Hawa Abakar" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Krinding" date=2023-05-12 basis=WITNESSED incident=sd-geneina-20230512-krinding-camp-burning
@@claim c4 harm=KILLED min=30 max=null actor="Rapid Support Forces" site="Krinding" date=2023-05-12 basis=HEARSAY incident=sd-geneina-20230512-krinding-camp-burning
@@claim c5 harm=DISPLACED min=9 max=9 named="Ishag" site="Krinding" date=2023-05-12 basis=EXPERIENCED incident=sd-geneina-20230512-krinding-camp-burning
@@claim c6 harm=DETAINED min=3 max=3 named="Adam Suleiman" actor="Rapid Support Forces" site="al-Jamarik" date=2023-06-30 basis=HEARSAY incident=sd-geneina-20230630-jamarik-bridge-checkpoint
@@claim c7 harm=MISSING min=1 max=1 named="Adam" actor="Rapid Support Forces" site="al-Jamarik" date=2023-06-30 basis=EXPERIENCED incident=sd-geneina-20230630-jamarik-bridge-checkpoint
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="al-Jamarik" date=2023-04-24..2023-04-30 basis=WITNESSED incident=sd-geneina-20230400-jamarik-mill-mortar
@@claim c9 harm=DISPLACED min=null max=null site="El Geneina" date=2023-07-01..2023-07-05 basis=EXPERIENCED incident=sd-geneina-20230700-mastura-family-flight
