id: co-puertoasis-3958
interview_date: 2022-10-04
place: Puerto Asís, Putumayo, Colombia
language: Spanish and Inga, interpreted

INTERVIEWER: Thank you for receiving us. Can you tell us your name and your vereda?
INTERPRETER: She says her name is [[Marleny Jacanamejoy|PERSON]], she is forty-four, from the vereda [[La Carmelita|PLACE]], in [[Puerto Asís|PLACE]], by the river.
INTERVIEWER: You wanted to talk about your son.
INTERPRETER: Yes. She says her son [[Brayan|PERSON]] was taken, he was sixteen. {{c1|She says it was in [[October 2020|DATE:2020-10-01..2020-10-31]], [[a night|DATE:2020-10-01..2020-10-31]], men of the [[Comandos|ACTOR:Comandos de la Frontera]] came to the house with [[rifles|WEAPON:SMALL_ARMS]] and took him, they said he would work with them, and she was there, she saw them put him in the boat.}}
WITNESS: [crying] [[Brayan|PERSON]]...
INTERPRETER: {{c1|She says since [[that night|DATE:2020-10-01..2020-10-31]] she has no news. Two years. Not a call.}}
INTERVIEWER: How does she know it was the [[Comandos de la Frontera|ACTOR:Comandos de la Frontera]]?
INTERPRETER: She says everybody knows them, they had the armbands, and they were the ones in [[La Carmelita|PLACE]] then. The other group, the [[Carolina Ramírez|ACTOR:FARC dissidents]], were on the other side of the river.
INTERVIEWER: Did other families lose children the same way?
INTERPRETER: She says yes, the son of her comadre [[Nubia|PERSON]] also, [[Cristian|PERSON]], but he came back after six months, he escaped. She says she does not want to say more about him, it is his story.
INTERVIEWER: We understand there was an attack on houses in [[La Carmelita|PLACE]] in [[2021|DATE:2021-01-01..2021-12-31]].
WITNESS: [[The drone|WEAPON:DRONE_STRIKE]]. I speak a little Spanish, I tell this. [[August|DATE:2021-08-01..2021-08-31]], [[the second week|DATE:2021-08-08..2021-08-14]]. At [[lunch|DATE:2021-08-08..2021-08-14]]. We hear a noise like a big mosquito. Then boom. {{c2|[[The drone|WEAPON:DRONE_STRIKE]] drop the [[bomb|WEAPON:DRONE_STRIKE]] on the house of Don [[Luis|PERSON]], the roof of zinc, it fall.}}
WITNESS: {{c3|His granddaughter, [[Luz Adriana|PERSON]], eight years, the leg, the small metals inside, and his wife, on the arm.}} I see this. I run there with towels.
INTERPRETER: She is saying the girl had the fragments in her leg and the grandmother was hurt in the arm. She saw them.
INTERVIEWER: Who flew [[the drone|WEAPON:DRONE_STRIKE]]?
WITNESS: The [[Carolina|ACTOR:FARC dissidents]], people say, against the [[Comandos|ACTOR:Comandos de la Frontera]], because the [[Comandos|ACTOR:Comandos de la Frontera]] had a house near there. But we don't know. Nobody from the groups was in Don [[Luis|PERSON]]'s house. Only the family.
INTERVIEWER: Was the girl treated?
INTERPRETER: She says they took her by boat to the hospital in [[Puerto Asís|PLACE]], she is walking now but with a little limp.
INTERVIEWER: Did your family leave [[La Carmelita|PLACE]]?
INTERPRETER: She says no, they did not leave, where would they go, the farm is there. But she was afraid every day that [[the drones|WEAPON:DRONE_STRIKE]] would come back to her roof, and they sleep under the table for some weeks.
INTERVIEWER: Has she heard about other violence in the area?
INTERPRETER: She says in [[Puerto Guzmán|PLACE]], where her brother [[Albeiro|PERSON]] lives, {{c4|she heard from him that in [[January this year|DATE:2022-01-01..2022-01-31]] they killed a leader of the junta, [[Jesús Eliécer Mutumbajoy|PERSON]], with a [[shotgun|WEAPON:SMALL_ARMS]], in front of his house in [[Puerto Guzman|PLACE:Puerto Guzmán]].}}
INTERPRETER: She corrects. She says it was [[February|DATE:2022-02-01..2022-02-28]], not [[January|DATE:2022-01-01..2022-01-31]]. [[After the Candelaria feast|DATE:2022-02-03..2022-02-28]]. She is not sure who did it.
INTERVIEWER: Some people told us a school in [[La Carmelita|PLACE]] was burned too.
INTERPRETER: She says no, that is not true, the school is fine, the teacher comes every week. People invent things.
INTERVIEWER: Is there something she wants to add?
WITNESS: That if somebody sees [[Brayan|PERSON]], he has a mole here, on the neck. Tell him his mother waits. [[Brayan Stiven Jacanamejoy|PERSON]]. Write it.
@@witness co-puertoasis-marleny-jacanamejoy
@@claim c1 harm=MISSING min=1 max=1 named="Brayan" actor="Comandos de la Frontera" site="La Carmelita" date=2020-10-01..2020-10-31 basis=WITNESSED incident=co-puertoasis-20201000-brayan-jacanamejoy-taken
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="La Carmelita" date=2021-08-08..2021-08-14 basis=WITNESSED incident=co-puertoasis-20210800-la-carmelita-don-luis-drone
@@claim c3 harm=INJURED min=2 max=2 named="Luz Adriana" weapon=DRONE_STRIKE site="La Carmelita" date=2021-08-08..2021-08-14 basis=WITNESSED incident=co-puertoasis-20210800-la-carmelita-don-luis-drone
@@claim c4 harm=KILLED min=1 max=1 named="Jesús Eliécer Mutumbajoy" weapon=SMALL_ARMS site="Puerto Guzman" date=2022-02-03..2022-02-28 basis=HEARSAY incident=co-puertoguzman-20220200-mutumbajoy-killing
