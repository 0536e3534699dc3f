@@newline crlf
Interview ID: ALP-2103
Interview date: 14/03/2017
Location: [[Gaziantep|PLACE]], [[Turkey|PLACE]]
Language: Arabic, with interpreter
Interviewer: [[Ines Carvalho|PERSON]]
Interpreter: [[Rami Saadeh|PERSON]]

Q: Thank you for coming. Can you introduce yourself?
A: I am [[Yaman Qattan|PERSON]], twenty-nine years. I was a nurse, I mean assistant nurse, in a field point in [[al-Shaar|PLACE]], in the east of [[Aleppo|PLACE]], [[Halab|PLACE:Aleppo]].
Q: When did you leave [[Aleppo|PLACE]]?
A: In the buses, the green buses, [[the 22nd of December|DATE:2016-12-22]]. [[The 22nd or the 23rd|DATE:2016-12-22..2016-12-23]], I lost the days then.
Q: Let us start earlier. You wanted to talk about your building.
A: Yes. {{c1|It was [[a Saturday|DATE:2016-11-19]] in [[November|DATE:2016-11-01..2016-11-30]], [[the 19th|DATE:2016-11-19]], [[Hay al-Sha'ar|PLACE:al-Shaar]]. From [[the morning|DATE:2016-11-19]] [[the helicopters|WEAPON:AIRSTRIKE]] were dropping [[barrels|WEAPON:BARREL_BOMB]], one after one, and also [[the planes|WEAPON:AIRSTRIKE]].}} {{c2|Our building, five floors, one [[barrel|WEAPON:BARREL_BOMB]] hit the corner. The top two floors folded down like a book.}}
Q: Where were you?
A: In the basement with my mother and the neighbours. We felt it in our teeth. When the dust went down, we went up. {{c3|My uncle [[Abu Nizar|PERSON]] was on the third floor, he did not want to come down, he said I am old, let God decide. We found him under the concrete, dead.}} His name [[Zuhair Qattan|PERSON]], sixty-eight.
Q: Was anyone else hurt in the building?
A: {{c4|The girl of the neighbours, [[Sabah|PERSON]], eleven years, her arm was broken and her face cut. I put the bandage myself.}} Sabah, like the morning, yes. Her mother called her this because she was born in the morning.
[Interpreter: he says the name means morning.]
Q: Were there other attacks in [[those days|DATE:2016-11-19..2016-11-30]]?
A: Every day. {{c5|[[The night before|DATE:2016-11-18]], [[the planes|WEAPON:AIRSTRIKE]] threw the [[fire bombs|WEAPON:INCENDIARY]], white sparks raining down, and the cars parked in our street burned, four or five of them, the tyres melted into the road.}} But one I remember is the [[gas|WEAPON:CHEMICAL]]. {{c6|In [[al-Kalasa|PLACE]], [[three or four days later|DATE:2016-11-22..2016-11-23]], at [[night|DATE:2016-11-22..2016-11-23]], a [[barrel|WEAPON:BARREL_BOMB]] fell with [[chlorine|WEAPON:CHEMICAL]], yellow smell, like the cleaning things but very strong.}} {{c6|They brought to our point nine or ten people choking, two children among them, their eyes red, foam in the mouth of one old man.}} I gave them oxygen, we had two bottles only.
Q: Did anyone die from the [[chlorine|WEAPON:CHEMICAL]]?
A: Not at our point. I heard on the radio of the [[Kalaseh|PLACE:al-Kalasa]] centre that a woman died, but I do not know her name. I cannot say more than this.
Q: And [[Bustan al-Qasr|PLACE]]?
A: {{c7,c8|[[Bustan al-Qasr|PLACE]], yes, the vegetable market, at [[the beginning of December|DATE:2016-12-01..2016-12-05]]. The [[hawn|WEAPON:MORTAR]] fell, three or four, in the market when people were standing for the potatoes.}} I was not there. {{c7,c8|My colleague [[Ghassan|PERSON]] went with the ambulance, he told me he counted six bodies, and the stalls, nothing, all the boxes and the tents of the sellers burned.}}
Q: Who was firing?
A: From the west side, from [[the regime|ACTOR:Syrian government forces]] positions in [[Salah al-Din|PLACE]]. This is what people said. I did not see the [[hawn|WEAPON:MORTAR]] come.
Q: When you left in [[December|DATE:2016-12-01..2016-12-31]], what happened at the crossing?
A: {{c9|Before the buses, some families tried to go out by foot to [[the regime|ACTOR:Syrian government forces]] side, through [[Jibrin|PLACE]]. My cousins, [[Bilal|PERSON]] and [[Omar|PERSON]], and the husband of my sister, [[Wassim Dabbagh|PERSON]], went this way on [[the 12th|DATE:2016-12-12]]. At the crossing [[the army|ACTOR:Syrian government forces]] separated the men from the women and put the men in trucks.}} My sister told me this on the phone, from [[Jibrin|PLACE]].
Q: Have you heard from them since?
A: {{c10|[[Omar|PERSON]] called after four months, he is in the army now, they made him a soldier. [[Bilal|PERSON]] and [[Wassim|PERSON]], no. No news until today. My sister asks every week.}}
Q: Were you stopped yourself?
A: At the bus, [[the Russian military police|ACTOR:Russian forces]] looked at our names on a list and checked my ID, one by one. They did not take me. I don't know why, maybe because the buses were full of sick people and they were in a hurry.
Q: Where did the buses take you?
A: {{c11|To [[al-Rashideen|PLACE]], then to [[Idlib|PLACE]]. My mother and I, and maybe four thousand people in [[those days|DATE:2016-12-15..2016-12-23]], we had to leave our city.}}
Q: Is there anything else you want to add?
A: My uncle. Write his name correctly, please. [[Zuhair|PERSON]], with Z.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Hay al-Sha'ar" date=2016-11-19 basis=WITNESSED incident=sy-aleppo-20161119-shaar-qattan-building-barrel
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Hay al-Sha'ar" date=2016-11-19 basis=EXPERIENCED incident=sy-aleppo-20161119-shaar-qattan-building-barrel
@@claim c3 harm=KILLED min=1 max=1 named="Abu Nizar" weapon=BARREL_BOMB actor="Syrian government forces" site="Hay al-Sha'ar" date=2016-11-19 basis=WITNESSED incident=sy-aleppo-20161119-shaar-qattan-building-barrel
@@claim c4 harm=INJURED min=1 max=1 named="Sabah" weapon=BARREL_BOMB actor="Syrian government forces" site="Hay al-Sha'ar" date=2016-11-19 basis=WITNESSED incident=sy-aleppo-20161119-shaar-qattan-building-barrel
@@claim c5 harm=PROPERTY_DAMAGE min=4 max=5 weapon=INCENDIARY actor="Syrian government forces" site="Hay al-Sha'ar" date=2016-11-18 basis=WITNESSED incident=sy-aleppo-20161118-shaar-incendiary-cars
@@claim c6 harm=INJURED min=9 max=10 weapon=CHEMICAL site="al-Kalasa" date=2016-11-22..2016-11-23 basis=WITNESSED incident=sy-aleppo-20161122-kalasa-chlorine-barrel
@@claim c7 harm=KILLED min=6 max=6 weapon=MORTAR actor="Syrian government forces" site="Bustan al-Qasr" date=2016-12-01..2016-12-05 basis=HEARSAY incident=sy-aleppo-20161200-bustanalqasr-vegetable-market-hawn
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Syrian government forces" site="Bustan al-Qasr" date=2016-12-01..2016-12-05 basis=HEARSAY incident=sy-aleppo-20161200-bustanalqasr-vegetable-market-hawn
@@claim c9 harm=DETAINED min=3 max=3 named="Bilal; Omar; Wassim Dabbagh" actor="Syrian government forces" site="Jibrin" date=2016-12-12 basis=HEARSAY incident=sy-aleppo-20161212-jibrin-crossing-men-taken
@@claim c10 harm=MISSING min=2 max=2 named="Bilal; Wassim" actor="Syrian government forces" site="Jibrin" date=2016-12-12 basis=EXPERIENCED incident=sy-aleppo-20161212-jibrin-crossing-men-taken
@@claim c11 harm=DISPLACED min=4000 max=4000 site="Aleppo" date=2016-12-22..2016-12-23 basis=EXPERIENCED incident=sy-aleppo-20161222-east-aleppo-evacuation
@@witness sy-aleppo-yaman-qattan
