Interview ID: YE-SDA-1125
Date of interview: 28/11/2018
Place of interview: [[Saada|PLACE]] city
Language: English and Arabic (no interpreter)
Interviewer: [[Ingrid Haugen|PERSON]]

INTERVIEWER: Doctor, thank you for your time. Please state your name and position.
WITNESS: [[Ali Ahmed al-Razzami|PERSON]], general surgeon, at [[al-Jumhuri hospital|PLACE:al-Jumhouri hospital]] in [[Sa'dah|PLACE:Saada]]. My English is from [[Sanaa|PLACE]] university, so please forgive.
INTERVIEWER: I'd like to ask first about [[9 August|DATE:2018-08-09]], the [[Dahyan|PLACE]] bus.
WITNESS: Yes. {{c1|We received the first casualties at [[about nine in the morning|DATE:2018-08-09]]. Pickups, cars, one ambulance. Children in school uniform, some alive, many not. In the first two hours we received twenty-nine dead children.}} Twenty-nine only in our hospital. We put them in the corridor on the floor, on blankets, because the mortuary has space for twelve. The fathers were walking between them, lifting the blankets, one by one, looking at the faces. I cannot describe this sound, when a father finds. Others went to [[Majz|PLACE]] health centre.
WITNESS: {{c2,c9|The final number, from all hospitals, I believe forty-four children and eleven adults killed, fifty-five. Injured seventy-nine.}} I can give you the sheet, the health office made the sheet.
INTERVIEWER: What kind of injuries?
WITNESS: {{c3|Blast, burns, fragments. Amputations. I did eleven operations [[that day|DATE]], without stopping. One boy, [[Abdulillah|PERSON]], eight years, I removed his spleen and a piece of the [[bomb|WEAPON:AIRSTRIKE]] from the liver. He survived.}}
INTERVIEWER: Were there earlier attacks affecting your work?
WITNESS: {{c4|Of course. In [[October 2015|DATE:2015-10-01..2015-10-31]], [[the night of the 26th|DATE:2015-10-26]], [[the coalition|ACTOR:Saudi-led coalition]] bombed the hospital in [[Haydan|PLACE]], the hospital supported by the international organisation. The building was destroyed.}} Nobody was killed there because the staff ran to the basement after the first [[strike|WEAPON:AIRSTRIKE]]. Two were lightly hurt, I think.
INTERVIEWER: Were you there?
WITNESS: No, I was here. My colleague Dr. [[Murad|PERSON]]... Doctor [[Murad al-Mahatwari|PERSON]] was there, he told me. Several [[air strikes|WEAPON:AIRSTRIKE]], one after one, for two hours.
WITNESS: {{c5|And the [[cluster munitions|WEAPON:CLUSTER_MUNITION]]. In [[2016|DATE:2016-01-01..2016-12-31]] and [[2017|DATE:2017-01-01..2017-12-31]] we received many children from [[Dahyan|PLACE]], [[Sahar|PLACE]], [[Kitaf|PLACE]], injured by [[bomblets|WEAPON:CLUSTER_MUNITION]] they picked up. I think between 30 and 40 children in two years, only in my department.}}
WITNESS: {{c6,c10|In [[January 2017|DATE:2017-01-01..2017-01-31]], three brothers, the [[Farhan|PERSON]] boys, from [[al-Safra|PLACE]], came together. [[Qais|PERSON]] died on the table. [[Bakil|PERSON]] and [[Wadhah Farhan|PERSON]] lost hands.}} Their father said it was a [[cluster bomb|WEAPON:CLUSTER_MUNITION]] left in the wadi since [[2015|DATE:2015-01-01..2015-12-31]].
INTERVIEWER: Has the hospital itself been hit?
WITNESS: Not directly. There was a [[missile|WEAPON:MISSILE]] on the road near the gate, in [[2017|DATE:2017-01-01..2017-12-31]], on a car. {{c7|Two men in the car died, I don't know who they were, people said fighters.}} {{c11|The hospital windows broke, but no patient was hurt.}}
INTERVIEWER: What about threats to the hospital?
WITNESS: Some said [[the coalition|ACTOR:Saudi-led coalition]] would bomb [[Saada|PLACE]] city completely, "all of [[Saada|PLACE]] is a military target", they announced this in [[2015|DATE:2015-01-01..2015-12-31]]. The people left, many of them, but the hospital stayed.
INTERVIEWER: Did your own family leave?
WITNESS: {{c8|My family, yes, in [[May 2015|DATE:2015-05-01..2015-05-31]], after the announcement, my wife and children went to my father's village in [[Sahar|PLACE]].}} I stayed in the hospital. I sleep here most nights.
INTERVIEWER: Is there anything else you want to say?
WITNESS: The bus. The children had the blue bags. In the operating room I was cutting the straps of the bags to reach the wounds. I dream of the straps. That is all.

@@witness ye-saada-ali-alrazzami
@@claim c1 harm=KILLED min=29 max=29 site="Dahyan" date=2018-08-09 basis=WITNESSED incident=ye-dahyan-20180809-school-bus
@@claim c2 harm=KILLED min=55 max=55 site="Dahyan" date=2018-08-09 basis=REPORTED incident=ye-dahyan-20180809-school-bus
@@claim c9 harm=INJURED min=79 max=79 site="Dahyan" date=2018-08-09 basis=REPORTED incident=ye-dahyan-20180809-school-bus
@@claim c3 harm=INJURED min=1 max=1 named="Abdulillah" weapon=AIRSTRIKE site="Dahyan" date=2018-08-09 basis=WITNESSED incident=ye-dahyan-20180809-school-bus
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="Haydan" date=2015-10-26 basis=HEARSAY incident=ye-haydan-20151026-hospital
@@claim c5 harm=INJURED min=30 max=40 weapon=CLUSTER_MUNITION date=2016-01-01..2017-12-31 basis=WITNESSED incident=ye-saada-20160000-cluster-children
@@claim c6 harm=KILLED min=1 max=1 named="Qais" weapon=CLUSTER_MUNITION site="al-Safra" date=2017-01-01..2017-01-31 basis=WITNESSED incident=ye-saada-20170100-farhan-boys
@@claim c10 harm=INJURED min=2 max=2 named="Bakil; Wadhah Farhan" weapon=CLUSTER_MUNITION site="al-Safra" date=2017-01-01..2017-01-31 basis=WITNESSED incident=ye-saada-20170100-farhan-boys
@@claim c7 harm=KILLED min=2 max=2 weapon=MISSILE site="Saada" date=2017-01-01..2017-12-31 basis=HEARSAY incident=ye-saada-20170000-hospital-road-missile
@@claim c8 harm=DISPLACED min=null max=null site="Saada" date=2015-05-01..2015-05-31 basis=EXPERIENCED incident=ye-saada-20150500-city-target
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Saada" date=2017-01-01..2017-12-31 basis=WITNESSED incident=ye-saada-20170000-hospital-road-missile
