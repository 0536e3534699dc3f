TESTIMONY - WEST MOSUL
Interview ID: IQ-NIN-3907
Date of interview: 9 October 2017
Place of interview: [[Hasansham|PLACE]] camp, [[Nineveh|PLACE]]
Language: Arabic (Moslawi), through interpreter
Interviewer: [[Annika Berg|PERSON]]
Interpreter: [[Rana Aziz|PERSON]]
Q: Please tell us your name and where you lived in [[Mosul|PLACE]].
A: [[Ghufran Younis|PERSON]]. In [[al-Zanjili|PLACE]], near the old cemetery. My father's house.
Interpreter: She says she was a teacher of Arabic in a girls' school before [[Daesh|ACTOR:Islamic State]].
Q: When did you leave [[al-Zanjili|PLACE]]?
A: In [[Ramadan|DATE:2017-05-27..2017-06-24]]. [[The 18th of June|DATE:2017-06-18]]. We ran [[before the dawn|DATE:2017-06-18]], [[after the suhoor|DATE:2017-06-18]], because [[the army|ACTOR:Iraqi forces]] was at [[al-Shifa|PLACE]] and people said they open a way.
Q: Who was with you?
A: My mother, my brother [[Omar|PERSON]], my husband, my two girls, and the neighbours, the family of [[Abu Hamza|PERSON]]. Maybe thirty people in the lane.
Q: What happened when you ran?
A: [[Daesh|ACTOR:Islamic State]] saw us. The [[sniper|WEAPON:SMALL_ARMS]] was on the tall building at the end, and he started to shoot at the people in the open street.
Interpreter: She says her brother was hit first. {{c1|She says [[Omar|PERSON]] was nineteen, he was carrying the small girl, he gave the girl to her and then he fell.}}
A: {{c1|I saw him fall. I took [[Hiba|PERSON]] from his hands. I could not stay with him.}} [crying]
Q: Take your time.
A: {{c2|My mother, the [[bullet|WEAPON:SMALL_ARMS]] went in her leg, above the knee. My husband carried her on his back to the soldiers.}}
Q: How many people were hurt in the street?
A: {{c3|Six died in that street, I counted them after, when [[the army|ACTOR:Iraqi forces]] brought them out. Six, with [[Omar|PERSON]].}} {{c4|And the wounded, many, ten or twelve.}}
Q: Did you see anyone from [[Daesh|ACTOR:Islamic State]] on the building?
A: I saw the flash of the [[gun|WEAPON:SMALL_ARMS]], not the man. There was also the [[machine gun|WEAPON:SMALL_ARMS]] from the side of the hospital, but I don't know if that one killed anybody.
Q: Some people in the camp told us the [[shooting|WEAPON:SMALL_ARMS]] came from [[the army|ACTOR:Iraqi forces]] side.
A: No. People say many things in the camp. [[The army|ACTOR:Iraqi forces]] was in front of us, they were shouting to us, come, come. The [[shooting|WEAPON:SMALL_ARMS]] was from behind, from the side of [[Daesh|ACTOR:Islamic State]].
Q: Were you able to bring [[Omar|PERSON]] with you?
A: {{c1|Not [[that day|DATE:2017-06-18]]. The soldiers brought him out with the others, and we buried him [[the next day|DATE:2017-06-19]], near [[Hasansham|PLACE]], in the ground by the road.}} My mother was in the hospital, she could not come to his grave. She asks me every week how it looks.
Q: Before [[that day|DATE:2017-06-18]], was your house hit?
A: No, our house no. Not one window. But the house of the [[Sabawi|PERSON]] family, two houses from us, at [[the start of June|DATE:2017-06-01..2017-06-07]].
Q: What happened there?
A: {{c5|I was inside, I heard the [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]], one big one, and the ground moved. I don't know if it was [[the planes|WEAPON:AIRSTRIKE]] or the [[artillery|WEAPON:ARTILLERY]], I did not see.}} {{c6|The neighbours said nine died in the [[Sabawi|PERSON]] house, the old man Hajji [[Abdulsattar|PERSON]] and his sons' children.}}
Q: Were there fighters in that house?
A: People said one [[Daesh|ACTOR:Islamic State]] was on their roof. I did not see him. I did not see anyone.
Q: What happened after you reached the soldiers?
A: {{c7|They separated the men. My husband, [[Firas|PERSON]], [[the Iraqi army|ACTOR:Iraqi forces]] took him for the checking, twelve days, in [[Hammam al-Alil|PLACE]].}} Then they let him go, nothing on him. Thank God.
Q: And your mother?
A: She walks with a stick now. The doctor in [[Hamdaniya|PLACE]] said if the [[bullet|WEAPON:SMALL_ARMS]] was two fingers higher she would lose the leg.
@@claim c1 harm=KILLED min=1 max=1 named="Omar" weapon=SMALL_ARMS actor="Islamic State" site="al-Zanjili" date=2017-06-18 basis=WITNESSED incident=iq-mosul-20170618-zanjili-lane-sniper
@@claim c2 harm=INJURED min=1 max=1 weapon=SMALL_ARMS actor="Islamic State" site="al-Zanjili" date=2017-06-18 basis=WITNESSED incident=iq-mosul-20170618-zanjili-lane-sniper
@@claim c3 harm=KILLED min=6 max=6 named="Omar" weapon=SMALL_ARMS actor="Islamic State" site="al-Zanjili" date=2017-06-18 basis=WITNESSED incident=iq-mosul-20170618-zanjili-lane-sniper
@@claim c4 harm=INJURED min=10 max=12 weapon=SMALL_ARMS actor="Islamic State" site="al-Zanjili" date=2017-06-18 basis=WITNESSED incident=iq-mosul-20170618-zanjili-lane-sniper
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="al-Zanjili" date=2017-06-01..2017-06-07 basis=WITNESSED incident=iq-mosul-20170600-sabawi-house-strike
@@claim c6 harm=KILLED min=9 max=9 named="Abdulsattar" weapon=EXPLOSIVE_UNSPECIFIED site="al-Zanjili" date=2017-06-01..2017-06-07 basis=HEARSAY incident=iq-mosul-20170600-sabawi-house-strike
@@claim c7 harm=DETAINED min=1 max=1 named="Firas" actor="Iraqi forces" site="Hammam al-Alil" date=2017-06-18..2017-06-30 basis=WITNESSED incident=iq-mosul-20170618-younis-firas-screening
@@witness iq-mosul-ghufran-younis
