@@newline crlf
Interview ID: UA-KHK-2407
Interview date: 06/03/2024
Location: [[Kharkiv|PLACE]], [[Ukraine|PLACE]]
Language: Russian and Ukrainian
Interviewer: [[Tomasz Wrona|PERSON]]
Interpreter: [[Daria Melnyk|PERSON]]

Q: Please say your name, and where you live.
A: [[Serhii Tkachenko|PERSON]]. I am forty-six, I drive the tram, route 27, or I did before. We live in [[Pivnichna Saltivka|PLACE]], [[Severnaya Saltovka|PLACE:Pivnichna Saltivka]] the old people say, on [[Natalii Uzhvii street|PLACE]], a sixteen-floor block.
Q: You stayed in [[Saltivka|PLACE]] in [[spring 2022|DATE:2022-03-01..2022-05-31]]?
A: Until [[April|DATE:2022-04-01..2022-04-30]]. {{c1|My wife [[Svitlana|PERSON]] and our two girls went to [[Poltava|PLACE]] in [[the first week|DATE:2022-03-01..2022-03-07]].}} I stayed with my father, he does not walk.
Q: What happened in your courtyard?
A: [[The 11th of March|DATE:2022-03-11]], around [[ten in the morning|DATE:2022-03-11]]. People were outside because it was quiet for one hour, they were cooking on fires between the blocks. Then it came, like somebody threw a bag of firecrackers over the whole yard. [[Cluster|WEAPON:CLUSTER_MUNITION]], you know, the small ones, from the [[Uragan|WEAPON:CLUSTER_MUNITION]] I think.
[Interpreter: he makes a sound like popping, many times.]
A: {{c2|Our neighbour [[Viktor Hryhorovych|PERSON]], from the fourth floor, he was sixty-eight, he died there by the fire, with the pot still on it.}} {{c3|Two women were wounded, [[Larysa|PERSON]] in the stomach and the young one, [[Nastia|PERSON]], in the hands.}} I carried [[Nastia|PERSON]] into our entrance. I saw all of it from the window of the stairs and then I ran down.
Q: Were there soldiers in the yard?
A: No soldiers. No military car, nothing, only the people and the dogs. There was no reason.
Q: What happened to the building itself?
A: {{c4|At [[the end of March|DATE:2022-03-25..2022-03-31]], maybe [[the 27th|DATE:2022-03-27]], [[Grad|WEAPON:ROCKET]] hit the upper floors. Three [[rockets|WEAPON:ROCKET]], I counted the sounds. The ninth floor burned, and the tenth, and our flat on the eighth was black from the smoke, the balcony fell down into the yard.}} Nobody was killed that time, almost everybody had left already.
Q: Who was firing?
A: [[The Russians|ACTOR:Russian armed forces in Ukraine]], from [[Tsyrkuny|PLACE]], from the north. It is six, seven kilometres. You hear the launch and you count.
Q: Where did you go then?
A: {{c5|In [[April|DATE:2022-04-01..2022-04-30]] the volunteers took me and my father to [[Kholodna Hora|PLACE]], to my mother's sister, on the other side of [[Kharkiv|PLACE]].}} There it was quieter. Not quiet, quieter.
Q: Is the building repaired now?
A: They are repairing. The windows, yes, plastic film first, then glass. The upper floors, no. {{c6|The city council page wrote that in [[Pivnichna Saltivka|PLACE]] more than a hundred buildings were damaged.}} I believe more.
Q: You mentioned something in [[January|DATE:2024-01-01..2024-01-31]].
A: Yes. {{c7|[[The 23rd of January|DATE:2024-01-23]], in [[the night|DATE:2024-01-23]], [[missiles|WEAPON:MISSILE]] hit [[Kholodna Hora|PLACE]], [[Kholodnaya Gora|PLACE:Kholodna Hora]], three or four of them, [[S-300|WEAPON:MISSILE]] people said.}} {{c8|My aunt's house is in [[Poltavskyi Shliakh|PLACE]] side, the blast took the roof of her garage off and all her windows blown in.}} {{c9|She was cut on the face by the glass, not badly, [[Halyna Stepanivna|PERSON]], seventy-three years.}}
Q: Were people killed [[that night|DATE:2024-01-23]]?
A: {{c10,c14|On the news they said in [[Kharkiv|PLACE]] [[that night|DATE:2024-01-23]] eight or nine people died, and more than fifty injured.}} {{c11|I did not see the dead. My aunt says a man on her street, [[Roman|PERSON]], died under his house.}}
Q: And [[Oleksiivka|PLACE]]? You said you work there now.
A: The depot is near [[Oleksiivka|PLACE]]. {{c12|In [[February|DATE:2024-02-01..2024-02-29]], I think [[the 10th|DATE:2024-02-10]], a [[Shahed|WEAPON:DRONE_STRIKE]] came down on the petrol station by [[Peremohy avenue|PLACE]].}} {{c12|The station burned, the cars on it burned, one car was melted, like plastic.}} {{c13|They told us after, the people next to it, a family, they were burned inside their house, the father and three children.}}
Q: Did you see it?
A: {{c12|I saw the fire from the depot window, we were on night shift. The smoke was so black we could not see the tram lines.}}
[Interpreter: he says five people in that family, the mother survived.]
Q: How do you live with it?
A: I drive. People need to go to work. In [[Saltivka|PLACE]] the tram was stopped a year, now it goes again. When I pass our block I do not look up.
@@witness ua-kharkiv-serhii-tkachenko
@@claim c2 harm=KILLED min=1 max=1 named="Viktor Hryhorovych" weapon=CLUSTER_MUNITION site="Natalii Uzhvii street" date=2022-03-11 basis=WITNESSED incident=ua-kharkiv-20220311-uzhvii-courtyard-cluster
@@claim c3 harm=INJURED min=2 max=2 named="Larysa; Nastia" weapon=CLUSTER_MUNITION site="Natalii Uzhvii street" date=2022-03-11 basis=WITNESSED incident=ua-kharkiv-20220311-uzhvii-courtyard-cluster
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Natalii Uzhvii street" date=2022-03-27 basis=EXPERIENCED incident=ua-kharkiv-20220327-uzhvii-block-grad
@@claim c5 harm=DISPLACED min=2 max=2 site="Pivnichna Saltivka" date=2022-04-01..2022-04-30 basis=EXPERIENCED incident=ua-kharkiv-20220400-tkachenko-flight
@@claim c6 harm=PROPERTY_DAMAGE min=101 max=null site="Pivnichna Saltivka" basis=REPORTED incident=ua-kharkiv-20220000-pivnichna-saltivka-damage
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Kholodnaya Gora" date=2024-01-23 basis=HEARSAY incident=ua-kharkiv-20240123-kholodna-hora-s300
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Poltavskyi Shliakh" date=2024-01-23 basis=HEARSAY incident=ua-kharkiv-20240123-kholodna-hora-s300
@@claim c9 harm=INJURED min=1 max=1 named="Halyna Stepanivna" weapon=MISSILE site="Poltavskyi Shliakh" date=2024-01-23 basis=HEARSAY incident=ua-kharkiv-20240123-kholodna-hora-s300
@@claim c10 harm=KILLED min=8 max=9 site="Kharkiv" date=2024-01-23 basis=REPORTED incident=ua-kharkiv-20240123-kholodna-hora-s300
@@claim c11 harm=KILLED min=1 max=1 named="Roman" site="Kholodna Hora" date=2024-01-23 basis=HEARSAY incident=ua-kharkiv-20240123-kholodna-hora-s300
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Peremohy avenue" date=2024-02-10 basis=WITNESSED incident=ua-kharkiv-20240210-peremohy-petrol-station-shahed
@@claim c13 harm=KILLED min=4 max=4 weapon=DRONE_STRIKE site="Peremohy avenue" date=2024-02-10 basis=HEARSAY incident=ua-kharkiv-20240210-peremohy-petrol-station-shahed
@@claim c1 harm=DISPLACED min=3 max=3 named="Svitlana" site="Pivnichna Saltivka" date=2022-03-01..2022-03-07 basis=EXPERIENCED incident=ua-kharkiv-20220300-tkachenko-family-poltava
@@claim c14 harm=INJURED min=51 max=null site="Kharkiv" date=2024-01-23 basis=REPORTED incident=ua-kharkiv-20240123-kholodna-hora-s300
