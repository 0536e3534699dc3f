@@newline crlf
Interview ID: PS-BLH-710
Date of interview: 5 March 2024
Place of interview: [[Rafah|PLACE]] (recorded in a school used as a shelter)
Language: Arabic; interpreter's English rendering transcribed
Interviewer: [[Kofi Mensah|PERSON]]
Interpreter: [[Lubna Haddadin|PERSON]]

[00:00:04] Q: Please tell us your name and where you are from.
[00:00:09] A: [[Hosam|PERSON]], twenty-four. From [[Beit Lahiya|PLACE:Beit Lahia]], [[al-Salatin|PLACE]] area, in the north, near the sand and the strawberry farms.
[00:00:21] Q: You said you remember the [[2014|DATE:2014-01-01..2014-12-31]] war. What happened to your family then?
[00:00:28] A: I was fourteen. It was in [[Ramadan|DATE:2014-06-29..2014-07-27]], [[before the suhoor|DATE:2014-07-08..2014-07-27]], maybe [[two in the night|DATE:2014-07-08..2014-07-27]]. [[The tanks|WEAPON:ARTILLERY]] were at the border and the [[shells|WEAPON:ARTILLERY]] came on [[al-Salatin|PLACE]] one after one. {{c1|One fell in the yard of my grandfather, Hajj [[Salem|PERSON]], and he died, and my cousin [[Ashraf|PERSON]] who was sleeping near the door also died.}} I saw my grandfather in [[the morning|DATE:2014-07-18..2014-07-28]], they had covered him with the blanket of the sheep.
[00:01:02] Q: Do you know the exact date?
[00:01:06] A: No. In [[Ramadan|DATE:2014-06-29..2014-07-27]], [[the last ten days|DATE:2014-07-18..2014-07-27]], I think. My mother knows. [Interpreter: he means the last ten nights of the fasting month.]
[00:01:19] Q: And in [[2018|DATE:2018-01-01..2018-12-31]], during the marches?
[00:01:24] A: Every Friday I went to the camp east of [[Jabalia|PLACE]], [[Abu Safiya|PLACE]]. We went with the flags, the young men, some burned tyres. No weapons with us, nobody had a gun, I say it honestly.
[00:01:40] A: [[The drone|WEAPON:DRONE_STRIKE]] came above us and dropped the [[gas|WEAPON:CHEMICAL]], many canisters at one time, like rain. {{c2|On [[the first Friday of April|DATE:2018-04-06]], I saw dozens choking from the [[tear gas|WEAPON:CHEMICAL]], old men, a girl, they carried them to the tents of the medics.}}
[00:02:03] Q: When were you injured?
[00:02:07] A: [[The 14th of May|DATE:2018-05-14]], [[the day of the embassy|DATE:2018-05-14]]. [[Around three in the afternoon|DATE:2018-05-14]]. I was maybe two hundred metres from the fence, not close. {{c3|The [[Israeli|ACTOR:Israeli forces]] [[snipers|WEAPON:SMALL_ARMS]] were on the sand hills, and one [[bullet|WEAPON:SMALL_ARMS]] went in my knee, here, and out the back.}} I still walk like this. [stands, shows the knee]
[00:02:31] A: {{c4|My friend [[Imad Abu Jalhoum|PERSON]], nineteen, was next to me, and they shot him in the neck, he died in the ambulance.}} We had the same birthday, the same month.
[00:02:48] Q: Did anyone tell you why they were shooting?
[00:02:53] A: Before, with the loudspeakers, they said anyone who comes near the fence will be shot. But we were not near. [[Imad|PERSON]] was not near.
[00:03:05] Q: Let us talk about [[October|DATE:2023-10-01..2023-10-31]]. Where were you?
[00:03:09] A: In our house in [[Beit Lahia|PLACE]], near the [[Beit Lahia project|PLACE]]. {{c5|On [[the 20th of October|DATE:2023-10-20]], at [[maghrib|DATE:2023-10-20]], [[the planes|WEAPON:AIRSTRIKE]] hit the building next to us and half of our house fell with it.}} {{c6|Our neighbour [[Umm Shadi|PERSON]], the wife of [[Awni Zindah|PERSON]], she was injured in the head, and her daughter [[Duha|PERSON]] also, in the leg.}} We took them on the donkey cart to [[al-Awda hospital|PLACE]].
[00:03:40] Q: What did you do then?
[00:03:44] A: {{c7|We left to [[Jabalia|PLACE]] camp, to my aunt, and then in [[November|DATE:2023-11-01..2023-11-30]], [[two days after the big strike on the camp|DATE:2023-11-02]], we walked south, fourteen people, my mother, my sisters, my uncle's family.}}
[00:04:02] Q: Have you been back to [[Beit Lahya|PLACE:Beit Lahia]]?
[00:04:06] A: How? Nobody goes back. People on the phone say after the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] the whole area is sand now, like before we were born. I have the key in my pocket, look. [laughs] Only the key.
@@witness ps-beitlahia-hosam-710
@@claim c1 harm=KILLED min=2 max=2 named="Salem; Ashraf" weapon=ARTILLERY site="al-Salatin" date=2014-07-18..2014-07-27 basis=WITNESSED incident=ps-beitlahia-20140700-salatin-grandfather-shell
@@claim c2 harm=INJURED min=24 max=null weapon=CHEMICAL site="Abu Safiya" date=2018-04-06 basis=WITNESSED incident=ps-jabalia-20180406-abu-safiya-drone-tear-gas
@@claim c3 harm=INJURED min=1 max=1 weapon=SMALL_ARMS actor="Israeli forces" site="Abu Safiya" date=2018-05-14 basis=EXPERIENCED incident=ps-jabalia-20180514-abu-safiya-sniper-fire
@@claim c4 harm=KILLED min=1 max=1 named="Imad Abu Jalhoum" weapon=SMALL_ARMS actor="Israeli forces" site="Abu Safiya" date=2018-05-14 basis=WITNESSED incident=ps-jabalia-20180514-abu-safiya-sniper-fire
@@claim c5 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE site="Beit Lahia project" date=2023-10-20 basis=EXPERIENCED incident=ps-beitlahia-20231020-project-hosam-house
@@claim c6 harm=INJURED min=2 max=2 named="Umm Shadi; Duha" weapon=AIRSTRIKE site="Beit Lahia project" date=2023-10-20 basis=WITNESSED incident=ps-beitlahia-20231020-project-hosam-house
@@claim c7 harm=DISPLACED min=14 max=14 site="Jabalia" date=2023-11-02 basis=EXPERIENCED incident=ps-jabalia-20231102-hosam-family-displaced
