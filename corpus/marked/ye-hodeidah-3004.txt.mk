@@newline crlf
Interview ID: YE-HOD-3004
Interview date: 2 April 2019
Location: [[al-Khawkha|PLACE]], [[Taiz|PLACE]] governorate
Language: Arabic (Tihami)
Interviewer: [[Rana Abdulwahab|PERSON]]

INT: You are from [[Hodeidah|PLACE]] city, from which part?
RESP: From [[al-Hali|PLACE]], [[Hay al-Rabsa|PLACE]], behind the fish market road. Before, I was a fisherman in [[al-Mina|PLACE]], in the port, for thirty years. My name is [[Abdo Ali Ghaleb|PERSON]], write [[Abu Fuad|PERSON]].
INT: What happened in [[November|DATE:2018-11-01..2018-11-30]]?
RESP: [[The 5th of November|DATE:2018-11-05]], I remember because it was the day [[the Joint Forces|ACTOR:Yemeni government forces]] came to the edge of the city, [[the Giants|ACTOR:Yemeni government forces]], from the east side, and all night the sky was red. {{c1|In [[the morning|DATE:2018-11-05]], early, maybe seven, [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:Saudi-led coalition]] hit near the [[al-Sunaidar bakery|PLACE]], on the [[Sanaa street|PLACE]], where the people stand for bread.}}
RESP: {{c2|I was in the line. I was thrown on the ground, the wall fell, and when I stood up, eh, I saw the people, I cannot say it. Five dead at least, one I knew, [[Sadeq al-Ahdal|PERSON]], he sold the qat.}}
INT: Were you hurt?
RESP: {{c3|In the ear, I don't hear well since then, and a burn here on my neck.}} Nothing big. My nephew [[Fuad|PERSON]] pulled me out.
RESP: {{c1|The bakery was flattened, nothing left of it, and the cars in front, two cars, they melted, the tyres and everything.}}
INT: Some people say there were [[Houthi fighters|ACTOR:Houthis]] in the building next to it.
RESP: I did not see fighters. There was a [[Houthi|ACTOR:Houthis]] checkpoint, yes, at the corner, maybe fifty metres. Maybe this is why. [pause] I don't know.
INT: How many died there in total?
RESP: {{c5|The al-Masirah channel said twelve. A journalist from [[Sanaa|PLACE]] wrote fifteen.}} I counted five, with my eyes, the rest maybe died in [[al-Thawra hospital|PLACE]].
INTERPRETER NOTE: al-Masirah here is the Houthi television, not a place.
INT: Let's go to the port. You said you fished from [[al-Mina|PLACE]].
RESP: Yes. Not after [[December|DATE:2018-12-01..2018-12-31]]. {{c6|In [[Rabi al-Akhar|DATE:2018-12-09..2019-01-06]], I think [[the first week|DATE:2018-12-09..2018-12-15]], a [[mortar shell|WEAPON:MORTAR]] fell on the landing place of the boats in [[al-Meena|PLACE:al-Mina]], and my boat and the boat of my brother-in-law, both had holes in the bottom, we could not use them.}}
INT: Who fired it?
RESP: Everyone fired. The [[Houthis|ACTOR:Houthis]] had [[mortars|WEAPON:MORTAR]] in [[al-Hali|PLACE]], the others had [[artillery|WEAPON:ARTILLERY]] near [[Kilo 16|PLACE]]. I cannot say who.
RESP: Nobody was killed with the boats [[that day|DATE:2018-12-09..2018-12-15]], thank God, we were on land.
INT: You mentioned your son.
RESP: Yes. [[Ibrahim|PERSON]]. He is nineteen. {{c7|In [[January|DATE:2019-01-01..2019-01-31]], the [[Houthis|ACTOR:Houthis]] came to our house [[after the isha|DATE:2019-01-01..2019-01-31]], four of them, and they dragged him out, they said he is sending coordinates to [[the aggression|ACTOR:Saudi-led coalition]].}} It's not true. He had a phone with pictures of football.
RESP: {{c8|They held him in the basement of the old security building, near the [[al-Kournish road|PLACE]], for five weeks, we could not see him.}} {{c9|Then they let him go, but the son of my neighbour, [[Walid Mabkhout|PERSON]], who was taken with him, he never came back. His mother, [[Umm Walid|PERSON]], asks every day.}}
INT: Were you yourself ever arrested?
RESP: They took my card at the checkpoint of [[al-Dhahi|PLACE]] road, they asked me one hour where I go, what I do, then they gave it back. And another time they told me, "your son is a traitor, we will take you also", but they did not.
INT: Why did you leave?
RESP: {{c10|After [[Ibrahim|PERSON]] came home, we left [[Hodeida|PLACE:Hodeidah]], all the family, eleven people, in [[February|DATE:2019-02-01..2019-02-28]].}} We went by [[al-Tuhayta|PLACE]]. {{c12|On the road we saw a car of a family that hit a [[mine|WEAPON:LANDMINE]], it was burned.}} {{c11|A man at the checkpoint said the [[landmine|WEAPON:LANDMINE]] was from the [[Houthis|ACTOR:Houthis]], and that the three people in the car were injured, a woman and two boys.}}
INT: Thank you, [[Abu Fuad|PERSON]].
RESP: Write that the bakery was bread for the poor. Nothing else there.

@@witness ye-hodeidah-abdo-ali-ghaleb
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Sunaidar bakery" date=2018-11-05 basis=WITNESSED incident=ye-hodeidah-20181105-hali-bakery
@@claim c2 harm=KILLED min=5 max=null named="Sadeq al-Ahdal" weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Sunaidar bakery" date=2018-11-05 basis=WITNESSED incident=ye-hodeidah-20181105-hali-bakery
@@claim c3 harm=INJURED min=1 max=1 named="Abdo Ali Ghaleb" weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Sunaidar bakery" date=2018-11-05 basis=EXPERIENCED incident=ye-hodeidah-20181105-hali-bakery
@@claim c5 harm=KILLED min=12 max=15 weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Sunaidar bakery" date=2018-11-05 basis=REPORTED incident=ye-hodeidah-20181105-hali-bakery
@@claim c6 harm=PROPERTY_DAMAGE min=2 max=2 weapon=MORTAR site="al-Meena" date=2018-12-09..2018-12-15 basis=EXPERIENCED incident=ye-hodeidah-20181200-mina-boats
@@claim c7 harm=DETAINED min=1 max=1 named="Ibrahim" actor="Houthis" site="Hay al-Rabsa" date=2019-01-01..2019-01-31 basis=WITNESSED incident=ye-hodeidah-20190100-rabsa-arrests
@@claim c8 harm=DETAINED min=1 max=1 named="Ibrahim" actor="Houthis" site="al-Kournish road" basis=HEARSAY incident=ye-hodeidah-20190100-rabsa-arrests
@@claim c9 harm=MISSING min=1 max=1 named="Walid Mabkhout" actor="Houthis" date=2019-01-01..2019-01-31 basis=HEARSAY incident=ye-hodeidah-20190100-rabsa-arrests
@@claim c10 harm=DISPLACED min=11 max=11 site="Hodeida" date=2019-02-01..2019-02-28 basis=EXPERIENCED incident=ye-hodeidah-20190100-rabsa-arrests
@@claim c11 harm=INJURED min=3 max=3 weapon=LANDMINE actor="Houthis" basis=HEARSAY incident=ye-tuhayta-20190200-car-mine
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null weapon=LANDMINE actor="Houthis" basis=WITNESSED incident=ye-tuhayta-20190200-car-mine
