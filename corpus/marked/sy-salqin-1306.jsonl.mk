id: sy-salqin-1306
interview_date: 2021-10-19
place: Salqin, Idlib, Syria
language: Arabic, interpreted into English

INT: Good morning. For the record, can you tell me your name and where you live now?
RESP: [[Umm Tareq|PERSON]]. My name is [[Rasmiya Hallaq|PERSON]], but everyone says [[Umm Tareq|PERSON]]. Now I live in [[Salqin|PLACE]], in a rented room near the [[Omar ibn al-Khattab mosque|PLACE]]. Before, [[Khan Shaykhoun|PLACE:Khan Shaykhun]].
INT: When did you come to [[Salqin|PLACE]]?
RESP: [[Summer 2019|DATE:2019-06-01..2019-08-31]], when [[the regime|ACTOR:Syrian government forces]] took [[Khan Sheikhoun|PLACE:Khan Shaykhun]]. But I want to begin with the [[gas|WEAPON:CHEMICAL]], because nobody in my family forgets it.
INT: Please, go on.
RESP: [[4 April 2017|DATE:2017-04-04]]. Early, [[after the fajr prayer|DATE:2017-04-04]]. [[The plane|WEAPON:AIRSTRIKE]] came and dropped, and it was not like the other [[bombs|WEAPON:AIRSTRIKE]], the sound was small. Then the smell. {{c1|My sister's husband, [[Adnan|PERSON]], he went out to help the people of the [[al-Tamanah|PLACE]] road side and he fell in the street. He died with foam in his mouth.}}
INT: Did you see this yourself?
RESP: No. My son [[Tareq|PERSON]] saw him, and he came back with his eyes red, he could not breathe. {{c2|[[Tareq|PERSON]] was in the hospital in [[Maarrat Misrin|PLACE]] two days, with the [[sarin|WEAPON:CHEMICAL]].}} The doctors said it was [[sarin|WEAPON:CHEMICAL]]. Before, we did not know such a thing.
INT: How many people died [[that day|DATE]], do you know?
RESP: {{c3|People say about ninety, some say more than a hundred.}} In our street I know eleven names. {{c10|The [[Yousef|PERSON]] family, they lost many, twenty, twenty-two people from one family.}}
INT: Who was responsible, in your view?
RESP: Who has planes with gas? [[The regime|ACTOR:Syrian government forces]]. Everybody in [[Khan Shaykhun|PLACE]] knows.
[Interpreter: she adds that she also remembers [[chlorine|WEAPON:CHEMICAL]] before, in [[2014 or 2016|DATE]], but she is not sure of the year.]
INT: Let's talk about [[2019|DATE:2019-01-01..2019-12-31]]. What happened before you left?
RESP: The [[barrels|WEAPON:BARREL_BOMB]]. Every day [[the helicopter|WEAPON:AIRSTRIKE]]. {{c4|In [[Ramadan|DATE:2019-05-06..2019-06-04]], one [[barrel|WEAPON:BARREL_BOMB]] fell on the house of my neighbour [[Abu Walid|PERSON]]. The house became nothing.}} {{c5|He was not inside, but his daughter-in-law, [[Noor|PERSON]], she was injured in the head.}}
INT: Noor, is that a name or... sorry.
RESP: Yes, [[Noor|PERSON]], her name. Like the light. She lives now in [[Atmeh|PLACE]] camp.
INT: And your own house?
RESP: Our house, no, no [[barrel|WEAPON:BARREL_BOMB]] hit it. But the windows, the doors, from the pressure. We left with nothing. {{c6|Eight of us, in the car of my brother, to [[Salqin|PLACE]].}}
INT: Since you came to [[Salqin|PLACE]], has the town been attacked?
RESP: Yes. {{c7|[[Three weeks ago|DATE:2021-09-28]], [[the jets|WEAPON:AIRSTRIKE]] hit the edge of the town, near the quarries, the [[al-Quwaira|PLACE]] side.}} I heard it from my room, the walls shook.
INT: Was anyone hurt?
RESP: {{c8|They said a shepherd, [[Khaled Bakri|PERSON]], and his sheep, many sheep. He died on the way to the hospital.}} I did not see it, the neighbours said. The [[Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]], they said, because they came from the sea side.
INT: Any other attack you witnessed in [[Salqin|PLACE]]?
RESP: {{c9|Before that, in [[the summer|DATE:2021-06-01..2021-08-31]], a [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]] fell near the market, we don't know from where, nobody knew what kind. A man who sold vegetables, [[Abu Karim|PERSON]], was injured in the legs.}} I saw him after, they carried him.
INT: Is the family safe now?
RESP: Safe, who is safe? My daughter [[Amal|PERSON]] says, mama, we have to go to [[Turkey|PLACE]]. But we have no money for the smuggler. If they come to [[Salqin|PLACE]] also, we will have nowhere, there is only the border.
INT: Thank you, [[Umm Tareq|PERSON]].

@@witness sy-salqin-rasmiya-hallaq
@@claim c1 harm=KILLED min=1 max=1 named="Adnan" weapon=CHEMICAL actor="Syrian government forces" site="Khan Shaykhoun" date=2017-04-04 basis=HEARSAY incident=sy-khanshaykhun-20170404-sarin
@@claim c2 harm=INJURED min=1 max=1 named="Tareq" weapon=CHEMICAL actor="Syrian government forces" site="Khan Shaykhoun" date=2017-04-04 basis=WITNESSED incident=sy-khanshaykhun-20170404-sarin
@@claim c3 harm=KILLED min=90 max=null weapon=CHEMICAL actor="Syrian government forces" site="Khan Shaykhoun" date=2017-04-04 basis=HEARSAY incident=sy-khanshaykhun-20170404-sarin
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Khan Sheikhoun" date=2019-05-06..2019-06-04 basis=WITNESSED incident=sy-khanshaykhun-20190500-abu-walid-barrel
@@claim c5 harm=INJURED min=1 max=1 named="Noor" weapon=BARREL_BOMB actor="Syrian government forces" site="Khan Sheikhoun" date=2019-05-06..2019-06-04 basis=WITNESSED incident=sy-khanshaykhun-20190500-abu-walid-barrel
@@claim c6 harm=DISPLACED min=8 max=8 site="Khan Sheikhoun" date=2019-06-01..2019-08-31 basis=EXPERIENCED incident=sy-khanshaykhun-20190000-hallaq-family-flight
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="al-Quwaira" date=2021-09-28 basis=WITNESSED incident=sy-salqin-20210928-quarry-strike
@@claim c8 harm=KILLED min=1 max=1 named="Khaled Bakri" weapon=AIRSTRIKE actor="Russian forces" site="al-Quwaira" date=2021-09-28 basis=HEARSAY incident=sy-salqin-20210928-quarry-strike
@@claim c9 harm=INJURED min=1 max=1 named="Abu Karim" weapon=EXPLOSIVE_UNSPECIFIED site="Salqin" date=2021-06-01..2021-08-31 basis=WITNESSED incident=sy-salqin-20210000-market-explosion
@@claim c10 harm=KILLED min=20 max=22 weapon=CHEMICAL actor="Syrian government forces" site="Khan Shaykhoun" date=2017-04-04 basis=HEARSAY incident=sy-khanshaykhun-20170404-sarin
