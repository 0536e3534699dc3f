Interview ID: TKT-815
Date of interview: 4 December 2016
Place of interview: [[Diwaniyah|PLACE]], [[Iraq|PLACE]]
Language: Arabic (Iraqi)
Interviewer: [[Paula Rensing|PERSON]]
Interpreter: [[Haidar Mahdi|PERSON]]

INTERVIEWER: Thank you for receiving us in your home. Please say your name.
WITNESS: [[Zahra Abd al-Amir|PERSON]]. [[Umm Muntadhar|PERSON]]. My son [[Muntadhar|PERSON]] was in [[Speicher|PLACE:Camp Speicher]].
INTERPRETER: She uses "[[Speicher|PLACE:Camp Speicher]]" for the air academy base near [[Tikrit|PLACE]].
INTERVIEWER: When did he go to [[Camp Speicher|PLACE]]?
WITNESS: In [[the spring|DATE:2014-03-01..2014-05-31]] of [[2014|DATE:2014-01-01..2014-12-31]]. He was nineteen. He wanted to be in the air force like his uncle. Two months of training only.
INTERVIEWER: When did you last speak to him?
WITNESS: [[The 11th of June|DATE:2014-06-11]], at [[night|DATE]]. He called, he said [[Daesh|ACTOR:Islamic State]] took [[Tikrit|PLACE]] and the officers told them, take off the uniform, go home, there is leave for everybody. He said, mama, we will walk to [[Baghdad|PLACE]]. I said, my son, stay with your friends. [crying]
INTERVIEWER: We can pause.
WITNESS: No. Continue. {{c1,c2|[[The next day|DATE:2014-06-12]], [[the 12th|DATE:2014-06-12]], they walked out of the base in civilian clothes, hundreds of boys, and on the road the men of [[the State|ACTOR:Islamic State]] and the tribes stopped them and put them in trucks. One friend of [[Muntadhar|PERSON]], [[Ali Sahib|PERSON]], escaped from the truck and he told us everything.}}
INTERVIEWER: What did he tell you?
WITNESS: He said they took them to the palaces, the [[Presidential Palaces|PLACE]] by the river, and they separated them, and there was [[shooting|WEAPON:SMALL_ARMS]] all the night. He jumped in the river and swam. I don't know how he lived.
INTERVIEWER: When did you learn what happened to [[Muntadhar|PERSON]]?
WITNESS: {{c3|In [[2015|DATE:2015-01-01..2015-12-31]], after [[the army|ACTOR:Iraqi forces]] took [[Tikrit|PLACE]] back, they opened the graves, and in [[the winter|DATE:2015-12-01..2016-02-29]] the ministry called us. The DNA. They said it is him.}} We buried him in [[Najaf|PLACE]], in [[Wadi al-Salam|PLACE]].
INTERVIEWER: Do you know how many were killed in total?
WITNESS: {{c4|The government says 1,700. The families say more, two thousand.}} Every street in [[Diwaniyah|PLACE]] has a picture on the wall. {{c6|In our street alone, three boys: [[Muntadhar|PERSON]], [[Karrar Ali|PERSON]] and [[Sajjad Hussein|PERSON]].}}
INTERVIEWER: Who do you hold responsible?
WITNESS: [[Daesh|ACTOR:Islamic State]] killed them. But the officers who told them to go out without weapons, they also. If the boys stayed in the base with their weapons, maybe they would have lived.
INTERVIEWER: Has anything else happened to your family since?
WITNESS: {{c5|My nephew [[Hussein Kadhim|PERSON]] went with the [[Hashd|ACTOR:Popular Mobilization Forces]] to [[Baiji|PLACE]]. In [[October 2015|DATE:2015-10-01..2015-10-31]] a [[roadside bomb|WEAPON:IED]] hit their car near the refinery, and [[Hussein|PERSON]] and two others died.}} His commander told my sister. The [[bomb|WEAPON:IED]] was in the road, under the sand.
INTERVIEWER: I am sorry for your losses.
WITNESS: Write [[Muntadhar Kadhim Jabbar|PERSON]]. He liked football, al-Zawraa team. He was good.
@@claim c1 harm=DETAINED min=200 max=null named="Muntadhar" actor="Islamic State" site="Camp Speicher" date=2014-06-12 basis=HEARSAY incident=iq-tikrit-20140612-speicher-cadets
@@claim c2 harm=MISSING min=1 max=1 named="Muntadhar" actor="Islamic State" site="Camp Speicher" date=2014-06-12 basis=HEARSAY incident=iq-tikrit-20140612-speicher-cadets
@@claim c3 harm=KILLED min=1 max=1 named="Muntadhar" actor="Islamic State" site="Tikrit" date=2014-06-12 basis=REPORTED incident=iq-tikrit-20140612-speicher-cadets
@@claim c4 harm=KILLED min=1700 max=2000 actor="Islamic State" site="Camp Speicher" date=2014-06-12 basis=REPORTED incident=iq-tikrit-20140612-speicher-cadets
@@claim c5 harm=KILLED min=3 max=3 named="Hussein Kadhim; Hussein" weapon=IED site="Baiji" date=2015-10-01..2015-10-31 basis=HEARSAY incident=iq-baiji-20151000-hussein-kadhim-roadside-bomb
@@claim c6 harm=KILLED min=3 max=3 named="Muntadhar; Karrar Ali; Sajjad Hussein" actor="Islamic State" site="Camp Speicher" date=2014-06-12 basis=HEARSAY incident=iq-tikrit-20140612-speicher-cadets
@@witness iq-diwaniyah-zahra-abdalamir
