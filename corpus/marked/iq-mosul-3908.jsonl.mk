id: iq-mosul-3908
interview_date: 2017-11-02
place: Khazir camp, Nineveh, Iraq
language: Arabic, interpreted into English

INTERVIEWER: Salam alaykum. Thank you for sitting with us. Your name, please?
WITNESS: Wa alaykum al-salam. [[Marwan Saadoun|PERSON]], [[Abu Yasir|PERSON]]. I had a bakery in [[Bab Sinjar|PLACE]], and my house was in [[Zinjili|PLACE:al-Zanjili]].
INTERVIEWER: When did you leave [[al-Zanjili|PLACE]]?
WITNESS: In [[the last ten days of Ramadan|DATE:2017-06-15..2017-06-24]]. [[The night of the 17th|DATE:2017-06-17..2017-06-18]], towards [[the morning|DATE:2017-06-18]], so maybe you write [[the 18th|DATE:2017-06-18]]. We went out together, four or five families, because [[the army|ACTOR:Iraqi forces]] was close, at the [[Shifa|PLACE:al-Shifa]].
INTERVIEWER: What happened on the way?
WITNESS: {{c1|The [[snipers|WEAPON:SMALL_ARMS]] of [[Daesh|ACTOR:Islamic State]], from the high building, and a [[machine gun|WEAPON:SMALL_ARMS]] also, I am sure of the [[machine gun|WEAPON:SMALL_ARMS]], it was like rain. People fell in the street, wounded, dead, in front of me, behind me.}}
INTERVIEWER: How many were killed?
WITNESS: {{c2|Eight. Maybe nine. I saw eight bodies on the ground with my eyes when it became light.}} {{c3|One was the young man of the [[Younis|PERSON]] family, he had the little girl on his shoulders.}}
INTERVIEWER: Were you hurt?
WITNESS: Me, no. God kept me. {{c4|The son of [[Abu Hamza|PERSON]], [[Yasir|PERSON]], the [[bullet|WEAPON:SMALL_ARMS]] went through his hand.}} We wrapped it with my shirt.
INTERVIEWER: Another person told us six were killed.
WITNESS: Six, eight, who counted? I say what I saw. Eight.
INTERVIEWER: Did anything happen after you reached the soldiers?
WITNESS: Yes, at [[al-Shifa|PLACE]], [[the day after|DATE:2017-06-19]]. We were waiting in the yard of a house for the trucks to take us to the east side. {{c5|[[The drone|WEAPON:DRONE_STRIKE]] of [[Daesh|ACTOR:Islamic State]] came, small, it buzzes like a fly, and it dropped a small [[bomb|WEAPON:DRONE_STRIKE]] on the people in the yard. Four were wounded.}} {{c6|My nephew [[Salam|PERSON]], twelve, the glass and the pieces in his face and his neck.}}
INTERVIEWER: Is [[Salam|PERSON]] all right now?
WITNESS: He has marks on his face. He does not like to go out now. But he is alive. Nobody died in the yard, thank God, nobody.
INTERVIEWER: You had a bakery in [[Bab Sinjar|PLACE]]. What happened there?
WITNESS: The bakery I closed in [[spring|DATE:2017-03-01..2017-05-31]], there was no flour. But my brother-in-law, [[Qahtan|PERSON]], he stayed in [[Bab Sinjar|PLACE]] longer.
WITNESS: {{c7|He told me, in [[May|DATE:2017-05-01..2017-05-31]], [[Daesh|ACTOR:Islamic State]] put the [[bombs|WEAPON:IED]] in the street for [[the army|ACTOR:Iraqi forces]] vehicles, and a pickup of people from the quarter drove on one, near the [[Bab Sinjar mosque|PLACE]]. The driver and two women with him, dead.}}
INTERVIEWER: Did you know them?
WITNESS: The driver, yes, [[Hazem al-Tai|PERSON]], he brought me the gas cylinders. About forty years. The women no.
INTERVIEWER: Was your house in [[Zinjili|PLACE:al-Zanjili]] damaged?
WITNESS: {{c8|When I went back in [[August|DATE:2017-08-01..2017-08-31]], the front was gone, the roof on the floor. I don't know what hit it, a [[shell|WEAPON:ARTILLERY]] or [[the planes|WEAPON:AIRSTRIKE]]. Nobody was inside, we were gone.}}
WITNESS: We were afraid all the time that [[Daesh|ACTOR:Islamic State]] would take us to the front, to stand in front of them. They did it to others. Not to us, praise God.
@@claim c1 harm=INJURED min=null max=null weapon=SMALL_ARMS actor="Islamic State" site="Zinjili" date=2017-06-18 basis=WITNESSED incident=iq-mosul-20170618-zanjili-lane-sniper
@@claim c2 harm=KILLED min=8 max=9 weapon=SMALL_ARMS actor="Islamic State" site="Zinjili" date=2017-06-18 basis=WITNESSED incident=iq-mosul-20170618-zanjili-lane-sniper
@@claim c3 harm=KILLED min=1 max=1 weapon=SMALL_ARMS actor="Islamic State" site="Zinjili" date=2017-06-18 basis=WITNESSED incident=iq-mosul-20170618-zanjili-lane-sniper
@@claim c4 harm=INJURED min=1 max=1 named="Yasir" weapon=SMALL_ARMS actor="Islamic State" site="Zinjili" date=2017-06-18 basis=WITNESSED incident=iq-mosul-20170618-zanjili-lane-sniper
@@claim c5 harm=INJURED min=4 max=4 named="Salam" weapon=DRONE_STRIKE actor="Islamic State" site="al-Shifa" date=2017-06-19 basis=WITNESSED incident=iq-mosul-20170619-shifa-yard-drone
@@claim c6 harm=INJURED min=1 max=1 named="Salam" weapon=DRONE_STRIKE actor="Islamic State" site="al-Shifa" date=2017-06-19 basis=WITNESSED incident=iq-mosul-20170619-shifa-yard-drone
@@claim c7 harm=KILLED min=3 max=3 named="Hazem al-Tai" weapon=IED actor="Islamic State" site="Bab Sinjar mosque" date=2017-05-01..2017-05-31 basis=HEARSAY incident=iq-mosul-20170500-babsinjar-pickup-ied
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null site="Zinjili" date=2017-06-18..2017-08-31 basis=WITNESSED incident=iq-mosul-20170600-saadoun-house-zanjili
@@witness iq-mosul-marwan-saadoun
