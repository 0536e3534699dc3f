id: sy-aleppo-3307
interview_date: 2017-01-19
place: Kilis, Turkey
language: Arabic, interpreted into English

INT: Please, your name and your neighbourhood.
RESP: [[Ghalia Mansour|PERSON]], [[Umm Wael|PERSON]]. From [[al-Sakhour|PLACE]], the street behind the vegetable market. Thirty years there.
INT: You said you wanted to speak about [[Masakin Hanano|PLACE:Masaken Hanano]].
RESP: Yes, because my sister [[Wafaa|PERSON]] lives there, she lived there. It is next to us, ten minutes walking. In [[the beginning of February|DATE:2014-02-01..2014-02-10]], [[2014|DATE:2014-01-01..2014-12-31]], [[a Saturday|DATE:2014-02-08]], it was [[the day the water came back|DATE:2014-02-08]] after one week without. [[The helicopter|WEAPON:AIRSTRIKE]] threw three [[barrels|WEAPON:BARREL_BOMB]], three, I heard them, boom boom boom, from my kitchen.
RESP: {{c1|My sister called me at [[night|DATE:2014-02-08]] and said twenty died, twenty, and the [[Bakkar|PERSON]] family, [[Umm Samer|PERSON]] and the girls, all gone.}}
RESP: {{c2|I went [[the next morning|DATE:2014-02-09]] with my husband to help. The building of the [[Bakkar|PERSON]] family was flat, like a carpet, and the two next to it also, you could walk on the top of them.}} And the smell. I do not want to describe the smell.
INT: Was your sister hurt?
RESP: No, [[Wafaa|PERSON]] was not hurt, her house is on the other side, near the bakery. Only the glass.
INT: Did anything else happen in [[Masaken Hanano|PLACE]] after that?
RESP: {{c3|[[One week after|DATE:2014-02-15]], again [[a Saturday|DATE:2014-02-15]], they threw [[barrels|WEAPON:BARREL_BOMB]] again in [[Masaken Hanano|PLACE]], this time on the girls' school, and the school was flattened, the whole roof in the classrooms.}} It was [[Saturday|DATE:2014-02-15]], no lessons, so, thanks God, no children inside. {{c9|Only the guard, he broke his leg, my sister said.}}
INT: Who do you think dropped them?
RESP: The [[Syrian|ACTOR:Syrian government forces]] [[helicopters|WEAPON:AIRSTRIKE]]. Who else? [[The rebels|ACTOR:Syrian armed opposition]] had no helicopters.
INT: You also mentioned [[gas|WEAPON:CHEMICAL]].
RESP: Yes. This was later, in [[the summer of 2016|DATE:2016-06-01..2016-08-31]], [[August|DATE:2016-08-01..2016-08-31]], [[the 10th|DATE:2016-08-10]] I think. At [[night|DATE:2016-08-10]], [[the helicopter|WEAPON:AIRSTRIKE]] dropped a [[barrel|WEAPON:BARREL_BOMB]] in our street in [[Sakhour|PLACE:al-Sakhour]], but it did not explode like the others. Then the smell, like the bleach for the floor, very strong. [[Chlorine|WEAPON:CHEMICAL]].
RESP: {{c4|The children of my neighbour [[Abu Hamza|PERSON]], the two boys, [[Hamza|PERSON]] and [[Salam|PERSON]], they could not breathe, they were coughing and their eyes red like blood, we took them up to the roof because the [[gas|WEAPON:CHEMICAL]] goes down.}} [[Salam|PERSON]] is nine. Now he is fine, only he coughs in the winter.
RESP: {{c5|[[The next day|DATE:2016-08-11]] the page of the Civil Defence wrote that more than seventy people were choking in [[al-Sakhour|PLACE]] [[that night|DATE:2016-08-10]], and they said [[chlorine|WEAPON:CHEMICAL]] also.}}
INT: I understand your son was also arrested at some point?
RESP: [[Wael|PERSON]], yes. But not by [[the regime|ACTOR:Syrian government forces]]. {{c6|In [[2015|DATE:2015-01-01..2015-12-31]], [[Nusra|ACTOR:Hayat Tahrir al-Sham]] came to our house, four men, and they dragged [[Wael|PERSON]] out from his bed because he filmed their checkpoint for a news page.}} I saw it, I was holding his arm. {{c6|They kept him eleven days, in the basement of the old hospital in [[Qadi Askar|PLACE]].}} He came back with no phone and no laptop.
INT: When did you leave [[Aleppo|PLACE]]?
RESP: {{c7|With the green buses, in [[December|DATE:2016-12-01..2016-12-31]], [[the 20th|DATE:2016-12-20]], from [[al-Amiriya|PLACE]] to the countryside, and then here to [[Kilis|PLACE]], me, [[Wael|PERSON]], my husband and my mother-in-law.}} At the crossing the [[Russian|ACTOR:Russian forces]] soldiers came into the bus and read the names from a list, and looked at the men's faces. My husband's heart stopped, I think. But they said "yallah" and the bus went.
INT: And your sister?
RESP: {{c8|[[Wafaa|PERSON]] did not come on the buses. Her phone was closed from [[the 14th of December|DATE:2016-12-14]], and until now we have no news of her. Some say she went to the west side. I ask everybody.}}
INT: Thank you, [[Umm Wael|PERSON]].
RESP: Write [[Wafaa Mansour|PERSON]]. Maybe someone knows.
@@witness sy-aleppo-ghalia-mansour
@@claim c1 harm=KILLED min=20 max=20 named="Umm Samer" weapon=BARREL_BOMB actor="Syrian government forces" site="Masakin Hanano" date=2014-02-08 basis=HEARSAY incident=sy-aleppo-20140208-masakenhanano-barrels
@@claim c2 harm=PROPERTY_DAMAGE min=3 max=3 weapon=BARREL_BOMB actor="Syrian government forces" site="Masakin Hanano" date=2014-02-08 basis=WITNESSED incident=sy-aleppo-20140208-masakenhanano-barrels
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Masaken Hanano" date=2014-02-15 basis=HEARSAY incident=sy-aleppo-20140215-masakenhanano-girls-school-barrel
@@claim c4 harm=INJURED min=2 max=2 named="Hamza; Salam" weapon=CHEMICAL actor="Syrian government forces" site="Sakhour" date=2016-08-10 basis=WITNESSED incident=sy-aleppo-20160810-sakhour-chlorine-barrel
@@claim c5 harm=INJURED min=71 max=null weapon=CHEMICAL site="al-Sakhour" date=2016-08-10 basis=REPORTED incident=sy-aleppo-20160810-sakhour-chlorine-barrel
@@claim c6 harm=DETAINED min=1 max=1 named="Wael" actor="Hayat Tahrir al-Sham" site="Qadi Askar" date=2015-01-01..2015-12-31 basis=WITNESSED incident=sy-aleppo-20150000-wael-mansour-nusra-detention
@@claim c7 harm=DISPLACED min=4 max=4 named="Wael" site="al-Amiriya" date=2016-12-20 basis=EXPERIENCED incident=sy-aleppo-20161220-mansour-family-buses
@@claim c8 harm=MISSING min=1 max=1 named="Wafaa" site="Aleppo" date=2016-12-14 basis=EXPERIENCED incident=sy-aleppo-20161214-wafaa-mansour-missing
@@claim c9 harm=INJURED min=1 max=1 weapon=BARREL_BOMB actor="Syrian government forces" site="Masaken Hanano" date=2014-02-15 basis=HEARSAY incident=sy-aleppo-20140215-masakenhanano-girls-school-barrel
