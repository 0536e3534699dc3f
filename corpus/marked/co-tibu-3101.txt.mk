Interview ID: CO-CAT-3101
Date of interview: 9 June 2022
Place of interview: [[Cúcuta|PLACE]], [[Norte de Santander|PLACE]]
Language: Spanish, interpreted
Interviewer: [[Marit Solberg|PERSON]]
Interpreter: [[Julián Ospina|PERSON]]

INTERVIEWER: Thank you for coming. Can you tell us where you lived?
WITNESS: In [[Tibú|PLACE]], in the barrio near the pipeline, eh, near the oil tubes. Twenty-two years. My name is [[Luz Dary Carrascal|PERSON]], but everybody says Doña [[Luz|PERSON]].
INTERPRETER: She makes a joke, she says "Luz, like the light, but the light went off in [[Tibu|PLACE:Tibú]] long ago".
INTERVIEWER: You told my colleague about your son.
WITNESS: Yes. [[Yeison|PERSON]]. [[Yeison Carrascal|PERSON]]. He was nineteen. {{c1|It was [[August of last year|DATE:2021-08-01..2021-08-31]], [[a Sunday|DATE]], no, I think [[Saturday|DATE]], he was going on the motorbike with his friend [[Brayan|PERSON]] to [[La Gabarra|PLACE]] to sell chickens. At the retén, the roadblock after [[Campo Dos|PLACE]], the men of the [[ELN|ACTOR:ELN]] stopped them and they took [[Yeison|PERSON]] down from the motorbike and into a truck.}}
INTERVIEWER: How do you know it was the [[ELN|ACTOR:ELN]]?
WITNESS: [[Brayan|PERSON]] told me. [[Brayan|PERSON]] they also made him get down, they looked at his cédula, they looked at his telephone, and after some time they told him go home. [[Brayan|PERSON]] came to my house crying, at [[dinner time|DATE]]. The armbands were red and black, he said, the [[elenos|ACTOR:ELN]].
INTERPRETER: She says "elenos", this is how people call the [[ELN|ACTOR:ELN]].
WITNESS: {{c3|Since [[that day|DATE:2021-08-01..2021-08-31]], nothing. Not a call, not a message, not a body. I went to the Personería, I went to the priest, I went to the commander of the [[elenos|ACTOR:ELN]] in the vereda even. They say "we don't have him". Ten months. I do not know where my son is.}} [crying]
INTERVIEWER: Take your time.
WITNESS: [pause] Ok. Ok.
INTERVIEWER: You also mentioned [[Filo Gringo|PLACE]], in [[El Tarra|PLACE]].
WITNESS: My brother-in-law [[Hermes|PERSON]] lives there, [[Hermes Quintero|PERSON]]. {{c4,c5,c9|In [[March|DATE:2022-03-01..2022-03-31]], [[the week before Holy Week|DATE:2022-04-03..2022-04-09]], no, wait, it was [[the 12th|DATE:2022-03-12]], a [[drone|WEAPON:DRONE_STRIKE]] dropped a [[bomb|WEAPON:DRONE_STRIKE]] on the billiards in [[Filogringo|PLACE:Filo Gringo]], the place of Don [[Tulio|PERSON]]. [[Hermes|PERSON]] says four young men died, and many wounded, the whole front of the building was gone.}}
INTERVIEWER: Did he see it himself?
WITNESS: He heard it. He was two streets away. Then he went to help. He sent me photos on WhatsApp, the tables with the green cloth all broken, blood on the floor.
WITNESS: {{c6|And on Facebook, the page of the community, some "Informa" page, they wrote that it was [[the dissidents|ACTOR:FARC dissidents]] of [[the 33|ACTOR:FARC dissidents]] and three dead, not four.}} I do not know who has the right number.
INTERVIEWER: Why would they attack a billiards hall?
WITNESS: People said that the boys of the other group drank there. Who knows. In [[Catatumbo|PLACE]] everybody is from some group, for them.
INTERVIEWER: And your own house in [[Tibú|PLACE]]?
WITNESS: {{c7|[[Holy Thursday|DATE:2022-04-14]] there was combat in our barrio, between [[the army|ACTOR:Colombian armed forces]] and [[the dissidents|ACTOR:FARC dissidents]]. We were on the floor in the kitchen, me and my daughter [[Nayeli|PERSON]] and her baby. The [[bullets|WEAPON:SMALL_ARMS]] came through the zinc of the roof, like rain, and the water tank on top was pierced everywhere, the water ran down the walls.}}
WITNESS: Nobody was hurt in our house, thanks to God. The neighbour, Don [[Eliécer|PERSON]], I don't know, they took him to the hospital but I think it was his heart, not a [[bullet|WEAPON:SMALL_ARMS]].
INTERVIEWER: Who was shooting at whom?
WITNESS: Both. [[The army|ACTOR:Colombian armed forces]] was in the school, the others in the bushes behind the pipeline. A [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] exploded also, but far.
INTERVIEWER: After that, did you leave?
WITNESS: {{c8|[[The week after Easter|DATE:2022-04-18..2022-04-24]] we left, me, [[Nayeli|PERSON]] and the baby, because [[the 33|ACTOR:FARC dissidents]] wrote on the wall of the school that the families of the "sapos" have to go.}} I am not a sapo. I only ask for my son.
INTERVIEWER: Did anybody threaten you directly?
WITNESS: A boy on a motorbike, he said "Señora, if you keep asking about [[Yeison|PERSON]] we will take you too". He said it, they did not do it. But I understood.
INTERPRETER: "Sapo" means informant, a toad, literally.
INTERVIEWER: Is there anything else you want to say?
WITNESS: Only that [[Yeison|PERSON]] has a tattoo of a star here, on the hand. If somebody finds him... [pause] That's all.

@@witness co-tibu-luz-dary-carrascal
@@claim c1 harm=DETAINED min=1 max=1 named="Yeison" actor="ELN" site="Campo Dos" date=2021-08-01..2021-08-31 basis=HEARSAY incident=co-tibu-20210800-yeison-carrascal-reten
@@claim c3 harm=MISSING min=1 max=1 named="Yeison" actor="ELN" site="Campo Dos" date=2021-08-01..2021-08-31 basis=EXPERIENCED incident=co-tibu-20210800-yeison-carrascal-reten
@@claim c4 harm=KILLED min=4 max=4 weapon=DRONE_STRIKE site="Filogringo" date=2022-03-12 basis=HEARSAY incident=co-eltarra-20220312-filo-gringo-billiards-drone
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Filogringo" date=2022-03-12 basis=HEARSAY incident=co-eltarra-20220312-filo-gringo-billiards-drone
@@claim c6 harm=KILLED min=3 max=3 actor="FARC dissidents" site="Filogringo" date=2022-03-12 basis=REPORTED incident=co-eltarra-20220312-filo-gringo-billiards-drone
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS site="Tibú" date=2022-04-14 basis=EXPERIENCED incident=co-tibu-20220414-barrio-oleoducto-combat
@@claim c9 harm=INJURED min=null max=null weapon=DRONE_STRIKE site="Filogringo" date=2022-03-12 basis=HEARSAY incident=co-eltarra-20220312-filo-gringo-billiards-drone
@@claim c8 harm=DISPLACED min=3 max=3 named="Nayeli" actor="FARC dissidents" site="Tibú" date=2022-04-18..2022-04-24 basis=EXPERIENCED incident=co-tibu-20220418-carrascal-family-displaced
