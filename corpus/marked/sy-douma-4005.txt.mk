@@encoding utf-16le
Interview ID: GHT-4005
Interview date: 14/05/2018
Place of interview: [[al-Bab|PLACE]], northern [[Aleppo|PLACE]] countryside
Language: Arabic
Interviewer: [[Beatriz Lemos|PERSON]]
Interpreter: [[Lina Hourani|PERSON]]

Q: Please introduce yourself.
A: [[Mazen Qassab|PERSON]], thirty-eight. I was a nurse in [[Douma|PLACE]], in a field hospital under the ground, I will not say the name, they are still working in other places.
Q: You worked there during the campaign on [[Eastern Ghouta|PLACE]]?
A: From [[the 18th of February|DATE:2018-02-18]] until we left on the buses, every day. Eh, I slept in the hospital most nights. 
Q: What do you want to tell us first?
A: The [[gas|WEAPON:CHEMICAL]]. [[The night of the 11th of March|DATE:2018-03-11]]. I was not in the hospital, for once I was at home, with my mother, in the basement of our building in [[Duma|PLACE:Douma]], near the [[Shuhada square|PLACE]].
A: Around [[midnight|DATE:2018-03-11]] we heard [[the helicopter|WEAPON:AIRSTRIKE]], then a sound, not a big explosion, a small one, like something heavy falling on the roof. Then the smell. Like bleach, but strong, it goes in the eyes.
A: {{c1|I could not breathe, my mother could not breathe, we were coughing and coughing, my eyes were burning, and we ran up the stairs because the [[chlorine|WEAPON:CHEMICAL]] goes down, it is heavy, it sits in the basement.}}
Q: Was it a [[barrel|WEAPON:BARREL_BOMB]]? What did it look like?
A: In [[the morning|DATE:2018-03-12]] I saw it on the roof of the next building, a yellow cylinder, the kind for gas, with a frame of iron around it. [Interpreter: he says it was like a gas bottle, yellow, inside a metal cage.] {{c2|It had broken the roof and stayed half inside.}}
A: {{c3|At the hospital [[the next morning|DATE:2018-03-12]] we had maybe fifteen, sixteen people from our street and the streets around, with the same, the coughing, the red eyes, the foam in the mouth for two of them.}} {{c4|A little girl, [[Jana|PERSON]], six years, from the [[Kabbani|PERSON]] family, she died in the hospital at [[noon|DATE:2018-03-12]], in front of me. I held the oxygen for her.}}
Q: Did anyone else die from the [[gas|WEAPON:CHEMICAL]]?
A: Only [[Jana|PERSON]] in our hospital. {{c5|I heard that an old man, [[Abu Subhi|PERSON]], died in his house before anybody came, but this I did not see, his neighbours said it.}}
Q: You mentioned [[Kafr Batna|PLACE]] before we started.
A: Yes. This was [[three days before|DATE:2018-03-08]]. [[The Thursday|DATE:2018-03-08]], [[the 8th|DATE:2018-03-08]]. They hit [[Kfar Batna|PLACE:Kafr Batna]] with the fire, the [[napalm|WEAPON:INCENDIARY]].
A: I was in [[Douma|PLACE]], I was not there. {{c6|My colleague [[Osama|PERSON]], who works in the medical point in [[Kafr Batna|PLACE]], told me on the walkie-talkie that the street near the municipality was burning, the people burning in the street, and they could not put it out with water.}}
A: {{c7,c11|Then the medical office of [[Kafr Batna|PLACE]] sent the list to our group: fourteen dead and more than forty burned.}} Fourteen names, I read them all.
Q: Did any of the injured come to your hospital?
A: No. The road from [[Kafr Batna|PLACE]] to [[Douma|PLACE]] was cut, because of the [[shelling|WEAPON:ARTILLERY]] on the road, nobody could come.
Q: Do you have family outside [[Douma|PLACE]]?
A: My sister [[Rim|PERSON]], she was married in [[Hamouriyeh|PLACE:Hamouriyah]]. {{c8|When [[the regime|ACTOR:Syrian government forces]] entered [[Hamouriyah|PLACE]], [[the middle of March|DATE:2018-03-10..2018-03-20]], she and her husband [[Fares|PERSON]] and their children walked out with the people on the corridor to [[the army|ACTOR:Syrian government forces]] side, with nothing, only the clothes.}} She called me from a school in [[Adra|PLACE]], [[two days later|DATE]], she told me this.
A: {{c9|And she said [[Fares|PERSON]] was taken at the corridor by [[the army|ACTOR:Syrian government forces]], with the young men, to be questioned.}} Until now he did not come back. 
Q: And you? When did you leave?
A: {{c10|In [[April|DATE:2018-04-01..2018-04-30]], on the green buses, me and my mother, to the north.}} We had no choice. Staying was death or prison.
Q: Is there something you want to add?
A: People said the [[rockets|WEAPON:ROCKET]] hit our hospital also, in [[March|DATE:2018-03-01..2018-03-31]]. It is not true, they fell in front of the door, not on the hospital, nobody was hurt from them. I say this because I want you to write only the true things.
@@witness sy-douma-mazen-qassab
@@claim c1 harm=INJURED min=2 max=2 named="Mazen Qassab" weapon=CHEMICAL site="Shuhada square" date=2018-03-11 basis=EXPERIENCED incident=sy-douma-20180311-shuhada-square-chlorine
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=CHEMICAL site="Shuhada square" date=2018-03-11 basis=WITNESSED incident=sy-douma-20180311-shuhada-square-chlorine
@@claim c3 harm=INJURED min=15 max=16 weapon=CHEMICAL site="Shuhada square" date=2018-03-11 basis=WITNESSED incident=sy-douma-20180311-shuhada-square-chlorine
@@claim c4 harm=KILLED min=1 max=1 named="Jana" weapon=CHEMICAL site="Shuhada square" date=2018-03-12 basis=WITNESSED incident=sy-douma-20180311-shuhada-square-chlorine
@@claim c5 harm=KILLED min=1 max=1 named="Abu Subhi" weapon=CHEMICAL site="Shuhada square" date=2018-03-11 basis=HEARSAY incident=sy-douma-20180311-shuhada-square-chlorine
@@claim c6 harm=INJURED min=null max=null weapon=INCENDIARY site="Kafr Batna" date=2018-03-08 basis=HEARSAY incident=sy-kafrbatna-20180308-municipality-street-napalm
@@claim c7 harm=KILLED min=14 max=14 weapon=INCENDIARY site="Kafr Batna" date=2018-03-08 basis=REPORTED incident=sy-kafrbatna-20180308-municipality-street-napalm
@@claim c11 harm=INJURED min=41 max=null weapon=INCENDIARY site="Kafr Batna" date=2018-03-08 basis=REPORTED incident=sy-kafrbatna-20180308-municipality-street-napalm
@@claim c8 harm=DISPLACED min=2 max=null named="Rim; Fares" actor="Syrian government forces" site="Hamouriyah" date=2018-03-10..2018-03-20 basis=HEARSAY incident=sy-hamouriyah-20180300-corridor-rim-family
@@claim c9 harm=DETAINED min=1 max=1 named="Fares" actor="Syrian government forces" site="Hamouriyah" date=2018-03-10..2018-03-20 basis=HEARSAY incident=sy-hamouriyah-20180300-corridor-rim-family
@@claim c10 harm=DISPLACED min=2 max=2 site="Douma" date=2018-04-01..2018-04-30 basis=EXPERIENCED incident=sy-douma-20180400-qassab-buses
