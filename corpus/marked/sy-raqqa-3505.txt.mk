@@newline crlf
Interview ID: RQA-3505
Date: 2018-01-15
Location: [[Tal Abyad|PLACE]]
Language: Arabic
Interviewer: [[Daniel Fournier|PERSON]]
Interpreter: [[Rasha Haddad|PERSON]]

INT: Please start with your name and your work before the battle.
RESP: [[Ahmad Khalil al-Hweidi|PERSON]]. Fifty-one. I worked in the flour mill in [[al-Mishlab|PLACE]], east of [[Raqqa|PLACE]] city, the mill of Hajj [[Mustafa al-Ali|PERSON]]. Twenty-two years I carried sacks there. My back knows that mill better than my house.
INT: When did the fighting reach [[al-Mishlab|PLACE]]?
RESP: In [[June|DATE:2017-06-01..2017-06-30]], the beginning. The [[SDF|ACTOR:Syrian Democratic Forces]] came in from the east side, and [[Daesh|ACTOR:Islamic State]] was still in the streets near the mill. For some days it was between them, one street here, one street there.
INT: What happened at the mill?
RESP: It was [[two days after the Eid|DATE:2017-06-27]]. The Eid al-Fitr, you know, that year nobody made the Eid, no sweets, nothing. So [[two days after|DATE:2017-06-27]], [[the 27th|DATE:2017-06-27]] I think. In [[the morning|DATE:2017-06-27]], maybe [[nine o'clock|DATE:2017-06-27]]. People came to the mill because Hajj [[Mustafa|PERSON]] was giving the last flour, free, to the families who stayed.
INT: And then?
RESP: The [[shells|WEAPON:ARTILLERY]]. Not one, many, like a line walking to us. {{c1|The first [[shell|WEAPON:ARTILLERY]] fell in the yard where the people were standing with their bags.}} {{c2|I was at the door of the store room, and something hit my leg and my side, here, I fell down and I could not feel the leg.}}
INT: Did you see who was hurt?
RESP: {{c1|I saw four dead before they carried me. [[Abu Jasim|PERSON]], the guard, by the gate. A woman and her small boy, I did not know them, from [[al-Rumaila|PLACE]] maybe. And Hajj [[Mustafa|PERSON]]'s nephew [[Bashar|PERSON]], he was twenty.}} {{c3|Afterwards they said six died in the yard. Some said nine, with the ones who died later in the clinic.}}
INT: What happened to the mill itself?
RESP: {{c4|The mill was gutted. The second [[shell|WEAPON:ARTILLERY]] or the third went through the roof, the machines, the big stones, everything burned with the flour. Flour burns, you know, it makes a big fire.}} For three days it was smoking.
INT: Who fired, in your opinion?
RESP: [[The Americans|ACTOR:US-led coalition]], the [[artillery|WEAPON:ARTILLERY]] of [[the coalition|ACTOR:US-led coalition]], from the side of [[al-Mishlab|PLACE]] farms. [[Daesh|ACTOR:Islamic State]] had no cannons like that, they had [[mortars|WEAPON:MORTAR]], small things. There were two [[Daesh|ACTOR:Islamic State]] men on a motorbike in front of the mill [[the night before|DATE:2017-06-26]], people saw them. But [[that morning|DATE:2017-06-27]] there was no [[Daesh|ACTOR:Islamic State]] inside the mill. Only hungry people.
INT: I want to ask about your son. You said earlier something happened to him.
RESP: Yes, [[Yaman|PERSON]]. This was before, in [[May|DATE:2017-05-01..2017-05-31]]. {{c5|The [[hisba|ACTOR:Islamic State]] caught him behind the mill with a cigarette, him and his friend [[Firas al-Khalaf|PERSON]]. They took them to the stadium, the black stadium, you know, the prison under the stands. Eleven days we did not know if he was alive.}}
INT: How did he come out?
RESP: They whipped him, forty, and let him go. He was fifteen. {{c6|[[Firas|PERSON]] they kept, because they found on his phone a song. We never saw [[Firas|PERSON]] again. His mother still asks anyone who comes from [[Raqqa|PLACE]].}}
INT: Were you also arrested by them?
RESP: They wanted. One of them, a Tunisian, said my beard was short and he would take me to the court. But the old men from the mosque, Sheikh [[Hamad|PERSON]] and others, stood with me and said he is a worker, leave him. So he left me.
INT: How did you leave the city?
RESP: {{c7|In [[July|DATE:2017-07-01..2017-07-31]], [[the first days|DATE:2017-07-01..2017-07-07]], we went out at [[night|DATE:2017-07-01..2017-07-07]], eleven of us, through the fields behind [[al-Rumeila|PLACE:al-Rumaila]] to the [[SDF|ACTOR:Syrian Democratic Forces]].}} My leg was still bad, my sons carried me.
RESP: {{c8|On the path my cousin's wife, [[Umm Hamoud|PERSON]], stepped on a [[mine|WEAPON:LANDMINE]]. [[Daesh|ACTOR:Islamic State]] put [[mines|WEAPON:LANDMINE]] in all the fields around. She lost the foot, the left one.}}
INT: Have you been back to [[al-Mishlab|PLACE]]?
RESP: {{c9|My brother went in [[November|DATE:2017-11-01..2017-11-30]]. He said half the street is flattened, eleven houses of our street, and our house has no front wall, you see the rooms from the road like a doll house.}}
RESP: I do not want compensation from anybody. I want to know where [[Firas|PERSON]] is, for his mother. That's all.
@@witness sy-raqqa-ahmad-hweidi
@@claim c1 harm=KILLED min=4 max=4 named="Abu Jasim; Bashar" weapon=ARTILLERY site="al-Mishlab" date=2017-06-27 basis=WITNESSED incident=sy-raqqa-20170627-mishlab-mill-shelling
@@claim c2 harm=INJURED min=1 max=1 weapon=ARTILLERY site="al-Mishlab" date=2017-06-27 basis=EXPERIENCED incident=sy-raqqa-20170627-mishlab-mill-shelling
@@claim c3 harm=KILLED min=6 max=9 weapon=ARTILLERY site="al-Mishlab" date=2017-06-27 basis=HEARSAY incident=sy-raqqa-20170627-mishlab-mill-shelling
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="al-Mishlab" date=2017-06-27 basis=WITNESSED incident=sy-raqqa-20170627-mishlab-mill-shelling
@@claim c5 harm=DETAINED min=2 max=2 named="Yaman; Firas al-Khalaf" actor="Islamic State" site="Raqqa" date=2017-05-01..2017-05-31 basis=EXPERIENCED incident=sy-raqqa-20170500-stadium-hisba-boys
@@claim c6 harm=MISSING min=1 max=1 named="Firas" actor="Islamic State" site="Raqqa" date=2017-05-01..2017-05-31 basis=HEARSAY incident=sy-raqqa-20170500-stadium-hisba-boys
@@claim c7 harm=DISPLACED min=11 max=11 site="al-Rumeila" date=2017-07-01..2017-07-07 basis=EXPERIENCED incident=sy-raqqa-20170700-hweidi-family-flight
@@claim c8 harm=INJURED min=1 max=1 named="Umm Hamoud" weapon=LANDMINE actor="Islamic State" site="al-Rumeila" date=2017-07-01..2017-07-07 basis=WITNESSED incident=sy-raqqa-20170700-rumaila-fields-mine
@@claim c9 harm=PROPERTY_DAMAGE min=11 max=11 site="al-Mishlab" basis=HEARSAY incident=sy-raqqa-20170600-mishlab-hweidi-street
