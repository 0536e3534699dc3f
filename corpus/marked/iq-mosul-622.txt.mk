Interview ID: IQ-MSL-622 (second interview, see IQ-MSL-621)
Date: 2017-07-19
Location: [[al-Zuhur|PLACE]], east [[Mosul|PLACE]]
Language: Arabic
Interviewer: [[Fiona MacLeod|PERSON]]
Interpreter: [[Dhuha Saeed|PERSON]]

[00:00:04] Interviewer: We met in [[Hasansham|PLACE]] in December. Thank you for seeing me again.
[00:00:09] Wijdan: Welcome, welcome. Now you are in my house, not in a tent. Sit, please.
[00:00:16] Interviewer: When did you come back to [[al-Zuhur|PLACE]]?
[00:00:19] Wijdan: In [[February|DATE:2017-02-01..2017-02-28]], after the left side was finished. {{c1|The house was standing, but the windows, the doors, the water tank, all broken. [[The coalition|ACTOR:US-led coalition]] hit the corner house with an [[air strike|WEAPON:AIRSTRIKE]], the house of the police officer where [[Daesh|ACTOR:Islamic State]] were, in [[November|DATE:2016-11-01..2016-11-30]], after we left, and our side wall cracked.}}
[00:00:41] Interviewer: Last time you told me about the [[suicide vehicle|WEAPON:IED]] at [[Gogjali|PLACE]]. Can you tell me again what you remember?
[00:00:47] Wijdan: [[Kokjali|PLACE:Gogjali]], yes. Now I know the date. It was [[the 27th of November|DATE:2016-11-27]], [[Sunday|DATE:2016-11-27]]. It is written on the paper from the hospital for [[Tabarak|PERSON]], [[27/11|DATE:2016-11-27]]. In [[the morning|DATE:2016-11-27]], maybe [[ten|DATE:2016-11-27]].
[00:01:02] Wijdan: {{c2|Seventeen died. [[The soldiers|ACTOR:Iraqi forces]] told my husband, seventeen, twelve of them families from [[al-Zuhur|PLACE]] and [[al-Qadisiya|PLACE]], and five soldiers.}} {{c3|[[Tabarak|PERSON]] has the mark still, here, on the head.}}
[00:01:18] Interviewer: In December you said more than fifteen.
[00:01:21] Wijdan: Yes, I did not know then. Now I know seventeen. {{c7|Some people in the street say twenty.}} I say seventeen.
[00:01:30] Interviewer: Did anything else happen after you came back?
[00:01:33] Wijdan: Many things. [[Daesh|ACTOR:Islamic State]] was across the river, on the right side, until [[last week|DATE:2017-07-10..2017-07-16]]. From there they fired everything on us. [[Mortars|WEAPON:MORTAR]], [[Katyusha|WEAPON:ROCKET]], and [[the small planes|WEAPON:DRONE_STRIKE]].
[00:01:48] Interviewer: [[The small planes|WEAPON:DRONE_STRIKE]]?
[00:01:50] Wijdan: [[The drones|WEAPON:DRONE_STRIKE]], like toys, with a [[grenade|WEAPON:DRONE_STRIKE]] under. {{c4|In [[March|DATE:2017-03-01..2017-03-31]], in [[al-Muthanna|PLACE]], at the vegetable market, a [[drone|WEAPON:DRONE_STRIKE]] of [[Daesh|ACTOR:Islamic State]] dropped a [[grenade|WEAPON:DRONE_STRIKE]], and my cousin's son [[Ayad|PERSON]] was hit in the back, and two other men.}} My cousin called me crying. I went to the hospital, I saw [[Ayad|PERSON]] with the bandages.
[00:02:15] Interviewer: Were there other kinds of attacks?
[00:02:18] Wijdan: Once, in [[April|DATE:2017-04-01..2017-04-30]], the [[shells|WEAPON:ARTILLERY]] that fell on [[al-Muthanna|PLACE]] had a smell, like the chlorine for the floor, very strong. People said [[chlorine|WEAPON:CHEMICAL]], the [[gas|WEAPON:CHEMICAL]]. {{c5|My son [[Yusr|PERSON]] was there at my sister's, and he coughed for two days, and his eyes were red.}} {{c6|My sister says seven people from her street went to the hospital for the breathing.}}
[00:02:42] Interviewer: Did you see the [[shells|WEAPON:ARTILLERY]] fall yourself?
[00:02:45] Wijdan: No, I was here. [[Yusr|PERSON]] told me, and my sister.
[00:02:50] Interviewer: You mentioned fire over the old city.
[00:02:53] Wijdan: Yes. In [[June|DATE:2017-06-01..2017-06-30]], in [[Ramadan|DATE:2017-05-27..2017-06-24]], we went at [[night|DATE]] to the river to see, everybody went. Over the old city, on the other side, something was falling from the sky like white rain, burning, and the smoke was white. People said [[white phosphorus|WEAPON:INCENDIARY]], [[phosphorus|WEAPON:INCENDIARY]]. Who fired it, I don't know. I don't know what it burned. I only saw it from far.
[00:03:15] Interviewer: How is your family now?
[00:03:17] Wijdan: We are here, alive. My mother is alive, she stayed the whole time, nothing happened to her, nobody touched her. God is generous. [pause] Write for me that [[Abu Shaker|PERSON]] still sits every evening at his door, waiting for [[Shaker|PERSON]].
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="US-led coalition" site="al-Zuhur" date=2016-11-01..2016-11-30 basis=WITNESSED incident=iq-mosul-20161100-zuhur-corner-house-airstrike
@@claim c2 harm=KILLED min=17 max=17 weapon=IED actor="Islamic State" site="Kokjali" date=2016-11-27 basis=HEARSAY incident=iq-gogjali-20161127-checkpoint-svbied
@@claim c3 harm=INJURED min=1 max=1 named="Tabarak" weapon=IED actor="Islamic State" site="Kokjali" date=2016-11-27 basis=WITNESSED incident=iq-gogjali-20161127-checkpoint-svbied
@@claim c4 harm=INJURED min=3 max=3 named="Ayad" weapon=DRONE_STRIKE actor="Islamic State" site="al-Muthanna" date=2017-03-01..2017-03-31 basis=HEARSAY incident=iq-mosul-20170300-muthanna-market-drone
@@claim c5 harm=INJURED min=1 max=1 named="Yusr" weapon=CHEMICAL actor="Islamic State" site="al-Muthanna" date=2017-04-01..2017-04-30 basis=HEARSAY incident=iq-mosul-20170400-muthanna-chlorine-shells
@@claim c6 harm=INJURED min=7 max=7 weapon=CHEMICAL actor="Islamic State" site="al-Muthanna" date=2017-04-01..2017-04-30 basis=HEARSAY incident=iq-mosul-20170400-muthanna-chlorine-shells
@@claim c7 harm=KILLED min=20 max=20 weapon=IED actor="Islamic State" site="Kokjali" date=2016-11-27 basis=HEARSAY incident=iq-gogjali-20161127-checkpoint-svbied
@@witness iq-mosul-wijdan-sabri
