id: NG-MDG-4205
interview_date: 2020-09-22
place: Muna Garage, Maiduguri, Borno State, Nigeria
language: Kanuri, interpreted into English

INTERVIEWER: Good afternoon. Can you tell me your name?
WITNESS: [[Yagana Abba|PERSON]].
INTERPRETER: {{c10|She says she is from [[Soi|PLACE:Soye]], near [[Bama|PLACE]]. Now she stays here in [[Muna|PLACE]], since [[last year|DATE:2019-01-01..2019-12-31]].}}
INTERVIEWER: Why did you leave [[Soye|PLACE]]?
WITNESS: Because of my daughter. Because of [[that night|DATE:2019-08-15]].
INTERPRETER: She says it was [[four days after the big Sallah|DATE:2019-08-15]].
INTERVIEWER: What happened?
WITNESS: We were sleeping outside, because of the heat, on the mats. Then the motorcycles. The noise of motorcycles, very many, and then the [[shooting|WEAPON:SMALL_ARMS]] everywhere.
INTERPRETER: {{c1|She says her daughter was taken. [[Zainab|PERSON]]. Fourteen years. They pulled her from the mat, by the arm. She was holding her other arm and they hit her with the back of the [[gun|WEAPON:SMALL_ARMS]].}}
WITNESS: {{c2|Here. My shoulder. It does not go up now.}} [shows her shoulder]
INTERVIEWER: I'm sorry. Who were these men?
WITNESS: [[Boko Haram|ACTOR:Boko Haram]]. [[Yan Boko|ACTOR:Boko Haram]].
INTERPRETER: She says in the camp some people say it was [[Daula|ACTOR:ISWAP]], the [[Barnawi|ACTOR:ISWAP]] people, not [[Shekau|ACTOR:Boko Haram]]. She says she does not know the difference. For her they are the same.
INTERVIEWER: Were other girls taken?
WITNESS: {{c3|Four. [[Zainab|PERSON]] and three more. [[Hadiza|PERSON]], the daughter of [[Babakura|PERSON]]. And two sisters from the market side, I don't know their names well.}}
INTERVIEWER: Was anyone killed?
WITNESS: {{c4|In front of our compound, two men. I saw them in [[the morning|DATE:2019-08-16]]. One was [[Kaka Ali|PERSON]], the butcher.}}
INTERPRETER: {{c5|She says her husband helped to count and to bury. He told her nine dead. Nine.}}
WITNESS: {{c6|And the houses, they put petrol. [[Petrol bombs|WEAPON:INCENDIARY]]. Our house burned, the millet burned, the clothes.}}
INTERVIEWER: Where was your husband during the attack?
WITNESS: He ran to the bush, with the boys. If he stayed, they would kill him, or take him for fighting. He came back in [[the morning|DATE:2019-08-16]].
INTERVIEWER: Have you heard anything from [[Zainab|PERSON]] since?
WITNESS: {{c7|Nothing. One year and one month. Nothing.}} [crying]
INTERPRETER: She says a woman who escaped from [[Sambisa|PLACE]] said she saw a [[Soye|PLACE]] girl there. But she does not know if it was [[Zainab|PERSON]].
INTERVIEWER: Can I ask about this camp? Has there been any attack here?
WITNESS: Yes. At the water point. In [[March|DATE:2020-03-01..2020-03-31]], before the corona, before they closed the roads.
INTERVIEWER: What happened?
WITNESS: {{c8|A girl came in the line for the water, in [[the morning|DATE:2020-03-01..2020-03-31]]. A young girl. She had the [[bomb|WEAPON:IED]] on her body. It exploded near the tap. Four people died, and the girl also.}}
INTERPRETER: She says she was not in the line. She was in her shelter, she heard it. {{c8|Then she ran there and she saw the dead.}}
WITNESS: {{c9|My neighbour [[Patience|PERSON]], she is from [[Gwoza|PLACE]], she lost her leg. Her leg, they cut it in the hospital.}}
INTERVIEWER: Did you know any of the four?
WITNESS: {{c8|One woman, [[Fanta Modu Bukar|PERSON]]. She had a baby on her back. The baby lived.}}
WITNESS: There were no soldiers at the water point [[that day|DATE:2020-03-01..2020-03-31]]. Only women and children. If the [[bomb|WEAPON:IED]] went off in the middle of the line, it would be fifty dead, not four.
INTERPRETER: She says [[Patience|PERSON]] always tells her: we must have patience. She laughs when she says it.
INTERVIEWER: Is there anything else you want to say?
WITNESS: Only my daughter. If someone sees her, tell her that her mother is in [[Muna|PLACE]]. Her mother is waiting.
@@witness ng-maiduguri-yagana-abba
@@claim c1 harm=DETAINED min=1 max=1 named="Zainab" actor="Boko Haram" site="Soi" date=2019-08-15 basis=WITNESSED incident=ng-bama-20190815-soye-night-raid
@@claim c2 harm=INJURED min=1 max=1 weapon=SMALL_ARMS actor="Boko Haram" site="Soi" date=2019-08-15 basis=EXPERIENCED incident=ng-bama-20190815-soye-night-raid
@@claim c3 harm=DETAINED min=4 max=4 named="Zainab; Hadiza" actor="Boko Haram" site="Soye" date=2019-08-15 basis=WITNESSED incident=ng-bama-20190815-soye-night-raid
@@claim c4 harm=KILLED min=2 max=2 named="Kaka Ali" actor="Boko Haram" site="Soye" date=2019-08-15 basis=WITNESSED incident=ng-bama-20190815-soye-night-raid
@@claim c5 harm=KILLED min=9 max=9 actor="Boko Haram" site="Soye" date=2019-08-15 basis=HEARSAY incident=ng-bama-20190815-soye-night-raid
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Boko Haram" site="Soye" date=2019-08-15 basis=EXPERIENCED incident=ng-bama-20190815-soye-night-raid
@@claim c7 harm=MISSING min=1 max=1 named="Zainab" actor="Boko Haram" site="Soye" date=2019-08-15 basis=EXPERIENCED incident=ng-bama-20190815-soye-night-raid
@@claim c8 harm=KILLED min=4 max=4 named="Fanta Modu Bukar" weapon=IED site="Muna" date=2020-03-01..2020-03-31 basis=WITNESSED incident=ng-maiduguri-20200300-muna-water-point-bomber
@@claim c9 harm=INJURED min=1 max=1 named="Patience" weapon=IED site="Muna" date=2020-03-01..2020-03-31 basis=WITNESSED incident=ng-maiduguri-20200300-muna-water-point-bomber
@@claim c10 harm=DISPLACED min=1 max=1 site="Soi" date=2019-01-01..2019-12-31 basis=EXPERIENCED incident=ng-bama-20190000-abba-family-flight
