TRANSCRIPT OF INTERVIEW
Interview ID: ET-LAL-4858
Date of interview: 4 November 2025
Place of interview: [[Lalibela|PLACE]], [[North Wollo|PLACE]], [[Amhara|PLACE]] region
Language: Amharic, interpreted into English
Interviewer: [[Sofia Lindqvist|PERSON]]
Interpreter: [[Henok Alemayehu|PERSON]]
Q: Please tell us your name and your work.
A: [[Getachew Ayalew|PERSON]]. I carve crosses and small icons in wood, for the tourists. My workshop is below the [[Seven Olives hotel|PLACE]], on the slope. My father carved before me, since the time of Derg.
Q: You wanted to talk about [[August 2023|DATE:2023-08-01..2023-08-31]].
A: Yes. Two years ago now. In [[Nehase|DATE:2023-08-07..2023-09-05]] the [[Fano|ACTOR:Amhara militias]] came into [[Lalibela|PLACE]], there was no fighting inside the town at first, [[the federal army|ACTOR:Ethiopian National Defense Force]] left by the road to [[Woldia|PLACE]]. Then after some days they came back and the fighting was on the hills around.
Q: What happened on [[the 13th|DATE:2023-08-13]]?
A: [[The Sunday|DATE:2023-08-13]], yes. [[Nehase 7|DATE:2023-08-13]]. [[After the morning mass|DATE:2023-08-13]], maybe [[ten o'clock|DATE:2023-08-13]]. The [[mortars|WEAPON:MORTAR]] came from the side of the hill where [[the army|ACTOR:Ethiopian National Defense Force]] was. I know the sound of the [[mortar|WEAPON:MORTAR]], it whistles a little, then it falls.
A: {{c1|Three fell on our slope. One on the house of [[Yirga Alemu|PERSON]], the water seller, next to my workshop. [[Yirga|PERSON]] and his wife [[Wubalem Tessema|PERSON]] died inside. And a small girl, [[Meskerem|PERSON]], seven, who was playing in the yard.}}
A: {{c2|My apprentice [[Biniam|PERSON]] was hit in the back of the neck by a piece. We carried him to the health centre on a door.}} He lived. He cannot turn his head well.
A: {{c3|My workshop, the roof was gone, the crosses, the tools, everything under the stones.}}
Q: How many people died [[that day|DATE:2023-08-13]] in [[Lalibela|PLACE]]?
A: {{c1|On our slope, three, I saw them.}} In all the town, I heard different numbers. I can only tell you three.
Q: Some people said one of the churches was hit.
A: People said [[Bete Giyorgis|PLACE]] was hit. It was not. I went myself [[the same evening|DATE:2023-08-13]] to see, because my heart was going to stop. Not one stone. Thanks to God. Also [[Bete Maryam|PLACE]], nothing.
Q: Who was fighting [[that day|DATE:2023-08-13]]?
A: The [[Fano|ACTOR:Amhara militias]] were in the town and on the airport road. [[The federal|ACTOR:Ethiopian National Defense Force]] were on the hill. Some young [[Fano|ACTOR:Amhara militias]] died on the hill, that is fighting, they went to fight. But [[Yirga|PERSON]] was carrying water. [[Meskerem|PERSON]] was playing.
A: {{c5|And [[the same day|DATE:2023-08-13]], near [[Shumsheha|PLACE]], by the airport, people told me a [[shell|WEAPON:ARTILLERY]] killed a boy with the cows, and two cows.}} I did not see, it is far from us, twenty kilometres.
Q: Did the fighting continue after that?
A: On and off. In [[Meskerem|DATE:2023-09-12..2023-10-11]] came [[the drones|WEAPON:DRONE_STRIKE]]. We did not know this thing before.
A: {{c6,c7|[[The day after Meskel|DATE:2023-09-29]], a [[drone|WEAPON:DRONE_STRIKE]] hit a bajaj near the market.}} {{c6|The driver and the passenger, both dead. The people said it fired a [[missile|WEAPON:MISSILE]], a small one.}}
Q: Did you see it?
A: {{c6|I heard it, a short whistle and then the blast, I was in my house. I went to look [[after one hour|DATE:2023-09-29]]. The bajaj was black, upside down. The bodies were already taken.}}
Q: Do you know who they were?
A: The driver was [[Dawit Mengistu|PERSON]], from [[Kebele 03|PLACE]]. The passenger I don't know, a woman from [[Bilbala|PLACE]].
Q: Who sent [[the drone|WEAPON:DRONE_STRIKE]]?
A: Who has drones? [[The government|ACTOR:Ethiopian National Defense Force]]. The [[Fano|ACTOR:Amhara militias]] have only guns.
Q: Have the tourists come back?
A: [laughs] What tourists? Since the war, no tourists. I carve for the church now, and for the people who come on pilgrimage for Genna. If there was no peace this Genna also, I don't know how we will eat.
@@witness et-lalibela-getachew-ayalew
@@claim c1 harm=KILLED min=3 max=3 named="Yirga Alemu; Wubalem Tessema; Meskerem" weapon=MORTAR actor="Ethiopian National Defense Force" site="Seven Olives hotel" date=2023-08-13 basis=WITNESSED incident=et-lalibela-20230813-slope-mortars
@@claim c2 harm=INJURED min=1 max=1 named="Biniam" weapon=MORTAR actor="Ethiopian National Defense Force" site="Seven Olives hotel" date=2023-08-13 basis=WITNESSED incident=et-lalibela-20230813-slope-mortars
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Ethiopian National Defense Force" site="Seven Olives hotel" date=2023-08-13 basis=EXPERIENCED incident=et-lalibela-20230813-slope-mortars
@@claim c5 harm=KILLED min=1 max=1 weapon=ARTILLERY site="Shumsheha" date=2023-08-13 basis=HEARSAY incident=et-shumsheha-20230813-herd-boy-shell
@@claim c6 harm=KILLED min=2 max=2 named="Dawit Mengistu" weapon=DRONE_STRIKE actor="Ethiopian National Defense Force" site="Lalibela" date=2023-09-29 basis=WITNESSED incident=et-lalibela-20230929-market-bajaj-drone
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Ethiopian National Defense Force" site="Lalibela" date=2023-09-29 basis=WITNESSED incident=et-lalibela-20230929-market-bajaj-drone
