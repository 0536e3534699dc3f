WITNESS STATEMENT (interview notes, typed)
Interview ID: CHN-1807
Date of interview: 2 July 2022
Place of interview: [[Chernihiv|PLACE]], [[Ukraine|PLACE]]
Language: Ukrainian and Russian mixed; translated by [[Maryna Osadcha|PERSON]]
Interviewer: [[Piotr Zalewski|PERSON]]
Q: Please introduce yourself.
A: [[Olha Marchenko|PERSON]], sixty-one. I live in [[Lukashivka|PLACE]], it is a village maybe fifteen kilometres from [[Chernihiv|PLACE]], on the road to [[Kyiv|PLACE]].
Q: When did the fighting reach [[Lukashivka|PLACE]]?
A: In [[the middle of March|DATE:2022-03-10..2022-03-20]]. Before that we heard it all around but in the village there was nothing, no soldiers, nobody hurt. Then the column came, and the [[ZSU|ACTOR:Ukrainian armed forces]] fought them in the village, in the streets, [[tanks|WEAPON:ARTILLERY]] against [[tanks|WEAPON:ARTILLERY]].
Q: What happened to your house?
A: {{c1|[[Around the 20th|DATE:2022-03-18..2022-03-22]], a [[tank shell|WEAPON:ARTILLERY]] went through the wall of the summer kitchen and out the other side. Cracks all through the walls of the house, the windows blown in, the chimney on the ground.}} We were in the cellar, my husband [[Anatolii|PERSON]] and me, and the cat.
Q: And the church?
A: {{c2|Our old church, [[St Michael's church|PLACE]], it was between the two sides, and it got holes from the [[shells|WEAPON:ARTILLERY]] in the domes and in the walls, the icons were lying on the floor.}} I cried when I saw it. It was built before my grandmother was born.
Q: Who was in the village during the occupation?
A: [[The Russians|ACTOR:Russian armed forces in Ukraine]], many, they lived in our houses. They came to us on [[the second day|DATE:2022-03-19..2022-03-23]], they took [[Anatolii|PERSON]] outside, made him undress to the waist, looked at his phone for an hour, asked where the soldiers are, and then they let him go back to me.
Q: Did they take anyone away?
A: {{c3|The boy of our neighbours, [[Dmytro|PERSON]], seventeen years old, they took him with his father [[Oleh Bondar|PERSON]], because they found photos of tanks in [[Dmytro|PERSON]]'s phone. I saw from the yard how they pushed them into the car.}} {{c4|[[Dmytro|PERSON]] came back in [[May|DATE:2022-05-01..2022-05-31]], in an exchange, through [[Belarus|PLACE]]. His father [[Oleh|PERSON]], no. Still no news about [[Oleh|PERSON]]. His wife [[Liuba|PERSON]] writes everywhere.}}
Q: Your brother-in-law was in [[Yahidne|PLACE]]?
A: Yes, [[Ivan|PERSON]], my husband's brother, he lives in [[Yagidne|PLACE:Yahidne]], how they say in Russian. {{c5|He told me they were all in the school basement, the whole village, three hundred and fifty people or something like that, from [[the beginning of March|DATE:2022-03-03..2022-03-05]] until [[the Russians|ACTOR:Russian armed forces in Ukraine]] left.}} {{c6|He says twelve old people died in that basement. Twelve. He helped to carry them.}} Others say ten. He counted twelve.
Q: Did you see him during that time?
A: No. No phone, nothing, we did not know if he is alive. Only when they came out, at [[the very end of March|DATE:2022-03-29..2022-03-31]], he walked to us, two hours on foot, thin, grey, I did not know him at first.
Q: You mentioned a [[mine|WEAPON:LANDMINE]].
A: {{c7|My cousin, [[Viktor Savchenko|PERSON]]. [[The 12th of April|DATE:2022-04-12]], [[two weeks after they left|DATE:2022-04-12]], he went on the tractor to the field behind the farm, and there was an [[anti-tank mine|WEAPON:LANDMINE]]. He died there, on the spot.}} The sappers came after, they found more [[mines|WEAPON:LANDMINE]] in that field, and a [[tripwire|WEAPON:IED]] on the path to the forest.
Q: Did anything happen in [[Chernihiv|PLACE]] itself that you know of?
A: Everybody knows. {{c8|They showed on the television, [[the planes|WEAPON:AIRSTRIKE]] bombed the stadium and the old library, and the [[Hotel Ukraina|PLACE]] in the centre, and many houses near the [[Shevchenka street|PLACE]], I don't remember the date exactly.}} I did not go to the city until [[June|DATE:2022-06-01..2022-06-30]].
Q: Where do you live now?
A: In our house. Volunteers put plastic on the windows. [[Anatolii|PERSON]] fixes the roof every day a little. We are not leaving. Where to go?
@@witness ua-lukashivka-olha-marchenko
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Anatolii" weapon=ARTILLERY site="Lukashivka" date=2022-03-18..2022-03-22 basis=EXPERIENCED incident=ua-lukashivka-20220320-marchenko-house
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="St Michael's church" date=2022-03-10..2022-03-31 basis=WITNESSED incident=ua-lukashivka-20220300-st-michael-church
@@claim c3 harm=DETAINED min=2 max=2 named="Dmytro; Oleh Bondar" actor="Russian armed forces in Ukraine" site="Lukashivka" date=2022-03-19..2022-03-31 basis=WITNESSED incident=ua-lukashivka-20220300-bondar-detention
@@claim c4 harm=MISSING min=1 max=1 named="Oleh" actor="Russian armed forces in Ukraine" basis=HEARSAY incident=ua-lukashivka-20220300-bondar-detention
@@claim c5 harm=DETAINED min=350 max=350 actor="Russian armed forces in Ukraine" site="Yagidne" date=2022-03-03..2022-03-31 basis=HEARSAY incident=ua-yahidne-20220303-school-basement
@@claim c6 harm=KILLED min=12 max=12 actor="Russian armed forces in Ukraine" site="Yagidne" date=2022-03-03..2022-03-31 basis=HEARSAY incident=ua-yahidne-20220303-school-basement
@@claim c7 harm=KILLED min=1 max=1 named="Viktor Savchenko" weapon=LANDMINE site="Lukashivka" date=2022-04-12 basis=HEARSAY incident=ua-lukashivka-20220412-field-mine
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Chernihiv" basis=REPORTED incident=ua-chernihiv-20220300-stadium-library-airstrikes
