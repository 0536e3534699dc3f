INTERVIEW RECORD
Interview ID: ET-BDR-4457
Date of interview: 21 November 2023
Place of interview: [[Addis Ababa|PLACE]], private residence
Language: Amharic, with an interpreter
Interviewer: [[Jonas Wendt|PERSON]]
Interpreter: [[Selamawit Kebede|PERSON]]
Q: Please tell me your name and where you live.
A: [[Yeshiwork Tadesse|PERSON]]. I am fifty-one. I have a small shop for mobile cards and soft drinks in [[Bahir Dar|PLACE]], in [[Belay Zeleke|PLACE]] sub-city, near the road to the [[Blue Nile bridge|PLACE]].
Q: When did the fighting come to [[Bahir Dar|PLACE]]?
A: [[Nehase 1|DATE:2023-08-07]], in our calendar. The young men of [[Fano|ACTOR:Amhara militias]] came into the town at [[night|DATE:2023-08-06]], and in [[the morning|DATE:2023-08-07]] [[the federal army|ACTOR:Ethiopian National Defense Force]] was shooting from the roads.
[Interpreter: Nehase 1 is the seventh of August.]
A: {{c1|The [[bullets|WEAPON:SMALL_ARMS]] came into my shop. The glass, the door, the fridge, it is full of holes like a sieve.}} I was behind the counter on the floor with my daughter [[Hiwot|PERSON]] for maybe four hours.
Q: Was anyone hurt in your street?
A: {{c2|[[Abebaw Demeke|PERSON]], the son of my neighbour [[Wubet|PERSON]]. He went out to see, he was nineteen, curious like all boys. He left us [[that morning|DATE:2023-08-07]], near the roundabout.}}
A: {{c2|[[The soldiers|ACTOR:Ethiopian National Defense Force]] did not let anyone take him until [[the afternoon|DATE:2023-08-07]]. We carried him on a door, we washed him at home and the priest came.}}
Q: Was he with [[Fano|ACTOR:Amhara militias]]?
A: No. He was a student of the technical college, he had no gun, he had a phone in his hand. I know what people will say. No.
Q: What happened after the fighting stopped?
A: After the emergency was announced, [[the Federal|ACTOR:Ethiopian National Defense Force]] started to go house by house looking for young men.
A: {{c3|On [[the 19th of August|DATE:2023-08-19]], they came to my house and took my son [[Getachew|PERSON]]. They put him in the car with six others from our street, their hands tied with their own belts.}}
A: {{c4|He spent three months with them. First in a school in the town, then they took him to a camp, far, near [[Awash Arba|PLACE]], he says it was like an oven.}} He came back [[two weeks ago|DATE:2023-11-01..2023-11-10]]. He is thin like a stick and he does not sleep.
Q: Did they say why he was taken?
A: They said he is a supporter. Everyone with an Amhara name and under thirty is a supporter for them. They said if we hide [[Fano|ACTOR:Amhara militias]] in our house they will burn the house. They did not burn, but they said it.
Q: You mentioned the church.
A: Yes. [[Kidist Giorgis church|PLACE]], in [[the first week of September|DATE:2023-09-01..2023-09-07]]. It was a holiday service, many people.
A: {{c5|Some boys were shouting outside, and [[the soldiers|ACTOR:Ethiopian National Defense Force]] threw [[tear gas|WEAPON:CHEMICAL]] over the wall into the compound. The old people and the children were coughing, a little girl fell down, she could not breathe, they carried her out, I saw it.}}
A: {{c6|The old man [[Mekonnen|PERSON]], Ato [[Mekonnen|PERSON]], we lost him [[one week later|DATE:2023-09-08..2023-09-14]]. His family says it was the [[gas|WEAPON:CHEMICAL]] in his chest. I cannot say this, he was already sick before, with the lungs.}}
Q: Did you see drones or aircraft over [[Bahir Dar|PLACE]]?
A: I heard them, the drones, they were passing, people said they strike in the villages around, in [[Merawi|PLACE]] side. In the town itself, no, no [[drone|WEAPON:DRONE_STRIKE]] fell in [[Bahir Dar|PLACE]] that I know.
Q: Is your family still in [[Bahir Dar|PLACE]]?
A: {{c7|My daughter [[Hiwot|PERSON]] and I moved to my brother's house here in [[Addis|PLACE:Addis Ababa]] in [[October|DATE:2023-10-01..2023-10-31]]. The shop is closed.}} My son stays with his grandmother in [[Bahir Dar|PLACE]], he is afraid to travel, because of the checkpoints.
Q: Is there something you want to add?
A: Only that there is no peace there now. Write [[Abebaw|PERSON]]'s name. His mother asks me every time, did you tell them.
@@witness et-bahirdar-yeshiwork-tadesse
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS site="Belay Zeleke" date=2023-08-07 basis=EXPERIENCED incident=et-bahirdar-20230807-belay-zeleke-street-fighting
@@claim c2 harm=KILLED min=1 max=1 named="Abebaw Demeke" actor="Ethiopian National Defense Force" site="Belay Zeleke" date=2023-08-07 basis=WITNESSED incident=et-bahirdar-20230807-belay-zeleke-street-fighting
@@claim c3 harm=DETAINED min=7 max=7 named="Getachew" actor="Ethiopian National Defense Force" site="Belay Zeleke" date=2023-08-19 basis=WITNESSED incident=et-bahirdar-20230819-belay-zeleke-house-searches
@@claim c4 harm=DETAINED min=1 max=1 named="Getachew" actor="Ethiopian National Defense Force" site="Awash Arba" date=2023-08-19..2023-11-10 basis=HEARSAY incident=et-bahirdar-20230819-belay-zeleke-house-searches
@@claim c5 harm=INJURED min=1 max=null weapon=CHEMICAL actor="Ethiopian National Defense Force" site="Kidist Giorgis church" date=2023-09-01..2023-09-07 basis=WITNESSED incident=et-bahirdar-20230900-kidist-giorgis-church-tear-gas
@@claim c6 harm=KILLED min=1 max=1 named="Mekonnen" weapon=CHEMICAL site="Kidist Giorgis church" date=2023-09-08..2023-09-14 basis=HEARSAY incident=et-bahirdar-20230900-kidist-giorgis-church-tear-gas
@@claim c7 harm=DISPLACED min=2 max=2 named="Hiwot" site="Bahir Dar" date=2023-10-01..2023-10-31 basis=EXPERIENCED incident=et-bahirdar-20231000-tadesse-family-to-addis
