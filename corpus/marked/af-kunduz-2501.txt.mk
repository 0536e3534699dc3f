Interview ID: AF-KDZ-2501
Date of interview: 11 March 2020
Place of interview: [[Mazar-e Sharif|PLACE]], [[Balkh|PLACE]]
Language: Dari (interpreted)
Interviewer: [[Helena Strand|PERSON]]
Interpreter: [[Wahid Noorzai|PERSON]]

Q: Please, tell me your name and what you did in [[Kunduz|PLACE]].
A: [[Ghulam Sakhi|PERSON]], from the [[Rahimi|PERSON]] family. I sold cloth, for women's dresses mostly, in the bazaar near [[Se Darak|PLACE]]. Twenty-two years, the same shop.
Q: Were you in the city when the [[Taliban|ACTOR:Taliban]] took it?
A: Yes. The first time, [[2015|DATE:2015-01-01..2015-12-31]]. It was [[a Monday|DATE:2015-09-28]], eh, the end of [[September|DATE:2015-09-01..2015-09-30]], I think [[the 28th|DATE:2015-09-28]]. I opened the shop at [[eight|DATE:2015-09-28]] and by [[ten|DATE:2015-09-28]] people were running, closing the shutters. I went home.
Q: What happened to the shop?
A: {{c1|It burned. [[That same night|DATE:2015-09-28]] the whole row caught fire, from the office of the intelligence next to us, they set fire to it and the fire came along the roofs, my shop and the shops of Haji [[Qudrat|PERSON]] and his sons, all of it.}} I saw it [[the next morning|DATE:2015-09-29]]. Only the iron shutter was standing. The cloth, I mean, it was ash, you could not tell the colours.
Q: Who set the fire?
A: People said the [[Taliban|ACTOR:Taliban]], because they were burning government things. I did not see who lit it. I only saw the ash.
Q: Did anything happen to your family in [[those days|DATE:2015-09-28..2015-10-15]]?
A: My nephew, [[Farid|PERSON]], my sister's son. He had finished the police course, one month before, only one month. {{c2|On [[the second night|DATE:2015-09-29]], men came to my sister's house in [[Bagh-e Sherkat|PLACE]], five or six, and they dragged him out by the collar in front of his mother.}} I was not there. My sister came to me barefoot, [[after the night prayer|DATE:2015-09-29]], and told me.
Q: Do you know where he was taken?
A: {{c3|No. Until today we do not know where he is. We asked in [[Chahar Dara|PLACE]], we asked the elders, one commander said he was sent to [[Dasht-e Archi|PLACE]], another said no. Four years and a half, no news.}}
[Interpreter: he says "four and a half years", counting to now.]
Q: Were you stopped yourself?
A: Yes, [[the third day|DATE:2015-09-30]], at the bridge, the [[Talibs|ACTOR:Taliban]] had a checkpoint. They searched me, my pockets, my telephone, they looked at the pictures. One of them said, this one is old, let him go. So they let me go. Nothing happened, thanks God, only fear.
Q: Did you go back to trading after that?
A: Yes, I rented another place, smaller. Then [[one year after|DATE:2016-10-03]], again, the [[Taliban|ACTOR:Taliban]] came into the city, at [[night|DATE:2016-10-03]], [[October|DATE:2016-10-01..2016-10-31]]. [[The army|ACTOR:Afghan forces]] was firing from the hill, the [[Taliban|ACTOR:Taliban]] firing [[rockets|WEAPON:ROCKET]] from the gardens.
A: {{c4|Two [[rockets|WEAPON:ROCKET]] fell in our lane, one in the yard of our neighbour, and in my house all the windows came in, the glass was on the beds, and the wall of the kitchen opened, cracks like this, from the floor to the ceiling.}} Nobody in my house was hurt. My children were in the corridor, I had put them there, in the middle.
Q: Did you hear of other incidents in the district?
A: Many. One I know well because it was my wife's family. In [[Chahar Dara|PLACE]], [[Char Darah|PLACE:Chahar Dara]] as some write it, there is a flour mill near [[Qarloq|PLACE]], the mill of [[Mirza Khan|PERSON]]. [[Last year|DATE:2019-01-01..2019-12-31]], in [[the harvest time|DATE:2019-09-01..2019-09-30]], [[the 14th|DATE:2019-09-14]], [[a Saturday|DATE:2019-09-14]]. My brother-in-law [[Naqibullah|PERSON]] called me at [[lunch|DATE:2019-09-14]].
A: {{c5|He said [[the planes|WEAPON:AIRSTRIKE]] bombed the mill while the farmers were waiting with their wheat, and twelve people were killed, twelve, he said, farmers and two boys.}} {{c6|And he said the mill is finished, the roof and the stones, nothing is left.}} {{c8|On the Facebook page of the [[Chahar Dara|PLACE]] youth they wrote fourteen martyrs, with photos.}}
Q: Whose [[planes|WEAPON:AIRSTRIKE]]?
A: He said [[the Americans|ACTOR:US forces]]. The government said [[Taliban|ACTOR:Taliban]] were there, a meeting. [[Naqibullah|PERSON]] says there was no meeting, only the queue for the flour. I was not there, I am telling you what he told me.
Q: Why did you leave [[Kunduz|PLACE]]?
A: {{c7|[[After the mill|DATE]], in [[the winter|DATE:2019-12-01..2020-02-29]], we came here to [[Mazar|PLACE:Mazar-e Sharif]], eleven people, my wife, the children, my mother.}} In [[Kunduz|PLACE]] you do not know who will knock on your door.
@@witness af-kunduz-ghulam-sakhi-rahimi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Qudrat" actor=Taliban site="Se Darak" date=2015-09-28 basis=WITNESSED incident=af-kunduz-20150928-cloth-bazaar-fire
@@claim c2 harm=DETAINED min=1 max=1 named="Farid" site="Bagh-e Sherkat" date=2015-09-29 basis=HEARSAY incident=af-kunduz-20150929-farid-police-cadet
@@claim c3 harm=MISSING min=1 max=1 named="Farid" site="Bagh-e Sherkat" date=2015-09-29 basis=WITNESSED incident=af-kunduz-20150929-farid-police-cadet
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor=Taliban site="Kunduz" date=2016-10-03 basis=EXPERIENCED incident=af-kunduz-20161003-rahimi-lane-rockets
@@claim c5 harm=KILLED min=12 max=12 weapon=AIRSTRIKE actor="US forces" site="Qarloq" date=2019-09-14 basis=HEARSAY incident=af-chahardara-20190914-flour-mill-airstrike
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US forces" site="Qarloq" date=2019-09-14 basis=HEARSAY incident=af-chahardara-20190914-flour-mill-airstrike
@@claim c7 harm=DISPLACED min=11 max=11 site="Kunduz" date=2019-12-01..2020-02-29 basis=EXPERIENCED incident=af-kunduz-20190000-rahimi-family-move
@@claim c8 harm=KILLED min=14 max=14 weapon=AIRSTRIKE site="Chahar Dara" date=2019-09-14 basis=REPORTED incident=af-chahardara-20190914-flour-mill-airstrike
