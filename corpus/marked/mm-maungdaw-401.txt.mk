Interview ID: MM-ATK-401
Date of interview: 9 October 2017
Place of interview: [[Balukhali|PLACE]] camp, [[Cox's Bazar|PLACE]], [[Bangladesh|PLACE]]
Language: Rohingya, interpreted into English
Interviewer: [[Ingrid Solheim|PERSON]]
Interpreter: [[Mohammad Shafiq|PERSON]]

INTERVIEWER: Can you say your name and where you lived?
WITNESS: My name is [[Hasina Begum|PERSON]]. I am from [[Alel Than Kyaw|PLACE]], south of [[Maungdaw|PLACE]] town, near the sea. My husband had a small shop for dry fish.
INTERPRETER: She says "dry fish", the salted fish, people sell it at the market.
INTERVIEWER: When did [[the soldiers|ACTOR:Tatmadaw]] come to [[Alel Than Kyaw|PLACE]]?
WITNESS: [[Friday|DATE:2017-08-25]]. [[The night before|DATE:2017-08-24]], people say there was an attack on the police, near the village, we heard [[guns|WEAPON:SMALL_ARMS]] in [[the night|DATE:2017-08-24]]. Then in [[the morning|DATE:2017-08-25]], [[after fajr|DATE:2017-08-25]], [[the military|ACTOR:Tatmadaw]] came. Many. From the side of the road, and from the beach side also.
INTERVIEWER: What did you see?
WITNESS: Eh... they came shooting. Not to the sky. At the people. {{c1|My husband, [[Abul Kalam|PERSON]], he ran out to bring his father, and [[the soldiers|ACTOR:Tatmadaw]] shot him in front of the mosque, I saw from the door. His father also, [[Sultan Ahmed|PERSON]], seventy years, he fell near him, he could not run.}} [crying]
INTERPRETER: She is saying the names again. [[Abul Kalam|PERSON]] and [[Sultan Ahmed|PERSON]]. Her husband and the father of her husband.
INTERVIEWER: Take your time. Did you see anyone else hurt?
WITNESS: {{c2|Near the mosque, when we ran past, I saw bodies, ten, maybe twelve, on the ground, men and also one woman.}} {{c3|My daughter, [[Nur Begum|PERSON]], she is nine, a [[bullet|WEAPON:SMALL_ARMS]] went here, on her arm, not deep.}} She has the mark.
INTERVIEWER: Where did you go?
WITNESS: To the hill behind the village, with the children. From there we looked. {{c4|They burned the houses, all the west side, our house, the house of the [[Hashim|PERSON]] family, the madrasa, everything.}} Smoke until [[the night|DATE:2017-08-25]]. The Rakhine houses, on the east side, nothing. I want to say it correctly: nobody was hurt on the Rakhine side, I did not see that.
INTERVIEWER: How many people were killed in [[Alel Than Kyaw|PLACE]], do you know?
WITNESS: I saw what I said. {{c5|Here in the camp, the people from [[Alethankyaw|PLACE:Alel Than Kyaw]] say more than sixty died, some say eighty.}} I don't know the number. I know my husband.
INTERVIEWER: [[Before that day|DATE]], had anything happened to your family?
WITNESS: Yes. My brother, [[Mohammed Ayas|PERSON]]. {{c6|About [[two weeks before|DATE:2017-08-11]], he went to the market in [[Maungdaw|PLACE]] and [[the army|ACTOR:Tatmadaw]] took him at the checkpoint, his friend [[Dil Mohammed|PERSON]] told us, they said he is a terrorist.}} We never saw him again. We asked at the police, they said go away.
INTERVIEWER: And how did you come to [[Bangladesh|PLACE]]?
WITNESS: {{c7|We were nine people, me, my four children, my mother-in-law, and the family of my neighbour [[Rahima Khatun|PERSON]], we walked six days in the hills and then to the beach.}} People said [[the soldiers|ACTOR:Tatmadaw]] put [[mines|WEAPON:LANDMINE]] on the way to the north side, near the border, so we did not go there. If we went that way, maybe we die, I don't know. We paid a boatman, all my gold, and we crossed in [[the night|DATE]] to [[Shah Porir Dwip|PLACE]].
INTERVIEWER: Is there anything you want to add?
WITNESS: There were no fighters in our village. Only shop people, fishermen, farmers. Why they shoot my husband? He was selling fish.
INTERPRETER: She asks me to write that also. That he was selling fish.
@@witness mm-alethankyaw-hasina-begum
@@claim c1 harm=KILLED min=2 max=2 named="Abul Kalam; Sultan Ahmed" weapon=SMALL_ARMS actor=Tatmadaw site="Alel Than Kyaw" date=2017-08-25 basis=WITNESSED incident=mm-alethankyaw-20170825-village
@@claim c2 harm=KILLED min=10 max=12 actor=Tatmadaw site="Alel Than Kyaw" date=2017-08-25 basis=WITNESSED incident=mm-alethankyaw-20170825-village
@@claim c3 harm=INJURED min=1 max=1 named="Nur Begum" weapon=SMALL_ARMS actor=Tatmadaw site="Alel Than Kyaw" date=2017-08-25 basis=WITNESSED incident=mm-alethankyaw-20170825-village
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null actor=Tatmadaw site="Alel Than Kyaw" date=2017-08-25 basis=WITNESSED incident=mm-alethankyaw-20170825-village
@@claim c5 harm=KILLED min=61 max=null site="Alethankyaw" basis=HEARSAY incident=mm-alethankyaw-20170825-village
@@claim c6 harm=DETAINED min=1 max=1 named="Mohammed Ayas" actor=Tatmadaw site="Maungdaw" date=2017-08-11 basis=HEARSAY incident=mm-maungdaw-20170811-checkpoint-arrest
@@claim c7 harm=DISPLACED min=9 max=9 named="Rahima Khatun" site="Alel Than Kyaw" date=2017-08-25..2017-08-31 basis=EXPERIENCED incident=mm-alethankyaw-20170825-village
