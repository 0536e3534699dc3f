Interview ID: NIN-3501
Date of interview: 4 June 2017
Place of interview: [[Hamam al-Alil|PLACE:Hammam al-Alil]] camp
Language: Arabic
Interviewer: [[Petra Lindholm|PERSON]]
Interpreter: [[Bassam Khudhur|PERSON]]

Q: Can you tell me your name, and where you lived?
A: [[Wafiqa Hamid|PERSON]]. People call me [[Umm Firas|PERSON]]. We lived in [[al-Jadida|PLACE]], [[Mosul al-Jadida|PLACE:al-Jadida]], on the right side, near the big water tank. 
Q: I want to ask about [[March|DATE:2017-03-01..2017-03-31]]. What happened on your street?
A: It was [[the 15th of March|DATE:2017-03-15]]. [[A Wednesday|DATE:2017-03-15]], I remember because on Wednesday the man with the gas bottles used to come. Across from us is the house of [[Abu Sattar|PERSON]], [[Sattar Jasim al-Obaidi|PERSON]]. His house has a basement, a strong one, so the families from the small houses went down there. Three families, four. My sister-in-law wanted us to go too. I said no.
Q: And then?
A: [[After the noon prayer|DATE:2017-03-15]]. Eh, maybe half an hour after. [[The plane|WEAPON:AIRSTRIKE]]. I was in the kitchen. I did not hear it coming, I heard only the end of it, like the sky tore. {{c1|Our windows came in, all of them, the frames also, and the kitchen door flew to the other side of the room.}} My son [[Firas|PERSON]] was lying on the floor, I thought he is dead, but he was only pushed down, thanks God.
Q: What did you see when you went outside?
A: {{c2|The house of [[Abu Sattar|PERSON]] was not a house. It was sitting on its basement, the two floors sitting on top of the people.}} [[Firas|PERSON]] and the neighbours began to dig with their hands and with a shovel.
Q: Do you know how many were inside?
A: {{c3|With my eyes I saw them bring out eleven. Eleven, I counted, because I was standing by the wall and every time I said, that is one more. [[Abu Sattar|PERSON]] himself, his wife [[Hind|PERSON]], the little one [[Sajjad|PERSON]] who was four.}} [crying] {{c4|Later people in the camp said fourteen, some said more, the whole basement. I cannot say.}}
Q: Who carried out the [[strike|WEAPON:AIRSTRIKE]], do you know?
A: [[The coalition|ACTOR:US-led coalition]], or the [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]]. [[Daesh|ACTOR:Islamic State]] was on the roofs around us, on the roof of [[Abu Sattar|PERSON]] no, I never saw anybody there. There was nobody with a weapon in that basement, only women and children and old men.
Q: Was anyone in your own house hurt?
A: No, nobody in our house was hurt. Only the glass. {{c1|But the walls, cracks all through them, from the floor to the ceiling, and the stairs broke away from the wall.}}
Q: You mentioned your husband before we started.
A: Yes, [[Mahmoud|PERSON]]. This was before, in [[the winter|DATE:2016-11-01..2017-02-28]]. [[November|DATE:2016-11-01..2016-11-30]], I think, the end of it. {{c6|The [[hisba|ACTOR:Islamic State]] came at [[night|DATE:2016-11-20..2016-11-30]], four of them, and dragged him out of the house in his pyjamas, because of a phone card. They held him in the basement of the old electricity building, twenty-three days.}} He came back thin like a stick, with his back all black from the cable.
Q: Did they say why they released him?
A: They said, next time we cut your head. That is all. They also wanted to take [[Firas|PERSON]] with him, but the imam of our mosque, Sheikh [[Younis|PERSON]], came and said he is a child, and they left him.
Q: Is there anyone from your family you have not found?
A: My brother. [[Riyadh|PERSON]]. [[Riyad Hamid|PERSON]]. He was a policeman in [[Zanjili|PLACE]], before. {{c7|When [[Daesh|ACTOR:Islamic State]] came, in [[June 2014|DATE:2014-06-01..2014-06-30]], the [[second week|DATE:2014-06-08..2014-06-14]], they took him from his house in [[al-Zanjili|PLACE:Zanjili]] with two other police from the same street.}} {{c8|Since [[that day|DATE:2014-06-08..2014-06-14]] we do not know where he is. No paper, no body, nothing.}}
Q: How did you leave [[al-Jadida|PLACE]]?
A: [[The army|ACTOR:Iraqi forces]] came into our street [[four days later|DATE:2017-03-19]]. They took us out by the back of the hospital. At the checkpoint they took [[Firas|PERSON]] to one side, they searched him, they checked his name on a computer, one hour, and then they let him come with us. He is seventeen.
Q: Is there anything you would like to add?
A: Write the name of [[Sajjad|PERSON]]. Four years old. That is what I want.
@@witness iq-mosul-wafiqa-hamid
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Jadida" date=2017-03-15 basis=EXPERIENCED incident=iq-mosul-20170315-jadida-obaidi-basement
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Jadida" date=2017-03-15 basis=WITNESSED incident=iq-mosul-20170315-jadida-obaidi-basement
@@claim c3 harm=KILLED min=11 max=11 named="Abu Sattar; Hind; Sajjad" weapon=AIRSTRIKE site="al-Jadida" date=2017-03-15 basis=WITNESSED incident=iq-mosul-20170315-jadida-obaidi-basement
@@claim c4 harm=KILLED min=14 max=null weapon=AIRSTRIKE site="al-Jadida" date=2017-03-15 basis=HEARSAY incident=iq-mosul-20170315-jadida-obaidi-basement
@@claim c6 harm=DETAINED min=1 max=1 named="Mahmoud" actor="Islamic State" site="al-Jadida" date=2016-11-20..2016-11-30 basis=WITNESSED incident=iq-mosul-20161100-jadida-mahmoud-hisba-basement
@@claim c7 harm=DETAINED min=3 max=3 named="Riyad Hamid" actor="Islamic State" site="al-Zanjili" date=2014-06-08..2014-06-14 basis=HEARSAY incident=iq-mosul-20140600-zanjili-police-taken
@@claim c8 harm=MISSING min=1 max=1 named="Riyad Hamid" actor="Islamic State" site="al-Zanjili" basis=HEARSAY incident=iq-mosul-20140600-zanjili-police-taken
