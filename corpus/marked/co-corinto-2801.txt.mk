Interview ID: CO-CAU-2801
Date of interview: 9 August 2021
Place of interview: [[Santander de Quilichao|PLACE]], [[Cauca|PLACE]]
Language: Spanish (interpreted)
Interviewer: [[Marta Ocampo|PERSON]]
Interpreter: [[Julián Restrepo|PERSON]]

INTERVIEWER: Please, tell me your name and where you live.
WITNESS: [[Rosalba Yatacué Pilcué|PERSON]]. I am from the vereda [[El Jagual|PLACE]], up from [[Corinto|PLACE]], one hour walking. We grow coffee, a little marijuana also, I will not lie, everybody there.
INTERVIEWER: You told [[Julián|PERSON]] about a [[drone|WEAPON:DRONE_STRIKE]] in [[April|DATE:2021-04-01..2021-04-30]].
WITNESS: Yes. It was [[the 12th of April|DATE:2021-04-12]], [[a Monday|DATE:2021-04-12]], I remember because Monday is when my husband [[Aurelio|PERSON]] goes down with the mule. {{c1|At about [[ten in the morning|DATE:2021-04-12]] we heard [[the drone|WEAPON:DRONE_STRIKE]], like a big mosquito, and then it let go something on the house of my compadre [[Hernando Guetio|PERSON]], the one next to the drying shed, and the roof of zinc, eh, it folded down into the kitchen.}} {{c2|His daughter [[Yuli|PERSON]], she is fourteen, was cut on the face and the arm, and old Doña [[Tránsito|PERSON]] on the leg. I saw them myself, I went running with a towel.}}
INTERVIEWER: Who sent [[the drone|WEAPON:DRONE_STRIKE]]?
WITNESS: Who knows. [[The dissidents|ACTOR:FARC dissidents]] say it was [[the army|ACTOR:Colombian armed forces]], [[the army|ACTOR:Colombian armed forces]] says it was [[the dissidents|ACTOR:FARC dissidents]] fighting with other [[dissidents|ACTOR:FARC dissidents]]. I only know it came from the side of [[Miranda|PLACE]].
INTERPRETER: She says "the Dagoberto", it is the name of a column, the people call them like that.
WITNESS: {{c1|And the second [[drone|WEAPON:DRONE_STRIKE]], [[the same afternoon|DATE:2021-04-12]], fell on the drying shed of the [[Guetio|PERSON]] family, and the shed burned completely, the coffee of the whole harvest, forty arrobas, all gone in smoke, and the beneficiadero also.}}
INTERVIEWER: Was anybody killed [[that day|DATE:2021-04-12]]?
WITNESS: No, gracias a Dios, nobody died [[that day|DATE:2021-04-12]]. People said on the WhatsApp that one boy died, but it is not true, I know the boy, [[Brayan|PERSON]], he is fine, he was in [[Cali|PLACE]].
INTERVIEWER: You also mentioned what happened on the road.
WITNESS: [pause] Yes. This one is worse for me. In [[May|DATE:2021-05-01..2021-05-31]], [[after the strike started|DATE:2021-05-01..2021-05-31]], the paro, there were blockades everywhere and [[the dissidents|ACTOR:FARC dissidents]] also put their own stop at [[La Cominera|PLACE]], where the road turns to [[Miranda|PLACE]]. They had [[rifles|WEAPON:SMALL_ARMS]] and the armbands.
INTERVIEWER: Did you pass there?
WITNESS: My son passed, [[Wilmer|PERSON]]. They made him get down from the moto, they looked in his phone, they looked in his bag, they asked where he works, for one hour, and then they let him go. Only to scare him. {{c4|But the three men who came behind him in the chiva, [[Ferney Dagua|PERSON]], his brother [[Albeiro|PERSON]] and a young man from [[Caloto|PLACE]] that nobody knew, those they took. They put them in a truck and went up the mountain. [[Wilmer|PERSON]] saw it, he told me crying.}}
INTERVIEWER: Do you know what happened to them after?
WITNESS: {{c5|[[Albeiro|PERSON]] came back after eleven days, very thin, he does not talk about it.}} {{c6|[[Ferney|PERSON]] never came back. Until today we do not know where he is. His mother put his photo on the Facebook page of the cabildo, and the Defensoría has him on their list, that is what the radio said.}} The boy from [[Caloto|PLACE]] I do not know, nobody asked for him here.
INTERVIEWER: And your husband? You said he was threatened.
WITNESS: They told [[Aurelio|PERSON]] that if he did not pay the vacuna they would take him also. They did not take him. The cabildo went, the elders, the Guardia with the sticks, and [[the dissidents|ACTOR:FARC dissidents]] left him. But we are afraid, always.
INTERVIEWER: Did you leave [[El Jagual|PLACE]]?
WITNESS: {{c7|We came down to [[Santander|PLACE:Santander de Quilichao]] in [[June|DATE:2021-06-01..2021-06-30]], me, [[Aurelio|PERSON]] and the two small ones; [[Wilmer|PERSON]] stayed to look at the coffee.}} Also the [[Noscué|PERSON]] family came down, and the [[Ul|PERSON]] family, I think five families from the vereda, but I speak only for us.
INTERVIEWER: Anything else you want to say?
WITNESS: Only that we want [[Ferney|PERSON]] back. Alive or, if not, we want to bury him. [crying]

@@witness co-corinto-rosalba-yatacue
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Hernando Guetio" weapon=DRONE_STRIKE site="El Jagual" date=2021-04-12 basis=WITNESSED incident=co-corinto-20210412-eljagual-drone
@@claim c2 harm=INJURED min=2 max=2 named="Yuli; Tránsito" weapon=DRONE_STRIKE site="El Jagual" date=2021-04-12 basis=WITNESSED incident=co-corinto-20210412-eljagual-drone
@@claim c4 harm=DETAINED min=3 max=3 named="Ferney Dagua; Albeiro" actor="FARC dissidents" site="La Cominera" date=2021-05-01..2021-05-31 basis=HEARSAY incident=co-corinto-20210500-lacominera-stop
@@claim c5 harm=DETAINED min=1 max=1 named="Albeiro" actor="FARC dissidents" site="La Cominera" date=2021-05-01..2021-05-31 basis=HEARSAY incident=co-corinto-20210500-lacominera-stop
@@claim c6 harm=MISSING min=1 max=1 named="Ferney" actor="FARC dissidents" site="La Cominera" date=2021-05-01..2021-05-31 basis=REPORTED incident=co-corinto-20210500-lacominera-stop
@@claim c7 harm=DISPLACED min=4 max=4 named="Aurelio" site="El Jagual" date=2021-06-01..2021-06-30 basis=EXPERIENCED incident=co-corinto-20210600-eljagual-families-leave
