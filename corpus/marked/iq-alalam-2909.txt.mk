Interview ID: SLD-2909
Interview date: 2 April 2016
Place of interview: [[Tikrit|PLACE]]
Language: Arabic
Interviewer: [[Daniel Okafor|PERSON]]
Interpreter: [[Hala Sami|PERSON]]

Q: Please introduce yourself.
A: My name is [[Wafiq Hamad al-Jubouri|PERSON]]. I am from [[al-Alam|PLACE]], [[Albu Ajeel|PLACE]]... no, no, from [[al-Alam|PLACE]] itself, the town. Sixty-one years. I was a teacher of Arabic, now retired.
Q: What happened in [[al-Alam|PLACE]] in [[June 2014|DATE:2014-06-01..2014-06-30]]?
A: When [[Tikrit|PLACE]] fell, our men, the young men of the tribes, they stayed with their guns. Two weeks we held, maybe more. We had no planes, no [[Iraqi army|ACTOR:Iraqi forces]] with us, only some police. Then the ammunition finished and the sheikhs made an agreement, [[Daesh|ACTOR:Islamic State]] entered.
Q: When exactly?
A: [[The last Friday of June|DATE:2014-06-27]]. [[After the Friday prayer|DATE:2014-06-27]] they were in the streets.
Q: What did they do?
A: {{c1|[[That same evening|DATE:2014-06-27]] they went house to house with a list. They took the men who fought, about forty, I think forty, my two nephews [[Marwan|PERSON]] and [[Sattam|PERSON]] among them.}} I saw them take [[Sattam|PERSON]] from the house next to mine, [pause] he was barefoot.
Q: Did any of them come back?
A: {{c2|Some came back after one month, two months, after their families paid or the sheikhs talked. [[Marwan|PERSON]], yes. [[Sattam|PERSON]], no. Until today no news of [[Sattam|PERSON]].}}
Q: [[Qahtan|PERSON]], another witness we spoke with in [[Kirkuk|PLACE]], said [[Daesh|ACTOR:Islamic State]] destroyed houses in [[al-Alam|PLACE]].
A: {{c3|Yes. The houses of the sheikhs who led the fighting, they blew them up with [[explosives|WEAPON:EXPLOSIVE_UNSPECIFIED]], I think five. The house of Sheikh [[Khamis|PERSON]], I saw it myself, the whole upper floor dropped onto the ground floor, like a sandwich.}} They filmed it and put it on the internet.
Q: Were you yourself harmed under [[ISIS|ACTOR:Islamic State]]?
A: Me, they came once. They said you are a teacher of the government, you must repent in the mosque. They took my card and kept me standing all the afternoon in their office. Then they gave it back. They did not beat me, I must be honest. An old man, they did not want him.
Q: And when the offensive came, in [[March 2015|DATE:2015-03-01..2015-03-31]]?
A: We were still inside. [[Early March|DATE:2015-03-01..2015-03-10]]. {{c4|The [[artillery|WEAPON:ARTILLERY]] of [[the army|ACTOR:Iraqi forces]] came on the edge of the town, and the secondary school for boys was ruined, the roof went, the walls black.}} {{c5,c8,c4|One [[shell|WEAPON:ARTILLERY]] fell on the house of [[Abu Nawaf|PERSON]] while they were eating lunch, he died, and his wife, [[Umm Nawaf|PERSON]], was wounded in the face.}} I heard this [[the same day|DATE:2015-03-01..2015-03-10]] from his son, who came running to our door.
Q: Did [[Daesh|ACTOR:Islamic State]] use anything against [[the army|ACTOR:Iraqi forces]] in [[al-Alam|PLACE]]?
A: {{c6|Yes, [[roadside bombs|WEAPON:IED]] everywhere, and once a [[chlorine|WEAPON:CHEMICAL]] thing, the soldiers said, on the road to the bridge, a yellow cloud, and some of the [[Hashd|ACTOR:Popular Mobilization Forces]] fighters could not breathe.}} I did not see the cloud. A soldier told me later, when we were at the checkpoint.
Q: What happened after the town was taken back?
A: [[Al-Alam|PLACE:al-Alam]] was free in [[the second week of March|DATE:2015-03-08..2015-03-14]]. Our house, thanks God, there was no damage, only the garden wall. Nobody in our house was hurt in the whole operation. {{c7|But my cousin's orchard on the river, the [[Tigris|PLACE]], the pump house was blown up and the well was ruined, he says it was the [[Daesh|ACTOR:Islamic State]] [[booby traps|WEAPON:IED]] left in the house.}}
Q: Is there anything you want the investigators to know?
A: [[Sattam|PERSON]]. Please write his full name, [[Sattam Khalaf al-Jubouri|PERSON]], twenty-six. He was taken from [[al-Alam|PLACE]] on [[the 27th of June|DATE:2014-06-27]]. His mother keeps his shoes by the door.
@@claim c1 harm=DETAINED min=40 max=40 named="Marwan; Sattam" actor="Islamic State" site="al-Alam" date=2014-06-27 basis=WITNESSED incident=iq-alalam-20140627-tribal-men-abducted
@@claim c2 harm=MISSING min=1 max=1 named="Sattam" actor="Islamic State" site="al-Alam" date=2014-06-27 basis=EXPERIENCED incident=iq-alalam-20140627-tribal-men-abducted
@@claim c3 harm=PROPERTY_DAMAGE min=5 max=5 named="Khamis" weapon=EXPLOSIVE_UNSPECIFIED actor="Islamic State" site="al-Alam" date=2014-06-27..2014-12-31 basis=WITNESSED incident=iq-alalam-20140600-sheikhs-houses-demolished
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Iraqi forces" site="al-Alam" date=2015-03-01..2015-03-10 basis=WITNESSED incident=iq-alalam-20150300-army-shelling-town-edge
@@claim c5 harm=KILLED min=1 max=1 named="Abu Nawaf" weapon=ARTILLERY actor="Iraqi forces" site="al-Alam" date=2015-03-01..2015-03-10 basis=HEARSAY incident=iq-alalam-20150300-army-shelling-town-edge
@@claim c6 harm=INJURED min=null max=null weapon=CHEMICAL actor="Islamic State" site="al-Alam" date=2015-03-01..2015-03-14 basis=HEARSAY incident=iq-alalam-20150000-chlorine-bomb
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Tigris" date=2015-03-08..2015-03-14 basis=HEARSAY incident=iq-alalam-20150300-orchard-pump-house
@@claim c8 harm=INJURED min=1 max=1 named="Umm Nawaf" weapon=ARTILLERY actor="Iraqi forces" site="al-Alam" date=2015-03-01..2015-03-10 basis=HEARSAY incident=iq-alalam-20150300-army-shelling-town-edge
@@witness iq-alalam-wafiq-hamad
