@@encoding utf-16le
Interview ID: KSH-115
Interview date: 2019-10-02
Location: [[Sarmada|PLACE]], [[Idlib|PLACE]] governorate
Language: Arabic
Interviewer: [[Daniel Okafor|PERSON]]
Interpreter: [[Rima Saade|PERSON]]

Q: Can you tell me who you are and where you come from?
A: [[Radwan al-Ahmad|PERSON]], [[Abu Yaman|PERSON]]. From [[Khan Shaykhun|PLACE]], in the south of [[Idlib|PLACE]]. I am a farmer, pistachio, we have trees on the road to [[Hama|PLACE]].
Q: I want to ask you about [[April 2017|DATE:2017-04-01..2017-04-30]]. You were in [[Khan Sheikhoun|PLACE:Khan Shaykhun]] then?
A: Yes. [[The 4th of April|DATE:2017-04-04]]. [[Tuesday|DATE:2017-04-04]]. [[Early, early in the morning|DATE:2017-04-04]], maybe [[half past six|DATE:2017-04-04]]. I was awake for the dawn prayer and I went back to sleep. Then the sound of [[the plane|WEAPON:AIRSTRIKE]], and the explosion, but not so strong, strange, like something fell and broke.
Q: What happened then?
A: [[After some minutes|DATE:2017-04-04]] my neighbour [[Abu Ghassan|PERSON]] was shouting in the street, [[chemical|WEAPON:CHEMICAL]], [[chemical|WEAPON:CHEMICAL]], go up, go up. My wife [[Nisreen|PERSON]] took [[Ahmad|PERSON]], the small one, and I took [[Sidra|PERSON]]. But [[Sidra|PERSON]] had already... [pause] she was shaking. Her eyes, the black of the eye was very small, like a point. Foam from the mouth.
Q: Take your time.
A: {{c1|[[Sidra|PERSON]] died in the car, on the way to the hospital. She was six.}} [crying] {{c2|[[Nisreen|PERSON]] and [[Ahmad|PERSON]] lived. They were two days in the hospital in [[Maarat al-Nouman|PLACE:Maarat al-Numan]].}}
Q: Do you know what substance was used?
A: Later everybody said [[sarin|WEAPON:CHEMICAL]]. The doctors said it also. There was no smell, this is what I remember, no smell at all. With [[chlorine|WEAPON:CHEMICAL]] there is a smell, people know it from before. This was different.
Q: How many people died, as far as you know?
A: {{c3|In our street alone, eleven. The [[Hallaq|PERSON]] family lost five.}} {{c4|In all the town, they said ninety, maybe more.}} I saw the bodies on the floor of the civil defence centre, in lines, with blankets. Many children.
Q: Did you see where the [[bomb|WEAPON:AIRSTRIKE]] fell?
A: Near the bakery, in the north of the town. I did not see it fall. My cousin [[Fadi|PERSON]] saw [[the plane|WEAPON:AIRSTRIKE]], he says it was a [[Sukhoi|WEAPON:AIRSTRIKE]] of [[the regime|ACTOR:Syrian government forces]], it came from the side of [[Hama|PLACE]].
Q: Were there military positions near that area?
A: No. The front was far, twenty kilometres. In our town there were offices of [[the factions|ACTOR:Syrian armed opposition]], but not near the bakery. Why they chose the bakery, you ask them.
Q: What happened to your family after that?
A: We stayed. Where do you go? Two years. In [[2019|DATE:2019-01-01..2019-12-31]] the big offensive came, [[the regime|ACTOR:Syrian government forces]] and [[the Russians|ACTOR:Russian forces]]. [[Barrel bombs|WEAPON:BARREL_BOMB]], [[cluster bombs|WEAPON:CLUSTER_MUNITION]], everything.
Q: Was your house hit?
A: {{c5|Yes, a [[barrel|WEAPON:BARREL_BOMB]] in [[June|DATE:2019-06-01..2019-06-30]], [[the third day of Eid|DATE:2019-06-06]]. Half the house fell.}} We were in the fields under the trees, because we did not sleep in houses any more. So nobody was hurt from us.
Q: When did you leave?
A: {{c6|In [[August|DATE:2019-08-01..2019-08-31]], before [[the army|ACTOR:Syrian government forces]] entered. Nine people in the pickup, with [[Nisreen|PERSON]], [[Ahmad|PERSON]], my mother, and my brother [[Karim|PERSON]] and his family.}} We came here, to [[Sarmada|PLACE]].
Q: How do you live now?
A: In a tent, with the pistachio trees in my mind every day. My brother [[Karim|PERSON]] says Allah karim, God is generous, we will go back. I don't know.
[Interpreter: "Allah karim" is an expression. He uses it once as his brother's name, once as the saying.]
@@claim c1 harm=KILLED min=1 max=1 named="Sidra" weapon=CHEMICAL actor="Syrian government forces" site="Khan Sheikhoun" date=2017-04-04 basis=WITNESSED incident=sy-khanshaykhun-20170404-sarin
@@claim c2 harm=INJURED min=2 max=2 named="Nisreen; Ahmad" weapon=CHEMICAL actor="Syrian government forces" site="Khan Sheikhoun" date=2017-04-04 basis=WITNESSED incident=sy-khanshaykhun-20170404-sarin
@@claim c3 harm=KILLED min=11 max=11 named="Hallaq" weapon=CHEMICAL actor="Syrian government forces" site="Khan Sheikhoun" date=2017-04-04 basis=WITNESSED incident=sy-khanshaykhun-20170404-sarin
@@claim c4 harm=KILLED min=90 max=null weapon=CHEMICAL actor="Syrian government forces" site="Khan Sheikhoun" date=2017-04-04 basis=HEARSAY incident=sy-khanshaykhun-20170404-sarin
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Khan Shaykhun" date=2019-06-06 basis=EXPERIENCED incident=sy-khanshaykhun-20190606-alahmad-house-barrel
@@claim c6 harm=DISPLACED min=9 max=9 named="Nisreen; Ahmad; Karim" site="Khan Shaykhun" date=2019-08-01..2019-08-31 basis=EXPERIENCED incident=sy-khanshaykhun-20190800-alahmad-family-flight
@@witness sy-khanshaykhun-radwan-alahmad
