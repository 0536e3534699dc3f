@@newline crlf
Interview ID: DRA-119
Date: 2021-10-12
Location: remote, WhatsApp call; the witness was in [[Daraa al-Balad|PLACE]]
Language: Arabic
Interviewer: [[Laura Pinto|PERSON]]
Interpreter: [[Samih Nasrallah|PERSON]]

INT: Can you hear me? Can you say who you are?
RESP: Yes, I hear you. I am [[Asmaa Abazeid|PERSON]], [[Umm Qusai|PERSON]]. From [[Daraa al-Balad|PLACE]], the old city, we never left it except one time.
INT: When did the war reach your street?
RESP: Early, in [[2012|DATE:2012-01-01..2012-12-31]]. But the [[barrels|WEAPON:BARREL_BOMB]] were the worst, [[2014|DATE:2014-01-01..2014-12-31]], [[2015|DATE:2015-01-01..2015-12-31]]. {{c1,c7|In [[the spring of 2015|DATE:2015-03-01..2015-05-31]] a [[barrel|WEAPON:BARREL_BOMB]] fell on the house of the [[Masalmeh|PERSON]] family, behind the [[Omari mosque|PLACE]].}} {{c1|Five died, Hajja [[Fatma al-Masalmeh|PERSON]] and her daughters-in-law and two children.}} I helped to wash Hajja [[Fatma|PERSON]] for the burial.
INT: Who dropped the [[barrels|WEAPON:BARREL_BOMB]]?
RESP: [[The helicopters|WEAPON:AIRSTRIKE]] of [[the regime|ACTOR:Syrian government forces]]. Who else has helicopters?
INT: You said you left one time.
RESP: In [[June 2018|DATE:2018-06-01..2018-06-30]], the big attack with [[the Russians|ACTOR:Russian forces]]. [[The planes|WEAPON:AIRSTRIKE]] day and night, and [[cluster bombs|WEAPON:CLUSTER_MUNITION]], the small ones that jump. {{c2|We went, all the family, twenty people, to the border with [[Jordan|PLACE]], near [[Nasib|PLACE]], and we sat in the open ten days.}} Then the settlement came and we went back.
INT: What was the settlement?
RESP: The agreement. [[The regime|ACTOR:Syrian government forces]] came back but the fighters of the city stayed with [[light weapons|WEAPON:SMALL_ARMS]], and the men made papers, the taswiya, to be safe.
[Interpreter: "taswiya" is a settlement of status; people signed papers with the security branches.]
RESP: Safe! [pause] {{c3|My husband [[Ziad|PERSON]] made the papers, and in [[2019|DATE:2019-01-01..2019-12-31]] [[the Air Force Intelligence|ACTOR:Syrian government forces]] took him at the checkpoint of [[al-Sanamayn|PLACE]].}} Five months. We paid money to a lawyer, to an officer, I don't know to who. He came out with no teeth in the front.
INT: What happened [[this summer|DATE:2021-06-01..2021-08-31]]?
RESP: The siege. [[The Fourth Division|ACTOR:Syrian government forces]] closed [[Daraa al-Balad|PLACE]] from [[June|DATE:2021-06-01..2021-06-30]]. And on [[the 29th|DATE:2021-07-29]], [[the 29th of July|DATE:2021-07-29]], they started the [[shelling|WEAPON:ARTILLERY]], [[Grad|WEAPON:ROCKET]], and the [[missiles|WEAPON:MISSILE]], the big ones that shake the whole city.
INT: Was anyone in your family hurt?
RESP: {{c4|My nephew [[Obaida|PERSON]]. Twenty years old. [[That day|DATE:2021-07-29]], [[the first day|DATE:2021-07-29]], a [[missile|WEAPON:MISSILE]] fell on the street of the [[al-Arbaeen mosque|PLACE]], he was standing with the young men at the corner. He died, and two more from the [[Akrad|PERSON]] family.}} I heard the [[missile|WEAPON:MISSILE]], I was in the kitchen, and [[after ten minutes|DATE:2021-07-29]] they came to the door.
INT: Do you know how many people died in [[those weeks|DATE:2021-07-29..2021-08-31]]?
RESP: {{c5|The news page of [[Daraa|PLACE]] wrote fifteen names in [[the first week|DATE:2021-07-29..2021-08-04]].}} I don't know more. Nobody could move.
INT: Anything else you want us to record?
RESP: The children. [[Taim|PERSON]], the son of my cousin, eleven. {{c6|In [[2019|DATE:2019-01-01..2019-12-31]] he went with the sheep near [[Tafas|PLACE]], near the old front line, and a [[mine|WEAPON:LANDMINE]] exploded under him. He lost both legs.}} My cousin told me. Write that nobody cleaned the [[mines|WEAPON:LANDMINE]], nobody. There were no [[mines|WEAPON:LANDMINE]] on that side before the war.
INT: Thank you, [[Umm Qusai|PERSON]]. Stay safe.
RESP: If we had wanted to be safe, we would have left. We stay. It is our city.
@@claim c1 harm=KILLED min=5 max=5 named="Fatma al-Masalmeh" weapon=BARREL_BOMB actor="Syrian government forces" site="Omari mosque" date=2015-03-01..2015-05-31 basis=WITNESSED incident=sy-daraa-20150000-masalmeh-house-barrel
@@claim c2 harm=DISPLACED min=20 max=20 site="Daraa al-Balad" date=2018-06-01..2018-06-30 basis=EXPERIENCED incident=sy-daraa-20180600-abazeid-family-flight
@@claim c3 harm=DETAINED min=1 max=1 named="Ziad" actor="Syrian government forces" site="al-Sanamayn" date=2019-01-01..2019-12-31 basis=HEARSAY incident=sy-sanamayn-20190000-ziad-checkpoint-arrest
@@claim c4 harm=KILLED min=3 max=3 named="Obaida; Akrad" weapon=MISSILE actor="Syrian government forces" site="al-Arbaeen mosque" date=2021-07-29 basis=WITNESSED incident=sy-daraa-20210729-arbaeen-street-missile
@@claim c5 harm=KILLED min=15 max=15 site="Daraa" date=2021-07-29..2021-08-04 basis=REPORTED incident=sy-daraa-20210729-siege-first-week
@@claim c6 harm=INJURED min=1 max=1 named="Taim" weapon=LANDMINE site="Tafas" date=2019-01-01..2019-12-31 basis=HEARSAY incident=sy-daraa-20190000-tafas-taim-mine
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Omari mosque" date=2015-03-01..2015-05-31 basis=WITNESSED incident=sy-daraa-20150000-masalmeh-house-barrel
@@witness sy-daraa-asmaa-abazeid
