id: DMA-4757
interview_date: 2018-06-02
place: Jarablus, Aleppo countryside
language: Arabic, interpreted into English

INTERVIEWER: Salam aleikum. Can you tell me your name and where you lived?
WITNESS: Aleikum al-salam. [[Hadi Kiwan|PERSON]], [[Abu Yamen|PERSON]]. I am from [[Douma|PLACE]], [[Eastern Ghouta|PLACE]], I lived there all my life, near the [[Misraba road|PLACE]]. I repaired generators. In the siege the generator was everything, so I had work, but people paid me with sugar, with rice, not with money.
INTERVIEWER: Who was with you in [[Douma|PLACE]] in [[2018|DATE:2018-01-01..2018-12-31]]?
WITNESS: My wife [[Amal|PERSON]], my son [[Yamen|PERSON]], my daughter [[Salam|PERSON]], she was four, and my mother. And my brother [[Iyad|PERSON]] and his family in the same building.
INTERVIEWER: When did the campaign start for you?
WITNESS: [[The 18th of February|DATE:2018-02-18]], [[the evening|DATE:2018-02-18]]. From [[that night|DATE:2018-02-18]] we lived in the basement. Sixty people in one basement, one toilet. [[The planes|WEAPON:AIRSTRIKE]] did not stop, [[Russian|ACTOR:Russian forces]] and [[Syrian|ACTOR:Syrian government forces]], and the [[barrels|WEAPON:BARREL_BOMB]] from [[the helicopters|WEAPON:AIRSTRIKE]] at night.
INTERVIEWER: Was your building hit?
WITNESS: Not ours. {{c1|The building in front, of the [[Hreitani|PERSON]] family, on [[the 22nd|DATE:2018-02-22]]. A [[barrel|WEAPON:BARREL_BOMB]] fell on it, in [[the afternoon|DATE:2018-02-22]], it went down to the second floor.}}
WITNESS: {{c2|[[Abu Rami Hreitani|PERSON]] and four of his children were killed. They were on the ground floor, not in the basement, because the old man could not go down the stairs, and they stayed with him.}} {{c2|I helped to take them out, with the civil defence men. The small one, [[Lujain|PERSON]], we found [[the next morning|DATE:2018-02-23]].}}
WITNESS: Nobody was hurt in our basement, only the dust. God protected us.
INTERVIEWER: What happened to your cousin?
WITNESS: {{c3|My cousin [[Mahmoud Kiwan|PERSON]], [[the 10th of March|DATE:2018-03-10]], he went out to bring water from the well at the mosque. The [[elephant rockets|WEAPON:ROCKET]] fell on the street, the big ones with the engine. He was killed at the door of the basement, coming back, with the water in his hands.}} [Interpreter: he says "elephant", the local word for these big rockets.]
WITNESS: {{c4|Also two men who were with him, I saw them wounded, one lost his foot.}}
INTERVIEWER: You mentioned a school.
WITNESS: Yes. In [[the middle of March|DATE:2018-03-12..2018-03-20]], [[the 17th or the 18th|DATE:2018-03-17..2018-03-18]], I don't remember. People were hiding in the basement of a school near the market.
WITNESS: {{c5|[[The jet|WEAPON:AIRSTRIKE]] hit it with a [[missile|WEAPON:MISSILE]], a heavy one, it went through three floors and exploded in the basement. My friend in the civil defence, [[Anas Dabbagh|PERSON]], told me they took out between fifteen and twenty bodies, women and children mostly.}} I did not go there, I could not, it was under the [[shelling|WEAPON:ARTILLERY]] all day.
INTERVIEWER: Were there fighters of [[Jaysh al-Islam|ACTOR:Syrian armed opposition]] in that school?
WITNESS: I don't think so. They had their places, their offices, everybody knew them. Not there.
INTERVIEWER: Did you have any problems with [[Jaysh al-Islam|ACTOR:Syrian armed opposition]] yourself?
WITNESS: {{c6|Yes. In [[2017|DATE:2017-01-01..2017-12-31]], in [[the summer|DATE:2017-06-01..2017-08-31]], they came to our building and took my brother [[Iyad|PERSON]] for one month to their prison, [[al-Tawba|PLACE]] prison, because he argued with one of them about the generator fuel.}} They let him go. He came back very thin. In the siege everybody with a gun was a king.
INTERVIEWER: How did you leave [[Douma|PLACE]]?
WITNESS: {{c7|On the buses, [[the 12th of April|DATE:2018-04-12]]. Eleven of us, my family and the family of [[Iyad|PERSON]]. We came to [[Jarablus|PLACE]] after a day and a night on the road.}}
WITNESS: We left with a bag each. The generators, my tools, my house, everything stayed.
INTERVIEWER: Do you know what happened to your house?
WITNESS: {{c8|My neighbour who stayed sent me a message in [[May|DATE:2018-05-01..2018-05-31]]. The soldiers of [[the regime|ACTOR:Syrian government forces]] came into the houses and took everything, even the electric wires from the walls.}} They call it taafish. The house is there, but empty.
INTERVIEWER: Is there anything you want to add?
WITNESS: People ask me about the [[gas|WEAPON:CHEMICAL]]. In our street, there was no [[gas|WEAPON:CHEMICAL]]. I cannot say more than what I saw. My daughter [[Salam|PERSON]] still wakes up when a door closes. That is all.
@@witness sy-douma-hadi-kiwan
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Misraba road" date=2018-02-22 basis=WITNESSED incident=sy-douma-20180222-hreitani-building-barrel
@@claim c2 harm=KILLED min=5 max=5 named="Abu Rami Hreitani; Lujain" weapon=BARREL_BOMB site="Misraba road" date=2018-02-22 basis=WITNESSED incident=sy-douma-20180222-hreitani-building-barrel
@@claim c3 harm=KILLED min=1 max=1 named="Mahmoud Kiwan" weapon=ROCKET site="Misraba road" date=2018-03-10 basis=WITNESSED incident=sy-douma-20180310-mosque-well-elephant-rockets
@@claim c4 harm=INJURED min=2 max=2 weapon=ROCKET site="Misraba road" date=2018-03-10 basis=WITNESSED incident=sy-douma-20180310-mosque-well-elephant-rockets
@@claim c5 harm=KILLED min=15 max=20 weapon=MISSILE site="Douma" date=2018-03-17..2018-03-18 basis=HEARSAY incident=sy-douma-20180317-market-school-basement-missile
@@claim c6 harm=DETAINED min=1 max=1 named="Iyad" actor="Syrian armed opposition" site="al-Tawba" date=2017-06-01..2017-08-31 basis=WITNESSED incident=sy-douma-20170000-iyad-kiwan-tawba-detention
@@claim c7 harm=DISPLACED min=11 max=11 site="Douma" date=2018-04-12 basis=EXPERIENCED incident=sy-douma-20180412-kiwan-family-buses
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null actor="Syrian government forces" site="Douma" date=2018-05-01..2018-05-31 basis=HEARSAY incident=sy-douma-20180500-kiwan-house-looted
