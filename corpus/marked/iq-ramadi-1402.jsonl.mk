id: iq-ramadi-1402
interview_date: 2017-02-11
place: Amiriyat al-Fallujah, Anbar, Iraq
language: Arabic, interpreted into English

INTERVIEWER: Thank you for meeting me. Can you tell me your name, and where you are from?
WITNESS: [[Marwan Khamis al-Dulaimi|PERSON]]. From [[Ramadi|PLACE]], the [[al-Tamim|PLACE]] area, near the [[al-Tamim market|PLACE]]. I was a teacher of Arabic.
INTERVIEWER: When did [[Daesh|ACTOR:Islamic State]] come to [[al-Tamim|PLACE]]?
WITNESS: [[The middle of May 2015|DATE:2015-05-10..2015-05-20]]. The officials ran away. [[After three days|DATE]] they started to go house to house with lists.
INTERVIEWER: Lists of what?
WITNESS: Of the people who worked for the ministries. {{c1|My cousin [[Khamis Abid|PERSON]], 52, he was a police officer, and on [[the 20th of May|DATE:2015-05-20]] they came at [[night|DATE:2015-05-20]], four of them, and they took him from his house in front of his children.}} I was there, I live two houses from him, I saw them put him in a pickup.
INTERVIEWER: Did you hear anything about him after that?
WITNESS: {{c2|Nothing. He never came back.}} {{c2|His wife went to the [[hisba|ACTOR:Islamic State]] office three times, they said go home, he is with the court. Almost two years, and we don't know where he is.}}
INTERVIEWER: Were you also arrested?
WITNESS: {{c3|Yes. In [[August|DATE:2015-08-01..2015-08-31]] they found a SIM card in my shoe, and the [[hisba|ACTOR:Islamic State]] put me in their prison in the old agriculture building, twenty days.}} They beat me with a cable on the back. They said I call [[the army|ACTOR:Iraqi forces]].
INTERVIEWER: I'm sorry. What happened in [[December|DATE:2015-12-01..2015-12-31]], when [[the army|ACTOR:Iraqi forces]] came back?
WITNESS: The [[air strikes|WEAPON:AIRSTRIKE]], every day. {{c4,c5|I think it was [[the 12th of December|DATE:2015-12-12]], at [[night|DATE:2015-12-12]], a [[strike|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:US-led coalition]] hit the house of [[Abu Hamid|PERSON]] behind us and the two houses beside it, and it killed his daughter [[Salma|PERSON]], who was seven, and his old mother.}} [[Daesh|ACTOR:Islamic State]] had a man on the roof of the third house with a radio, I think this is why.
INTERVIEWER: Did you see this?
WITNESS: {{c4|I took [[Salma|PERSON]] out myself.}}
INTERVIEWER: Of course. When did you leave [[Ramadi|PLACE]]?
WITNESS: {{c6|[[The 24th|DATE:2015-12-24]], before [[the army|ACTOR:Iraqi forces]] entered the centre, we went out through [[al-Sofiya|PLACE]], a dozen of us, my family and the family of my brother.}}
INTERVIEWER: Where did you go?
WITNESS: To the line of [[the army|ACTOR:Iraqi forces]], and then the screening in [[Habbaniyah|PLACE]]. {{c7|There the [[Hashd|ACTOR:Popular Mobilization Forces]] separated the men, and they took my three cousins, [[Ahmed|PERSON]], [[Yasser|PERSON]] and [[Omar Abid|PERSON]], the brothers of [[Khamis|PERSON]].}} Me they let go, because I have a letter from the school, and my beard was short.
INTERVIEWER: Do you know why your cousins were taken?
WITNESS: Because of the name, maybe. I don't know.
INTERVIEWER: Have they come back?
WITNESS: {{c8|[[Ahmed|PERSON]] came back [[after one month|DATE]]. [[Yasser|PERSON]] and [[Omar|PERSON]], no. We have not heard from them since [[that day|DATE:2015-12-24]].}}
INTERVIEWER: Did anyone tell you where they are?
WITNESS: {{c9|[[Ahmed|PERSON]] told us he saw the two of them [[the first night|DATE:2015-12-24]], in a hall at [[Habbaniyah|PLACE]], with maybe two hundred men, before they moved him to another place.}} After that, nobody says anything.
INTERVIEWER: Are they on any list?
WITNESS: {{c10|In [[the summer|DATE:2016-06-01..2016-08-31]], the Facebook page of the families of [[al-Tamim|PLACE]] put the names of the men of the area missing from the [[Habbaniyah|PLACE]] screening, between 10 and 15 names, and [[Yasser|PERSON]] and [[Omar|PERSON]] are in it.}}
INTERVIEWER: Has your house been affected?
WITNESS: {{c11|My house, my brother went back in [[April 2016|DATE:2016-04-01..2016-04-30]], he told me on the phone, the roof is down, the wall of the street side is gone.}} I don't know if it was [[the planes|WEAPON:AIRSTRIKE]] or the [[mortars|WEAPON:MORTAR]] or [[Daesh|ACTOR:Islamic State]] exploded it.
INTERVIEWER: Did anything happen to your brother when he went back?
WITNESS: No, he was careful. But the neighbour, no. {{c12|The son of our neighbour, [[Raad|PERSON]], nineteen, stepped on a [[bomb|WEAPON:IED]] they left in the kitchen door, and he lost his leg.}} My brother told me, he was in the street when the ambulance came.
INTERVIEWER: Is there anything you want to add?
WITNESS: Only that if I had stayed in [[al-Tamim|PLACE]] one more week, [[Daesh|ACTOR:Islamic State]] would have killed me, they had my name again. And now I ask the people in [[Baghdad|PLACE]] where my cousins are, and nobody answers.

@@witness iq-ramadi-marwan-aldulaimi
@@claim c1 harm=DETAINED min=1 max=1 named="Khamis Abid" actor="Islamic State" site="al-Tamim" date=2015-05-20 basis=WITNESSED incident=iq-ramadi-20150520-khamis-abid-abduction
@@claim c2 harm=MISSING min=1 max=1 actor="Islamic State" site="al-Tamim" date=2015-05-20 basis=WITNESSED incident=iq-ramadi-20150520-khamis-abid-abduction
@@claim c3 harm=DETAINED min=1 max=1 actor="Islamic State" site="al-Tamim" date=2015-08-01..2015-08-31 basis=EXPERIENCED incident=iq-ramadi-20150800-marwan-hisba-prison
@@claim c4 harm=KILLED min=2 max=2 named="Salma" weapon=AIRSTRIKE actor="US-led coalition" site="al-Tamim" date=2015-12-12 basis=WITNESSED incident=iq-ramadi-20151212-abu-hamid-house-strike
@@claim c5 harm=PROPERTY_DAMAGE min=3 max=3 weapon=AIRSTRIKE actor="US-led coalition" site="al-Tamim" date=2015-12-12 basis=WITNESSED incident=iq-ramadi-20151212-abu-hamid-house-strike
@@claim c6 harm=DISPLACED min=12 max=12 site="al-Sofiya" date=2015-12-24 basis=EXPERIENCED incident=iq-ramadi-20151224-dulaimi-family-flight
@@claim c7 harm=DETAINED min=3 max=3 named="Ahmed; Yasser; Omar Abid" actor="Popular Mobilization Forces" site="Habbaniyah" date=2015-12-24 basis=WITNESSED incident=iq-habbaniyah-20151224-screening-abid-brothers
@@claim c8 harm=MISSING min=2 max=2 named="Yasser; Omar" actor="Popular Mobilization Forces" site="Habbaniyah" date=2015-12-24 basis=WITNESSED incident=iq-habbaniyah-20151224-screening-abid-brothers
@@claim c9 harm=DETAINED min=200 max=200 actor="Popular Mobilization Forces" site="Habbaniyah" date=2015-12-24 basis=HEARSAY incident=iq-habbaniyah-20151224-screening-abid-brothers
@@claim c10 harm=MISSING min=10 max=15 named="Yasser; Omar" actor="Popular Mobilization Forces" site="Habbaniyah" date=2015-12-24 basis=REPORTED incident=iq-habbaniyah-20151224-screening-abid-brothers
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null site="al-Tamim" date=2015-12-01..2016-04-30 basis=HEARSAY incident=iq-ramadi-20151200-dulaimi-house-destroyed
@@claim c12 harm=INJURED min=1 max=1 named="Raad" weapon=IED actor="Islamic State" site="al-Tamim" date=2016-04-01..2016-04-30 basis=HEARSAY incident=iq-ramadi-20160400-raad-kitchen-ied
