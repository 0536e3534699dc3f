INTERVIEW TRANSCRIPT
Interview ID: RQA-3506
Interview date: 9 March 2018
Place of interview: [[Ain Issa|PLACE]] camp
Language: Arabic
Interviewer: [[Helen Marsh|PERSON]]
Interpreter: [[Omar Sweid|PERSON]]
Q: Salam. Please tell me your name and your neighbourhood.
A: Salam. [[Samar Ibrahim al-Jasim|PERSON]]. I am from [[al-Rumaila|PLACE]], in the east of [[al-Raqqa|PLACE:Raqqa]], near the old wall. My husband is [[Hussam|PERSON]]. We have four children.
Q: What do you remember from [[June|DATE:2017-06-01..2017-06-30]]?
A: [[June|DATE:2017-06-01..2017-06-30]] was the worst. There was no nour, no electricity, no water, only the generator of the neighbours one hour in the evening. [[The coalition|ACTOR:US-led coalition]] [[planes|WEAPON:AIRSTRIKE]] day and night, and the [[shelling|WEAPON:ARTILLERY]] from the side of the [[SDF|ACTOR:Syrian Democratic Forces]].
Q: Tell me about the mill.
A: The mill in [[Meshleb|PLACE:al-Mishlab]], the mill of [[Abu Mustafa|PERSON]]. People said he is giving flour. It was [[a Tuesday|DATE:2017-06-27]], [[the end of June|DATE:2017-06-20..2017-06-30]], [[after the Eid|DATE:2017-06-26..2017-06-30]]. My husband went with a cart early, [[after the fajr prayer|DATE:2017-06-27]], because there was a line.
Q: Were you there?
A: No, I was home with the children. {{c1|[[Hussam|PERSON]] came back at [[noon|DATE:2017-06-27]] on the cart of another man, with blood on his head and his arm. A piece was in his arm, here. He said the [[shells|WEAPON:ARTILLERY]] came on the line of people.}}
A: {{c2|He told me he saw people dead on the flour, white and red, he said. I will not forget how he said it. Women and children also.}}
Q: Did you hear how many died?
A: {{c3|My neighbour [[Umm Walid|PERSON]] said five.}} {{c9,c10|Then a Facebook page of [[Raqqa|PLACE]] people wrote twelve killed at the mill in [[al-Meshleb|PLACE:al-Mishlab]] and the mill destroyed.}} I do not know. [[Hussam|PERSON]] says more than five, for sure.
Q: Who fired the [[shells|WEAPON:ARTILLERY]]?
A: Everybody said it was the [[American|ACTOR:US-led coalition]] [[cannons|WEAPON:ARTILLERY]]. [[Hussam|PERSON]] says he heard them come from far, from the east.
Q: Was there anything else that happened in [[al-Rumaila|PLACE]]?
A: Yes, the white fire. In [[the middle of Ramadan|DATE:2017-06-08..2017-06-14]]. At [[night|DATE:2017-06-08..2017-06-14]], something opened in the sky over the old city, like rain made of fire, falling slowly.
Q: What did people call it?
A: [[Phosphorus|WEAPON:INCENDIARY]]. The young men said [[white phosphorus|WEAPON:INCENDIARY]]. {{c4|It fell on the house of my sister [[Jamila|PERSON]], in [[al-Badu|PLACE]], and the house burned, the roof of wood and the mattresses, everything.}} {{c5|Her son [[Karim|PERSON]], eight years old, has a burn on his back, big, like a map.}}
Q: Did you see it yourself?
A: The fire in the sky I saw from our roof. The house of [[Jamila|PERSON]] I saw later, when I went to bring her. Her son I took to the clinic myself.
Q: I understand your brother was arrested.
A: My brother [[Salam|PERSON]]. [[Salam al-Jasim|PERSON]]. {{c6|When we came out in [[August|DATE:2017-08-01..2017-08-31]], at the checkpoint near [[al-Sahel|PLACE]], the [[SDF|ACTOR:Syrian Democratic Forces]] took him, because on his card was the stamp of [[Daesh|ACTOR:Islamic State]] time. They said just one hour.}} {{c7|He was two months in their prison in [[Ain Issa|PLACE]]. We did not know where he was for the first weeks. Then a man who came out told us.}}
Q: And your husband, did they take him too?
A: They looked at his papers and asked him questions, where was he working, who are his brothers. He showed them his arm, the wound from the mill. Then they said go. Allah karim.
Q: Is there anything else?
A: {{c8|Yes. [[Two days before|DATE:2017-08-01..2017-08-31]] we left, a [[sniper|WEAPON:SMALL_ARMS]] of [[Daesh|ACTOR:Islamic State]] from the tall building shot our neighbour, [[Ibrahim al-Nasser|PERSON]], sixty-two, when he went for water. He died in the street. We could not bring him in till [[night|DATE:2017-08-01..2017-08-31]].}}
A: Our house is standing, but no doors, no windows. We are still here in [[Ain Issa|PLACE]]. There is no nour for the future, you understand. No light.
@@witness sy-raqqa-samar-aljasim
@@claim c1 harm=INJURED min=1 max=1 named="Hussam" weapon=ARTILLERY site="Meshleb" date=2017-06-27 basis=WITNESSED incident=sy-raqqa-20170627-mishlab-mill-shelling
@@claim c2 harm=KILLED min=null max=null weapon=ARTILLERY site="Meshleb" date=2017-06-27 basis=HEARSAY incident=sy-raqqa-20170627-mishlab-mill-shelling
@@claim c3 harm=KILLED min=5 max=5 site="al-Meshleb" date=2017-06-27 basis=HEARSAY incident=sy-raqqa-20170627-mishlab-mill-shelling
@@claim c9 harm=KILLED min=12 max=12 site="al-Meshleb" date=2017-06-27 basis=REPORTED incident=sy-raqqa-20170627-mishlab-mill-shelling
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="al-Meshleb" date=2017-06-27 basis=REPORTED incident=sy-raqqa-20170627-mishlab-mill-shelling
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="al-Badu" date=2017-06-08..2017-06-14 basis=WITNESSED incident=sy-raqqa-20170600-badu-phosphorus-houses
@@claim c5 harm=INJURED min=1 max=1 named="Karim" weapon=INCENDIARY site="al-Badu" date=2017-06-08..2017-06-14 basis=WITNESSED incident=sy-raqqa-20170600-badu-phosphorus-houses
@@claim c6 harm=DETAINED min=1 max=1 named="Salam al-Jasim" actor="Syrian Democratic Forces" site="al-Sahel" date=2017-08-01..2017-08-31 basis=WITNESSED incident=sy-raqqa-20170800-sahel-checkpoint-salam
@@claim c7 harm=DETAINED min=1 max=1 named="Salam al-Jasim" actor="Syrian Democratic Forces" site="Ain Issa" date=2017-08-01..2017-08-31 basis=HEARSAY incident=sy-raqqa-20170800-sahel-checkpoint-salam
@@claim c8 harm=KILLED min=1 max=1 named="Ibrahim al-Nasser" weapon=SMALL_ARMS actor="Islamic State" site="al-Rumaila" date=2017-08-01..2017-08-31 basis=WITNESSED incident=sy-raqqa-20170800-rumaila-sniper-nasser
