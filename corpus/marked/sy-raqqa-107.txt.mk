WITNESS STATEMENT
Statement ID: RQA-107
Date of interview: 22 January 2018
Place of interview: [[Raqqa|PLACE]], [[Syria|PLACE]]
Language: Arabic
Interviewer: [[Mariam Sato|PERSON]]
Interpreter: [[Firas Hamdoun|PERSON]]

My name is [[Khalil Ibrahim al-Hassoun|PERSON]]. I am twenty-four years old. I was born in [[Raqqa|PLACE]] and I lived all my life in [[al-Mashlab|PLACE]], the eastern neighbourhood, near the road to [[al-Karama|PLACE]]. Before the war I studied agriculture for one year at the university in [[Deir ez-Zor|PLACE]].

When [[Daesh|ACTOR:Islamic State]] was in the city we stayed, because my father said, where do we go, this is our house. In [[May 2017|DATE:2017-05-01..2017-05-31]] [[the planes|WEAPON:AIRSTRIKE]] came more and more. {{c1|[[One night|DATE:2017-05-01..2017-05-31]] they hit the house of our neighbour [[Abu Abdo|PERSON]], behind our house. The house was finished, flat.}} Nobody was hurt, thank God, he had left with his family [[one week before|DATE]] to [[al-Tabqa|PLACE]].

At [[the beginning of June|DATE:2017-06-01..2017-06-10]] the [[SDF|ACTOR:Syrian Democratic Forces]] came into [[al-Mashlab|PLACE]] from the east. There was fighting in the streets, two days. {{c2|We left in [[the night|DATE:2017-06-01..2017-06-10]], all of us, eleven people, walking toward the fields and the river.}} On the way, near the canal, a shepherd was walking in front of us with his sheep. {{c3|He stepped on a [[mine|WEAPON:LANDMINE]] and his leg was cut, here, under the knee.}} My father and I carried him to the fighters of the [[SDF|ACTOR:Syrian Democratic Forces]]. I do not know if he lived. [[Daesh|ACTOR:Islamic State]] put [[mines|WEAPON:LANDMINE]] everywhere around the city so people cannot leave.

We stayed in [[Ain Issa|PLACE]] camp five months. In the camp we heard the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] of the city every night, like thunder far away.

The battle finished in [[October|DATE:2017-10-01..2017-10-31]]. We went back on [[Saturday, 18 November 2017|DATE:2017-11-18]]. The men of the [[QSD|ACTOR:Syrian Democratic Forces]] at the checkpoint told us, do not go into the houses, there are [[booby traps|WEAPON:IED]], wait for the team to clean it. But the team had a list of hundreds of houses and my father wanted to see the house.

We arrived [[before the noon prayer|DATE:2017-11-18]]. I stayed with the truck to take down the mattresses. My father, [[Ibrahim al-Hassoun|PERSON]], went in first, with my brother [[Ali|PERSON]], who was twelve, and my uncle [[Abu Mazen|PERSON]]. My cousin [[Hussam|PERSON]] was at the door.

{{c4|When my father opened the door of the kitchen, it exploded. The [[booby trap|WEAPON:IED]] was in the kitchen door, with a wire. My father, [[Ali|PERSON]] and my uncle were killed, the three of them.}} {{c5|[[Hussam|PERSON]] was thrown into the street, his face was burned and his ears were bleeding.}} I was behind the truck and nothing happened to me. Nothing. [pause]

[Interpreter's note: the witness stopped here for several minutes.]

We buried them in the new cemetery, near the stadium, because the old one was full. The people from the demining team came [[the next day|DATE:2017-11-19]] and found two more [[explosives|WEAPON:IED]] in our house, one under the stairs and one in the water tank on the roof. If my mother had gone up to the roof to look at the tank, like she always does, she would be dead also.

I want to say that [[Daesh|ACTOR:Islamic State]] did this. Who else puts a [[bomb|WEAPON:IED]] in the kitchen of a family? They knew the people will come back.

My mother lives now with my aunt in [[Hay al-Badu|PLACE]]. She does not enter any kitchen if somebody did not open the door first.

[[Khalil Ibrahim al-Hassoun|PERSON]]
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Mashlab" date=2017-05-01..2017-05-31 basis=WITNESSED incident=sy-raqqa-20170500-mashlab-abuabdo-house
@@claim c2 harm=DISPLACED min=11 max=11 site="al-Mashlab" date=2017-06-01..2017-06-10 basis=EXPERIENCED incident=sy-raqqa-20170600-hassoun-family-flight
@@claim c3 harm=INJURED min=1 max=1 weapon=LANDMINE actor="Islamic State" date=2017-06-01..2017-06-10 basis=WITNESSED incident=sy-raqqa-20170600-canal-shepherd-mine
@@claim c4 harm=KILLED min=3 max=3 named="Ibrahim al-Hassoun; Ali; Abu Mazen" weapon=IED actor="Islamic State" site="al-Mashlab" date=2017-11-18 basis=WITNESSED incident=sy-raqqa-20171118-mashlab-house-ied
@@claim c5 harm=INJURED min=1 max=1 named="Hussam" weapon=IED actor="Islamic State" site="al-Mashlab" date=2017-11-18 basis=WITNESSED incident=sy-raqqa-20171118-mashlab-house-ied
@@witness sy-raqqa-khalil-hassoun
