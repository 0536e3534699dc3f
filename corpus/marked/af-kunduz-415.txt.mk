Interview ID: AF-KDZ-415
Interview date: 22/02/2017
Place of interview: [[Kabul|PLACE]], [[Afghanistan|PLACE]]
Language: Dari, interpreted into English
Interviewer: [[Daniel Moreau|PERSON]]
Interpreter: [[Ahmad Zia Hamidi|PERSON]]

Q: Thank you for coming. Please tell me where you lived and what you did.
A: In [[Kunduz|PLACE]] city, near the [[Sher Khan market|PLACE]]. I had a pharmacy, twelve years. My father had it before me.
Q: When the [[Taliban|ACTOR:Taliban]] came into [[Kunduz|PLACE]] in [[2015|DATE:2015-01-01..2015-12-31]], where were you?
A: At home. It was [[a Monday|DATE:2015-09-28]], early, [[after the morning prayer|DATE:2015-09-28]]. The [[Taliban|ACTOR:Taliban]] came from [[Chahar Dara|PLACE]] side, and by [[noon|DATE:2015-09-28]] they were in the main square. [[The police|ACTOR:Afghan forces]] left. We stayed inside.
[Interpreter: the witness uses the Dari word "Talib" for one and "Taliban" for many.]
Q: Did they come to your house?
A: Yes, [[the second day|DATE:2015-09-29]]. They were looking for people who work for the government. My sister's husband, [[Abdul Basir|PERSON]], he worked in the intelligence, the NDS, as a driver only. {{c1|Four [[Talibs|ACTOR:Taliban]] with [[Kalashnikovs|WEAPON:SMALL_ARMS]] came to his house, next to ours, and they took him, in front of my sister and the children.}} [inaudible] ... they put a bag on his head.
Q: Do you know what happened to him?
A: {{c2|No. Until now, nothing, we asked the elders, we asked the [[Taliban|ACTOR:Taliban]] commanders in [[Chahar Dara|PLACE]], and nobody knows where he is.}} They told my sister, if he had stayed in [[Kunduz|PLACE]] like a good Muslim, no problem. What does it mean? We don't know.
Q: What happened when [[the army|ACTOR:Afghan forces]] came back to retake the city?
A: After some days [[the army|ACTOR:Afghan forces]] came, with [[the Americans|ACTOR:US forces]] helping. There was much fighting, [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] day and night, [[shelling|WEAPON:ARTILLERY]], [[the planes|WEAPON:AIRSTRIKE]]. {{c3|One [[shell|WEAPON:ARTILLERY]] fell in our street, I think [[the 3rd of October|DATE:2015-10-03]], and killed the son of our neighbour [[Mohammad Ismail|PERSON]], [[Habibullah|PERSON]], nine years old, he was playing at the door.}} In our street there were no [[Taliban|ACTOR:Taliban]] positions, no fighters, only families.
Q: Who fired that [[shell|WEAPON:ARTILLERY]]?
A: From the direction of the airport, where [[the army|ACTOR:Afghan forces]] was. I don't say they wanted to kill a child. But it came from there.
Q: You said something about your daughter before.
A: Yes, my daughter [[Noor|PERSON]] was born in [[those days|DATE]], in the fighting. My wife gave birth at home, my mother helped. There was no hospital, no doctor, and no noor, no electricity.
[Interpreter: he is making a joke; "noor" means light. He named her for that.]
Q: Did the fighting come back later?
A: In [[October 2016|DATE:2016-10-01..2016-10-31]], [[one year after|DATE]], the [[Taliban|ACTOR:Taliban]] attacked again. {{c4|A [[rocket|WEAPON:ROCKET]] hit the roof of my pharmacy, in [[the night|DATE]], and everything inside was destroyed, medicines for maybe six thousand dollars.}} Nobody was inside, thanks to God. After that I closed it.
Q: And your family outside the city?
A: My uncle, [[Sayed Jalal|PERSON]], lives in [[Gor Tepa|PLACE]], that is a [[Taliban|ACTOR:Taliban]] area. {{c5,c7|[[This winter|DATE:2016-12-01..2017-02-22]], [[two months ago|DATE]], [[the planes|WEAPON:AIRSTRIKE]] bombed a compound near his house at [[night|DATE]], and his wife, [[Marzia|PERSON]], was injured in the head, and my cousin [[Khalil|PERSON]] also, in the hand.}} I was not there. My uncle called me [[the next day|DATE]], crying.
Q: Do you know whose [[planes|WEAPON:AIRSTRIKE]] they were?
A: My uncle says [[the Americans|ACTOR:US forces]]. Others say [[the Afghan air force|ACTOR:Afghan forces]]. In the dark, who can see?
Q: Why did you move to [[Kabul|PLACE]]?
A: {{c6|After the [[rocket|WEAPON:ROCKET]] and everything, in [[November|DATE:2016-11-01..2016-11-30]], I brought my family here, nine people, we rent two rooms in [[Khair Khana|PLACE]].}} My children go to school. [[Noor|PERSON]] is now one year and five months.
@@witness af-kunduz-w415
@@claim c1 harm=DETAINED min=1 max=1 named="Abdul Basir" weapon=SMALL_ARMS actor=Taliban site="Kunduz" date=2015-09-29 basis=WITNESSED incident=af-kunduz-20150929-nds-driver-abduction
@@claim c2 harm=MISSING min=1 max=1 named="Abdul Basir" actor=Taliban site="Kunduz" basis=WITNESSED incident=af-kunduz-20150929-nds-driver-abduction
@@claim c3 harm=KILLED min=1 max=1 named="Habibullah" weapon=ARTILLERY actor="Afghan forces" site="Kunduz" date=2015-10-03 basis=WITNESSED incident=af-kunduz-20151003-street-shell
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Kunduz" date=2016-10-01..2016-10-31 basis=EXPERIENCED incident=af-kunduz-20161000-pharmacy-rocket
@@claim c5 harm=INJURED min=2 max=2 named="Marzia; Khalil" weapon=AIRSTRIKE site="Gor Tepa" date=2016-12-01..2017-01-15 basis=HEARSAY incident=af-gortepa-20160000-compound-airstrike
@@claim c6 harm=DISPLACED min=9 max=9 site="Kunduz" date=2016-11-01..2016-11-30 basis=EXPERIENCED incident=af-kunduz-20161000-pharmacy-rocket
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Gor Tepa" date=2016-12-01..2017-01-15 basis=HEARSAY incident=af-gortepa-20160000-compound-airstrike
