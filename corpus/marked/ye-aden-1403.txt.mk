Interview ID: YE-ADN-1403
Interview date: 20/01/2019
Place of interview: [[Khormaksar|PLACE]], [[Aden|PLACE]]
Language: Arabic
Interviewer: [[Helen Marsh|PERSON]]
Interpreter: [[Walid Bin Break|PERSON]]

INTERVIEWER: Thank you for coming. Please say your name, or the name you want us to use.
WITNESS: [[Umm Ayman|PERSON]]. My name is [[Afrah Saeed al-Yafei|PERSON]], but write [[Umm Ayman|PERSON]].
INTERVIEWER: Where did you live during the war in [[2015|DATE:2015-01-01..2015-12-31]]?
WITNESS: In [[Dar Saad|PLACE]], near the [[al-Hashimi roundabout|PLACE]]. {{c1,c12|In [[Ramadan|DATE:2015-06-18..2015-07-16]], the [[Houthis|ACTOR:Houthis]] were firing the [[Katyusha|WEAPON:ROCKET]] from the north, every evening, and [[one evening|DATE:2015-06-18..2015-07-16]] it fell on the house of the [[Bahumaish|PERSON]] family, and the father and two of his daughters, they died.}} I was at the window. I saw the roof go.
INTERPRETER: She says the [[rockets|WEAPON:ROCKET]] came when people were breaking the fast.
INTERVIEWER: Was anyone in your family hurt?
WITNESS: {{c2|My brother [[Hamdi|PERSON]], he was in the street, a piece went in his shoulder.}} I took him myself to the [[al-Jumhuriya hospital|PLACE]], in the car of a neighbour.
WITNESS: {{c3|After that we left [[Dar Saad|PLACE]], all of us, to [[al-Buraiqa|PLACE]], to my husband's uncle, until the [[Houthis|ACTOR:Houthis]] went out of [[Aden|PLACE]].}}
INTERVIEWER: I understand you came today mainly about your son.
WITNESS: Yes. [[Ayman|PERSON]]. He was twenty-two. {{c4|On [[the 9th of March 2017|DATE:2017-03-09]] he was coming home in a bus from [[Crater|PLACE]], and at the checkpoint of [[the Security Belt|ACTOR:Southern Transitional Council]] in [[al-Mansoura|PLACE]] they made him get out and they took him in a car, a Toyota with no plates.}}
INTERVIEWER: How do you know this?
WITNESS: His friend [[Mazen|PERSON]] was with him in the bus. He came to my door [[the same night|DATE:2017-03-09]], shaking. This is what [[Mazen|PERSON]] told me.
INTERVIEWER: Do you know why they took him?
WITNESS: No. He was not in any party. They said later it was because he had a beard and he prayed in the [[al-Rahma mosque|PLACE]]. I don't know.
INTERVIEWER: What happened after?
WITNESS: {{c5|His phone has been off since [[that day|DATE:2017-03-09]].}} {{c5|Twenty-two months. We do not know where he is, not one visit, not one call.}} [crying] [pause]
INTERPRETER: She asks to stop for a minute.
INTERVIEWER: Of course. [pause] Did you look for him?
WITNESS: Everywhere. Every police station, the prosecutor, the Emirati base, everywhere. {{c6|In [[June 2017|DATE:2017-06-01..2017-06-30]] I went with three other mothers to the gate of the [[Bir Ahmed prison|PLACE]], and the guards held us in a room at the gate, the four of us, and [[the next morning|DATE:2017-06-01..2017-06-30]] they told us go home or we will bring your husbands.}}
INTERVIEWER: Who were the guards?
WITNESS: Yemeni, in the uniform of [[the Security Belt|ACTOR:Southern Transitional Council]]. But inside, people say, there were officers of [[the Emiratis|ACTOR:Saudi-led coalition]].
INTERVIEWER: Has anyone seen your son inside?
WITNESS: {{c7|Yes. In [[December 2017|DATE:2017-12-01..2017-12-31]], a young man who was released, [[Khaled Bajubair|PERSON]], came to us and said he saw [[Ayman|PERSON]] in [[Bir Ahmed|PLACE]], in the cell next to him, in [[October|DATE:2017-10-01..2017-10-31]].}} He said [[Ayman|PERSON]] was thin, he had a wound on his foot. After [[October|DATE:2017-10-01..2017-10-31]] he did not see him again; they moved some men to another place.
INTERVIEWER: Have you seen his name anywhere?
WITNESS: {{c8|In [[the summer|DATE:2018-06-01..2018-08-31]], the news on the local television said that in [[Bir Ahmed|PLACE]] and the other prisons there were more than two hundred men held without a judge.}} {{c9|And a Facebook page of the families put a list of forty-nine names of the disappeared of [[Aden|PLACE]] and [[Lahj|PLACE]], and [[Ayman|PERSON]] is number thirty-one.}}
INTERVIEWER: Were other young men from your street taken?
WITNESS: Not from our street. Nobody else was arrested from our street, thank God. {{c10|But in [[al-Mansoura|PLACE]], my cousin told me, three boys from the [[Bin Fareed|PERSON]] family were taken from their house in [[the same month|DATE:2017-03-01..2017-03-31]].}} Two came back [[after the Eid|DATE]]. {{c11|The small one, no, he is still disappeared.}}
INTERVIEWER: Has anyone threatened you?
WITNESS: They told my husband, if your wife goes to the journalists we will take your other son. So my husband is afraid. But I am here.
INTERVIEWER: What do you want to happen?
WITNESS: I want to know one thing. {{c5|I do not know if he is alive.}} Only this. If he did something, let a judge say it.

@@witness ye-aden-afrah-alyafei
@@claim c1 harm=KILLED min=3 max=3 weapon=ROCKET actor="Houthis" site="Dar Saad" date=2015-06-18..2015-07-16 basis=WITNESSED incident=ye-aden-20150700-darsaad-bahumaish-katyusha
@@claim c2 harm=INJURED min=1 max=1 named="Hamdi" weapon=ROCKET actor="Houthis" site="Dar Saad" date=2015-06-18..2015-07-16 basis=WITNESSED incident=ye-aden-20150700-darsaad-bahumaish-katyusha
@@claim c3 harm=DISPLACED min=null max=null site="Dar Saad" date=2015-06-18..2015-07-31 basis=EXPERIENCED incident=ye-aden-20150700-alyafei-family-to-buraiqa
@@claim c4 harm=DETAINED min=1 max=1 named="Ayman" actor="Southern Transitional Council" site="al-Mansoura" date=2017-03-09 basis=HEARSAY incident=ye-aden-20170309-mansoura-checkpoint-ayman
@@claim c5 harm=MISSING min=1 max=1 named="Ayman" actor="Southern Transitional Council" site="al-Mansoura" date=2017-03-09 basis=WITNESSED incident=ye-aden-20170309-mansoura-checkpoint-ayman
@@claim c6 harm=DETAINED min=4 max=4 actor="Southern Transitional Council" site="Bir Ahmed prison" date=2017-06-01..2017-06-30 basis=EXPERIENCED incident=ye-aden-20170600-birahmed-gate-mothers-held
@@claim c7 harm=DETAINED min=1 max=1 named="Ayman" site="Bir Ahmed" date=2017-10-01..2017-10-31 basis=HEARSAY incident=ye-aden-20170309-mansoura-checkpoint-ayman
@@claim c8 harm=DETAINED min=201 max=null site="Bir Ahmed" date=2018-06-01..2018-08-31 basis=REPORTED incident=ye-aden-20180000-birahmed-detainees-tv
@@claim c9 harm=MISSING min=49 max=49 named="Ayman" site="Aden" date=2018-06-01..2018-08-31 basis=REPORTED incident=ye-aden-20180000-families-list-disappeared
@@claim c10 harm=DETAINED min=3 max=3 site="al-Mansoura" date=2017-03-01..2017-03-31 basis=HEARSAY incident=ye-aden-20170300-mansoura-binfareed-boys
@@claim c11 harm=MISSING min=1 max=1 site="al-Mansoura" date=2017-03-01..2017-03-31 basis=HEARSAY incident=ye-aden-20170300-mansoura-binfareed-boys
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Houthis" site="Dar Saad" date=2015-06-18..2015-07-16 basis=WITNESSED incident=ye-aden-20150700-darsaad-bahumaish-katyusha
