Interview ID: SK-KAU-3001
Date of interview: 14/10/2016
Place of interview: [[Kauda|PLACE]], [[South Kordofan|PLACE]]
Language: Arabic, some Otoro
Interviewer: [[Miriam Solberg|PERSON]]
Interpreter: [[Tiya Kafi|PERSON]]

Q: Please tell me your name and where you lived.
A: My name is [[Nafisa Kuku Angelo|PERSON]]. Before I lived in [[Heiban|PLACE]] town, near the souq, and now I am here in [[Kauda|PLACE]] with my sister.
Q: You wanted to talk about the market in [[Heiban|PLACE]].
A: Yes. {{c1|It was [[the 18th of March, 2014|DATE:2014-03-18]], [[a Tuesday|DATE:2014-03-18]], market day. [[The Antonov|WEAPON:AIRSTRIKE]] came [[around ten in the morning|DATE:2014-03-18]], it turned two times and then it dropped, eh, I think four [[bombs|WEAPON:AIRSTRIKE]], one after one, on the souq.}} I was selling groundnuts under the neem tree, maybe two hundred metres. I saw the dust go up like a wall.
Q: Who was killed?
A: {{c2,c14|Many. I counted myself, when we came back, eleven bodies, but people say more, fourteen.}} {{c2|One of them was [[Halima Tutu|PERSON]], she sold tea, and her boy [[Kodi|PERSON]], he was six.}} {{c3|And my neighbour [[Ibrahim Jalab|PERSON]], he lost the leg, the right one, and a girl from the [[Tia|PERSON]] family had the face burned.}}
Q: Was it [[the army|ACTOR:Sudanese Armed Forces]]?
A: Who else has the planes? It was [[the Sudanese army|ACTOR:Sudanese Armed Forces]], [[the Antonov|WEAPON:AIRSTRIKE]] comes from [[El Obeid|PLACE]] or [[Kadugli|PLACE]]. {{c1|The shops, the tin shops, eh, nothing stayed of maybe twenty shops, the roofs were folded like paper and the grain store of [[Abdelrahman Kuwa|PERSON]] burned to the morning.}}
INTERPRETER: She says "folded like paper", she means the zinc sheets.
Q: What did you do [[after that day|DATE:2014-03-18]]?
A: {{c5|We went to the caves above [[Heiban|PLACE]], all my family, and then, in [[April|DATE:2014-04-01..2014-04-30]], we walked to [[Kauda|PLACE]].}} My husband stayed to guard the goats.
Q: You also mentioned a mill here in [[Kauda|PLACE]].
A: Yes, this is the second thing. [[The next January|DATE:2015-01-01..2015-01-31]], eh, it was [[the 20th|DATE:2015-01-20]], I remember because it was my daughter's birthday. {{c6|[[The jets|WEAPON:AIRSTRIKE]], not the Antonov, the fast ones, they came very low and they hit the grinding mill near the [[Kauda|PLACE]] church.}} I heard it, I did not see. {{c7|My cousin [[Jamila|PERSON]] was in the queue with her flour, she told me a man and his wife died there, the miller's brother also.}} {{c6|And the mill, the machine is finished, it is just black iron now.}}
Q: How many died at the mill?
A: [[Jamila|PERSON]] says three. {{c13|The radio of the movement said five, I don't know.}}
Q: Did anything else happen after the mill?
A: {{c9|Some of what they dropped did not explode at once, the small ones, they were the [[cluster bombs|WEAPON:CLUSTER_MUNITION]], [[Jamila|PERSON]] says they opened and threw little balls, and [[two days later|DATE:2015-01-22]] a boy, [[Nuri|PERSON]], he picked one in the field and his hand went.}} I saw him after in the hospital of [[Gidel|PLACE]]... no, sorry, it was the other clinic, the small one in [[Kauda|PLACE]] near the airstrip.
Q: Take your time.
A: [pause] People also talk about poison. Some said [[the Antonov|WEAPON:AIRSTRIKE]] threw a [[gas|WEAPON:CHEMICAL]] because the people coughed. I did not see this, there was no [[gas|WEAPON:CHEMICAL]] in [[Heiban|PLACE]] that I know, it was smoke from the grain.
Q: Were you ever stopped by soldiers?
A: Yes, but not taken. {{c10|In [[Kadugli|PLACE]], at the start of the war, [[June 2011|DATE:2011-06-01..2011-06-30]], they took my brother [[Butrus|PERSON]] from the bus at the checkpoint near the stadium, [[the Popular Defence|ACTOR:Sudanese Popular Defence Forces]] people, because his name is Christian.}} {{c11|Since [[that day|DATE:2011-06-01..2011-06-30]] no news of him, five years, we still do not know where he is.}}
Q: And you?
A: Me they asked for the card, they looked at my face, they said "Nuba, go", and I went. Nothing happened to me. They wanted to take my husband [[Angelo|PERSON]] also, but an old man from the Hawazma, eh, an Arab merchant, Hajj [[Bashir|PERSON]] who knew him, he talked to them and they let him go.
Q: Did anything happen in [[Kauda|PLACE]] since you came?
A: [[The Antonov|WEAPON:AIRSTRIKE]] still comes, yes, but this year it is less. {{c12|In [[Ramadan|DATE:2016-06-06..2016-07-05]] a [[bomb|WEAPON:AIRSTRIKE]] from it made a hole next to the school of the Episcopal church and the windows, all the windows, were blown in, and cracks all through the wall of the classroom.}} No child was hurt, they were in the foxholes.
Q: Thank you, [[Nafisa|PERSON]].
A: Write the name of [[Halima|PERSON]] and [[Kodi|PERSON]]. Please.

@@witness sd-heiban-nafisa-kuku-angelo
@@claim c1 harm=PROPERTY_DAMAGE min=20 max=20 weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Heiban" date=2014-03-18 basis=WITNESSED incident=sd-heiban-20140318-souq-antonov
@@claim c2 harm=KILLED min=11 max=11 named="Halima Tutu; Kodi" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Heiban" date=2014-03-18 basis=WITNESSED incident=sd-heiban-20140318-souq-antonov
@@claim c3 harm=INJURED min=2 max=2 named="Ibrahim Jalab" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Heiban" date=2014-03-18 basis=WITNESSED incident=sd-heiban-20140318-souq-antonov
@@claim c5 harm=DISPLACED min=null max=null site="Heiban" date=2014-03-18..2014-04-30 basis=EXPERIENCED incident=sd-heiban-20140318-souq-antonov
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Kauda" date=2015-01-20 basis=HEARSAY incident=sd-kauda-20150120-mill
@@claim c7 harm=KILLED min=3 max=3 weapon=AIRSTRIKE site="Kauda" date=2015-01-20 basis=HEARSAY incident=sd-kauda-20150120-mill
@@claim c9 harm=INJURED min=1 max=1 named="Nuri" weapon=CLUSTER_MUNITION site="Kauda" date=2015-01-22 basis=HEARSAY incident=sd-kauda-20150120-mill
@@claim c10 harm=DETAINED min=1 max=1 named="Butrus" actor="Sudanese Popular Defence Forces" site="Kadugli" date=2011-06-01..2011-06-30 basis=HEARSAY incident=sd-kadugli-20110600-butrus-checkpoint
@@claim c11 harm=MISSING min=1 max=1 named="Butrus" actor="Sudanese Popular Defence Forces" site="Kadugli" date=2011-06-01..2011-06-30 basis=HEARSAY incident=sd-kadugli-20110600-butrus-checkpoint
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Kauda" date=2016-06-06..2016-07-05 basis=WITNESSED incident=sd-kauda-20160600-church-school
@@claim c13 harm=KILLED min=5 max=5 weapon=AIRSTRIKE site="Kauda" date=2015-01-20 basis=REPORTED incident=sd-kauda-20150120-mill
@@claim c14 harm=KILLED min=14 max=14 weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Heiban" date=2014-03-18 basis=HEARSAY incident=sd-heiban-20140318-souq-antonov
