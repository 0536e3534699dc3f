Interview ID: LY-SBH-924
Date of interview: 2018-07-22
Place of interview: [[Sabha|PLACE]], [[al-Jadid|PLACE]] district
Language: Arabic
Interviewer: [[Sara Lindqvist|PERSON]]
Interpreter: [[Nasser Gaddour|PERSON]]
Speaker: [[Khaled Mohammed Ghit|PERSON]]

Sara: [[Khaled|PERSON]], thank you. You are a teacher in [[Sebha|PLACE:Sabha]]?
Khaled: Secondary school, mathematics. In [[Sebha|PLACE:Sabha]], yes, [[Hay al-Qala'a|PLACE]], near the castle. [laughs] The castle is the problem.
Sara: Why is the castle the problem?
Khaled: Because whoever has the castle, the other side shoots at it. In [[February|DATE:2018-02-01..2018-02-28]] the fighting started between the Tebu groups and the Awlad Suleiman groups. The castle is high, they shoot from there to [[Tayuri|PLACE]], and from [[Tayuri|PLACE]] to us.
Sara: What did they use?
Khaled: Everything. [[Grad|WEAPON:ROCKET]], [[mortars|WEAPON:MORTAR]], the [[anti-aircraft guns|WEAPON:SMALL_ARMS]] on the pick-ups, they shoot them at houses like a rifle. And the [[missiles|WEAPON:MISSILE]], the guided ones, for the tanks, but there were no tanks, so they shot them at the houses.
Sara: Did something hit your house?
Khaled: {{c1|Yes. [[The 3rd of March|DATE:2018-03-03]], I remember because it was the exam day and the exam was cancelled. A [[missile|WEAPON:MISSILE]] came through the wall of the salon. It did not explode properly, thank God, only the wall and the television.}} Nobody was hurt in my house.
Sara: And your neighbours?
Khaled: {{c2|In [[April|DATE:2018-04-01..2018-04-30]], the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] of one night, I don't know if [[mortar|WEAPON:MORTAR]] or [[Grad|WEAPON:ROCKET]], hit the house of the [[Hasnawi|PERSON]] family, four houses from me.}} {{c3|The mother, [[Fatima|PERSON]], and two daughters died, [[Salma|PERSON]], seventeen, and [[Rahma|PERSON]], eleven. The father, Hajj [[Muftah|PERSON]], he survived, he lost an arm.}}
[Interpreter: "Hajj" is a title here, an older man who made the pilgrimage.]
Sara: Did you see that?
Khaled: [[The morning after|DATE:2018-04-01..2018-04-30]]. I went with the men to take them out. [pause] I taught [[Salma|PERSON]]. She was very good at algebra.
Sara: Who fired?
Khaled: Honestly? In [[Sabha|PLACE]] nobody knows who fired what. Every side says the other. Maybe the Chadians, maybe the Sudanese with the Tebu, maybe the Awlad Suleiman. I will not say a name I don't know.
Sara: Were there other victims you know?
Khaled: {{c4|Many, by name I can give you: [[Yousef Bouzeid|PERSON]], the baker, killed by a [[sniper|WEAPON:SMALL_ARMS]] near the castle in [[March|DATE:2018-03-01..2018-03-31]]. [[Abdelsalam Kordi|PERSON]], a taxi driver, and his passenger, both killed by [[gunfire|WEAPON:SMALL_ARMS]] at the [[Tayuri|PLACE]] roundabout.}} {{c5|And a student of mine, [[Mabrouka|PERSON]], twelve, injured by [[explosives|WEAPON:EXPLOSIVE_UNSPECIFIED]] from an old [[shell|WEAPON:ARTILLERY]] she found in the yard of the school.}}
Sara: When was that?
Khaled: The [[shell|WEAPON:ARTILLERY]]? [[Two weeks ago|DATE:2018-07-08]]. After the ceasefire. The war is finished and still it is hurting the children.
Sara: Did your family leave [[Sabha|PLACE]] during the fighting?
Khaled: {{c6|For six weeks, from [[the middle of March|DATE:2018-03-15]], to my wife's family in [[Ubari|PLACE]]. Eight of us.}} When we came back, the schools were full of families from [[Tayuri|PLACE]] who had lost their houses. I taught in a school with people sleeping in it.
@@witness ly-sabha-khaled-ghit
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Hay al-Qala'a" date=2018-03-03 basis=EXPERIENCED incident=ly-sabha-20180303-salon-missile
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Hay al-Qala'a" date=2018-04-01..2018-04-30 basis=WITNESSED incident=ly-sabha-20180400-hasnawi-house
@@claim c3 harm=KILLED min=3 max=3 named="Fatima; Salma; Rahma" weapon=EXPLOSIVE_UNSPECIFIED site="Hay al-Qala'a" date=2018-04-01..2018-04-30 basis=WITNESSED incident=ly-sabha-20180400-hasnawi-house
@@claim c4 harm=KILLED min=3 max=3 named="Yousef Bouzeid; Abdelsalam Kordi" weapon=SMALL_ARMS site="Sebha" date=2018-03-01..2018-03-31 basis=HEARSAY incident=ly-sabha-20180300-castle-clashes
@@claim c5 harm=INJURED min=1 max=1 named="Mabrouka" weapon=EXPLOSIVE_UNSPECIFIED site="Sabha" date=2018-07-08 basis=HEARSAY incident=ly-sabha-20180708-school-uxo
@@claim c6 harm=DISPLACED min=8 max=8 site="Hay al-Qala'a" date=2018-03-15 basis=EXPERIENCED incident=ly-sabha-20180300-castle-clashes
