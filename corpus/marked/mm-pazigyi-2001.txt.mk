Interview ID: MM-PZG-2001
Date of interview: 17 February 2024
Place of interview: [[Kalay|PLACE]], [[Sagaing|PLACE]] region
Language: Burmese, interpreted into English
Interviewer: [[Rachel Osei|PERSON]]
Interpreter: [[Thiri Khaing|PERSON]]

INTERVIEWER: Please tell me your name and where you are from.
WITNESS: My name is [[Daw Nwe Nwe Khaing|PERSON]]. I am forty-six. I am from [[Pazigyi|PLACE]], in [[Kani|PLACE]] township. Some people write it [[Pa Zi Gyi|PLACE:Pazigyi]], it is the same village.
INTERVIEWER: What happened in [[Pazigyi|PLACE]] in [[March 2022|DATE:2022-03-01..2022-03-31]]?
WITNESS: It was [[the 8th of March|DATE:2022-03-08]], [[a Tuesday|DATE:2022-03-08]]. [[Very early|DATE:2022-03-08]], before the monks go for alms, maybe [[five o'clock|DATE:2022-03-08]]. We heard the trucks, eh, many trucks, and then [[gunfire|WEAPON:SMALL_ARMS]] at the end of the village, near the pond. [[The soldiers|ACTOR:Tatmadaw]] came in from the [[Monywa|PLACE]] road side.
INTERVIEWER: What did they do?
WITNESS: They went house to house. They kicked the doors. {{c1|They dragged my husband, [[U Tin Maung Htwe|PERSON]], out of the house in his longyi, and his two brothers from the next house, [[Ko Myo Htwe|PERSON]] and [[Ko Zaw Htwe|PERSON]], they tied their hands behind with plastic.}} {{c1|From our lane they took seven men altogether, I counted them on the truck.}}
INTERVIEWER: Did you see this yourself?
WITNESS: Yes, from under the house. Our house is on posts, I was hiding under it with my daughter [[Hnin Ei|PERSON]]. I saw their feet, and then the men walking.
INTERPRETER: [pause] She is asking for water.
WITNESS: They also wanted my son, [[Zwe Htet|PERSON]], he is eighteen. But the abbot, [[U Pannya Wuntha|PERSON]], stood in front of him and said he is a novice of the monastery, and the officer let him go.
INTERVIEWER: What happened to the houses?
WITNESS: {{c2|Before they left, at [[about nine o'clock|DATE:2022-03-08]], they poured petrol and set fire to our lane, eleven houses, all wood, all went.}} {{c2|The tea shop of [[Ko Aung Lwin|PERSON]], at the corner, nothing left of it, only the iron of the stove.}} Our house also.
INTERVIEWER: Do you know where the men were taken?
WITNESS: People said to [[Monywa|PLACE]], to the prison. {{c4|Later the [[Kani|PLACE]] township page on Facebook wrote that [[the junta|ACTOR:Tatmadaw]] took twelve men from [[Pazigyi|PLACE]] [[that morning|DATE:2022-03-08]].}} Twelve, they said. I know seven from our lane, I don't know the other lanes.
INTERVIEWER: Did you try to find your husband?
WITNESS: Yes. [[Two weeks later|DATE:2022-03-22]] I went to [[Monywa|PLACE]] with my sister-in-law, [[Daw Aye Aye Mar|PERSON]]. At the bridge [[the soldiers|ACTOR:Tatmadaw]] checked our cards and asked us questions, one hour, where is your husband, is he [[PDF|ACTOR:People's Defence Force]]. Then they let us go. At the prison they said there is no such name.
INTERVIEWER: And since then?
WITNESS: {{c5|My husband never came back. Two years now, no news, we don't know if he is alive.}} {{c6|[[Ko Zaw Htwe|PERSON]] came home after five months, very thin, he said they kept him in a school in [[Monywa|PLACE]] with many men, and then in the police station.}} He said he saw my husband only [[the first week|DATE:2022-03-08..2022-03-14]]. After that, nothing. [crying]
INTERVIEWER: We can stop if you want.
WITNESS: No, I will say. There is one more thing, about the mill.
INTERVIEWER: Which mill?
WITNESS: The rice mill of [[Pazigyi|PLACE]], the [[Shwe Pyi rice mill|PLACE]], of the family of [[U Hla Shein|PERSON]]. It was [[last year|DATE:2023-01-01..2023-12-31]], in [[September|DATE:2023-09-01..2023-09-30]], I think [[the 14th|DATE:2023-09-14]], [[a Thursday|DATE:2023-09-14]]. I was not in the village then, I was already here in [[Kalay|PLACE]]. {{c7|My nephew [[Min Htet|PERSON]] called me, he said [[the drone|WEAPON:DRONE_STRIKE]] came at [[lunchtime|DATE:2023-09-14]] and dropped two [[bombs|WEAPON:DRONE_STRIKE]] on the mill, and the machine room was gutted, the roof came down on the husking machine.}} {{c8|Two workers were hurt, one boy burned on the arm, [[Kyaw Gyi|PERSON]] they call him.}}
INTERVIEWER: Was anybody killed at the mill?
WITNESS: No. Nobody died there, the others had gone home to eat. My nephew said if it was morning, many people would be there with their rice carts.
INTERVIEWER: Who do you think sent [[the drone|WEAPON:DRONE_STRIKE]]?
WITNESS: [[The military|ACTOR:Tatmadaw]]. The [[PDF|ACTOR:People's Defence Force]] boys have small drones also, but why would they bomb our own mill? Everybody said it was the [[Sit-Tat|ACTOR:Tatmadaw]].
INTERVIEWER: Is there anything else you want to add, [[Daw Nwe Nwe Khaing|PERSON]]?
WITNESS: Please write the name of my husband correctly. [[U Tin Maung Htwe|PERSON]]. If somebody sees him, somewhere, in some prison, please tell him his daughter passed the exam.
@@witness mm-pazigyi-nwe-nwe-khaing
@@claim c1 harm=DETAINED min=7 max=7 named="U Tin Maung Htwe; Ko Myo Htwe; Ko Zaw Htwe" actor=Tatmadaw site="Pazigyi" date=2022-03-08 basis=WITNESSED incident=mm-pazigyi-20220308-raid-men-taken
@@claim c2 harm=PROPERTY_DAMAGE min=11 max=11 actor="Tatmadaw" site="Pazigyi" date=2022-03-08 basis=WITNESSED incident=mm-pazigyi-20220308-raid-men-taken
@@claim c4 harm=DETAINED min=12 max=12 actor=Tatmadaw site="Pazigyi" date=2022-03-08 basis=REPORTED incident=mm-pazigyi-20220308-raid-men-taken
@@claim c5 harm=MISSING min=1 max=1 named="U Tin Maung Htwe" actor=Tatmadaw site="Pazigyi" date=2022-03-08 basis=EXPERIENCED incident=mm-pazigyi-20220308-raid-men-taken
@@claim c6 harm=DETAINED min=1 max=1 named="Ko Zaw Htwe" actor=Tatmadaw site="Monywa" date=2022-03-08 basis=HEARSAY incident=mm-pazigyi-20220308-raid-men-taken
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor=Tatmadaw site="Shwe Pyi rice mill" date=2023-09-14 basis=HEARSAY incident=mm-pazigyi-20230914-rice-mill-drone
@@claim c8 harm=INJURED min=2 max=2 named="Kyaw Gyi" weapon=DRONE_STRIKE actor=Tatmadaw site="Shwe Pyi rice mill" date=2023-09-14 basis=HEARSAY incident=mm-pazigyi-20230914-rice-mill-drone
