id: SY-ZBD-807
interview_date: 2017-09-03
place: Idlib, Syria
language: Arabic

INTERVIEWER: You are from [[Zabadani|PLACE]]?
WITNESS: From [[al-Zabadani|PLACE:Zabadani]], yes. My name is [[Ghassan Dalloul|PERSON]], [[Abu Ayham|PERSON]]. I was a teacher of mathematics. Then I was in the local council, for the water and the bread.
INTERVIEWER: Tell me about the attack in [[2015|DATE:2015-01-01..2015-12-31]].
WITNESS: It started at [[the start of July|DATE:2015-07-01..2015-07-05]], [[the first days of July|DATE:2015-07-01..2015-07-05]], in [[Ramadan|DATE:2015-06-18..2015-07-16]]. [[Hezbollah|ACTOR:Hezbollah]] from one side and [[the army|ACTOR:Syrian government forces]] from the other, [[the Fourth Division|ACTOR:Syrian government forces]]. And [[the helicopters|WEAPON:AIRSTRIKE]] from the morning to the night. They say in two months they dropped more than one thousand [[barrels|WEAPON:BARREL_BOMB]] on [[Zabadani|PLACE]], a small town. I believe it.
INTERVIEWER: Were you inside the town?
WITNESS: Inside, in the centre. {{c1|On [[the 10th of Ramadan|DATE:2015-06-27]]...}} {{c1,c8|no, wait, later, it was [[the 20th of Ramadan|DATE:2015-07-07]], a [[barrel|WEAPON:BARREL_BOMB]] fell on the house of the [[Hmeidan|PERSON]] family near the [[Jisr mosque|PLACE]].}} {{c1|The father, [[Abdulrahman Hmeidan|PERSON]], and his two sons died.}} We dug with the hands until [[the suhoor|DATE:2015-07-08]].
INTERVIEWER: Did you see it fall?
WITNESS: I heard it, I was two houses away, the wall of my house fell in the kitchen. {{c2|My wife [[Rabab|PERSON]] was cut in the face from the glass.}}
INTERVIEWER: What other weapons were used?
WITNESS: Everything. [[Shelling|WEAPON:ARTILLERY]] from the mountain, from the hills of [[Bloudan|PLACE]]. [[Missiles|WEAPON:MISSILE]], the [[Fil|WEAPON:ROCKET]], the elephant [[rockets|WEAPON:ROCKET]], they make a sound like a train. And [[snipers|WEAPON:SMALL_ARMS]] of [[Hezbollah|ACTOR:Hezbollah]] around the centre.
INTERVIEWER: How many civilians died in the offensive?
WITNESS: {{c3|I cannot say exactly. In the council we had a list. Between 60 and 70 names of civilians, I remember the paper, until [[September|DATE:2015-09-01..2015-09-30]].}} The fighters, that is another list.
INTERVIEWER: You went to [[Madaya|PLACE]] after that?
WITNESS: {{c4|Yes, in [[August|DATE:2015-08-01..2015-08-31]] I went out through the tunnels with my wife and the children to [[Madaya|PLACE]], we were five, and we stayed there in a school.}} And then [[Madaya|PLACE]] became the big siege. You saw the pictures, the children like skeletons.
INTERVIEWER: Were there [[mines|WEAPON:LANDMINE]] around [[Madaya|PLACE]]?
WITNESS: [[Hezbollah|ACTOR:Hezbollah]] put [[mines|WEAPON:LANDMINE]] all around, in the fields, so nobody goes out for food. {{c5|My neighbour in the school, [[Nader Khoury|PERSON]], eh, no, [[Nader Jumaa|PERSON]], he went at [[night|DATE]] in [[December|DATE:2015-12-01..2015-12-31]] to bring grass, and he stepped on a [[mine|WEAPON:LANDMINE]] and lost his leg.}} {{c6|Another boy, [[Kinan|PERSON]], sixteen, died on the [[minefield|WEAPON:LANDMINE]] [[the same week|DATE:2015-12-01..2015-12-31]].}} This is what the men told me; I did not go out there.
INTERVIEWER: Was [[Madaya|PLACE]] bombed during the siege?
WITNESS: Less. There was not much [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] on [[Madaya|PLACE]] then, the weapon was the hunger. They said they would bomb the school if the fighters did not give up. They didn't, and they didn't bomb it.
INTERVIEWER: When did you come to [[Idlib|PLACE]]?
WITNESS: {{c7|In [[April 2017|DATE:2017-04-01..2017-04-30]], with the four towns agreement, the buses of [[Zabadani|PLACE]] and [[Madaya|PLACE]]. Hundreds of people, more.}} Our buses waited a whole day in [[Rashidin|PLACE]] on the day the [[bomb|WEAPON:IED]] hit the buses from [[Fua|PLACE]], we heard it, and we were afraid they would kill us for revenge.
@@claim c1 harm=KILLED min=3 max=3 named="Abdulrahman Hmeidan; Hmeidan" weapon=BARREL_BOMB actor="Syrian government forces" site="Jisr mosque" date=2015-07-07 basis=WITNESSED incident=sy-zabadani-20150707-hmeidan-house-barrel
@@claim c2 harm=INJURED min=1 max=1 named="Rabab" weapon=BARREL_BOMB actor="Syrian government forces" site="Jisr mosque" date=2015-07-07 basis=WITNESSED incident=sy-zabadani-20150707-hmeidan-house-barrel
@@claim c3 harm=KILLED min=60 max=70 site="Zabadani" date=2015-07-01..2015-09-30 basis=REPORTED incident=sy-zabadani-20150000-offensive-civilian-deaths
@@claim c4 harm=DISPLACED min=5 max=5 site="Zabadani" date=2015-08-01..2015-08-31 basis=EXPERIENCED incident=sy-zabadani-20150800-dalloul-family-to-madaya
@@claim c5 harm=INJURED min=1 max=1 named="Nader Jumaa" weapon=LANDMINE actor="Hezbollah" site="Madaya" date=2015-12-01..2015-12-31 basis=HEARSAY incident=sy-madaya-20151200-nader-jumaa-mine
@@claim c6 harm=KILLED min=1 max=1 named="Kinan" weapon=LANDMINE actor="Hezbollah" site="Madaya" date=2015-12-01..2015-12-31 basis=HEARSAY incident=sy-madaya-20151200-kinan-minefield
@@claim c7 harm=DISPLACED min=200 max=null site="Zabadani" date=2017-04-01..2017-04-30 basis=EXPERIENCED incident=sy-zabadani-20170400-four-towns-evacuation
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Jisr mosque" date=2015-07-07 basis=WITNESSED incident=sy-zabadani-20150707-hmeidan-house-barrel
@@witness sy-zabadani-ghassan-dalloul
