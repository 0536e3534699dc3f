Interview ID: DRA-3201
Date of interview: 3 May 2018
Place of interview: by telephone, witness in [[Tafas|PLACE]], [[Daraa|PLACE]] governorate
Language: Arabic (Horani), interpreted into English
Interviewer: [[Clare Osei|PERSON]]
Interpreter: [[Lubna Khatib|PERSON]]

STATEMENT OF [[Ruqayya Muflih|PERSON]] ([[Umm Tariq|PERSON]]), 44, teacher, [[Tafas|PLACE]], western [[Daraa|PLACE]] countryside

[Interpreter's note: the line was weak and the witness repeated several answers; the statement below joins them.]

I taught Arabic at the girls' school of [[Tafas|PLACE]] for fifteen years, until it closed. My husband [[Fawwaz|PERSON]] had a grain mill on the road that goes to [[al-Muzayrib|PLACE]], the mill of his father before him. I will start with the mill, because that is the day that divided our life in two.

It was [[the 21st of February 2017|DATE:2017-02-21]], [[a Tuesday|DATE:2017-02-21]], [[a little after nine in the morning|DATE:2017-02-21]]. Farmers had brought wheat [[the night before|DATE:2017-02-20]] because the electricity was coming only in the morning. I was on our roof hanging the washing. I heard [[the helicopter|WEAPON:AIRSTRIKE]], you know this sound, it is slow, it stays. Then I saw the thing fall, turning, turning, like a tank of water rolling off a truck, and then it was behind the houses and the ground jumped under my feet. There were two [[barrels|WEAPON:BARREL_BOMB]], people say, I saw one only.

I ran. When I arrived, eh, I mean, the mill was not a mill any more. {{c1|The metal roof was folded down onto the stones, the wall on the street side was gone, and the flour, I remember the flour, it was white over everything, over the broken machines, like snow had fallen in one place only.}} {{c2|Three men who worked with my husband were dead: [[Khaled Abu Nabbout|PERSON]], the boy [[Zakaria|PERSON]] from the [[Rifai|PERSON]] family, he was sixteen, and the driver of the flour truck, [[Abu Hamdi|PERSON]]. I saw them on the blankets in the yard of the neighbour.}} {{c3|[[Fawwaz|PERSON]] was in the small office at the back, this saved him, but a piece of the door went into his thigh and he still walks with a stick.}}

Who dropped it? Who has helicopters over [[Tafas|PLACE]]? Only [[the regime|ACTOR:Syrian government forces]]. There was no [[Free Army|ACTOR:Syrian armed opposition]] position at the mill, no weapons, only sacks.

{{c4,c5|The local council put on its Facebook page [[that evening|DATE:2017-02-21]] that five people died at the mill and eleven were wounded.}} Maybe the two others died at the field hospital, I don't know them. {{c6|Our house is two streets away and the windows on that side all came in, and there is a crack now from the ceiling down to the floor in the children's room.}} Nobody in our house was hurt, thank God.

You asked me also about my brother. [[Muhannad|PERSON]], [[Muhannad Muflih|PERSON]]. He was studying engineering in [[Damascus|PLACE]]. In [[the summer of 2014|DATE:2014-06-01..2014-08-31]], I think [[July|DATE:2014-07-01..2014-07-31]], [[before Eid al-Fitr|DATE:2014-07-01..2014-07-27]], he went up to [[Damascus|PLACE]] to get his papers from the university. {{c7|At the checkpoint of [[Khirbet Ghazaleh|PLACE]] the [[Military Security|ACTOR:Syrian government forces]] took him down from the bus, him and two young men from [[Da'el|PLACE]].}} The driver, [[Abu Ayman|PERSON]], came to my father [[that night|DATE:2014-07-01..2014-07-27]] and told him, he was afraid, he did not want to come inside. {{c8|We have never heard from [[Muhannad|PERSON]] since. Not a paper, not a phone call, nothing.}} My mother paid a man in [[Damascus|PLACE]] two times, he said he is in [[Sednaya|PLACE]], then he said he is not. We still do not know where he is.

[Interpreter's note: [[Sednaya|PLACE]] is a prison north of [[Damascus|PLACE]]; the witness says it as Saydnaya also.]

[[Last autumn|DATE:2017-09-01..2017-11-30]] my husband took flour to [[Da'el|PLACE]], to a bakery. [[Nusra|ACTOR:Hayat Tahrir al-Sham]] had a checkpoint on that road then. They stopped him, they looked at his papers, they asked why he sells flour to everybody, one hour by the car. Then they let him go. He was very afraid, because of [[Muhannad|PERSON]], but nothing happened.

{{c9|In [[the month of Ramadan last year|DATE:2017-05-27..2017-06-24]], the [[shelling|WEAPON:ARTILLERY]] from [[the army|ACTOR:Syrian government forces]] positions near [[Daraa|PLACE]] city hit the house of the [[Hariri|PERSON]] family near the school, and I saw [[the next morning|DATE:2017-05-28..2017-06-25]] there was nothing left of the upper floor, only the stairs going up to the sky.}} They were not inside, they had gone to their daughter in [[Nawa|PLACE]] [[the week before|DATE:2017-05-27..2017-06-24]]. My son [[Tariq|PERSON]], he is eighteen now, he helped carry out what was left, two mattresses and the television.

I want to leave [[Tafas|PLACE]]. Everybody says [[the army|ACTOR:Syrian government forces]] will come this summer, and if they come, the young men will be taken. My son is eighteen. This is all I think about now.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Tafas" date=2017-02-21 basis=WITNESSED incident=sy-tafas-20170221-muflih-grain-mill
@@claim c2 harm=KILLED min=3 max=3 named="Khaled Abu Nabbout; Zakaria; Abu Hamdi" weapon=BARREL_BOMB actor="Syrian government forces" site="Tafas" date=2017-02-21 basis=WITNESSED incident=sy-tafas-20170221-muflih-grain-mill
@@claim c3 harm=INJURED min=1 max=1 named="Fawwaz" weapon=BARREL_BOMB actor="Syrian government forces" site="Tafas" date=2017-02-21 basis=WITNESSED incident=sy-tafas-20170221-muflih-grain-mill
@@claim c4 harm=KILLED min=5 max=5 site="Tafas" date=2017-02-21 basis=REPORTED incident=sy-tafas-20170221-muflih-grain-mill
@@claim c5 harm=INJURED min=11 max=11 site="Tafas" date=2017-02-21 basis=REPORTED incident=sy-tafas-20170221-muflih-grain-mill
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Tafas" date=2017-02-21 basis=EXPERIENCED incident=sy-tafas-20170221-muflih-grain-mill
@@claim c7 harm=DETAINED min=3 max=3 named="Muhannad" actor="Syrian government forces" site="Khirbet Ghazaleh" date=2014-07-01..2014-07-27 basis=HEARSAY incident=sy-khirbetghazaleh-20140700-muhannad-muflih-taken
@@claim c8 harm=MISSING min=1 max=1 named="Muhannad" actor="Syrian government forces" site="Khirbet Ghazaleh" date=2014-07-01..2014-07-27 basis=EXPERIENCED incident=sy-khirbetghazaleh-20140700-muhannad-muflih-taken
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null named="Hariri" weapon=ARTILLERY actor="Syrian government forces" site="Tafas" date=2017-05-27..2017-06-24 basis=WITNESSED incident=sy-tafas-20170600-hariri-house-shelled
@@witness sy-tafas-ruqayya-muflih
