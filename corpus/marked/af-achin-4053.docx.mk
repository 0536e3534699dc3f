INTERVIEW RECORD
Interview ID: AF-NGR-4053
Interview date: 2023-02-18
Location: [[Jalalabad|PLACE]], [[Nangarhar|PLACE]]
Language: Pashto, interpreted into English
Interviewer: [[Rosa Lindqvist|PERSON]]
Interpreter: [[Asadullah Momand|PERSON]]
Q: Please say your name and your village.
A: [[Sher Alam|PERSON]], son of [[Dawlat Khan|PERSON]]. From [[Shadal|PLACE]], in [[Achin|PLACE]] district, under the [[Spin Ghar|PLACE]]. My family is in [[Shadal|PLACE]] since my grandfather. My father died in [[2010|DATE:2010-01-01..2010-12-31]] from the sugar illness, before [[Daesh|ACTOR:Islamic State]] came.
Q: When did [[Daesh|ACTOR:Islamic State]] come to [[Shadal|PLACE]]?
A: In [[2015|DATE:2015-01-01..2015-12-31]]. First they were sweet, they paid for the bread. Then they closed the girls' school and they took the young men to the mountain. They told the elders, if anyone gives names to the government, we will burn his house.
Q: And the [[mines|WEAPON:LANDMINE]]?
A: In [[the spring of 2017|DATE:2017-03-21..2017-06-20]] [[the army|ACTOR:Afghan forces]] pushed them back, and when they went up they left [[mines|WEAPON:LANDMINE]] in the fields, on the paths to the forest, under stones.
A: {{c1|My nephew [[Khalil|PERSON]], fourteen years, went up for wood in [[Hamal|DATE:2017-03-21..2017-04-20]] and a [[mine|WEAPON:LANDMINE]] blew under his feet.}} {{c2|His friend [[Nawab|PERSON]] was with him. He lost one eye and the hand. I saw the two boys when the men carried them down on a charpai.}}
A: {{c1|We put [[Khalil|PERSON]] in a car for [[Jalalabad|PLACE]] and that was the last time. My brother told me he died before [[Samarkhel|PLACE]].}}
Q: Were you in [[Achin|PLACE]] when the big [[bomb|WEAPON:AIRSTRIKE]] was dropped, in [[April 2017|DATE:2017-04-01..2017-04-30]]?
A: We heard it. It was far, in [[Asadkhel|PLACE]], on the caves. The windows of our house shook like in an earthquake. Nobody of our village was hurt by that [[bomb|WEAPON:AIRSTRIKE]], it was on the fighters in the mountain.
Q: You told my colleague about a [[drone|WEAPON:DRONE_STRIKE]] near [[Shadal Bazaar|PLACE]].
A: Yes. That was [[the next year|DATE:2018-01-01..2018-12-31]], in [[Saratan|DATE:2018-06-22..2018-07-22]]. [[The 3rd of Saratan|DATE:2018-06-24]], I think, [[after the asr|DATE:2018-06-24]]. [[The drone|WEAPON:DRONE_STRIKE]] was turning over us all day, we hear it like a bee.
A: I was in my shop. Then a very loud noise, and people shouting. I ran with the other shopkeepers to the road.
A: {{c3|A white Corolla was burning at the side of the road. Three men inside were dead. One was [[Wali Jan|PERSON]], the teacher, he taught the Quran to my sons. The other two I did not know, they were not from [[Shadal|PLACE]].}}
A: One boy said he saw the [[missile|WEAPON:MISSILE]] come down from [[the drone|WEAPON:DRONE_STRIKE]]. I did not see it, I only heard.
Q: Who do you think fired it?
A: Only [[the Americans|ACTOR:US forces]] had drones there. [[That evening|DATE:2018-06-24]] the radio said three [[Daesh|ACTOR:Islamic State]] were killed in [[Achin|PLACE]].
A: [[Wali Jan|PERSON]] was not [[Daesh|ACTOR:Islamic State]]. {{c4|[[Daesh|ACTOR:Islamic State]] killed his own brother [[Gul Zaman|PERSON]] in [[2016|DATE:2016-01-01..2016-12-31]], everybody in [[Shadal|PLACE]] knows this.}}
Q: What did your family do after that?
A: {{c5|[[Two days after the car|DATE:2018-06-26]] we left [[Shadal|PLACE]], eleven persons, on two tractors, to [[Chaparhar|PLACE]], to the house of my wife's father.}} Since then we did not go back to live, only to see the land.
Q: Was it safe in [[Chaparhar|PLACE]]?
A: Not really. In [[Jadi|DATE:2018-12-22..2019-01-20]], [[the winter|DATE:2018-12-01..2019-02-28]], my brother-in-law [[Rahimullah|PERSON]] called me from the [[Chaparhar|PLACE]] bazaar. {{c6|A [[motorbike bomb|WEAPON:IED]] exploded near the police post, he said, and his cousin [[Aziz|PERSON]] was hurt in both legs.}} Who put it, [[Daesh|ACTOR:Islamic State]] or [[Taliban|ACTOR:Taliban]], nobody said.
A: People in [[Jalalabad|PLACE]] say [[Daesh|ACTOR:Islamic State]] burned the school of [[Shadal|PLACE]]. It is not true. I went [[last year|DATE:2022-01-01..2022-12-31]], the school is standing, they only painted the walls black with their writing.
Q: Is there anything else you want to say?
A: The fields are still full of [[mines|WEAPON:LANDMINE]]. My land is there. I cannot plough it, and I cannot sell it.
@@witness af-achin-sher-alam
@@claim c1 harm=KILLED min=1 max=1 named="Khalil" weapon=LANDMINE actor="Islamic State" site="Shadal" date=2017-03-21..2017-04-20 basis=HEARSAY incident=af-achin-20170000-shadal-firewood-mine
@@claim c2 harm=INJURED min=1 max=1 named="Nawab" weapon=LANDMINE actor="Islamic State" site="Shadal" date=2017-03-21..2017-04-20 basis=WITNESSED incident=af-achin-20170000-shadal-firewood-mine
@@claim c3 harm=KILLED min=3 max=3 named="Wali Jan" weapon=MISSILE actor="US forces" site="Shadal Bazaar" date=2018-06-24 basis=WITNESSED incident=af-achin-20180624-shadal-bazaar-corolla
@@claim c4 harm=KILLED min=1 max=1 named="Gul Zaman" actor="Islamic State" site="Shadal" date=2016-01-01..2016-12-31 basis=HEARSAY incident=af-achin-20160000-gul-zaman-killing
@@claim c5 harm=DISPLACED min=11 max=11 site="Shadal" date=2018-06-26 basis=EXPERIENCED incident=af-achin-20180626-sher-alam-family-flight
@@claim c6 harm=INJURED min=1 max=1 named="Aziz" weapon=IED site="Chaparhar" date=2018-12-22..2019-01-20 basis=HEARSAY incident=af-chaparhar-20180000-bazaar-motorbike-bomb
