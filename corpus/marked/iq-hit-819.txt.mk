Interview ID: HIT-819
Date: 2016-06-02
Place of interview: [[Amiriyat al-Fallujah|PLACE]] camp, [[Anbar|PLACE]]
Language: Arabic
Interviewer: [[Simone Achterberg|PERSON]]
Interpreter: [[Faris Obaidi|PERSON]]

[00:00:06] INTERVIEWER: Please tell me your name and your town.
[00:00:11] WITNESS: [[Khudhair Abbas al-Dulaimi|PERSON]]. From [[Hit|PLACE]], on the [[Euphrates|PLACE]]. I had a shop for fishing nets, near the old bridge.
[00:00:24] INTERVIEWER: When did [[Daesh|ACTOR:Islamic State]] take [[Hit|PLACE]]?
[00:00:28] WITNESS: [[October 2014|DATE:2014-10-01..2014-10-31]]. [[The beginning of October|DATE:2014-10-01..2014-10-07]]. They came with [[car bombs|WEAPON:IED]] on the army base, and [[the army|ACTOR:Iraqi forces]] left the city in two days.
[00:00:43] INTERVIEWER: What was life like after that?
[00:00:47] WITNESS: Fear. {{c1|In [[November|DATE:2014-11-01..2014-11-30]] we heard they killed the men of Albu Nimr, the tribe, because they fought against them. Some said two hundred, some said more than three hundred, in the desert near [[Hit|PLACE]] and in [[Ramadi|PLACE]].}} I did not see it. My wife's cousin is from Albu Nimr, he told us.
[00:01:10] INTERVIEWER: What happened in [[the spring of 2016|DATE:2016-03-01..2016-05-31]]?
[00:01:15] WITNESS: The operation. [[The army|ACTOR:Iraqi forces]] came from [[Baghdadi|PLACE]] side, with [[the coalition|ACTOR:US-led coalition]]. [[The planes|WEAPON:AIRSTRIKE]] every night. [[One night|DATE]], in [[March|DATE:2016-03-01..2016-03-31]], we saw the white fire falling over the north of the city, like rain of light. People said [[white phosphorus|WEAPON:INCENDIARY]]. I don't know if it hurt anybody, I only saw it from far.
[00:01:40] INTERVIEWER: How did you leave?
[00:01:44] WITNESS: [[Daesh|ACTOR:Islamic State]] did not let people leave. They put [[mines|WEAPON:LANDMINE]] on all the roads out. {{c2|My neighbour [[Ghanim|PERSON]] tried in [[March|DATE:2016-03-01..2016-03-31]] through the orchards, and a [[mine|WEAPON:LANDMINE]] took his leg.}} So we decided, the river.
[00:02:01] INTERVIEWER: The river?
[00:02:03] WITNESS: To cross the [[Euphrates|PLACE]] in boats, to the other side, where [[the army|ACTOR:Iraqi forces]] was. Fishermen took the families at [[night|DATE]]. It was [[the 8th of April|DATE:2016-04-08]], I think, a [[Friday|DATE:2016-04-08]]. [[After midnight|DATE:2016-04-08..2016-04-09]].
[00:02:20] INTERVIEWER: What happened during the crossing?
[00:02:24] WITNESS: {{c3|There were three boats. We were in the second. In the middle of the river the [[snipers|WEAPON:SMALL_ARMS]] of [[Daesh|ACTOR:Islamic State]] started from the bank, and a [[machine gun|WEAPON:SMALL_ARMS]]. The first boat turned over. There were six people in it and all six of them died, I saw them go in the water, a mother, [[Umm Marwa|PERSON]], with her two little ones, and the fisherman, [[Abu Ismail|PERSON]].}} [crying] Sorry.
[00:02:58] INTERVIEWER: Take all the time you need.
[00:03:10] WITNESS: {{c4|My son [[Yaqoub|PERSON]], fourteen, was hit in the shoulder, in our boat.}} We held him and we rowed with our hands. On the other side the soldiers helped us, they took him to the hospital in [[Haditha|PLACE]].
[00:03:27] INTERVIEWER: Is he well now?
[00:03:30] WITNESS: He is well. The shoulder is not strong but he is alive, alhamdulillah.
[00:03:37] INTERVIEWER: Do you know how many people crossed [[that night|DATE:2016-04-08..2016-04-09]]?
[00:03:41] WITNESS: {{c5|Maybe forty, fifty, from different families, in the three boats.}} Some people did not cross, they stayed until [[the army|ACTOR:Iraqi forces]] entered [[Heet|PLACE:Hit]], [[one week later|DATE:2016-04-14..2016-04-16]].
[00:03:54] INTERVIEWER: Was your house damaged?
[00:03:57] WITNESS: I don't know. Nobody from our family went back yet. {{c6|They say the market side was destroyed by the [[bombs|WEAPON:AIRSTRIKE]] of [[the planes|WEAPON:AIRSTRIKE]].}} If I had stayed in the shop, I don't know.
@@claim c1 harm=KILLED min=200 max=300 actor="Islamic State" site="Hit" date=2014-11-01..2014-11-30 basis=HEARSAY incident=iq-hit-20141100-albu-nimr-killings
@@claim c2 harm=INJURED min=1 max=1 named="Ghanim" weapon=LANDMINE actor="Islamic State" site="Hit" date=2016-03-01..2016-03-31 basis=HEARSAY incident=iq-hit-20160300-ghanim-orchard-mine
@@claim c3 harm=KILLED min=6 max=6 named="Umm Marwa; Abu Ismail" weapon=SMALL_ARMS actor="Islamic State" site="Euphrates" date=2016-04-08..2016-04-09 basis=WITNESSED incident=iq-hit-20160408-euphrates-crossing-sniper
@@claim c4 harm=INJURED min=1 max=1 named="Yaqoub" weapon=SMALL_ARMS actor="Islamic State" site="Euphrates" date=2016-04-08..2016-04-09 basis=WITNESSED incident=iq-hit-20160408-euphrates-crossing-sniper
@@claim c5 harm=DISPLACED min=40 max=50 site="Hit" date=2016-04-08..2016-04-09 basis=EXPERIENCED incident=iq-hit-20160408-euphrates-crossing-sniper
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Hit" basis=HEARSAY incident=iq-hit-20160000-market-side-airstrikes
@@witness iq-hit-khudhair-dulaimi
