@@encoding utf-16le
Interview ID: UA-ORK-4404
Interview date: 20/09/2023
Location: [[Zaporizhzhia|PLACE]], collective centre on [[Sobornyi avenue|PLACE]]
Language: Ukrainian and Surzhyk, interpreted
Interviewer: [[Amanda Kirsch|PERSON]]
Interpreter: [[Nazar Ilchenko|PERSON]]

INTERVIEWER: Could you introduce yourself?
WITNESS: [[Mykhailo Derkach|PERSON]], forty-nine. From [[Orikhiv|PLACE]]. I worked at the elevator, the grain elevator, twenty-two years.
INTERVIEWER: When did you leave [[Orikhiv|PLACE]]?
WITNESS: {{c1|In [[August|DATE:2023-08-01..2023-08-31]]. [[The 3rd of August|DATE:2023-08-03]]. With the volunteers' van, me and my wife [[Tetiana|PERSON]], and our dog. We left the house as it was, with the door open.}}
INTERVIEWER: Let us go back. What happened to your house?
WITNESS: It was [[spring|DATE:2023-03-01..2023-05-31]], [[March|DATE:2023-03-01..2023-03-31]], [[end of March|DATE:2023-03-20..2023-03-31]]. We live, we lived, on [[Shkilna street|PLACE]]. In [[the afternoon|DATE:2023-03-20..2023-03-31]] the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] came, you hear them like peas on a tin roof, tak-tak-tak-tak, all over the street.
INTERPRETER: He is showing with his fingers, many small hits.
WITNESS: {{c2|Our roof had maybe thirty holes, the summer kitchen burned, the car, the windows, everything.}}
INTERPRETER: {{c3|He says his wife was in the yard with the chickens, and a piece went into her arm, here, above the elbow. He pulled her inside and tied it.}}
INTERVIEWER: Was anybody else on your street hurt [[that day|DATE:2023-03-20..2023-03-31]]?
WITNESS: No. Nobody was killed on our street [[that day|DATE:2023-03-20..2023-03-31]], thank God. The neighbours were in the cellars. Only [[Tetiana|PERSON]], because of the chickens. [laughs] She says the chickens saved nobody.
INTERVIEWER: You told my colleague about the aid point in [[June|DATE:2023-06-01..2023-06-30]].
WITNESS: Yes. That I saw with my own eyes. I want it written.
WITNESS: [[Wednesday|DATE:2023-06-14]], [[the 14th of June|DATE:2023-06-14]]. They gave out bread and the boxes from the volunteers by the [[House of Culture|PLACE]], on [[Tsentralna street|PLACE]]. I was not in the line, I was across the street, at [[Oleksandr|PERSON]]'s, he had a generator and I charged my phone there.
WITNESS: We heard [[the plane|WEAPON:AIRSTRIKE]], far, and then the whistle, very long. And then the [[KAB|WEAPON:AIRSTRIKE]].
INTERPRETER: The [[KAB|WEAPON:AIRSTRIKE]], the guided bomb, he means. The big one.
WITNESS: {{c4|The front of the [[House of Culture|PLACE]], the columns, it all came down on the people.}} {{c5|When the dust went down we ran there. Four were dead, I think four. One I knew, [[Nina Ostapenko|PERSON]], she worked in the post office, sixty-something. And a man from [[Preobrazhenka|PLACE]], I don't know his name.}}
INTERPRETER: {{c6|He says nine or ten were wounded, they took them in the cars to [[Zaporizhzhia|PLACE]].}}
WITNESS: {{c6|A boy, [[Maksym|PERSON]], twelve, the splinters in the back. I carried him to the car myself.}}
INTERVIEWER: Who dropped it?
WITNESS: Who else has the planes here? [[The Russians|ACTOR:Russian armed forces in Ukraine]]. There was no army by the [[House of Culture|PLACE]], no soldiers, only the old people with bags.
INTERVIEWER: You also mentioned a family story from [[Chernihiv|PLACE]] region.
WITNESS: My cousin, [[Vira|PERSON]]. She married in [[Yagidne|PLACE:Yahidne]], near [[Chernihiv|PLACE]], far from us. [[Last year|DATE:2022-01-01..2022-12-31]] she called me, when [[the Russians|ACTOR:Russian armed forces in Ukraine]] had gone from there, crying on the phone for an hour.
WITNESS: I was not there, you understand. I only tell you what she told me. {{c7|[[The Russians|ACTOR:Russian armed forces in Ukraine]] came to her father-in-law, [[Mykola|PERSON]], at the gate, at [[the beginning of March|DATE:2022-03-01..2022-03-10]], [[the 4th or the 5th|DATE:2022-03-04..2022-03-05]], and shot him in the head.}} {{c8|And her son [[Andrii|PERSON]], sixteen, they took away. Until today nobody knows where he is.}}
INTERPRETER: He says "my nephew", but it is the cousin's son.
INTERVIEWER: Does she have any news?
WITNESS: Nothing. Once a man called and said he saw [[Andrii|PERSON]] in [[Kursk|PLACE]], in a prison, and asked for money. She paid. Nothing came.
INTERVIEWER: Is there anything you want to add?
WITNESS: Only that we are afraid they will come to [[Zaporizhzhia|PLACE]] also. Every night the Shaheds fly over. Here nothing fell on our building, not yet.
@@witness ua-orikhiv-mykhailo-derkach
@@claim c1 harm=DISPLACED min=2 max=2 named="Mykhailo Derkach; Tetiana" site="Orikhiv" date=2023-08-03 basis=EXPERIENCED incident=ua-orikhiv-20230803-derkach-family-flight
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Shkilna street" date=2023-03-20..2023-03-31 basis=EXPERIENCED incident=ua-orikhiv-20230300-shkilna-street-cluster
@@claim c3 harm=INJURED min=1 max=1 named="Tetiana" weapon=CLUSTER_MUNITION site="Shkilna street" date=2023-03-20..2023-03-31 basis=WITNESSED incident=ua-orikhiv-20230300-shkilna-street-cluster
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="House of Culture" date=2023-06-14 basis=WITNESSED incident=ua-orikhiv-20230614-house-of-culture-aid-point-kab
@@claim c5 harm=KILLED min=4 max=4 named="Nina Ostapenko" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="House of Culture" date=2023-06-14 basis=WITNESSED incident=ua-orikhiv-20230614-house-of-culture-aid-point-kab
@@claim c6 harm=INJURED min=9 max=10 named="Maksym" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="House of Culture" date=2023-06-14 basis=WITNESSED incident=ua-orikhiv-20230614-house-of-culture-aid-point-kab
@@claim c7 harm=KILLED min=1 max=1 named="Mykola" weapon=SMALL_ARMS actor="Russian armed forces in Ukraine" site="Yagidne" date=2022-03-04..2022-03-05 basis=HEARSAY incident=ua-yahidne-20220305-klymenko-gate-shooting
@@claim c8 harm=MISSING min=1 max=1 named="Andrii" actor="Russian armed forces in Ukraine" site="Yagidne" date=2022-03-04..2022-03-05 basis=HEARSAY incident=ua-yahidne-20220305-klymenko-gate-shooting
