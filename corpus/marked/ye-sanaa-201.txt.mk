Interview ID: YE-SAN-201
Date of interview: 3 March 2018
Place of interview: [[Amman|PLACE]], [[Jordan|PLACE]]
Language: Arabic (Sanaani dialect)
Interviewer: [[Helen Marsh|PERSON]]
Interpreter: [[Waleed Ba-Abbad|PERSON]]

INTERVIEWER: [[Fuad|PERSON]], thank you for coming. Can you start with where you lived in [[Sanaa|PLACE]]?
WITNESS: In [[al-Hasaba|PLACE]]. In the north of the city. I have a shop there, spare parts for motorbikes, eh, I had a shop.
INTERVIEWER: You told my colleague about [[the night|DATE:2017-09-19]] the [[al-Ruqaimi|PERSON]] house was hit. When was that?
WITNESS: [[The 19th of September|DATE:2017-09-19]]. [[2017|DATE:2017-01-01..2017-12-31]]. It was [[a Tuesday|DATE:2017-09-19]], I remember because on Tuesday I close the shop early. We were eating late, [[after the isha prayer|DATE:2017-09-19]], so maybe [[eleven o'clock|DATE:2017-09-19]]. All [[the evening|DATE:2017-09-19]] we heard [[the planes|WEAPON:AIRSTRIKE]].
INTERPRETER: He says "al-tayaran", the aviation. People say it for [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:Saudi-led coalition]].
WITNESS: Then the first [[strike|WEAPON:AIRSTRIKE]]. The whole house moved under us. {{c3|The glass of the window fell on my daughter, but she was not hurt, thanks God.}} I went out. {{c3|The house of Hajj [[Abdulkarim|PERSON]], three houses from us, it was... it was not there. The upper floors were sitting on the ground floor.}}
INTERVIEWER: Did people go to help?
WITNESS: Everybody. The young men of the street, with their hands, with the light of the phones. And [[after ten minutes|DATE:2017-09-19]], maybe less, the second [[strike|WEAPON:AIRSTRIKE]] came, on the same place, on the people who were digging. I was behind the wall of the next house, bringing a bar to lift the concrete. If I was one minute faster, I would be with them now.
[pause]
WITNESS: {{c1|From the house, Hajj [[Abdulkarim|PERSON]] died, [[Abu Yahya|PERSON]] we called him, and his wife [[Umm Yahya|PERSON]], and his son [[Yahya|PERSON]], and the two girls of [[Yahya|PERSON]]. [[Nour|PERSON]], the older one, she was six. The small one, I forgot her name, God forgive me. And from the young men, six died in the second [[strike|WEAPON:AIRSTRIKE]], one of them [[Hamza al-Ansi|PERSON]], the son of the baker. Eleven. I counted them in [[the morning|DATE:2017-09-20]], in the courtyard of the mosque.}}
INTERVIEWER: And the injured?
WITNESS: {{c2|More than twenty were injured, most of them from the second one, the boys who were digging.}} They took them in cars to [[al-Kuwait hospital|PLACE]] and to [[al-Thawra hospital|PLACE]].
INTERVIEWER: Were there fighters, or weapons, in the house or near it?
WITNESS: No. Hajj [[Abdulkarim|PERSON]] was a retired teacher. There was no checkpoint in our street, no weapons, no meetings, nothing. The [[Houthis|ACTOR:Houthis]] had a position far from us, maybe two kilometres, near the old camp.
INTERVIEWER: Who do you think carried out the [[strike|WEAPON:AIRSTRIKE]]?
WITNESS: Who has planes in the sky? Only [[the coalition|ACTOR:Saudi-led coalition]]. The [[Houthis|ACTOR:Houthis]] have no planes.
INTERVIEWER: Did anything happen to you or your family [[after that night|DATE]]?
WITNESS: My cousin [[Majed|PERSON]]. [[The night|DATE:2017-09-19]] of the [[strike|WEAPON:AIRSTRIKE]] he filmed the house with his phone and sent it on WhatsApp. {{c5|[[Two days later|DATE:2017-09-21]], men from [[Ansar Allah|ACTOR:Houthis]] came to his shop and took him. They kept him forty days. They said he was working with [[the aggression|ACTOR:Saudi-led coalition]], because he sent the video outside.}} I was not there when they took him, his father told me.
INTERPRETER: "The aggression", al-udwan, is what the authorities in [[Sanaa|PLACE]] call [[the coalition|ACTOR:Saudi-led coalition]].
INTERVIEWER: Was your street hit again?
WITNESS: Yes, in [[November|DATE:2017-11-01..2017-11-30]], [[the 4th|DATE:2017-11-04]], I think. [[A Saturday|DATE:2017-11-04]], in [[the afternoon|DATE:2017-11-04]]. {{c4|[[The planes|WEAPON:AIRSTRIKE]] hit the house of the [[Sharafi|PERSON]] family at the end of the street, it fell completely, and half of the house next to it fell also. Two houses.}} But the [[Sharafi|PERSON]] family was not inside, they were in their village in [[Bani Matar|PLACE]] since [[the summer|DATE:2017-06-01..2017-08-31]]. Nobody was killed that time. Nobody was injured.
INTERVIEWER: Why do you think that house was hit?
WITNESS: I don't know. Some people said a man from [[Ansar Allah|ACTOR:Houthis]] rented the ground floor. I never saw weapons there.
INTERVIEWER: When did you leave [[Sanaa|PLACE]]?
WITNESS: {{c6|[[The same night|DATE:2017-11-04]], I took my wife and the four children to my brother in [[Ibb|PLACE]]. We did not sleep one more night in [[al-Hasaba|PLACE]].}} The shop is closed. I came to [[Amman|PLACE]] for the operation of my wife, her heart.
INTERVIEWER: Is there anything else you want to say?
WITNESS: Only that [[Nour|PERSON]] was in the class of my daughter. Now my daughter walks alone.
@@witness ye-sanaa-fuad-al-maswari
@@claim c1 harm=KILLED min=11 max=11 named="Abdulkarim; Abu Yahya; Umm Yahya; Yahya; Nour; Hamza al-Ansi" weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Hasaba" date=2017-09-19 basis=WITNESSED incident=ye-sanaa-20170919-ruqaimi-house
@@claim c2 harm=INJURED min=21 max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Hasaba" date=2017-09-19 basis=WITNESSED incident=ye-sanaa-20170919-ruqaimi-house
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Hasaba" date=2017-09-19 basis=WITNESSED incident=ye-sanaa-20170919-ruqaimi-house
@@claim c4 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="Saudi-led coalition" site="al-Hasaba" date=2017-11-04 basis=WITNESSED incident=ye-sanaa-20171104-hasaba-sharafi-house
@@claim c5 harm=DETAINED min=1 max=1 named="Majed" actor="Houthis" site="al-Hasaba" date=2017-09-21 basis=HEARSAY incident=ye-sanaa-20170921-majed-detention
@@claim c6 harm=DISPLACED min=6 max=6 site="al-Hasaba" date=2017-11-04 basis=EXPERIENCED incident=ye-sanaa-20171104-maswari-family-displacement
