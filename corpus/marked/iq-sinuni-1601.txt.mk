Interview ID: SNU-1601
Date of interview: 11 November 2015
Place of interview: [[Khanke|PLACE]] camp, [[Duhok|PLACE]]
Language: Kurmanji (Kurdish)
Interviewer: [[Marit Solberg|PERSON]]
Interpreter: [[Dilshad Ibrahim|PERSON]]

INTERVIEWER: Please tell me your name and where you are from.
WITNESS: [[Shamo Elias Hasan|PERSON]]. I am from [[Sinune|PLACE:Sinuni]], on the north side of the mountain. Forty-four years. I had a shop for tyres and a small piece of land.
INTERVIEWER: You told my colleague about [[the morning of 3 August 2014|DATE:2014-08-03]]. Can you start there?
WITNESS: Eh... yes. At five, maybe before five, my neighbour [[Xidir|PERSON]] knocked the door and said [[Daesh|ACTOR:Islamic State]] is in [[Gir Zerik|PLACE]], they are coming. There was no fighting in [[Sinune|PLACE:Sinuni]] [[that morning|DATE:2014-08-03]], I want to say this clearly, nobody shot at them from our side. The [[Peshmerga|ACTOR:Peshmerga]] were gone already in [[the night|DATE:2014-08-03]]. We put the old people in the pickup and we drove to the mountain.
INTERVIEWER: Who was in your car?
WITNESS: My mother, my wife [[Gulistan|PERSON]], the three small ones, and my brother [[Xelef|PERSON]] and two cousins, [[Saydo|PERSON]] and [[Khero Qasim|PERSON]].
INTERVIEWER: What happened at the crossroads?
WITNESS: At the crossroads of [[Sinuni|PLACE]], where the road goes up, they had made a checkpoint. Four cars of them, black flags. They were stopping everybody. {{c1|They pulled [[Xelef|PERSON]] out by the shirt, and [[Saydo|PERSON]], and [[Khero|PERSON]], and pushed them to the side with the other men, maybe twenty men in all, sitting on the ground with hands on the head. I saw it with my eyes, I was two metres away.}}
INTERVIEWER: And you?
WITNESS: Me, one of them took my ID and looked and looked. He asked me if I am Muslim, I said nothing. He hit the window with his [[gun|WEAPON:SMALL_ARMS]]. Then my mother started screaming, she is sick, and an older one with a beard said go, go, take the old woman. So they let me go. I don't know why.
[Interpreter: he says the old man with the beard, he does not know his name.]
INTERVIEWER: Has there been any news of your brother and cousins since then?
WITNESS: {{c2|Nothing. Since [[that day|DATE:2014-08-03]] no news, not a phone call, nothing. [[Xelef|PERSON]] and [[Saydo|PERSON]] and [[Khero|PERSON]], we still do not know where they are.}} Some people say the men from that checkpoint were taken to [[Tal Afar|PLACE]], to the prison there. {{c3|A man from [[Tel Banat|PLACE]] who escaped told my uncle that he saw [[Xelef|PERSON]] in [[Tal Afar|PLACE]], in [[the winter|DATE:2014-12-01..2015-02-28]], in a big hall with maybe two hundred Yazidi men.}} After that, nothing.
INTERVIEWER: Did anything else happen on the road?
WITNESS: {{c4|Behind us a white Kia tried to turn back, and they fired on it, a [[machine gun|WEAPON:SMALL_ARMS]]. The driver fell out of the door. I saw him on the asphalt, he did not move.}}
INTERVIEWER: What happened to your house in [[Sinune|PLACE:Sinuni]]?
WITNESS: {{c5|We heard later from people who came out in [[2015|DATE:2015-01-01..2015-12-31]] that our house was burned, and the shop, all the tyres burned, black smoke for one day, they said. Also the tractor of my father, they took it.}} I have a photo from a cousin on his phone: only walls.
INTERVIEWER: After the mountain, you went to [[Khanasor|PLACE]]?
WITNESS: Yes. We came down the north side and stayed in [[Xanasor|PLACE:Khanasor]] four months, in the school, many families. [[Daesh|ACTOR:Islamic State]] was in the villages south and they threw [[hawn|WEAPON:MORTAR]] sometimes.
INTERVIEWER: Do you remember a particular attack?
WITNESS: Yes. It was [[a Friday, some days after the feast of Ezi|DATE:2014-12-19]], in [[December|DATE:2014-12-01..2014-12-31]]. I was in the next street, buying bread. {{c6|Two [[mortar rounds|WEAPON:MORTAR]] fell, one in the yard and one on the classroom where the [[Mirza|PERSON]] family was living. The roof came down, half of it, the blackboard was under the concrete.}} {{c7|People said five were hurt, children mostly. I saw only one, a small girl, [[Nergiz|PERSON]], with blood on her leg, her father carried her.}}
INTERVIEWER: Was anyone killed in that attack?
WITNESS: No. Thank God, nobody died [[that day|DATE:2014-12-19]]. Only wounded.
INTERVIEWER: Who fired the [[mortars|WEAPON:MORTAR]]?
WITNESS: From the south, from [[Daesh|ACTOR:Islamic State]] side. Who else? The [[Peshmerga|ACTOR:Peshmerga]] were on the mountain with us. After that we went to [[Duhok|PLACE]].
INTERVIEWER: Is there anything else you want to add?
WITNESS: Only that I want somebody to look for [[Xelef|PERSON]]. My mother asks me every morning. I tell her, be patient. [pause] What can I tell her?
@@claim c1 harm=DETAINED min=20 max=20 named="Xelef; Saydo; Khero" actor="Islamic State" site="Sinuni" date=2014-08-03 basis=WITNESSED incident=iq-sinuni-20140803-crossroads-men-taken
@@claim c2 harm=MISSING min=3 max=3 named="Xelef; Saydo; Khero" actor="Islamic State" site="Sinuni" date=2014-08-03 basis=WITNESSED incident=iq-sinuni-20140803-crossroads-men-taken
@@claim c3 harm=DETAINED min=200 max=200 named="Xelef" actor="Islamic State" site="Tal Afar" date=2014-12-01..2015-02-28 basis=HEARSAY incident=iq-sinuni-20140803-crossroads-men-taken
@@claim c4 harm=KILLED min=1 max=1 weapon=SMALL_ARMS actor="Islamic State" site="Sinuni" date=2014-08-03 basis=WITNESSED incident=iq-sinuni-20140803-crossroads-men-taken
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null actor="Islamic State" site="Sinune" date=2014-08-03..2015-12-31 basis=HEARSAY incident=iq-sinuni-20140000-hasan-shop-burned
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Islamic State" site="Xanasor" date=2014-12-19 basis=WITNESSED incident=iq-khanasor-20141219-school-mortar
@@claim c7 harm=INJURED min=5 max=5 named="Nergiz" weapon=MORTAR actor="Islamic State" site="Xanasor" date=2014-12-19 basis=HEARSAY incident=iq-khanasor-20141219-school-mortar
@@witness iq-sinuni-shamo-elias-hasan
