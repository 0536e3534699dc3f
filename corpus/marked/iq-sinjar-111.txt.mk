Interview ID: SNJ-111
Date of interview: 14 July 2015
Place of interview: [[Kabarto|PLACE]] camp, [[Duhok|PLACE]] governorate
Language: Kurmanji (Kurdish), interpreted into English
Interviewer: [[Anna Lindqvist|PERSON]]
Interpreter: [[Dilshad Rashid|PERSON]]

INT: Thank you for coming. Can you say your name, and where you are from?
RESP: [[Nasima Khudeda|PERSON]]. Twenty-seven years. From [[Tel Qasab|PLACE]], it is a village south of the mountain, near [[Sinjar|PLACE]].
INT: Can you tell me about [[the day|DATE:2014-08-03]] [[Daesh|ACTOR:Islamic State]] came?
RESP: It was [[the 3rd of August, last year|DATE:2014-08-03]]. [[Sunday|DATE:2014-08-03]]. [[Very early, before the sun|DATE:2014-08-03]]. My cousin called from [[Siba Sheikh Khidir|PLACE]] and said [[Daesh|ACTOR:Islamic State]] is coming, run. The [[Peshmerga|ACTOR:Peshmerga]] had left already, in [[the night|DATE:2014-08-02..2014-08-03]], we did not know. There was no fighting in our village, nobody was there to fight.
INT: What did your family do?
RESP: We were twelve in two cars. My father [[Khudeda|PERSON]], my mother [[Gulê|PERSON]], my brothers [[Qasim|PERSON]] and [[Saeed|PERSON]], my sisters [[Jihan|PERSON]] and [[Adiba|PERSON]], and my uncle's family. We drove to the mountain but on the road, [[after maybe ten minutes|DATE:2014-08-03]], there was a checkpoint of [[Daesh|ACTOR:Islamic State]], with black flags, many pickups.
INT: What happened at the checkpoint?
RESP: They took everybody out. They said, the men here, the women there. They said to my father, if you say the shahada, we leave you. [pause] My father did not say anything. They put the men in a truck and drove them behind the hill.
INT: Did you see what happened to them?
RESP: No. {{c1|But we heard the [[gunfire|WEAPON:SMALL_ARMS]], a long time, one [[machine gun|WEAPON:SMALL_ARMS]] and then single [[shots|WEAPON:SMALL_ARMS]]. About twenty men were in that truck. My father, [[Qasim|PERSON]], [[Saeed|PERSON]]. [crying]}}
INT: We can stop.
RESP: No. I want to finish.
INT: What happened to the women?
RESP: {{c2|They took all of us, the women and children, maybe sixty, to [[Tal Afar|PLACE]], to a school. Then [[after some days|DATE]] they took the young girls to [[Mosul|PLACE]].}} There they separated me from [[Jihan|PERSON]]. She was seventeen. {{c3|Since [[that day|DATE]] I do not know where [[Jihan|PERSON]] is.}}
[Interpreter's note: she used the word "sabaya" for the women who were taken. She asked me not to translate it.]
INT: And your mother and [[Adiba|PERSON]]?
RESP: My mother stayed with [[Adiba|PERSON]], she was twelve, in [[Tal Afar|PLACE]], in the village of [[Kasr al-Mihrab|PLACE]]. They are free now, we paid a smuggler in [[January|DATE:2015-01-01..2015-01-31]].
INT: How did you get out?
RESP: {{c4|A man, [[Abu Suhaib|PERSON]], he was from [[Daesh|ACTOR:Islamic State]], he kept me in his house in [[Mosul|PLACE]] seven months.}} [inaudible] In [[April|DATE:2015-04-01..2015-04-30]] he went to fight, and the door was not locked. A woman in the street, an Arab woman, [[Umm Marwan|PERSON]], took me in and her son drove me to the checkpoint of the [[Peshmerga|ACTOR:Peshmerga]]. If she did not help me I would still be there.
INT: What happened to your uncle's family?
RESP: {{c5|They were in the second car and they turned back and drove up the mountain. Eleven people, nine days on the mountain, no water.}} {{c6|Two of the small ones died there, from the heat, from thirst. My uncle Haji [[Murad|PERSON]] buried them with his hands.}} This my uncle told me after, here in the camp.
INT: Is there anything you want to say to the people who will read this?
RESP: Find [[Jihan|PERSON]]. That is all. Find my sister.
@@claim c1 harm=KILLED min=20 max=20 named="Khudeda; Qasim; Saeed" weapon=SMALL_ARMS actor="Islamic State" site="Tel Qasab" date=2014-08-03 basis=WITNESSED incident=iq-sinjar-20140803-telqasab-checkpoint
@@claim c2 harm=DETAINED min=60 max=60 actor="Islamic State" site="Tel Qasab" date=2014-08-03 basis=EXPERIENCED incident=iq-sinjar-20140803-telqasab-checkpoint
@@claim c3 harm=MISSING min=1 max=1 named="Jihan" actor="Islamic State" site="Mosul" date=2014-08-03..2015-07-14 basis=WITNESSED incident=iq-sinjar-20140803-telqasab-checkpoint
@@claim c4 harm=DETAINED min=1 max=1 actor="Islamic State" site="Mosul" date=2014-08-03..2015-04-30 basis=EXPERIENCED incident=iq-sinjar-20140803-telqasab-checkpoint
@@claim c5 harm=DISPLACED min=11 max=11 site="Tel Qasab" date=2014-08-03 basis=HEARSAY incident=iq-sinjar-20140803-mountain-flight
@@claim c6 harm=KILLED min=2 max=2 date=2014-08-03..2014-08-12 basis=HEARSAY incident=iq-sinjar-20140803-mountain-flight
@@witness iq-sinjar-nasima-khudeda
