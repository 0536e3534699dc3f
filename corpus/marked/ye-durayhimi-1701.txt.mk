@@newline crlf
Interview ID: YE-DRH-1701
Date of interview: 11 February 2019
Place of interview: [[Bajil|PLACE]], [[Hodeidah|PLACE]] governorate
Language: Arabic (Tihami)
Interviewer: [[Greta Lindqvist|PERSON]]
Interpreter: [[Fuad al-Absi|PERSON]]

INTERVIEWER: Thank you for coming. Please say your name and where you are from.
WITNESS: My name [[Ali Hadi Marwai|PERSON]]. From [[al-Durayhimi|PLACE]], the farms on the east side, near the road to [[Bayt al-Faqih|PLACE]]. I grow mango and bananas, eh, I grew. Now I grow nothing.
INTERVIEWER: When did the fighting reach [[al-Durayhimi|PLACE]]?
WITNESS: In [[June|DATE:2018-06-01..2018-06-30]], when [[the Giants|ACTOR:Yemeni government forces]] came up from the coast toward the airport of [[Hodeidah|PLACE]]. The [[Houthis|ACTOR:Houthis]] came back into the town and made positions in the houses. After that it was between two fires, you understand. Every night something.
INTERVIEWER: You told my colleague about a farm. Can you tell me what happened there?
WITNESS: Yes. It was the farm of Hajj... no, sorry, the farm of the [[Bajash|PERSON]] family, next to mine, maybe three hundred metres. It was [[a Tuesday|DATE:2018-08-28]], [[one week after the Eid|DATE:2018-08-28]], the big Eid. People were picking the last mangoes, the women and the boys, and some men loading the pick-up.
INTERPRETER: He means Eid al-Adha.
WITNESS: {{c1,c3|[[Before the noon prayer|DATE:2018-08-28]] [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:Saudi-led coalition]] hit the farm, two times, one and then, I don't know, one minute, the second.}} {{c1|I was on my roof, I saw the dust go up from the trees. I ran there. Seven people were dead when I arrived, I counted them myself. [[Jaber Bajash|PERSON]], he was forty or so, and his two sons, [[Nabil|PERSON]] and the small one [[Faris|PERSON]], who was eleven. And four women who worked for him, from the families of the pickers, I did not know their names.}}
INTERVIEWER: Were people hurt as well?
WITNESS: {{c2|Yes, many. I think twelve, fifteen. We carried them in my pick-up to [[al-Tuhayta|PLACE]], to the health centre, because the road to [[Hodeidah|PLACE]] was cut.}} [crying] Sorry.
INTERVIEWER: Take your time.
WITNESS: {{c3|And the farm, eh, it is finished. The greenhouse of the tomato, the plastic one, was torn in pieces, the well pump was broken, the pipes, the pick-up burned with the mangoes inside.}}
INTERVIEWER: Were there any fighters at the farm?
WITNESS: No. I swear. There were no [[Houthis|ACTOR:Houthis]] in the farm [[that day|DATE:2018-08-28]], no weapons, nothing. Only mangoes.
INTERVIEWER: What happened to you after that?
WITNESS: {{c4|In [[September|DATE:2018-09-01..2018-09-30]], maybe [[the 10th|DATE:2018-09-10]], the [[Houthis|ACTOR:Houthis]] put a checkpoint at the entrance of the town, by the water tank. My nephew [[Hamdi|PERSON]], the son of my brother [[Yahya|PERSON]], they took him there, with two other young men from our street, [[Sadeq Ghaleb|PERSON]] and [[Ammar|PERSON]]. They said they are spies for [[the aggression|ACTOR:Saudi-led coalition]].}}
INTERVIEWER: Were you with him?
WITNESS: I was in the car behind. They stopped me also, they checked my papers, they looked in the phone, and they let me go. I think because I am old.
INTERVIEWER: Is there any news of [[Hamdi|PERSON]]?
WITNESS: {{c5|Nothing. From [[that day|DATE:2018-09-10]] until now, nothing. My brother went to [[Sanaa|PLACE]], to the prisons, he asked, he paid money to a man. Nobody says he is there. We still don't know where he is.}} {{c6|The others, [[Sadeq|PERSON]] came back after two months, thin like a stick. [[Ammar|PERSON]], we heard he is in the prison in [[Hodeidah|PLACE]] city, the political security.}}
INTERVIEWER: When did you leave [[al-Durayhimi|PLACE]]?
WITNESS: {{c7|[[After the checkpoint|DATE:2018-09-10..2018-09-30]] I took my family, my wife and our five children and my mother, and we came here to [[Bajil|PLACE]]. Eight persons.}}
INTERVIEWER: Have you heard what happened to your own house and land?
WITNESS: {{c8|My neighbour [[Abdo Salem|PERSON]] went back in [[December|DATE:2018-12-01..2018-12-31]] to see. He said the roof of my house came down on one side, the big room, and the trees are dry because nobody waters them.}} {{c9|He told me also, the cousin of [[Abdo|PERSON]], [[Mansour|PERSON]], he went into his own house and there was a [[bomb|WEAPON:IED]] in the door, a wire. It killed him at once.}} The [[Houthis|ACTOR:Houthis]] left many of these when they moved back, people say, in the doors, in the refrigerators even.
INTERVIEWER: Did you see this yourself?
WITNESS: No, no. [[Abdo|PERSON]] told me, on the phone. I did not go back. I will not go back until somebody clears the [[mines|WEAPON:LANDMINE]] and these [[bombs|WEAPON:IED]].
INTERVIEWER: Is there anything else you want to say?
WITNESS: Write the name of [[Faris|PERSON]]. He was eleven. That is all.

@@witness ye-durayhimi-ali-marwai
@@claim c1 harm=KILLED min=7 max=7 named="Jaber Bajash; Nabil; Faris" weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Durayhimi" date=2018-08-28 basis=WITNESSED incident=ye-durayhimi-20180828-bajash-mango-farm
@@claim c2 harm=INJURED min=12 max=15 weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Durayhimi" date=2018-08-28 basis=WITNESSED incident=ye-durayhimi-20180828-bajash-mango-farm
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Durayhimi" date=2018-08-28 basis=WITNESSED incident=ye-durayhimi-20180828-bajash-mango-farm
@@claim c4 harm=DETAINED min=3 max=3 named="Hamdi; Sadeq Ghaleb; Ammar" actor="Houthis" site="al-Durayhimi" date=2018-09-10 basis=WITNESSED incident=ye-durayhimi-20180910-water-tank-checkpoint
@@claim c5 harm=MISSING min=1 max=1 named="Hamdi" actor="Houthis" site="al-Durayhimi" date=2018-09-10 basis=WITNESSED incident=ye-durayhimi-20180910-water-tank-checkpoint
@@claim c6 harm=DETAINED min=1 max=1 named="Ammar" actor="Houthis" site="Hodeidah" basis=HEARSAY incident=ye-durayhimi-20180910-water-tank-checkpoint
@@claim c7 harm=DISPLACED min=8 max=8 site="al-Durayhimi" date=2018-09-10..2018-09-30 basis=EXPERIENCED incident=ye-durayhimi-20180900-marwai-family-flight
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="al-Durayhimi" basis=HEARSAY incident=ye-durayhimi-20180000-marwai-house-roof
@@claim c9 harm=KILLED min=1 max=1 named="Mansour" weapon=IED actor="Houthis" site="al-Durayhimi" basis=HEARSAY incident=ye-durayhimi-20180000-mansour-door-bomb
