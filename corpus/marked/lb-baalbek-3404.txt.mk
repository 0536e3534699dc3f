@@newline crlf
Interview ID: LB-BAA-3404
Date of interview: 9 December 2024
Place of interview: [[Deir al-Ahmar|PLACE]]
Language: Arabic
Interviewer: [[Jonas Lindqvist|PERSON]]
Interpreter: [[Maya Haidar|PERSON]]

INTERVIEWER: Thank you for seeing us. Can you introduce yourself?
WITNESS: I am [[Zahraa Rustom|PERSON]]. [[Umm Jawad|PERSON]]. I teach Arabic in a public school in [[Baalbek|PLACE]]. We live, we lived, in [[Hay al-Sharawneh|PLACE]], on the fourth floor.
INTERPRETER: She says [[Sharawneh|PLACE:Hay al-Sharawneh]], it is the quarter on the east side of [[Baalbeck|PLACE:Baalbek]], some people write Sharawni.
INTERVIEWER: What happened in [[Sharawneh|PLACE:Hay al-Sharawneh]]?
WITNESS: It was [[the first of November|DATE:2024-11-01]], [[a Friday|DATE:2024-11-01]]. Before that [[Baalbek|PLACE]] was hit many times, the outside, [[Douris|PLACE]], the farms, but our street nothing. [[After the isha|DATE:2024-11-01]], I was correcting the notebooks of my students on the balcony.
WITNESS: Across from us is the building of [[Abu Wissam Mortada|PERSON]], five floors, his sons and their families live in it.
WITNESS: I heard [[the warplanes|WEAPON:AIRSTRIKE]], very low, and then two hits, one after the other, boom, boom.
WITNESS: {{c1|The building of [[Mortada|PERSON]] went down on itself, the five floors, I saw it fall, like a wall of dust coming to our balcony.}}
WITNESS: {{c2|Our windows came in, all of them, and after, when the dust went down, there were cracks all through the walls of our flat, you can put your hand in them.}}
INTERVIEWER: Was anyone in your family hurt?
WITNESS: {{c3|[[Jawad|PERSON]], my son, fifteen, the glass cut his arm and his neck, here, eleven stitches.}} The others nothing, thanks to God.
WITNESS: {{c2|And our car, it was parked under the building of [[Mortada|PERSON]]. It melted. Only the iron stayed, black.}}
INTERVIEWER: Do you know who was killed in the building?
WITNESS: {{c5|I went down with the men. In [[the night|DATE:2024-11-01]] they brought out [[Samira|PERSON]], the wife of [[Abu Wissam|PERSON]], she was sixty, and the two small ones of [[Wissam|PERSON]], [[Hadi|PERSON]], who was nine, and [[Amal|PERSON]], six. I saw them brought out, on blankets.}}
WITNESS: [[Amal|PERSON]]. Every time I say her name. [pause] Amal is hope, you know.
WITNESS: {{c6,c10|The ministry of health said nine killed in [[Sharawneh|PLACE:Hay al-Sharawneh]] [[that night|DATE:2024-11-01]], and seventeen injured.}} I think there were more, because some were visiting from [[Bednayel|PLACE]].
INTERVIEWER: Was there a warning before the [[strike|WEAPON:AIRSTRIKE]]?
WITNESS: No. For our street there was no warning. The warnings [[that week|DATE:2024-10-28..2024-11-01]] were for [[Douris|PLACE]] and for the city, on the internet, from the spokesman of [[the Israeli army|ACTOR:Israeli forces]], but not our street.
WITNESS: People say [[Wissam|PERSON]] was with [[the party|ACTOR:Hezbollah]]. I don't know. I know there were children in the building.
WITNESS: {{c7|[[The next morning|DATE:2024-11-02]] we left, the six of us, to [[Deir al-Ahmar|PLACE]], to the school here. We are still here.}}
INTERVIEWER: Your nephew had a problem, you said?
WITNESS: [[Kassem|PERSON]], my sister's son. [[Two days after|DATE:2024-11-03]] he came back to the street to take clothes for us, and he filmed the building with his phone. Men of [[the party|ACTOR:Hezbollah]] stopped him, they said you are filming for whom, they wanted to take him with them. The old men of the neighbourhood, Hajj [[Abbas|PERSON]] and the others, said he is our son, leave him, and they left him. They deleted the video. That's all.
INTERVIEWER: And your husband's family is in [[Beirut|PLACE]]?
WITNESS: His brother-in-law, [[Hassan Dandash|PERSON]]. He lived in [[Haret Hreik|PLACE]], in the [[Dahiyeh|PLACE]].
WITNESS: {{c8,c11|In [[the second week of October|DATE:2024-10-07..2024-10-13]] [[the planes|WEAPON:AIRSTRIKE]] hit his building at [[night|DATE:2024-10-07..2024-10-13]].}} {{c8|His wife was here with us in [[Baalbek|PLACE]], he stayed to guard the flat. Since then we still do not know where he is. Under the stones, in a hospital, we don't know.}}
WITNESS: The civil defence says maybe under the stones. They did not finish to dig.
INTERVIEWER: You said your family has land in the south too?
WITNESS: My father is from [[Maroun al-Ras|PLACE]], near the border. Olives.
WITNESS: {{c9|In [[October of last year|DATE:2023-10-01..2023-10-31]] the municipality put on its Facebook page photos of our field burning from the [[white phosphorus|WEAPON:INCENDIARY]], forty olive trees, from the time of my grandfather.}} My father watched the photos and did not speak all the evening.
@@witness lb-baalbek-zahraa-rustom
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Hay al-Sharawneh" date=2024-11-01 basis=WITNESSED incident=lb-baalbek-20241101-sharawneh-mortada-building
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Hay al-Sharawneh" date=2024-11-01 basis=EXPERIENCED incident=lb-baalbek-20241101-sharawneh-mortada-building
@@claim c3 harm=INJURED min=1 max=1 named="Jawad" weapon=AIRSTRIKE site="Hay al-Sharawneh" date=2024-11-01 basis=WITNESSED incident=lb-baalbek-20241101-sharawneh-mortada-building
@@claim c5 harm=KILLED min=3 max=3 named="Samira; Hadi; Amal" weapon=AIRSTRIKE site="Hay al-Sharawneh" date=2024-11-01 basis=WITNESSED incident=lb-baalbek-20241101-sharawneh-mortada-building
@@claim c6 harm=KILLED min=9 max=9 weapon=AIRSTRIKE site="Sharawneh" date=2024-11-01 basis=REPORTED incident=lb-baalbek-20241101-sharawneh-mortada-building
@@claim c10 harm=INJURED min=17 max=17 weapon=AIRSTRIKE site="Sharawneh" date=2024-11-01 basis=REPORTED incident=lb-baalbek-20241101-sharawneh-mortada-building
@@claim c7 harm=DISPLACED min=6 max=6 site="Hay al-Sharawneh" date=2024-11-02 basis=EXPERIENCED incident=lb-baalbek-20241102-rustom-family-displaced
@@claim c8 harm=MISSING min=1 max=1 named="Hassan Dandash" weapon=AIRSTRIKE site="Haret Hreik" date=2024-10-07..2024-10-13 basis=EXPERIENCED incident=lb-dahiyeh-20241000-dandash-building
@@claim c9 harm=PROPERTY_DAMAGE min=40 max=40 weapon=INCENDIARY site="Maroun al-Ras" date=2023-10-01..2023-10-31 basis=REPORTED incident=lb-marounalras-20231000-rustom-olives
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Haret Hreik" date=2024-10-07..2024-10-13 basis=EXPERIENCED incident=lb-dahiyeh-20241000-dandash-building
