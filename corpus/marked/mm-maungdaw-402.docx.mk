FOLLOW-UP INTERVIEW
Interview ID: MM-ATK-402
Date of interview: 21/06/2018
Place of interview: [[Kutupalong|PLACE]] camp, [[Ukhia|PLACE]], [[Bangladesh|PLACE]]
Language: Rohingya, interpreted into English
Interviewer: [[Priya Nair|PERSON]]
Interpreter: [[Rafiqul Islam|PERSON]]
Previous interview: MM-ATK-401, 9 October 2017
Q: Thank you for seeing us again. Last year you told us about [[Alel Than Kyaw|PLACE]]. We want to check some details. Is that okay?
A: Yes. Ask. Now my head is more quiet than before, I can remember better.
Q: You said [[the soldiers|ACTOR:Tatmadaw]] came on [[a Friday|DATE:2017-08-25]]. Are you still sure?
A: [[Friday|DATE:2017-08-25]], yes, [[the day after the attack on the police|DATE:2017-08-25]]. People here say it was [[the 25th|DATE:2017-08-25]]. I don't know the English dates, I know it was [[Friday|DATE:2017-08-25]] because my husband wanted to go for jummah prayer.
Q: Last time you said your husband's father was shot near the mosque. Can you tell me again what happened to him?
A: I said it wrong before, I was not thinking straight. {{c1|My husband [[Abul Kalam|PERSON]] was killed there, in front of the mosque, by [[the soldiers|ACTOR:Tatmadaw]], this I saw.}} {{c2|His father, [[Sultan Ahmed|PERSON]], he was shot in the stomach, not killed at once, my brother-in-law carried him up to the hill and he died there in [[the evening|DATE:2017-08-25]].}} We buried him on the hill, under a tree.
Q: Did you see any aircraft [[that day|DATE:2017-08-25]]?
A: No. There was no helicopter in our village [[that day|DATE:2017-08-25]]. The helicopter was in other villages, people said, not with us. With us it was only [[guns|WEAPON:SMALL_ARMS]] and fire.
Q: Do you know now how many people from [[Alel Than Kyaw|PLACE]] died?
A: {{c3|The imam of our village, Maulvi [[Abdur Rahim|PERSON]], he made a list here in the camp, with the families, and he says seventy-two names are on it.}} I gave him the name of my husband and his father. Some people say the list is not complete, because whole families died and nobody is here to give the names.
Q: Last time you spoke about your brother. Is there any news?
A: Yes, some news. A man came from [[Buthidaung|PLACE]] side in [[March|DATE:2018-03-01..2018-03-31]], [[Shamsul Alam|PERSON]], he was in the prison in [[Buthidaung|PLACE]] for five months and they let him go. {{c4|He says my brother [[Mohammed Ayas|PERSON]] is there in the [[Buthidaung prison|PLACE]], alive, but thin, they took him from the [[Maungdaw|PLACE]] checkpoint and nobody has seen a judge.}} I don't know if it is true. I pray it is true.
Q: How is your daughter, [[Nur Begum|PERSON]]?
A: {{c5|The arm of [[Nur Begum|PERSON]] is good now, where the [[bullet|WEAPON:SMALL_ARMS]] touched her there is a line only.}} She goes to the learning centre. She draws houses, always houses with fire. The teacher showed me.
Q: You came with your neighbour's family. Are they with you?
A: [[Rahima Khatun|PERSON]], yes, she is in the next block. Her son [[Jubair|PERSON]] works with the NGO for the water. Her husband stayed in [[Myanmar|PLACE]], in [[Maungdaw|PLACE]] town with his brother. He calls sometimes. {{c6|He says [[the army|ACTOR:Tatmadaw]] took the land where our village was, they are making something there, a camp for soldiers, and our mosque is gone.}}
Q: Would you go back?
A: If they give us papers, citizenship, and our land, yes. If not, they would kill us again, like before. Here is not our home. There is not safe.
@@witness mm-alethankyaw-hasina-begum
@@claim c1 harm=KILLED min=1 max=1 named="Abul Kalam" weapon=SMALL_ARMS actor=Tatmadaw site="Alel Than Kyaw" date=2017-08-25 basis=WITNESSED incident=mm-alethankyaw-20170825-village
@@claim c2 harm=KILLED min=1 max=1 named="Sultan Ahmed" weapon=SMALL_ARMS actor=Tatmadaw site="Alel Than Kyaw" date=2017-08-25 basis=WITNESSED incident=mm-alethankyaw-20170825-village
@@claim c3 harm=KILLED min=72 max=72 site="Alel Than Kyaw" basis=REPORTED incident=mm-alethankyaw-20170825-village
@@claim c4 harm=DETAINED min=1 max=1 named="Mohammed Ayas" site="Maungdaw" basis=HEARSAY incident=mm-maungdaw-20170811-checkpoint-arrest
@@claim c5 harm=INJURED min=1 max=1 named="Nur Begum" weapon=SMALL_ARMS site="Alel Than Kyaw" date=2017-08-25 basis=WITNESSED incident=mm-alethankyaw-20170825-village
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null actor="Tatmadaw" site="Maungdaw" basis=HEARSAY incident=mm-maungdaw-20170000-village-mosque-gone
