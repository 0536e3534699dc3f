@@newline crlf
Interview ID: UA-MRP-2701
Date of interview: 11 October 2022
Place of interview: [[Zaporizhzhia|PLACE]]
Language: Russian, interpreted into English
Interviewer: [[Katrin Vogel|PERSON]]
Interpreter: [[Iryna Datsenko|PERSON]]

INTERVIEWER: You lived in [[Mariupol|PLACE]], on the left bank?
WITNESS: Yes, [[Livoberezhnyi|PLACE]] district, [[Azovstalska street|PLACE]], the nine-floor building near the tram stop. Me, my husband [[Serhiy|PERSON]], my mother. From [[the first days of March|DATE:2022-03-01..2022-03-07]] there was no electricity, no gas, and we cooked in the courtyard on bricks, like everybody.
INTERVIEWER: Tell me about the courtyard, please.
WITNESS: It was [[the 14th|DATE:2022-03-14]], [[14 March|DATE:2022-03-14]], my mother's name day, I wanted to make, eh, pancakes from the last flour. [[Around eleven in the morning|DATE:2022-03-14]]. People were standing at three fires. Then the [[Grad|WEAPON:ROCKET]] came, you hear it like somebody tears a cloth, many times. {{c1|I was at the door of the entrance, I saw it: three people at the fire near the garages were killed on the spot, [[Valentyna Petrivna|PERSON]] from the fifth floor, and a young man, [[Dima|PERSON]], and one more man I did not know.}} {{c2|Other people were wounded, maybe six, seven, the boy [[Artem|PERSON]] lost his fingers, his mother held his hand in a towel.}}
INTERPRETER: She says "Grad", meaning the rocket launchers.
INTERVIEWER: Who was firing, in your opinion?
WITNESS: From [[the Russians|ACTOR:Russian armed forces in Ukraine]], from the side of [[Sartana|PLACE]], or from the east. [[Our soldiers|ACTOR:Ukrainian armed forces]] were not in our yard, there were no soldiers there at all, only old people and children cooking soup.
INTERVIEWER: What happened to your building after that?
WITNESS: On [[the 19th|DATE:2022-03-19]], no, wait, it was [[the 18th|DATE:2022-03-18]], I think, a tank stood on the avenue and fired into the houses, one after another. {{c3|Our building, the upper floors, [[the tank|WEAPON:ARTILLERY]] hit them and then it burned two days, floors six to nine, nothing left inside, only black.}} We were in the basement. {{c4|Also the school across the road, half of it collapsed, and the kiosks, the pharmacy, all the windows in our block were blown in.}} Nobody in our entrance was hurt [[that day|DATE:2022-03-18]], thank God, we were all below.
INTERVIEWER: When did you leave?
WITNESS: At [[the beginning of April|DATE:2022-04-01..2022-04-07]]. We walked to [[Melekine|PLACE]] and then a volunteer took us through [[Manhush|PLACE]] to the filtration in [[Bezimenne|PLACE]]. {{c5|We left everything, all the people from our entrance went away, the whole building was empty, only two old men stayed.}}
INTERVIEWER: What happened at the filtration?
WITNESS: [crying] Sorry. They took everybody's phone. Me they searched, they looked at my phone, my photos, they asked where is my husband working, and after maybe one hour they let me go. My mother too. But [[Serhiy|PERSON]]... he had a tattoo on the shoulder, a trident, small, from when he was young, stupid. {{c6|They took him out of the line, two soldiers, the [[DNR|ACTOR:Russian-backed separatist forces]] ones I think, they had the white bands, and they put him in a bus with other men, maybe ten men, and they drove away to [[Olenivka|PLACE]], somebody said.}}
INTERPRETER: She means the separatist soldiers. The white armbands.
INTERVIEWER: Have you had any news of him?
WITNESS: {{c7|No. Since [[the 6th of April|DATE:2022-04-06]] I have nothing. No call, no letter. He is not on any list.}} His brother, [[Oleh|PERSON]], he says maybe he is alive in a prison in [[Taganrog|PLACE]]. People in a Telegram chat of [[Mariupol|PLACE]] wives, there a woman wrote she saw a man like him in [[Olenivka|PLACE]] in [[May|DATE:2022-05-01..2022-05-31]]. I don't know if it is true.
INTERVIEWER: Did anyone else in your family have problems at the checkpoints?
WITNESS: My cousin [[Nadiya|PERSON]] with her son, near [[Sartana|PLACE]]. The soldiers wanted to take her son, [[Maksym|PERSON]], he is eighteen, but the old driver, the volunteer, he talked and talked, and they let him go. They only checked his papers and his hands, for the marks from the weapon. He was lucky.
INTERVIEWER: Is there anything else you want to say?
WITNESS: Only that I want to know where is my husband. That is all. If they had kept us one more day in that basement, eh, I think we would not be alive, the fire came down to the fifth floor. And [[Valentyna Petrivna|PERSON]], she is buried in the courtyard still, near the playground, nobody moved her.
@@witness ua-mariupol-olena-kravchuk
@@claim c1 harm=KILLED min=3 max=3 named="Valentyna Petrivna; Dima" weapon=ROCKET actor="Russian armed forces in Ukraine" site="Azovstalska street" date=2022-03-14 basis=WITNESSED incident=ua-mariupol-20220314-azovstalska-courtyard-fires
@@claim c2 harm=INJURED min=6 max=7 named="Artem" weapon=ROCKET actor="Russian armed forces in Ukraine" site="Azovstalska street" date=2022-03-14 basis=WITNESSED incident=ua-mariupol-20220314-azovstalska-courtyard-fires
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Azovstalska street" date=2022-03-18 basis=EXPERIENCED incident=ua-mariupol-20220318-azovstalska-tank-fire
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Azovstalska street" date=2022-03-18 basis=WITNESSED incident=ua-mariupol-20220318-azovstalska-tank-fire
@@claim c5 harm=DISPLACED min=null max=null site="Livoberezhnyi" date=2022-04-01..2022-04-07 basis=EXPERIENCED incident=ua-mariupol-20220400-azovstalska-building-flight
@@claim c6 harm=DETAINED min=10 max=10 named="Serhiy" actor="Russian-backed separatist forces" site="Bezimenne" date=2022-04-06 basis=WITNESSED incident=ua-bezimenne-20220406-filtration-serhiy-kravchuk
@@claim c7 harm=MISSING min=1 max=1 named="Serhiy" actor="Russian-backed separatist forces" site="Bezimenne" date=2022-04-06 basis=EXPERIENCED incident=ua-bezimenne-20220406-filtration-serhiy-kravchuk
