Interview ID: YE-HYS-1113 (follow-up to YE-HYS-1112)
Date of interview: 2020-02-11
Place of interview: [[Hays|PLACE]], [[al-Hodeidah|PLACE:Hodeidah]] governorate
Language: Arabic
Interviewer: [[Lucia Ferri|PERSON]]
Interpreter: [[Hisham Ba'abbad|PERSON]]

[00:00:04] Q: [[Abu Wael|PERSON]], we spoke last year in [[al-Khawkha|PLACE]]. Thank you for seeing us again. You are back in [[Hays|PLACE]] now?
[00:00:12] A: Yes, since [[October|DATE:2019-10-01..2019-10-31]]. Back, but not to my house. The house, you remember I told you the roof. Now I saw it. Not only the roof. Everything. Only the walls of the front.
[00:00:31] Q: Can you say again, briefly, what happened to your wife and daughter in [[May 2018|DATE:2018-05-01..2018-05-31]]?
[00:00:38] A: {{c1|Yes. The [[shell|WEAPON:ARTILLERY]] in the yard. [[Khadija|PERSON]] in the leg, she still limps. And [[Salma|PERSON]], the face. Also my mother, I did not say it the first time, she fell and broke the wrist, running.}} Three, not two.
[00:01:02] Q: Thank you. Now, since you came back, has the town been attacked?
[00:01:08] A: {{c2|Yes. [[Two weeks ago|DATE:2020-01-26..2020-01-30]], [[the end of January|DATE:2020-01-26..2020-01-31]], the market of [[Hays|PLACE]], the [[Souq al-Khamis|PLACE]], was hit by [[Katyusha|WEAPON:ROCKET]], three or four [[rockets|WEAPON:ROCKET]], in [[the morning|DATE]] when it was full.}}
[00:01:25] Q: Were you there?
[00:01:27] A: {{c3|I was at the edge, buying onions. The [[rocket|WEAPON:ROCKET]] fell maybe fifty metres. I saw a woman and her son, they were selling bread, dead. And an old man, Uncle [[Salem|PERSON]]... [[Salem Ahmed Hattab|PERSON]], he sold tobacco, he died in the hospital in [[al-Khawkha|PLACE]].}}
[00:01:50] Q: Do you know the total?
[00:01:53] A: {{c4|Five or six dead.}} {{c5|Many injured, fifteen, twenty.}} The local council wrote a list. Sheikh [[Ahmed|PERSON]]... sorry, Sheikh [[Ahmed Saghir|PERSON]] of the council, he has it.
[00:02:10] Q: Who fired?
[00:02:12] A: From the east, from the [[Houthi|ACTOR:Houthis]] side. Always from the east. The other side, [[the Joint Forces|ACTOR:Yemeni government forces]], they are here in the town.
[00:02:26] INTERPRETER: "The Joint Forces" is what they call the government side now on the coast, [[the Giants|ACTOR:Yemeni government forces]] and the others together.
[00:02:35] Q: Was there anything else since you came back?
[00:02:39] A: {{c6,c7|The [[mines|WEAPON:LANDMINE]]. In [[December|DATE:2019-12-01..2019-12-31]], my neighbour's two boys, [[Sadiq|PERSON]] and [[Fahd|PERSON]], thirteen and ten, were herding goats in the wadi, and there was an explosion. [[Fahd|PERSON]] died. [[Sadiq|PERSON]] lost his foot.}} Some said it was a [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]], but there was no shelling [[that day|DATE]].
[00:03:01] A: It was a [[mine|WEAPON:LANDMINE]] or the thing that looks like a stone, the [[IED|WEAPON:IED]] hidden in a stone. The engineers told us the [[Houthis|ACTOR:Houthis]] made them like rocks.
[00:03:15] Q: Did you see it happen?
[00:03:17] A: No, I heard the boom and the mother screaming. I carried [[Sadiq|PERSON]] to the car with his father. [pause] He was very quiet. Children are quiet when it is very bad.
[00:03:34] Q: How is the family coping? You, [[Khadija|PERSON]], the children?
[00:03:40] A: We live in the house of my cousin [[Hassan|PERSON]], the pottery man, his house is better than mine. His workshop is closed since the [[mortar|WEAPON:MORTAR]]. [[Wael|PERSON]] is still in [[al-Khawkha|PLACE]], fishing.
[00:03:58] A: There was no fighting in the town for the last week. Quiet. But they say the [[Houthis|ACTOR:Houthis]] will attack again after the rain. If they come, we run again. Where? I don't know.
[00:04:15] Q: Would you like your name used in a report?
[00:04:19] A: [[Abu Wael|PERSON]] is enough. Everybody in [[Hays|PLACE]] knows [[Abu Wael|PERSON]].
[00:04:25] Q: Thank you.
[00:04:26] A: And write that the schools are closed. The [[al-Nasr school|PLACE]] is still half broken, the children sit under a tree.

@@witness ye-hays-abdulkarim-zaid
@@claim c1 harm=INJURED min=3 max=3 named="Khadija; Salma" weapon=ARTILLERY site="Hays" date=2018-05-04..2018-05-05 basis=WITNESSED incident=ye-hays-20180504-zaid-house
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Houthis" site="Souq al-Khamis" date=2020-01-26..2020-01-31 basis=WITNESSED incident=ye-hays-20200100-souq-alkhamis
@@claim c3 harm=KILLED min=3 max=3 named="Salem Ahmed Hattab" weapon=ROCKET actor="Houthis" site="Souq al-Khamis" date=2020-01-26..2020-01-31 basis=WITNESSED incident=ye-hays-20200100-souq-alkhamis
@@claim c4 harm=KILLED min=5 max=6 weapon=ROCKET actor="Houthis" site="Souq al-Khamis" date=2020-01-26..2020-01-31 basis=HEARSAY incident=ye-hays-20200100-souq-alkhamis
@@claim c5 harm=INJURED min=15 max=20 weapon=ROCKET actor="Houthis" site="Souq al-Khamis" date=2020-01-26..2020-01-31 basis=HEARSAY incident=ye-hays-20200100-souq-alkhamis
@@claim c6 harm=KILLED min=1 max=1 named="Fahd" weapon=LANDMINE site="Hays" date=2019-12-01..2019-12-31 basis=WITNESSED incident=ye-hays-20191200-wadi-boys
@@claim c7 harm=INJURED min=1 max=1 named="Sadiq" weapon=LANDMINE site="Hays" date=2019-12-01..2019-12-31 basis=WITNESSED incident=ye-hays-20191200-wadi-boys
