id: LY-TRP-2208
interview_date: 2020-04-19
place: Tripoli, Libya
language: Arabic (English translation)

INT: You had a shop in [[Abu Salim|PLACE]], next to [[Marwan Tumi|PERSON]]'s shop?
RESP: Yes, wall to wall. I sell tyres. My name is [[Anwar Sharif|PERSON]]. Everybody in [[Abu Selim|PLACE:Abu Salim]] knows us, the tyre man and the spare parts man.
INT: What did you see on the day he was taken?
RESP: {{c1|It was [[the Wednesday|DATE:2020-01-15]], [[after the dhuhr prayer|DATE:2020-01-15]]. A white car, no plates, stopped, and four men got out, with masks, with [[Kalashnikovs|WEAPON:SMALL_ARMS]]. They went into [[Marwan|PERSON]]'s shop and they pulled him by the collar, like a sheep, into the back seat.}}
INT: Did they say anything?
RESP: One of them said to me, go inside, this is not your business. I went inside. I was afraid. [pause] They fired two [[shots|WEAPON:SMALL_ARMS]] in the air when they left, to make the street empty. Nobody was hit.
INT: Do you know where he was taken?
RESP: {{c2|No. Three months now, no news, his family asked everywhere, at [[Mitiga|PLACE]], at the ministry, nobody knows where he is.}}
INT: Were you questioned about it?
RESP: {{c3|Me? Yes. [[One week later|DATE:2020-01-22]] men from a brigade came and took me from my house in [[Salah al-Din|PLACE]], in front of my children, and they kept me in a basement of a farm for nineteen days.}} {{c4|They asked me about [[Marwan|PERSON]], who are his friends, does he talk with the east. They hit me with a hose on my back. Here, you see the marks.}}
INT: Who were they?
RESP: I will not say the name of the brigade. I live here. You understand.
INT: I understand. You also mentioned [[Tajoura|PLACE]].
RESP: My wife's family is from [[Tajoura|PLACE]], they have a farm there, chickens and greenhouses. {{c5|In [[December|DATE:2019-12-01..2019-12-31]], before the new year, [[the planes|WEAPON:AIRSTRIKE]] of [[Haftar|ACTOR:Libyan National Army]] hit near the farm, maybe there was a camp of fighters near, I don't know, and the greenhouses were torn apart, all the plastic in the trees, the chickens dead, two thousand chickens.}}
INT: Was anyone hurt?
RESP: {{c6,c9|Yes. Two Egyptian workers who slept in the farm, they died, and one from [[Niger|PLACE]], [[Ibrahim|PERSON]], was burned on his legs.}} I know this from my brother-in-law [[Nouri|PERSON]], he went there after.
INT: Did the family see what kind of weapon it was?
RESP: [[Nouri|PERSON]] says [[the drone|WEAPON:DRONE_STRIKE]], the Chinese one, the [[Emirates|PLACE]] gave it to them. Others say [[jets|WEAPON:AIRSTRIKE]]. Some people in [[Tajoura|PLACE]] said there was [[chlorine|WEAPON:CHEMICAL]] in it because of the smell, but the doctor in the clinic said no, it was only burning plastic. So I don't say chemical.
INT: Have you heard of other attacks on [[Salah al-Din|PLACE]], where you live?
RESP: {{c7|Many. In [[the autumn|DATE:2019-09-01..2019-11-30]], [[Grad rockets|WEAPON:ROCKET]] came on the street of the [[al-Nour mosque|PLACE]], and cracked the whole front of the mosque, and the minaret leans now.}}
INT: When in [[the autumn|DATE:2019-09-01..2019-11-30]]?
RESP: I don't remember. [[October|DATE:2019-10-01..2019-10-31]], maybe. People wrote about it on the page of [[Salah al-Din|PLACE]], with photos.
INT: Did anything else happen in your street?
RESP: They said on the radio that [[Haftar|ACTOR:Libyan National Army]] will enter [[Tripoli|PLACE]] in two days, and the helicopters will throw [[barrels|WEAPON:BARREL_BOMB]] like in [[Benghazi|PLACE]]. Everybody was afraid. It did not happen. Here nobody threw [[barrels|WEAPON:BARREL_BOMB]].
RESP: But one thing. {{c8|My cousin [[Khalifa|PERSON]] lived in [[Khallat al-Furjan|PLACE]], and when they had to run in [[April|DATE:2019-04-01..2019-04-30]] he left everything, they went to a school in [[Souq al-Juma|PLACE]], twelve people in one classroom.}}
INT: Thank you, [[Anwar|PERSON]].
RESP: Write about [[Marwan|PERSON]]. Not about me. I came back. He did not.
@@witness ly-tripoli-anwar-sharif
@@claim c1 harm=DETAINED min=1 max=1 named="Marwan" site="Abu Selim" date=2020-01-15 basis=WITNESSED incident=ly-tripoli-20200115-abusalim-marwan-tumi-taken
@@claim c2 harm=MISSING min=1 max=1 site="Abu Selim" date=2020-01-15 basis=HEARSAY incident=ly-tripoli-20200115-abusalim-marwan-tumi-taken
@@claim c3 harm=DETAINED min=1 max=1 site="Salah al-Din" date=2020-01-22 basis=EXPERIENCED incident=ly-tripoli-20200122-salahaldin-anwar-sharif-held
@@claim c4 harm=INJURED min=1 max=1 date=2020-01-22 basis=EXPERIENCED incident=ly-tripoli-20200122-salahaldin-anwar-sharif-held
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Libyan National Army" site="Tajoura" date=2019-12-01..2019-12-31 basis=HEARSAY incident=ly-tajoura-20191200-farm-greenhouses-strike
@@claim c6 harm=KILLED min=2 max=2 weapon=AIRSTRIKE actor="Libyan National Army" site="Tajoura" date=2019-12-01..2019-12-31 basis=HEARSAY incident=ly-tajoura-20191200-farm-greenhouses-strike
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="al-Nour mosque" date=2019-09-01..2019-11-30 basis=REPORTED incident=ly-tripoli-20191000-salahaldin-nour-mosque-grad
@@claim c8 harm=DISPLACED min=12 max=12 named="Khalifa" site="Khallat al-Furjan" date=2019-04-01..2019-04-30 basis=HEARSAY incident=ly-tripoli-20190400-khalifa-family-flight
@@claim c9 harm=INJURED min=1 max=1 named="Ibrahim" weapon=AIRSTRIKE actor="Libyan National Army" site="Tajoura" date=2019-12-01..2019-12-31 basis=HEARSAY incident=ly-tajoura-20191200-farm-greenhouses-strike
