@@encoding utf-16le
Interview ID: PS-GZ-4054
Date of interview: 3 September 2019
Place of interview: [[Gaza City|PLACE]], [[Rimal|PLACE]] district
Language: Arabic
Interviewer: [[Katrin Vogel|PERSON]]
Interpreter: [[Rami Abed|PERSON]]

INTERVIEWER: Thank you for coming. Can you tell me your name?
WITNESS: [[Wafaa Sukkar|PERSON]]. People call me [[Umm Iyad|PERSON]]. I am from [[Shujaiya|PLACE:Shujaiyya]], from [[al-Mansoura street|PLACE]], near the mosque. My husband [[Khaled|PERSON]] died in [[2011|DATE:2011-01-01..2011-12-31]], from the kidneys, God have mercy on him, so I raise the children alone.
INTERVIEWER: I want to ask you about the war in [[2014|DATE:2014-01-01..2014-12-31]], about how you left [[Shujaiyya|PLACE]].
WITNESS: Yes. It was [[Ramadan|DATE:2014-06-28..2014-07-27]], [[the night of Saturday to Sunday|DATE:2014-07-20]]. We were waiting to eat the suhoor, but nobody could eat. The [[shelling|WEAPON:ARTILLERY]] started [[after midnight|DATE:2014-07-20]] and it did not stop, not one minute. [[Tank shells|WEAPON:ARTILLERY]] of [[the occupation|ACTOR:Israeli forces]], from the east, from the border, one after the other, like rain on a tin roof.
INTERPRETER: She says the sound of the [[shells|WEAPON:ARTILLERY]] falling in the street, very close.
WITNESS: [[The day before|DATE:2014-07-19]] they sent messages on the phones, and the leaflets: leave, we will bomb [[Shujaiya|PLACE:Shujaiyya]]. But where do we go? Every place is bombed.
INTERVIEWER: What happened to the house across the street?
WITNESS: The [[Abu Amra|PERSON]] house. [[About three o'clock|DATE:2014-07-20]] a [[shell|WEAPON:ARTILLERY]] came in their house, then another one. I heard it, I did not see, we were lying in the corridor, all of us, with the mattresses on top. {{c1|The glass of my windows fell on us.}}
WITNESS: {{c1|In [[the morning|DATE:2014-07-20]], when we ran, I saw it. Their house was open like a box, the top floor on the bottom floor.}}
WITNESS: {{c2|Later the neighbours told us nine from the [[Abu Amra|PERSON]] family died in it, Hajja [[Fathiya|PERSON]] and her sons and the small ones.}} Nine, they said. I don't know if this is right, I never went back to ask.
INTERVIEWER: How did you leave?
WITNESS: {{c3|We walked, nine of us, me, my mother-in-law and seven children, with a white cloth on a broom, to [[Baghdad street|PLACE]] and then to the west.}} {{c8|Hundreds of people were walking with us out of [[Shujaiyya|PLACE]], barefoot some of them.}}
WITNESS: {{c4|On [[Baghdad street|PLACE]] a [[shell|WEAPON:ARTILLERY]] fell near us and a piece went in my arm, here, you see the mark. My son [[Iyad|PERSON]] tied it with his shirt.}}
INTERVIEWER: Were there fighters in your street [[that night|DATE:2014-07-20]]?
WITNESS: I did not see any fighters. In our street, no. Maybe in the fields, I don't know, I am a woman at home, I didn't go out.
WITNESS: People said the mosque of our street fell [[that night|DATE:2014-07-20]]. It is not true, when we came back it was standing, only the minaret had holes.
INTERVIEWER: Did anyone else in your family get hurt [[that day|DATE:2014-07-20]]?
WITNESS: My sister [[Nisreen|PERSON]] lives in [[al-Tuffah|PLACE]], it is next to us, the other side. {{c5|She called me at [[noon|DATE:2014-07-20]], screaming: [[Salem|PERSON]] is dead. Her husband. He opened the door to see who is knocking and a [[shell|WEAPON:ARTILLERY]] fell at the door.}} [[The same day|DATE:2014-07-20]], the same hour almost. [crying]
INTERPRETER: She needs a moment.
WITNESS: We went to [[Khan Younis|PLACE]], to my brother, in the school of the Agency on [[Jamal Abdel Nasser street|PLACE]]. The school was full like a market. In [[Khan Younis|PLACE]] also the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] came every night.
WITNESS: {{c6|[[Two or three days before the truce|DATE:2014-07-29..2014-07-30]], at the gate of the school, there was a loud blast. I was inside, in the classroom. Three boys who sold water from a cart died there, the donkey also.}} {{c6|I saw them after, from the gate, they covered them with the cardboard.}}
INTERVIEWER: Do you know what hit them?
WITNESS: No. Some said [[the zanana|WEAPON:DRONE_STRIKE]], some said a [[shell|WEAPON:ARTILLERY]]. I only heard a very big blast and the children screaming.
INTERVIEWER: And your house in [[Shujaiyya|PLACE]]?
WITNESS: {{c7|We went back in [[the long truce|DATE:2014-08-05..2014-08-31]], in [[August|DATE:2014-08-01..2014-08-31]]. There was no house. The walls on the ground, the kitchen under the stairs, the photos of [[Khaled|PERSON]] under the stones.}} We lived two years in a caravan after.
WITNESS: My daughter is called [[Amal|PERSON]], she was five then. She still wakes up at night and asks if the tanks are coming. What can I tell her? There is no amal, I say to myself, but to her I say, sleep.
@@witness ps-shujaiyya-wafaa-sukkar
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Israeli forces" site="al-Mansoura street" date=2014-07-20 basis=WITNESSED incident=ps-shujaiyya-20140720-mansoura-abu-amra-house
@@claim c2 harm=KILLED min=9 max=9 named="Fathiya" weapon=ARTILLERY actor="Israeli forces" site="al-Mansoura street" date=2014-07-20 basis=HEARSAY incident=ps-shujaiyya-20140720-mansoura-abu-amra-house
@@claim c3 harm=DISPLACED min=9 max=9 site="Shujaiya" date=2014-07-20 basis=EXPERIENCED incident=ps-shujaiyya-20140720-sukkar-family-flight
@@claim c4 harm=INJURED min=1 max=1 weapon=ARTILLERY actor="Israeli forces" site="Baghdad street" date=2014-07-20 basis=EXPERIENCED incident=ps-shujaiyya-20140720-sukkar-family-flight
@@claim c5 harm=KILLED min=1 max=1 named="Salem" weapon=ARTILLERY actor="Israeli forces" site="al-Tuffah" date=2014-07-20 basis=HEARSAY incident=ps-tuffah-20140720-salem-door-shell
@@claim c6 harm=KILLED min=3 max=3 site="Jamal Abdel Nasser street" date=2014-07-29..2014-07-30 basis=WITNESSED incident=ps-khanyounis-20140731-school-gate-water-cart
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Shujaiyya" date=2014-07-20..2014-08-31 basis=WITNESSED incident=ps-shujaiyya-20140000-sukkar-house
@@claim c8 harm=DISPLACED min=200 max=null site="Shujaiyya" date=2014-07-20 basis=WITNESSED incident=ps-shujaiyya-20140720-mass-flight
