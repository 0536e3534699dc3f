Interview ID: HRK-1803
Interview date: 09/03/2019
Place of interview: remote, audio call; witness in [[al-Hirak|PLACE:Hirak]], [[Daraa|PLACE]] governorate
Language: Arabic
Interviewer: [[Nadia Sabbagh|PERSON]]

Q: Thank you for accepting the call. Is it safe to speak now?
A: Yes, I am alone in the field. My name, write only [[Abu Rashid|PERSON]]. [[Adnan al-Zoubi|PERSON]], but write [[Abu Rashid|PERSON]].
Q: You are in [[al-Hirak|PLACE:Hirak]] since when?
A: All my life, except the two weeks of the offensive, in [[June last year|DATE:2018-06-01..2018-06-30]], when we were in the fields near the border.
Q: Can you tell me about [[those days|DATE:2018-06-19..2018-07-06]]?
A: The [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] started on the town maybe [[the 19th, the 20th|DATE:2018-06-19..2018-06-20]]. Every hour. Then [[the helicopters|WEAPON:AIRSTRIKE]] with the [[barrels|WEAPON:BARREL_BOMB]]. {{c1,c2|On [[the 22nd|DATE:2018-06-22]], I remember because it was [[the Friday|DATE:2018-06-22]], a [[barrel|WEAPON:BARREL_BOMB]] fell on the house of my cousin [[Fawzi|PERSON]], near the [[Omari mosque|PLACE]], and four died, [[Fawzi|PERSON]], his wife [[Hanan|PERSON]] and the two small ones, [[Lama|PERSON]] and [[Rashed|PERSON]].}} I dug with my hands. [pause] {{c2|The house, it was not a house after, it was a hole.}}
Q: I'm sorry. Was anyone else in the street hurt?
A: {{c3|The neighbours took out [[Umm Tarek|PERSON]] alive, her legs broken.}} {{c2|On our street, eleven houses, I counted them later, eleven were finished or half finished, and the minaret of the [[Omari mosque|PLACE]] broke in two.}}
Q: When did you leave?
A: {{c5|[[The night of the 22nd|DATE:2018-06-22]] itself. We were thirty-five, my family and my brothers' families, on two tractors, to the olive fields by the [[Jordan|PLACE]] border, near [[Nassib|PLACE]].}} Nobody shot at us on the road, thank God, the road was empty.
Q: Did you hear about other places in [[those days|DATE:2018-06-19..2018-07-06]]?
A: We had no electricity, only the phone when we found a charger. I saw on the Facebook page of the [[Busra al-Harir|PLACE]] council, {{c6|that the hospital in [[Busra al-Hareer|PLACE:Busra al-Harir]] was out of service, the [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] hit it three times in one day, the generator and the operating room destroyed.}} I did not see it. It is what they wrote.
Q: After the agreement in [[July|DATE:2018-07-01..2018-07-31]], you came back to [[al-Hirak|PLACE:Hirak]]?
A: Yes. The reconciliation, they call it. We signed the papers, the settlement. They said nobody will be touched.
Q: And then?
A: Then the checkpoints. At the entrance of [[al-Harak|PLACE:Hirak]], on the [[Nawa|PLACE]] road side, [[the Air Force Intelligence|ACTOR:Syrian government forces]] put a checkpoint. Every time I pass, they check my papers, they look in the computer. One time they questioned me one hour in the container, about my brother who was in [[the Free Army|ACTOR:Syrian armed opposition]], and after, they let me go.
Q: Your message said something happened to your nephew.
A: [[Muhammad|PERSON]], the son of my brother, twenty-two years. {{c7|It was [[the 15th of September|DATE:2018-09-15]], [[a Saturday|DATE:2018-09-15]], he was coming back from [[Nawa|PLACE]] in the minibus. At the checkpoint they made all the young men get down, six of them, and they took them.}} The driver, [[Abu Samer|PERSON]], came to our house and told my brother, he was crying.
Q: Do you know where they were taken?
A: {{c8|No news. Six months, no news. We still do not know where he is, [[Muhammad|PERSON]].}} A lawyer in [[Damascus|PLACE]] took money from my brother, three hundred thousand, and he said maybe [[Sednaya|PLACE]], maybe the [[Mezzeh|PLACE]] airport. Maybe. Nobody knows.
Q: Were the six young men fighters?
A: No. No weapons on the minibus, nothing. [[Muhammad|PERSON]] was a student of agriculture. They wanted the young men for the army service, or for revenge, I don't know.
Q: Has anyone else been taken in [[Hirak|PLACE]]?
A: {{c9|Yes, my neighbour [[Khalil Mahameed|PERSON]] and his two brothers, in [[January|DATE:2019-01-01..2019-01-31]], they came at [[night|DATE:2019-01-01..2019-01-31]] to the house with [[the Fourth Division|ACTOR:Syrian government forces]] cars and arrested the three.}} {{c10|[[Khalil|PERSON]] came out after forty days, they held him in a basement in [[Izraa|PLACE]], he told me he could not lie down, so many people.}} His brothers are still inside. Me, they threatened also, the officer said if you talk to anybody outside, we will take you. So, you understand why only [[Abu Rashid|PERSON]].
@@witness sy-hirak-adnan-al-zoubi
@@claim c1 harm=KILLED min=4 max=4 named="Fawzi; Hanan; Lama; Rashed" weapon=BARREL_BOMB actor="Syrian government forces" site="Omari mosque" date=2018-06-22 basis=WITNESSED incident=sy-hirak-20180622-fawzi-house-barrel
@@claim c2 harm=PROPERTY_DAMAGE min=11 max=11 named="Fawzi" weapon=BARREL_BOMB actor="Syrian government forces" site="Omari mosque" date=2018-06-22 basis=WITNESSED incident=sy-hirak-20180622-fawzi-house-barrel
@@claim c3 harm=INJURED min=1 max=1 named="Umm Tarek" weapon=BARREL_BOMB actor="Syrian government forces" site="Omari mosque" date=2018-06-22 basis=WITNESSED incident=sy-hirak-20180622-fawzi-house-barrel
@@claim c5 harm=DISPLACED min=35 max=35 site="al-Hirak" date=2018-06-22 basis=EXPERIENCED incident=sy-hirak-20180622-zoubi-family-flight
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Busra al-Hareer" date=2018-06-01..2018-06-30 basis=REPORTED incident=sy-busraalharir-20180600-hospital-airstrikes
@@claim c7 harm=DETAINED min=6 max=6 named="Muhammad" actor="Syrian government forces" site="al-Harak" date=2018-09-15 basis=HEARSAY incident=sy-hirak-20180915-nawa-road-checkpoint
@@claim c8 harm=MISSING min=1 max=1 named="Muhammad" actor="Syrian government forces" site="al-Harak" basis=EXPERIENCED incident=sy-hirak-20180915-nawa-road-checkpoint
@@claim c9 harm=DETAINED min=3 max=3 named="Khalil Mahameed" actor="Syrian government forces" site="Hirak" date=2019-01-01..2019-01-31 basis=WITNESSED incident=sy-hirak-20190100-mahameed-brothers-arrest
@@claim c10 harm=DETAINED min=1 max=1 named="Khalil" actor="Syrian government forces" site="Izraa" date=2019-01-01..2019-01-31 basis=HEARSAY incident=sy-hirak-20190100-mahameed-brothers-arrest
