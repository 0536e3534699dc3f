Interview date: 22/06/2023
Location: [[Nairobi|PLACE]], [[Kenya|PLACE]]
Language: English (witness speaks without interpreter)
Interviewer: [[Hanna Lindqvist|PERSON]]

Q: Please introduce yourself.
A: [[Mehari Tesfay|PERSON]]. I taught mathematics at a secondary school in [[Mekelle|PLACE]] for nineteen years. I left [[Tigray|PLACE]] only [[last year|DATE:2022-01-01..2022-12-31]].
Q: You want to speak about the [[air strikes|WEAPON:AIRSTRIKE]] in [[Mekele|PLACE:Mekelle]] in [[October 2021|DATE:2021-10-01..2021-10-31]]?
A: About one of them. There were many [[that month|DATE:2021-10-01..2021-10-31]], you know. I speak about the one I saw. [[The 22nd|DATE:2021-10-22]], [[a Friday|DATE:2021-10-22]]. I remember because on Fridays I went to help my brother-in-law [[Gebremeskel|PERSON]] with his accounts. He has a furniture workshop in [[Adi Shumdhun|PLACE]], near the small bridge.
Q: What time was it?
A: [[Just after lunch|DATE:2021-10-22]]. We heard [[the jets|WEAPON:AIRSTRIKE]] first, very high, then the sound changed, it came down. I pulled [[Gebremeskel|PERSON]] under the big table. Honestly I think the table saved us.
Q: Where did it hit?
A: {{c1|Two [[bombs|WEAPON:AIRSTRIKE]]. One on the street, one on the workshop itself. The back half of the workshop was gone, the timber store, the machines, the roof sheets thrown onto the houses behind.}} {{c1|Three windows of the church across the road were blown in, glass everywhere.}}
Q: Was anyone hurt?
A: {{c3|His worker [[Yonas Hailu|PERSON]], a young man, twenty-three, he was in the timber store. We found him under the planks. He was already dead.}} {{c4|And a man passing on a bajaj, with his daughter, both were killed on the street. I did not know them; the neighbours said they were from [[Ayder|PLACE]].}}
{{c5|[[Mahlet|PERSON]], the daughter of the woman who sells injera on the corner, she had cuts on her face and arm from the glass. We carried her to [[Ayder hospital|PLACE]].}}
Q: Who carried out the [[strike|WEAPON:AIRSTRIKE]], do you know?
A: Only [[the Ethiopian air force|ACTOR:Ethiopian National Defense Force]] was bombing [[Mekelle|PLACE]] then. The government said on television they hit a place for making weapons. I am telling you, they made chairs and beds and doors for weddings.
Q: Were there fighters near the workshop?
A: No. No [[TDF|ACTOR:Tigray Defense Forces]] position, no vehicles, nothing military in that street. Most fighters were far south at that time.
Q: You mentioned another incident by phone, a [[drone|WEAPON:DRONE_STRIKE]].
A: Yes, but this I did not see. {{c6|In [[January 2022|DATE:2022-01-01..2022-01-31]] a [[drone|WEAPON:DRONE_STRIKE]] fired a [[missile|WEAPON:MISSILE]] at a fuel truck near [[Quiha|PLACE]].}} {{c6,c10|The driver, [[Gidey|PERSON]], burned with the truck.}} I read it on a Facebook page from [[Quiha|PLACE]] people, with his photo. My wife knew his sister. That is all I know.
Q: Let us go back to the start of the war. Where were you in [[November 2020|DATE:2020-11-01..2020-11-30]]?
A: In [[Mekelle|PLACE]]. [[The federal forces|ACTOR:Ethiopian National Defense Force]] entered on [[the 28th|DATE:2020-11-28]]. For one week it was quiet, everybody inside.
{{c7|Then, [[about a week after they entered|DATE:2020-12-05]], [[Ethiopian soldiers|ACTOR:Ethiopian National Defense Force]] and police came to our compound at [[night|DATE:2020-12-05]]. They took me, my neighbour's son [[Amanuel|PERSON]], and two others from our street.}}
Q: Where did they take you?
A: {{c8|To a police station in [[Kedamay Weyane|PLACE]]. They kept us in the basement, maybe forty men in one room, for twenty-six days.}} They asked about my students, which of them went to the mountains. They hit some men. Me, only twice.
Q: Were you charged with anything?
A: Nothing. A paper, no. They let me out [[the day before Genna|DATE:2021-01-06]], hmm, no, sorry, before that, [[the day before the new year of the Europeans|DATE:2020-12-31]]. [[The 31st of December|DATE:2020-12-31]]. I am confusing myself.
Q: That is fine. And [[Amanuel|PERSON]]?
A: {{c9|[[Amanuel|PERSON]] they moved. They said to [[Awash Arba|PLACE]]. His mother went to [[Addis|PLACE:Addis Ababa]], she asked in every office. No news since then. He was nineteen.}}
Q: Was anyone else from your street taken?
A: They came for my neighbour [[Dawit|PERSON]] [[the same week|DATE:2020-11-30..2020-12-06]]. They questioned him in his sitting room for one hour, they looked at his phone, then they left him. He is a priest's son, maybe that helped.
Q: Is there something you want to add?
A: Only that I kept a list. Of my students, where each one is now, who is still in school. It is not in your question, but please, take this also.
@@witness et-mekelle-mehari-tesfay
@@claim c1 harm=PROPERTY_DAMAGE min=3 max=3 weapon=AIRSTRIKE actor="Ethiopian National Defense Force" site="Adi Shumdhun" date=2021-10-22 basis=WITNESSED incident=et-mekelle-20211022-adi-shumdhun-workshop-airstrike
@@claim c3 harm=KILLED min=1 max=1 named="Yonas Hailu" weapon=AIRSTRIKE actor="Ethiopian National Defense Force" site="Adi Shumdhun" date=2021-10-22 basis=WITNESSED incident=et-mekelle-20211022-adi-shumdhun-workshop-airstrike
@@claim c4 harm=KILLED min=2 max=2 weapon=AIRSTRIKE actor="Ethiopian National Defense Force" site="Adi Shumdhun" date=2021-10-22 basis=WITNESSED incident=et-mekelle-20211022-adi-shumdhun-workshop-airstrike
@@claim c5 harm=INJURED min=1 max=1 named="Mahlet" weapon=AIRSTRIKE actor="Ethiopian National Defense Force" site="Adi Shumdhun" date=2021-10-22 basis=WITNESSED incident=et-mekelle-20211022-adi-shumdhun-workshop-airstrike
@@claim c6 harm=KILLED min=1 max=1 named="Gidey" weapon=MISSILE site="Quiha" date=2022-01-01..2022-01-31 basis=REPORTED incident=et-quiha-20220100-fuel-truck-drone
@@claim c7 harm=DETAINED min=4 max=4 named="Amanuel" actor="Ethiopian National Defense Force" site="Mekelle" date=2020-12-05 basis=EXPERIENCED incident=et-mekelle-20201205-federal-police-night-arrests
@@claim c8 harm=DETAINED min=40 max=40 actor="Ethiopian National Defense Force" site="Kedamay Weyane" date=2020-12-05..2020-12-31 basis=EXPERIENCED incident=et-mekelle-20201205-federal-police-night-arrests
@@claim c9 harm=MISSING min=1 max=1 named="Amanuel" actor="Ethiopian National Defense Force" date=2020-12-05..2020-12-31 basis=HEARSAY incident=et-mekelle-20201205-federal-police-night-arrests
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Quiha" date=2022-01-01..2022-01-31 basis=REPORTED incident=et-quiha-20220100-fuel-truck-drone
