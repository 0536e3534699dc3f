Interview ID: AM-STP-608
Date of interview: 19 November 2020
Place of interview: [[Yerevan|PLACE]], [[Armenia|PLACE]]
Language: Armenian, interpreted into English
Interviewer: [[Greta Holm|PERSON]]
Interpreter: [[Arpine Sargsyan|PERSON]]
Speaker: [[Anahit|PERSON]]

Greta: [[Anahit|PERSON]], thank you for coming. Where did you live before the war?
Anahit: In [[Stepanakert|PLACE]], in the centre, a building of five floors near the market, two streets from [[Renaissance Square|PLACE]]. My husband [[Samvel|PERSON]], me, our son [[Davit|PERSON]], he is sixteen, and our daughter [[Arev|PERSON]], eight.
Arpine: Arev means "sun" in Armenian.
Greta: What happened on [[the first day|DATE]], [[the 27th of September|DATE:2020-09-27]]?
Anahit: [[Sunday|DATE:2020-09-27]]. [[A little after seven in the morning|DATE:2020-09-27]]. First the sirens, then the explosions. We ran down to the basement in our slippers. [[That day|DATE]] there was [[shelling|WEAPON:ARTILLERY]] on the city, but in our street nobody was hurt, I think, and our building was fine. [[Samvel|PERSON]] went [[the same day|DATE:2020-09-27]] to [[the Defence Army|ACTOR:Artsakh Defence Army]], he was a reservist.
Greta: How long did you stay in the basement?
Anahit: Twelve days. Without arev, I mean without the sun, we did not see the sun. When I said this my daughter laughed, "Mama, I am here, I am the arev".
Greta: Tell me about the market.
Anahit: It was [[the 4th of October|DATE:2020-10-04]], [[the second Sunday|DATE:2020-10-04]]. In [[the morning|DATE:2020-10-04]] it was quiet for one hour, maybe more, and people came out to find bread and water. I went with [[Davit|PERSON]] to the bread shop next to the market. Then the [[Smerch|WEAPON:CLUSTER_MUNITION]] came. You hear a whistle, and then it is not one explosion, it is many small ones, like somebody throws stones on a tin roof, everywhere around you.
Arpine: Smerch is the name of a heavy rocket launcher. In [[Stepanakert|PLACE]] people use it for the rockets that open in the air.
Anahit: {{c1|At the bus stop in front of the bread shop, four people died. Our neighbour [[Grigor Petrosyan|PERSON]], sixty-seven, was sitting on the bench there with his bag. I saw him after.}} {{c2|Many were wounded, twelve, fifteen, I don't know. [[Hasmik|PERSON]] from our third floor, her arm...}} [crying]
Greta: Take your time.
Anahit: {{c3|[[Davit|PERSON]] was hit in the back, a small piece, it is still inside him, the doctor in [[Yerevan|PLACE]] said it is better to leave it.}} I had nothing. Nothing. I was holding the bread.
Greta: Who was firing at the city, in your view?
Anahit: [[The Azerbaijanis|ACTOR:Azerbaijani forces]]. We say [[the Turks|ACTOR:Azerbaijani forces]], my grandmother said it like that, everybody says it. There were no soldiers at the market, no weapons, it was a market. Grandmothers selling herbs and cheese.
Greta: Did anything else happen before you left?
Anahit: [[Two days later|DATE:2020-10-06]], or three, in [[the night|DATE:2020-10-06..2020-10-07]], there was a very loud explosion at the edge of the city. {{c4|People said a [[kamikaze drone|WEAPON:DRONE_STRIKE]] hit the electric substation, and after that the whole city had no electricity and no water.}} I saw only the smoke, from the door of the basement.
Greta: When did you leave [[Stepanakert|PLACE]]?
Anahit: {{c5|On [[the 9th|DATE:2020-10-09]] a friend with a car took me and the children to [[Goris|PLACE]], and then to [[Yerevan|PLACE]]. Now we are three in one room, at my sister's.}}
Greta: And your husband?
Anahit: For five weeks we heard nothing. {{c6|Then the Red Cross called us: [[Samvel|PERSON]] is a prisoner in [[Baku|PLACE]]. He was taken near [[Hadrut|PLACE]], in [[October|DATE:2020-10-01..2020-10-31]], that is all they could say.}} If he had come home on leave one week before, maybe. Maybe. I don't know what I am saying. Write that he is alive, please. That is the important thing.
@@claim c1 harm=KILLED min=4 max=4 named="Grigor Petrosyan" weapon=CLUSTER_MUNITION actor="Azerbaijani forces" site="Stepanakert" date=2020-10-04 basis=WITNESSED incident=am-stepanakert-20201004-market-bus-stop-cluster
@@claim c2 harm=INJURED min=12 max=15 named="Hasmik" weapon=CLUSTER_MUNITION actor="Azerbaijani forces" site="Stepanakert" date=2020-10-04 basis=WITNESSED incident=am-stepanakert-20201004-market-bus-stop-cluster
@@claim c3 harm=INJURED min=1 max=1 named="Davit" weapon=CLUSTER_MUNITION actor="Azerbaijani forces" site="Stepanakert" date=2020-10-04 basis=WITNESSED incident=am-stepanakert-20201004-market-bus-stop-cluster
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Azerbaijani forces" site="Stepanakert" date=2020-10-06..2020-10-07 basis=HEARSAY incident=am-stepanakert-20201006-substation-drone
@@claim c5 harm=DISPLACED min=3 max=3 site="Stepanakert" date=2020-10-09 basis=EXPERIENCED incident=am-stepanakert-20201009-anahit-family-flight
@@claim c6 harm=DETAINED min=1 max=1 named="Samvel" actor="Azerbaijani forces" site="Hadrut" date=2020-10-01..2020-10-31 basis=REPORTED incident=am-hadrut-20201000-samvel-captured
@@witness am-stepanakert-anahit
