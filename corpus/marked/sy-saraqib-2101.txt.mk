Interview ID: IDL-SRQ-2101
Date of interview: 19 March 2020
Place of interview: [[Kafr Lusin|PLACE]], northern [[Idlib|PLACE]]
Language: Arabic (interpreted into English)
Interviewer: [[Greta Lindqvist|PERSON]]
Interpreter: [[Bassel Hourani|PERSON]]

INTERVIEWER: Please say your name, and where you lived before.
WITNESS: My name is [[Khaled Barakat|PERSON]], people call me [[Abu Hamza|PERSON]]. Before, we lived in [[Saraqib|PLACE]], the eastern part, near the highway, near the mill of the [[Sheikh|PERSON]] family.
INTERVIEWER: You told me on the phone about the mill. When was this?
WITNESS: In [[January|DATE:2020-01-01..2020-01-31]], at the end. I think [[the 28th|DATE:2020-01-28]]. It was [[a Tuesday|DATE:2020-01-28]], because on Tuesday my son goes with the flour to the bakery in [[Binnish|PLACE]]. [[After the noon prayer|DATE:2020-01-28]], maybe [[one o'clock|DATE:2020-01-28]].
INTERVIEWER: What happened?
WITNESS: {{c1|Two [[jets|WEAPON:AIRSTRIKE]] came, [[Russian|ACTOR:Russian forces]], the observers said on the radio [[Sukhoi|WEAPON:AIRSTRIKE]] from [[Hmeimim|PLACE]]. They went around one time and then they dropped, two times, on the mill.}} I was on the roof of my house, three hundred metres, I saw the dust go up like a tower, grey and white, flour and dust together.
INTERVIEWER: Was anyone inside?
WITNESS: {{c2|Eh, the workers. My nephew [[Hamza al-Sheikh|PERSON]], thirty-four, he was the one who runs the machines. And [[Yahya|PERSON]], a boy from [[Maarat al-Numan|PLACE]] who came displaced, sixteen. And three others, I did not know their names. Five died, five, I counted them when we took them out.}} {{c3|A woman passing in the street, [[Umm Ali|PERSON]], her leg was cut by the glass, and the son of the guard also hurt in his head.}}
INTERVIEWER: And the building?
WITNESS: {{c1|The mill is gone. The roof of iron fell inside on the machines, the walls on the east side fell down, everything, the sacks, the wheat, burned for two days.}} {{c1|Also two houses next to the mill, the house of [[Abu Jaber|PERSON]] and his brother's house, the fronts came down into the street.}} Nobody was inside those two, thank God, they had left [[one week before|DATE:2020-01-21]].
INTERVIEWER: Were there fighters near the mill?
WITNESS: No. There was no checkpoint there and no fighters in the mill. It is flour, it is bread. Why the mill? They want that people have no bread, so they leave.
INTERVIEWER: Did you leave after this?
WITNESS: {{c6|We left [[the next Monday|DATE:2020-02-03]]. Me, my wife, my four children and my mother, seven people, in a pickup to [[Kafr Lusin|PLACE]].}} [[The regime|ACTOR:Syrian government forces]] entered [[Sraqib|PLACE:Saraqib]] after two or three days, I heard it on the news.
INTERVIEWER: You also mentioned your brother. Can you tell me about him?
WITNESS: [pause] Yes. My brother [[Mahmoud|PERSON]]. This is a different story, it is not from the planes. {{c7|In [[the summer|DATE:2019-06-01..2019-08-31]], [[July|DATE:2019-07-01..2019-07-31]] I think, the security of [[Hayat Tahrir al-Sham|ACTOR:Hayat Tahrir al-Sham]] took him from his shop in [[Idlib|PLACE]] city. Four men with masks, they put him in a car.}} {{c7|We heard later, from a man who was released, that he was held under the ground in [[al-Oqab|PLACE]] prison, for weeks.}} He wrote something on Facebook against them, about the price of the fuel, this was all.
INTERVIEWER: Is he still there?
WITNESS: {{c7|He came back after fifty-three days, thin like a stick.}} He does not talk about it. [crying] Sorry.
INTERVIEWER: Take your time. Were you also questioned?
WITNESS: They came to me also, one time, at the checkpoint near [[Sarmin|PLACE]]. They asked me one hour about my brother, who he talks to, and then they let me go. Nothing more.
INTERVIEWER: Is there anything else from [[Saraqib|PLACE]] you want to say?
WITNESS: {{c8|Before we left, in [[the first days of February|DATE:2020-02-01..2020-02-03]], my cousin [[Firas|PERSON]] called me from the road to [[Afis|PLACE]].}} {{c8,c9|He said [[cluster bombs|WEAPON:CLUSTER_MUNITION]] fell on the cars of people who were leaving, and a family from [[Tell Mardikh|PLACE]] died in their car, the father, the mother and the small girl.}} I did not see this. I tell you what he told me. And [[Firas|PERSON]], he says a lot of things, but this one I believe, because his voice was shaking.
[Interpreter: the witness is showing a picture of the mill on his phone, the roof is on the ground.]
WITNESS: You see? This is the mill of the [[Sheikh|PERSON]] family. Sixty years. My father bought flour there.
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="Russian forces" site="Saraqib" date=2020-01-28 basis=WITNESSED incident=sy-saraqib-20200128-sheikh-mill-airstrike
@@claim c2 harm=KILLED min=5 max=5 named="Hamza al-Sheikh; Yahya" weapon=AIRSTRIKE actor="Russian forces" site="Saraqib" date=2020-01-28 basis=WITNESSED incident=sy-saraqib-20200128-sheikh-mill-airstrike
@@claim c3 harm=INJURED min=2 max=2 named="Umm Ali" weapon=AIRSTRIKE actor="Russian forces" site="Saraqib" date=2020-01-28 basis=WITNESSED incident=sy-saraqib-20200128-sheikh-mill-airstrike
@@claim c6 harm=DISPLACED min=7 max=7 site="Saraqib" date=2020-02-03 basis=EXPERIENCED incident=sy-saraqib-20200203-barakat-family-flight
@@claim c7 harm=DETAINED min=1 max=1 named="Mahmoud" actor="Hayat Tahrir al-Sham" site="Idlib" date=2019-07-01..2019-07-31 basis=HEARSAY incident=sy-idlib-20190700-mahmoud-barakat-arrest
@@claim c8 harm=KILLED min=3 max=3 weapon=CLUSTER_MUNITION site="Afis" date=2020-02-01..2020-02-03 basis=HEARSAY incident=sy-afis-20200200-road-cluster-family-car
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Afis" date=2020-02-01..2020-02-03 basis=HEARSAY incident=sy-afis-20200200-road-cluster-family-car
@@witness sy-saraqib-khaled-barakat
