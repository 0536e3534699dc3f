RECORD OF INTERVIEW
Interview ID: OLD-4753
Date: 14/09/2017
Place of interview: [[Ankawa|PLACE]], [[Erbil|PLACE]]
Language: Arabic, interpreted into English
Interviewer: [[Maren Oyelaran|PERSON]]
Interpreter: [[Karwan Aziz|PERSON]]
Q: Please start with your name and where you were living in [[2017|DATE:2017-01-01..2017-12-31]].
A: [[Thaer Mudhafar Saeed|PERSON]]. I was a teacher of chemistry. Our house was in [[al-Zanjili|PLACE]], near the big bakery, the old one.
Q: You told us you did not stay in [[Zanjili|PLACE:al-Zanjili]].
A: {{c1|At [[the end of May|DATE:2017-05-20..2017-05-31]], [[Daesh|ACTOR:Islamic State]] came to the street with loudspeakers. They said, everybody go to the [[Old City|PLACE]], the apostates are coming. They took us, maybe forty families, walking, into the [[Old City|PLACE]].}} Who said no, they beat him.
A: We went to a house in [[Ras al-Kour|PLACE]], the house of my wife's father, [[Mudhafar|PERSON]] no, sorry, Hajj [[Sabri|PERSON]], her father is [[Sabri Qasim|PERSON]]. [[Mudhafar|PERSON]] is my father. Eh, I am tired.
Q: Take your time. What was it like in [[Ras al-Kour|PLACE]]?
A: Twenty-two people in one house. We ate flour with water, one time in the day. The children drank from the tank on the roof until a [[sniper|WEAPON:SMALL_ARMS]] started shooting at the roof. After that nobody went up.
Q: Did you see the [[al-Nouri mosque|PLACE]]?
A: {{c2|We heard it. [[The 21st of June|DATE:2017-06-21]], at [[night|DATE:2017-06-21]], a very big sound, the house moved. In [[the morning|DATE:2017-06-22]] I looked from the window of the stairs and the [[Hadba|PLACE]] was not there. [[Daesh|ACTOR:Islamic State]] blew it up, everybody knew, they had put things inside it before.}}
Q: What happened to your wife's family?
A: {{c3|[[The first day of the Eid|DATE:2017-06-25]]. The [[tank shells|WEAPON:ARTILLERY]] of [[the army|ACTOR:Iraqi forces]] were coming on the street, from the side of [[al-Maydan|PLACE]]. One came through the wall of the guest room. Hajj [[Sabri|PERSON]] was sitting there with his brother [[Abdulwahid|PERSON]], praying the Eid prayer at home. Both of them were killed.}}
A: {{c4|My son [[Oday|PERSON]], nine years, was in the corridor. A piece of the wall cut his head, here. He is fine now, he has a line.}}
Q: I'm sorry. Were there [[Daesh|ACTOR:Islamic State]] fighters near that house?
A: Yes. I will be honest. Three of them were on the next roof with a [[machine gun|WEAPON:SMALL_ARMS]]. Maybe [[the tank|WEAPON:ARTILLERY]] was shooting at them. They did not die. We died.
Q: You mentioned fire.
A: Yes. {{c5|Some nights, [[the end of June|DATE:2017-06-20..2017-06-30]], the white fire came down over [[al-Maydan|PLACE]] and the river side, like rain of light, the [[phosphorus|WEAPON:INCENDIARY]]. A piece fell in the courtyard and burned the arm of my wife's cousin [[Basima|PERSON]] when she went out for the bread.}} [Interpreter: he says "fosfor".]
Q: Did anyone use [[gas|WEAPON:CHEMICAL]]?
A: People said [[chlorine|WEAPON:CHEMICAL]], in the [[Old City|PLACE]]. I am a chemistry teacher, I know the smell. In our street, no, I did not smell it, nobody was sick from [[gas|WEAPON:CHEMICAL]] in our house. I say only what I know.
Q: How did you leave?
A: {{c6|[[The 3rd of July|DATE:2017-07-03]], [[before the fajr|DATE:2017-07-03]]. We went out, all the twenty-two, over the rubble, to the side of [[the army|ACTOR:Iraqi forces]], near the river.}}
A: {{c7|[[Daesh|ACTOR:Islamic State]] saw us and started with the [[machine gun|WEAPON:SMALL_ARMS]] from behind. A woman from the [[Sheet|PERSON]] family, [[Umm Rayan|PERSON]], she was running behind me, she fell, she did not get up. We could not take her.}} {{c8|And my nephew, [[Nashat|PERSON]], was shot in the hand.}}
A: If we had stayed in [[Ras al-Kour|PLACE]] one more day, we would be under the stones, all of us.
Q: What happened when you reached the soldiers?
A: {{c9|They took my brother-in-law, [[Sufyan Sabri|PERSON]], for the checking, because his name was like a name on their list. He was in [[Qayyarah|PLACE]] prison forty-three days. Then they let him go, nothing against him.}}
Q: Where is the family now?
A: Here, in [[Ankawa|PLACE]], in a rented room, and my wife's mother in the camp in [[Khazir|PLACE]]. {{c10|The house in [[al-Zanjili|PLACE]], my brother went to see, there is nothing left of it, only the gate.}}
@@witness iq-mosul-thaer-saeed
@@claim c1 harm=DISPLACED min=40 max=40 actor="Islamic State" site="al-Zanjili" date=2017-05-20..2017-05-31 basis=EXPERIENCED incident=iq-mosul-20170500-zanjili-families-forced-oldcity
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null actor="Islamic State" site="Hadba" date=2017-06-21 basis=WITNESSED incident=iq-mosul-20170621-nouri-mosque-hadba-blown-up
@@claim c3 harm=KILLED min=2 max=2 named="Sabri; Abdulwahid" weapon=ARTILLERY actor="Iraqi forces" site="Ras al-Kour" date=2017-06-25 basis=WITNESSED incident=iq-mosul-20170625-raskour-sabri-house-tank-shell
@@claim c4 harm=INJURED min=1 max=1 named="Oday" weapon=ARTILLERY actor="Iraqi forces" site="Ras al-Kour" date=2017-06-25 basis=WITNESSED incident=iq-mosul-20170625-raskour-sabri-house-tank-shell
@@claim c5 harm=INJURED min=1 max=1 named="Basima" weapon=INCENDIARY site="Ras al-Kour" date=2017-06-20..2017-06-30 basis=WITNESSED incident=iq-mosul-20170600-raskour-basima-phosphorus
@@claim c6 harm=DISPLACED min=22 max=22 site="Ras al-Kour" date=2017-07-03 basis=EXPERIENCED incident=iq-mosul-20170703-raskour-saeed-family-flight
@@claim c7 harm=KILLED min=1 max=1 named="Umm Rayan" weapon=SMALL_ARMS actor="Islamic State" site="Ras al-Kour" date=2017-07-03 basis=WITNESSED incident=iq-mosul-20170703-raskour-saeed-family-flight
@@claim c8 harm=INJURED min=1 max=1 named="Nashat" weapon=SMALL_ARMS actor="Islamic State" site="Ras al-Kour" date=2017-07-03 basis=WITNESSED incident=iq-mosul-20170703-raskour-saeed-family-flight
@@claim c9 harm=DETAINED min=1 max=1 named="Sufyan Sabri" actor="Iraqi forces" site="Old City" date=2017-07-03 basis=WITNESSED incident=iq-mosul-20170703-sufyan-sabri-screening
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="al-Zanjili" basis=HEARSAY incident=iq-mosul-20170000-zanjili-saeed-house-destroyed
