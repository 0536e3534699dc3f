Interview ID: DEZ-3509
Date of interview: 2018-06-10
Location: [[Şanlıurfa|PLACE:Sanliurfa]], [[Turkey|PLACE]]
Language: Arabic
Interviewer: [[Tomas Berg|PERSON]]
Interpreter: [[Lina Qabbani|PERSON]]

[00:00:10] Q: Could you give your name and your town?
[00:00:16] A: [[Suhayla Obeidan|PERSON]]. From [[al-Mayadin|PLACE]], in the countryside of [[Deir ez-Zor|PLACE]]. Some people write it Mayadeen. I was a teacher of Arabic, before [[Daesh|ACTOR:Islamic State]] closed the schools.
[00:00:41] Q: When did the [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] in [[al-Mayadin|PLACE]] become heavy?
[00:00:47] A: After [[the summer|DATE:2017-06-01..2017-08-31]]. Before that it was [[the coalition|ACTOR:US-led coalition]], from time to time, on the cars of [[Daesh|ACTOR:Islamic State]]. {{c1|In [[May|DATE:2017-05-01..2017-05-31]] a [[missile|WEAPON:MISSILE]] hit a car of one of their emirs next to the bakery of [[Abu Adnan|PERSON]], and the bakery burned with the car.}} My husband told me, I was not there. The emir, they said, was not even in the car.
[00:01:30] Q: And after [[the summer|DATE:2017-06-01..2017-08-31]]?
[00:01:34] A: [[The Russians|ACTOR:Russian forces]]. [[The end of September|DATE:2017-09-20..2017-09-30]], [[a Friday|DATE:2017-09-22..2017-09-29]], the [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] hit the main street near the market. I was on the balcony, I saw the smoke go up from the market, two times.
[00:02:05] A: {{c3|[[That evening|DATE:2017-09-22..2017-09-29]], on a news page of [[Deir ez-Zor|PLACE]], they wrote more than twenty killed in the market of [[al-Mayadeen|PLACE:al-Mayadin]]. The brother of my neighbour, [[Jalal|PERSON]], was one of them, a seller of cloth.}}
[00:02:31] Q: Did you see what kind of [[bombs|WEAPON:CLUSTER_MUNITION]] they were?
[00:02:36] A: Small [[bombs|WEAPON:CLUSTER_MUNITION]], like a ball, yellow, many of them. [[Cluster bombs|WEAPON:CLUSTER_MUNITION]], my husband said. Some did not explode and stayed in the street, in the gardens.
[00:02:55] A: {{c5|[[Four days after|DATE:2017-09-24..2017-10-04]], my nephew [[Anas|PERSON]], he is twelve, picked one of the [[bomblets|WEAPON:CLUSTER_MUNITION]] from the garden of the mosque, to show his friends. It exploded in his hand. He lost three fingers and the eye, the right one.}} [crying]
[00:03:30] Q: We can pause.
[00:03:34] A: No, continue. I want to finish.
[00:03:40] Q: What happened to your own house?
[00:03:44] A: {{c6|[[The second week of October|DATE:2017-10-08..2017-10-14]], [[the helicopter|WEAPON:AIRSTRIKE]] of [[the regime|ACTOR:Syrian government forces]] came. It threw two [[barrels|WEAPON:BARREL_BOMB]] on our street. One fell in the yard of [[Umm Ghazi|PERSON]]. One fell on the corner of our house.}}
[00:04:10] A: {{c6|The roof came down on the kitchen. The wall to the street cracked from the top to the ground, like a river on a map. The well in the yard was full of stones, ruined.}}
[00:04:28] A: {{c7|My mother-in-law, Hajja [[Zahra|PERSON]], was in the kitchen. She died under the roof. She was seventy-six.}} We were in the room of the children, at the back, so we lived.
[00:04:50] Q: I am sorry. Hajja [[Zahra|PERSON]] was her full name?
[00:04:55] A: [[Zahra Mahmoud al-Ali|PERSON]]. Hajja is because she went to Mecca.
[00:05:06] Q: Were there fighters of [[Daesh|ACTOR:Islamic State]] in your street [[that day|DATE:2017-10-08..2017-10-14]]?
[00:05:12] A: No, there were no [[Daesh|ACTOR:Islamic State]] in our street, they were in the centre, near the municipality. Our street is only families. [[Umm Ghazi|PERSON]]'s house had no damage inside, God protected it, the [[barrel|WEAPON:BARREL_BOMB]] fell in the sand of her yard and made a hole only.
[00:05:40] Q: How did you leave?
[00:05:44] A: {{c8|[[After the barrels|DATE:2017-10-08..2017-10-14]], [[the same week|DATE:2017-10-08..2017-10-14]], we left, all the family, twenty-three people with my husband's brothers, to the desert, then to the side of [[al-Bukamal|PLACE]], then to the north.}}
[00:06:08] Q: Did anyone stop you?
[00:06:11] A: {{c9|My brother [[Mazen|PERSON]] did not come with us. He went to the side of [[the regime|ACTOR:Syrian government forces]], to [[Deir ez-Zor|PLACE]] city, because his wife's family is there. At the checkpoint of [[the regime|ACTOR:Syrian government forces]], at [[al-Bughayliyah|PLACE]], they arrested him with his two brothers-in-law, in [[November|DATE:2017-11-01..2017-11-30]].}}
[00:06:39] A: {{c10|The [[Military Security|ACTOR:Syrian government forces]] held him four months, in a basement. He came out with no teeth in the front.}}
[00:06:55] A: My husband also, they wanted him, [[the regime|ACTOR:Syrian government forces]], for the military service. His name was on the list. When we were in [[Raqqa|PLACE]] a man told him they will take him if he goes to [[Damascus|PLACE]]. He never went, so nothing happened to him.
[00:07:20] Q: Is [[Anas|PERSON]] getting treatment?
[00:07:24] A: Here in [[Urfa|PLACE:Sanliurfa]], yes, an association helps him. He wants to be a doctor of eyes now.
@@witness sy-mayadin-suhayla-obeidan
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="US-led coalition" site="al-Mayadin" date=2017-05-01..2017-05-31 basis=HEARSAY incident=sy-mayadin-20170500-abu-adnan-bakery-missile
@@claim c3 harm=KILLED min=21 max=null named="Jalal" site="al-Mayadeen" date=2017-09-20..2017-09-30 basis=REPORTED incident=sy-mayadin-20170900-market-russian-cluster
@@claim c5 harm=INJURED min=1 max=1 named="Anas" weapon=CLUSTER_MUNITION site="al-Mayadin" date=2017-09-24..2017-10-04 basis=HEARSAY incident=sy-mayadin-20171000-anas-bomblet
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="al-Mayadin" date=2017-10-08..2017-10-14 basis=EXPERIENCED incident=sy-mayadin-20171000-obeidan-house-barrels
@@claim c7 harm=KILLED min=1 max=1 named="Zahra" weapon=BARREL_BOMB actor="Syrian government forces" site="al-Mayadin" date=2017-10-08..2017-10-14 basis=WITNESSED incident=sy-mayadin-20171000-obeidan-house-barrels
@@claim c8 harm=DISPLACED min=23 max=23 site="al-Mayadin" date=2017-10-08..2017-10-14 basis=EXPERIENCED incident=sy-mayadin-20171000-obeidan-family-flight
@@claim c9 harm=DETAINED min=3 max=3 named="Mazen" actor="Syrian government forces" site="al-Bughayliyah" date=2017-11-01..2017-11-30 basis=HEARSAY incident=sy-deirezzor-20171100-bughayliyah-checkpoint-mazen
@@claim c10 harm=DETAINED min=1 max=1 named="Mazen" actor="Syrian government forces" date=2017-11-01..2017-11-30 basis=HEARSAY incident=sy-deirezzor-20171100-bughayliyah-checkpoint-mazen
