id: ua-kherson-1505
interview_date: 2024-02-20
place: Mykolaiv, Ukraine
language: Ukrainian, notes in English by the interviewer

INTERVIEWER: You fished from [[Karantynnyi|PLACE:Karantynnyi island]], like [[Tymofii Kuksa|PERSON]]?
WITNESS: [[Karantinnyi ostrov|PLACE:Karantynnyi island]], yes, in Russian we said it, Quarantine island. Twenty years. Me, [[Tima Kuksa|PERSON]], [[Serafym|PERSON]], old [[Klym|PERSON]]. We were like a brigade, not official.
INTERVIEWER: Tell me about the day you were taken.
WITNESS: {{c1|It was [[a Friday|DATE:2022-08-12]] in [[August|DATE:2022-08-01..2022-08-31]], [[twelve days before Independence Day|DATE:2022-08-12]], I remember because we joked we will not live to see it. In [[the morning|DATE:2022-08-12]], maybe ten. Two cars of [[the Russians|ACTOR:Russian armed forces in Ukraine]], and a military Ural, came to the station and they took four of us, all four, me too.}}
WITNESS: {{c1|They said somebody saw us signal with a lamp to the right bank, to the [[ZSU|ACTOR:Ukrainian armed forces]]. Lies. We had lamps for fishing at night, that's it.}}
INTERVIEWER: Where were you held?
WITNESS: {{c2|First on the island, in the basement of the old ship-repair workshop. Three weeks in the dark, on the floor, with water to the ankles when the river was high.}} Then they moved me to the city. They beat us with a hose, they asked names, names, names of who is in the partisans. I don't know partisans. I know fish.
INTERVIEWER: [[Serafym Hnatenko|PERSON]] is still missing, his family says.
WITNESS: {{c3|[[Serafym|PERSON]] they took out of the basement on [[the fifth day|DATE:2022-08-17]], in [[the evening|DATE:2022-08-17]], with a bag on the head. I heard him say, boys, tell my mother. After that, nothing. I never saw him again, not in the city prison, nowhere.}}
WITNESS: [crying] Sorry. He was the youngest of us. Thirty-one.
INTERVIEWER: Did anyone else see him after that?
WITNESS: No. I asked everybody who came out. Nobody.
INTERVIEWER: Were there soldiers at the boat station before they came?
WITNESS: There were no soldiers at the boat station, ours or theirs. Only fishermen and the cats.
INTERVIEWER: [[After the liberation|DATE:2022-11-11..2022-11-30]], did you go back to fishing?
WITNESS: A little, in [[spring 2023|DATE:2023-03-01..2023-05-31]]. Then from the other bank they started with the small [[drones|WEAPON:DRONE_STRIKE]], and in [[autumn|DATE:2023-09-01..2023-11-30]] with the burning ones.
WITNESS: {{c4|[[The night of 17 October|DATE:2023-10-17]] [[the drone|WEAPON:DRONE_STRIKE]] came low over the boat station and poured fire, [[thermite|WEAPON:INCENDIARY]], white, like a welding. Eleven boats burned, mine too, and the sheds with the nets, the whole row, down to the water.}}
WITNESS: I saw it from the bridge, I was walking home. If I had slept in the boat [[that night|DATE:2023-10-17]], like in summer, I would be ash.
INTERVIEWER: Was anyone hurt?
WITNESS: [[That night|DATE:2023-10-17]], no. Nobody was there.
WITNESS: {{c5|But in [[December|DATE:2023-12-01..2023-12-31]], on the bridge to [[Korabel|PLACE]], [[the FPV|WEAPON:DRONE_STRIKE]] followed a man on a bicycle, [[Pylyp Dobrovolskyi|PERSON]], a pensioner, he went for bread, and it killed him.}}
WITNESS: My neighbour [[Marfa|PERSON]] saw it from her balcony, she told me [[the next day|DATE]]. I only know from her.
INTERVIEWER: Did you hear about other attacks in the city?
WITNESS: Many. {{c6,c8|The city administration writes on Telegram each day. In [[January|DATE:2024-01-01..2024-01-31]] they wrote that the [[Grad|WEAPON:ROCKET]] hit near the [[Central market|PLACE]], two killed and nine wounded.}} I go to that market. But [[that day|DATE:2024-01-01..2024-01-31]] I was here already.
INTERVIEWER: When did you leave [[Kherson|PLACE]]?
WITNESS: {{c7|After the boat, after [[Pylyp|PERSON]]. [[The 28th of December|DATE:2023-12-28]]. My wife [[Zakharina|PERSON]] and me, to [[Mykolaiv|PLACE]], to the dormitory.}} She cries for the garden. I cry for the boat, quietly.
INTERVIEWER: Is there anything you want to add?
WITNESS: Only that we were four, not three. People forget old [[Klym|PERSON]] was also there. And [[Serafym|PERSON]], write that we are still waiting.

@@witness ua-kherson-lavrin-kyrpa
@@claim c1 harm=DETAINED min=4 max=4 named="Tima Kuksa; Serafym; Klym" actor="Russian armed forces in Ukraine" site="Karantinnyi ostrov" date=2022-08-12 basis=EXPERIENCED incident=ua-kherson-20220812-karantynnyi-fishermen-taken
@@claim c2 harm=DETAINED min=1 max=1 actor="Russian armed forces in Ukraine" site="Karantinnyi ostrov" date=2022-08-12 basis=EXPERIENCED incident=ua-kherson-20220812-karantynnyi-fishermen-taken
@@claim c3 harm=MISSING min=1 max=1 named="Serafym" actor="Russian armed forces in Ukraine" site="Karantinnyi ostrov" date=2022-08-17 basis=WITNESSED incident=ua-kherson-20220812-karantynnyi-fishermen-taken
@@claim c4 harm=PROPERTY_DAMAGE min=11 max=11 weapon=INCENDIARY site="Karantinnyi ostrov" date=2023-10-17 basis=WITNESSED incident=ua-kherson-20231017-karantynnyi-boat-station-thermite
@@claim c5 harm=KILLED min=1 max=1 named="Pylyp Dobrovolskyi" weapon=DRONE_STRIKE site="Korabel" date=2023-12-01..2023-12-31 basis=HEARSAY incident=ua-kherson-20231200-korabel-bridge-dobrovolskyi
@@claim c6 harm=KILLED min=2 max=2 weapon=ROCKET site="Central market" date=2024-01-01..2024-01-31 basis=REPORTED incident=ua-kherson-20240100-central-market-grad
@@claim c8 harm=INJURED min=9 max=9 weapon=ROCKET site="Central market" date=2024-01-01..2024-01-31 basis=REPORTED incident=ua-kherson-20240100-central-market-grad
@@claim c7 harm=DISPLACED min=2 max=2 named="Zakharina" site="Kherson" date=2023-12-28 basis=EXPERIENCED incident=ua-kherson-20231228-kyrpa-family-displaced
