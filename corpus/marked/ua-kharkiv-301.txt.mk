Interview ID: UA-KHA-301
Date of interview: 11 May 2022
Place of interview: [[Poltava|PLACE]], [[Ukraine|PLACE]]
Language: Ukrainian
Interviewer: [[Sophie Lindqvist|PERSON]]
Interpreter: [[Kateryna Moroz|PERSON]]

INTERVIEWER: Thank you for coming. Where were you living before the war?
WITNESS: In [[Kharkiv|PLACE]]. [[Pivnichna Saltivka|PLACE]], the north part of [[Saltivka|PLACE]]. Fourteenth floor, so you can imagine, with no lift.
INTERVIEWER: Did you stay in [[Saltivka|PLACE]] after [[24 February|DATE:2022-02-24]]?
WITNESS: Yes. [[The first two weeks|DATE]] we stayed. My husband did not want to leave his mother, she is ninety, she cannot walk the stairs. So we stayed, we lived in the corridor, then in the basement of the school.
INTERVIEWER: I understand something happened near the school on [[Natalii Uzhvii street|PLACE]].
WITNESS: Yes. The volunteers brought bread and medicines, they gave it from a van near the school, every day around eleven. It was [[Monday|DATE:2022-03-07]], [[7 March|DATE:2022-03-07]]. I remember because it was [[the day before the women's day|DATE:2022-03-07]], and my neighbour [[Lida|PERSON]] said, eh, "tomorrow nobody will bring us flowers". We laughed. Maybe forty people in the line, maybe fifty.
WITNESS: Then there was the whistle and then, I mean... many small bangs, everywhere at once. Like someone threw peas on a metal roof. I was near the door of the school, I fell inside.
INTERVIEWER: Take your time.
WITNESS: [pause] {{c1|When I came out, four people were lying near the van and they were dead. [[Mykola Hrytsenko|PERSON]], he was sixty-seven, from our entrance, and [[Tamara Ivanivna|PERSON]] who worked in the pharmacy, and two men I did not know.}} {{c2|Many were wounded, I think about ten, one boy had his leg... [[Lida|PERSON]] was wounded in the shoulder and in the back.}}
INTERPRETER: She says "the boy's leg", she did not finish the sentence.
INTERVIEWER: Do you know what kind of weapon it was?
WITNESS: Later the men from [[the territorial defence|ACTOR:Ukrainian armed forces]] showed us a tail, a long tube, in the yard. They said [[Uragan|WEAPON:CLUSTER_MUNITION]], [[cassette munitions|WEAPON:CLUSTER_MUNITION]], the [[rocket|WEAPON:ROCKET]] opens in the air and the [[small bombs|WEAPON:CLUSTER_MUNITION]] fall. On the asphalt there were many small holes, like a rash.
INTERVIEWER: Were there any [[Ukrainian soldiers|ACTOR:Ukrainian armed forces]] or vehicles near the school [[that day|DATE:2022-03-07]]?
WITNESS: No. No soldiers, no equipment. Only the van of the volunteers, it was a white van with a red cross painted by hand. If there were soldiers I would not go with my mother-in-law's bag to stand there, you understand.
INTERVIEWER: Who do you think fired?
WITNESS: [[The Russians|ACTOR:Russian armed forces in Ukraine]]. They were in [[Tsyrkuny|PLACE]] and near [[Ruska Lozova|PLACE]], north of us. Every evening you saw the flashes from there, and the [[missiles|WEAPON:MISSILE]] flew over us to the centre.
INTERVIEWER: What happened to your own building?
WITNESS: {{c3|[[About a week later|DATE]], [[the 15th or the 16th|DATE:2022-03-15..2022-03-16]], at [[night|DATE]], the [[shelling|WEAPON:ARTILLERY]] hit our building, the ninth and the tenth floors burned.}} We were in the basement, so we were alive. {{c3|My flat is not burned but there are no windows, no door, the balcony fell down.}}
INTERVIEWER: Was anybody hurt [[that night|DATE]]?
WITNESS: In our building, nobody was hurt, thank God, everybody was downstairs. In the next building I do not know.
INTERVIEWER: When did you leave [[Kharkiv|PLACE]]?
WITNESS: {{c4|After [[that night|DATE]] we left, [[the 18th of March|DATE:2022-03-18]], me, my husband, his mother on a chair, the volunteers carried her. We came here to [[Poltava|PLACE]] and we are still here, in a dormitory.}} My husband goes back sometimes to check the flat.
INTERVIEWER: Have you had news of [[Lida|PERSON]]?
WITNESS: She is in [[Dnipro|PLACE]] with her daughter. She had two operations. She says the metal is still inside, small pieces, they left them. [[Mykola|PERSON]]'s wife, [[Zoia Hrytsenko|PERSON]], buried him in the yard first, because you could not go to the cemetery, and in [[April|DATE:2022-04-01..2022-04-30]] they moved him.
INTERVIEWER: Is there anything you want to add?
WITNESS: Only that people were standing for bread. For bread. Write that.
@@witness ua-kharkiv-witness-301
@@claim c1 harm=KILLED min=4 max=4 named="Mykola Hrytsenko; Tamara Ivanivna" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Natalii Uzhvii street" date=2022-03-07 basis=WITNESSED incident=ua-kharkiv-20220307-saltivka-aid-point
@@claim c2 harm=INJURED min=10 max=10 named="Lida" weapon=CLUSTER_MUNITION actor="Russian armed forces in Ukraine" site="Natalii Uzhvii street" date=2022-03-07 basis=WITNESSED incident=ua-kharkiv-20220307-saltivka-aid-point
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Pivnichna Saltivka" date=2022-03-15..2022-03-16 basis=EXPERIENCED incident=ua-kharkiv-20220315-saltivka-witness-building
@@claim c4 harm=DISPLACED min=3 max=3 site="Kharkiv" date=2022-03-18 basis=EXPERIENCED incident=ua-kharkiv-20220318-witness-family-displaced
