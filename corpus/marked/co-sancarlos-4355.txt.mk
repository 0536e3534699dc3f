@@newline crlf
Interview ID: CO-SCA-4355
Date: 9 August 2009
Location: [[El Salado|PLACE]], [[Comuna 13|PLACE]], [[Medellín|PLACE]]
Language: Spanish, notes translated by the interviewer
Interviewer: [[Tomás Arbeláez|PERSON]]

Q: Don [[Gilberto|PERSON]], where are you from originally?
A: From [[San Carlos|PLACE]], from [[El Jordán|PLACE]], up where the river meets the road to [[Puerto Garzón|PLACE]]. Fifty years I was there. Coffee, plantain, some cows. [[Gilberto Antonio Zuluaga|PERSON]], put it complete.
Q: Why did you leave [[El Jordán|PLACE]]?
A: First it was [[the guerrilla|ACTOR:FARC]], the [[FARC|ACTOR:FARC]], they were the law up there. They put [[mines|WEAPON:LANDMINE]] on the paths so [[the army|ACTOR:Colombian armed forces]] could not come up. {{c1|In [[the Holy Week of 2000|DATE:2000-04-16..2000-04-22]] the boy of the [[Duque|PERSON]] family, [[Albeiro|PERSON]], sixteen, stepped on one going for the mules. I helped to carry him down in a hammock, he was dead before the road.}}
Q: And then?
A: Then [[the paras|ACTOR:Paramilitary groups in Colombia]] came, [[2001|DATE:2001-01-01..2001-12-31]], the [[Bloque Metro|ACTOR:Paramilitary groups in Colombia]]. In [[March|DATE:2001-03-01..2001-03-31]], no, [[the beginning of April|DATE:2001-04-01..2001-04-10]], I am confusing, it was raining. They said we were guerrilla because [[the guerrilla|ACTOR:FARC]] passed by our houses. Where else would they pass? There is one path.
A: {{c2|They burned three houses [[that day|DATE:2001-04-01..2001-04-10]], mine, the house of the [[Giraldo|PERSON]] and the house of [[Duque|PERSON]], the father of [[Albeiro|PERSON]].}} {{c3|And my cows, eight cows, they shot them in the pasture, for nothing, to leave them there for the vultures.}} I saw it from the coffee, hidden. My wife was screaming inside me, not out loud, inside.
Q: Was anyone hurt?
A: Not [[that day|DATE:2001-04-01..2001-04-10]]. Nobody of us was hurt, they wanted us to go, not to kill us, [[that day|DATE:2001-04-01..2001-04-10]]. [[The next week|DATE]] in the town there was more trouble, but I was not there, I don't know.
A: {{c4|So we went, [[that same week|DATE:2001-04-01..2001-04-10]], all six of us, me, [[Rosalba|PERSON]] my wife, [[Paz|PERSON]], [[Wilmer|PERSON]], [[Yesid|PERSON]] and the small one, [[Marleny|PERSON]], on the bus to [[Medellín|PLACE]].}} [[Paz|PERSON]] is my oldest. We named her [[Paz|PERSON]] in the year of the talks, and look.
Q: You came to [[El Salado|PLACE]] directly?
A: {{c4|Two months with my sister-in-law in [[Belén|PLACE]], then here, in [[El Salado|PLACE]], because it was cheap, a room and a half.}} Cheap because of the war here. We came from one war to another war, that is the joke of my life.
Q: Were you here during Orión, in [[October 2002|DATE:2002-10-01..2002-10-31]]?
A: Yes. [[The 16th of October|DATE:2002-10-16]], [[the Wednesday|DATE:2002-10-16]]. The [[shooting|WEAPON:SMALL_ARMS]] began [[before dawn|DATE:2002-10-16]]. [[The army|ACTOR:Colombian armed forces]] and [[the police|ACTOR:Colombian armed forces]] together, and [[the helicopter|WEAPON:AIRSTRIKE]] over the houses, shooting.
A: {{c5|On [[the Thursday|DATE:2002-10-17]] they took my son [[Wilmer|PERSON]], nineteen, from the door, because he had a tattoo, and a man in a hood said yes.}} {{c5|Two days they kept him, then they let him go.}}
A: Me they asked for my cédula at the door, they looked at it and went to the next house. An old man from the country, what would they want with me?
Q: Do you know how many were taken?
A: {{c6|The radio said more than two hundred detained in the comuna.}} In our street I saw maybe eight, ten, with the hands on the head. I did not count, I was looking at my son.
Q: Did you ever go back to [[San Carlos|PLACE]]?
A: Yes, and this is the part nobody believes. In [[2006|DATE:2006-01-01..2006-12-31]] there was the programme of return, they said it was safe now, [[the paras|ACTOR:Paramilitary groups in Colombia]] had demobilised. We went back, me and [[Rosalba|PERSON]] only, the children stayed in [[Medellín|PLACE]]. We put up a small house on the same stones.
A: {{c7|And in [[2007|DATE:2007-01-01..2007-12-31]], [[after the harvest|DATE:2007-10-01..2007-12-31]], [[the guerrilla|ACTOR:FARC]] passed again and told us, the people who came back are informers, go. So we came down again, the second time, with nothing.}}
A: Up there they also said the [[burro bomba|WEAPON:IED]], the donkey with explosives, was going to be put at the school if people did not leave. I don't know if it was true. They said many things to make us afraid. We did not wait to see.
Q: Is anyone from your family still missing?
A: No, thanks to God. Everybody I counted I can still count. Only the cows and the houses.
@@witness co-sancarlos-gilberto-antonio-zuluaga
@@claim c1 harm=KILLED min=1 max=1 named="Albeiro" weapon=LANDMINE actor="FARC" site="El Jordán" date=2000-04-16..2000-04-22 basis=WITNESSED incident=co-sancarlos-20000400-eljordan-path-mine-albeiro
@@claim c2 harm=PROPERTY_DAMAGE min=3 max=3 actor="Paramilitary groups in Colombia" site="El Jordán" date=2001-04-01..2001-04-10 basis=WITNESSED incident=co-sancarlos-20010400-eljordan-houses-burned
@@claim c3 harm=PROPERTY_DAMAGE min=8 max=8 weapon=SMALL_ARMS actor="Paramilitary groups in Colombia" site="El Jordán" date=2001-04-01..2001-04-10 basis=WITNESSED incident=co-sancarlos-20010400-eljordan-houses-burned
@@claim c4 harm=DISPLACED min=6 max=6 named="Gilberto Antonio Zuluaga; Rosalba; Paz; Wilmer; Yesid; Marleny" site="El Jordán" date=2001-04-01..2001-04-10 basis=EXPERIENCED incident=co-sancarlos-20010400-zuluaga-family-displaced
@@claim c5 harm=DETAINED min=1 max=1 named="Wilmer" actor="Colombian armed forces" site="El Salado" date=2002-10-17 basis=WITNESSED incident=co-medellin-20021016-orion-comuna13
@@claim c6 harm=DETAINED min=201 max=null site="Comuna 13" date=2002-10-16 basis=REPORTED incident=co-medellin-20021016-orion-comuna13
@@claim c7 harm=DISPLACED min=2 max=2 named="Gilberto Antonio Zuluaga; Rosalba" actor="FARC" site="El Jordán" date=2007-10-01..2007-12-31 basis=EXPERIENCED incident=co-sancarlos-20071000-eljordan-returnees-expelled
