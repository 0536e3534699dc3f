Interview ID: LY-GHR-912 (follow-up to LY-GHR-911)
Date of interview: 2020-08-17
Location: [[Tripoli|PLACE]], [[Ain Zara|PLACE]]
Language: Arabic (Libyan)
Interviewer: [[Anna Kowalczyk|PERSON]]
Interpreter: [[Marwan Ettir|PERSON]]

[00:00:04] INTERVIEWER: [[Abu Nasser|PERSON]], thank you for seeing me again. Last time we spoke about [[Gharyan|PLACE]]. You are still in [[Tripoli|PLACE]]?
[00:00:12] WITNESS: Still. My brother's house is here in [[Ein Zara|PLACE:Ain Zara]], we came back to it in [[June|DATE:2020-06-01..2020-06-30]] after [[the Haftar people|ACTOR:Libyan National Army]] left the south of [[Tripoli|PLACE]].
[00:00:25] INTERVIEWER: What did you find when you came back?
[00:00:29] WITNESS: The house was standing, but inside, they left things. Dangerous things. My brother said, don't touch anything, wait for the deminers.
[00:00:41] INTERPRETER: He uses "fakh", trap. I think he means booby traps.
[00:00:46] WITNESS: {{c1|Our neighbour did not wait. [[Ramadan Ghaith|PERSON]], a good man, fifty-something, he opened the door of his kitchen, [[the 9th of June|DATE:2020-06-09]], I think it was [[the 9th|DATE:2020-06-09]], and the [[booby trap|WEAPON:IED]] exploded.}} {{c1|He died there.}} {{c2|His son [[Mohamad|PERSON]] was behind him, he lost the fingers of one hand.}}
[00:01:10] INTERVIEWER: Did you see this?
[00:01:12] WITNESS: I heard it, I was on the roof of my brother's house, maybe fifty metres. I ran there. I saw [[Ramadan|PERSON]] on the floor.
[00:01:24] INTERVIEWER: Who do you believe left the [[devices|WEAPON:IED]]?
[00:01:27] WITNESS: [[The Wagner men|ACTOR:Wagner Group]], [[the Russians|ACTOR:Wagner Group]] with [[Haftar|ACTOR:Libyan National Army]], everybody says they were in this street. The [[LNA|ACTOR:Libyan National Army]] boys did not know how to make such things. But I did not see who put it, I was not here.
[00:01:42] INTERVIEWER: Were there other incidents like this near you?
[00:01:46] WITNESS: {{c3|Many. In [[Salah al-Din|PLACE]], two boys, brothers, fourteen and sixteen, a [[landmine|WEAPON:LANDMINE]] in the field behind the [[al-Rahma mosque|PLACE]].}} {{c3|Both died. It was [[two or three days before Eid al-Adha|DATE:2020-07-27..2020-07-29]].}} That I did not see, it was on the Facebook of the municipality, with the pictures.
[00:02:05] INTERVIEWER: And in the fields?
[00:02:08] WITNESS: {{c4,c6|The farmers in [[Wadi al-Rabie|PLACE]] found the [[mines|WEAPON:LANDMINE]] in a line, like a [[minefield|WEAPON:LANDMINE]], near the olive farms. A farmer, [[Hussein Shtewi|PERSON]], his tractor hit one, in [[July|DATE:2020-07-01..2020-07-31]], he was injured badly, the tractor was destroyed.}}
[00:02:26] WITNESS: And there are the small ones, the [[cluster bombs|WEAPON:CLUSTER_MUNITION]], from [[the planes|WEAPON:AIRSTRIKE]] [[last winter|DATE:2019-12-01..2020-02-29]]. The children find them, like a ball, like a toy.
[00:02:40] INTERVIEWER: Has anyone been hurt by those?
[00:02:43] WITNESS: Near us, no. Nobody was hurt by those here, thank God, the deminers took them. But my brother's cousin says in [[Khallet al-Furjan|PLACE]] a boy lost his hand from the [[bomblets|WEAPON:CLUSTER_MUNITION]]. I don't know his name.
[00:03:00] INTERVIEWER: Last time you mentioned you had left [[Gharyan|PLACE]] in [[July 2019|DATE:2019-07-01..2019-07-31]]. Have you been back?
[00:03:08] WITNESS: Once, in [[March|DATE:2020-03-01..2020-03-31]], to see the trees. Half of them are dry. [laughs] I am an old man speaking about trees while people die.
[00:03:20] INTERVIEWER: Anything else about [[the last months|DATE]]?
[00:03:24] WITNESS: {{c5|Yes, the [[Grad|WEAPON:ROCKET]], in [[May|DATE:2020-05-01..2020-05-31]], before they left, they were firing the [[Grad rockets|WEAPON:ROCKET]] on [[Abu Salim|PLACE]] and on the area of [[Mitiga|PLACE]]. Two [[rockets|WEAPON:ROCKET]] fell in the street of my cousin in [[Abu Salim|PLACE]], three people wounded, one of them his wife, [[Fatma|PERSON]].}}
[00:03:46] INTERVIEWER: Did you see those [[rockets|WEAPON:ROCKET]] land?
[00:03:49] WITNESS: No, my cousin told me, I visited them in the hospital.
@@witness ly-gharyan-salem-abuzaid
@@claim c1 harm=KILLED min=1 max=1 named="Ramadan Ghaith" weapon=IED actor="Wagner Group" site="Ain Zara" date=2020-06-09 basis=WITNESSED incident=ly-ainzara-20200609-kitchen-booby-trap
@@claim c2 harm=INJURED min=1 max=1 named="Mohamad" weapon=IED actor="Wagner Group" site="Ain Zara" date=2020-06-09 basis=WITNESSED incident=ly-ainzara-20200609-kitchen-booby-trap
@@claim c3 harm=KILLED min=2 max=2 weapon=LANDMINE site="al-Rahma mosque" date=2020-07-27..2020-07-29 basis=REPORTED incident=ly-salahaldin-20200700-field-landmine
@@claim c4 harm=INJURED min=1 max=1 named="Hussein Shtewi" weapon=LANDMINE site="Wadi al-Rabie" date=2020-07-01..2020-07-31 basis=HEARSAY incident=ly-wadialrabie-20200700-tractor-mine
@@claim c5 harm=INJURED min=3 max=3 named="Fatma" weapon=ROCKET actor="Libyan National Army" site="Abu Salim" date=2020-05-01..2020-05-31 basis=HEARSAY incident=ly-abusalim-20200500-grad-rockets
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=LANDMINE site="Wadi al-Rabie" date=2020-07-01..2020-07-31 basis=HEARSAY incident=ly-wadialrabie-20200700-tractor-mine
