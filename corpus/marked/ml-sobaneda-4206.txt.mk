@@encoding utf-16le
Interview ID: ML-SBD-4206
Date of interview: 3 November 2019
Place of interview: [[Sangha|PLACE]], [[Bandiagara|PLACE]] circle
Language: Dogon (Toro so), interpreted into French, translated into English
Interviewer: [[Claire Fontaine|PERSON]]
Speaker: [[Yasama Tembely|PERSON]]
Interpreter: [[Adama Kassogué|PERSON]]

Claire: Thank you for coming. Please take your time. Can you tell me where you lived in [[June|DATE:2019-06-01..2019-06-30]]?
Yasama: In [[Sobane|PLACE:Sobane Da]]. [[Sobane Da|PLACE]], the big one. My husband's family has been there since the old ones, since before the French.
Adama: She says people write it Sobame also, but it is the same village, in the commune of [[Sangha|PLACE]].
Claire: What happened there?
Yasama: It was in the dark. [[Five days after the feast of Ramadan|DATE:2019-06-09]], [[the Sunday|DATE:2019-06-09]]. We had eaten the last of the feast meat, I remember, because the children were complaining there is no more meat. [laughs] Children.
Yasama: {{c1|In [[the night|DATE:2019-06-09..2019-06-10]], very late, maybe [[three o'clock|DATE:2019-06-10]], the [[shooting|WEAPON:SMALL_ARMS]] started. Everywhere at once, from the side of the wells and from the side of the road. And then fire. They were putting fire on the roofs, and on the granaries.}}
Claire: Did you see the men?
Yasama: I saw some, in the light of the fire. Motorcycles, many. Young men, with the [[Kalashnikovs|WEAPON:SMALL_ARMS]]. Some had their faces covered.
Adama: She says some people in [[Sangha|PLACE]] say they were [[Katiba Macina|ACTOR:JNIM]], and some say they were Peul from the villages, to take revenge for [[Ogossagou|PLACE]]. She does not know. She did not ask them. [laughs]
Claire: What did you do?
Yasama: {{c2|My husband, [[Ambaye|PERSON]], he pushed me and the children through the back, to the rocks. He stayed to open the pen of the goats. That is the last time I saw him standing.}} [pause] {{c2|We found him in [[the morning|DATE:2019-06-10]] near the pen. They had shot him. The goats were gone.}}
Claire: I am very sorry.
Yasama: {{c3|My son [[Ousmane|PERSON]], the second, fourteen, he was hit in the arm when we ran. Here. It went through. He carried his little sister anyway, with the blood, to the rocks.}}
Adama: She wants to say he is a brave boy.
Claire: Were other members of your family hurt?
Yasama: {{c4|The mother of my husband, [[Yakorè|PERSON]]. She was old, she could not walk well. She was in her house when they put the fire. She did not wake up. Or she woke up and could not go out, I don't know. We found only, [pause] we found what was left.}}
Claire: Can you tell me how many people died in [[Sobane|PLACE:Sobane Da]]?
Yasama: {{c5|In our quarter, I counted myself in [[the morning|DATE:2019-06-10]], eleven dead. Eleven. Children also, three children.}} Wait. No, four children. The small one of [[Anaï|PERSON]] also, I forgot him. {{c5|Four children.}}
Yasama: {{c6|The radio said first ninety-five.}} {{c11|Then the government said thirty-five.}} Thirty-five! I don't know how they counted. {{c7|The chief of the village, he said twenty-four from the big families, without the strangers.}}
Claire: What happened to the houses?
Yasama: {{c1|All burned. Our house, the granaries of millet, the house of the goats. The whole quarter of the [[Dogo|PERSON]] family, nothing.}} We had a good harvest this time. There was rain, finally. Now, nothing.
Adama: She says before that, for three years there was no good rain, and now finally there was a good harvest, and they burned it.
Claire: People said the school in [[Sobane|PLACE:Sobane Da]] was burned. Is that true?
Yasama: No. The school was not touched. People say many things. The school was closed since a long time because the teacher was afraid, but nobody burned it.
Claire: When did you leave?
Yasama: {{c9|[[The same day|DATE:2019-06-10]], in [[the afternoon|DATE:2019-06-10]]. [[The soldiers|ACTOR:Malian armed forces]] came in a helicopter, they came and looked, and we went on foot to [[Sangha|PLACE]], me, my five children and the two wives of my brother-in-law. Eight of us. Walking.}}
Claire: Where is your brother-in-law?
Yasama: [[Amadomon|PERSON]]. That is another story. Before, in [[April|DATE:2019-04-01..2019-04-30]], before the rains, he went to the field near [[Kani-Bonzon|PLACE]] with his cart.
Yasama: {{c10|He did not come back. Only the donkey came back, with the cart. People said [[the men of the bush|ACTOR:JNIM]] took him, they saw motorcycles on that road. Nobody has seen him since. Seven months.}}
Claire: Was he a member of a militia?
Yasama: No. He is a farmer. My cousin, yes, [[Yanogué|PERSON]], he was with the [[dozos|ACTOR:Dan Na Ambassagou]], with [[Dan Na Ambassagou|ACTOR:Dan Na Ambassagou]]. He was killed in the fighting near [[Bankass|PLACE]] [[last year|DATE:2018-01-01..2018-12-31]], with his [[gun|WEAPON:SMALL_ARMS]] in his hand. That is different. He went to fight.
Claire: How is life here in [[Sangha|PLACE]]?
Yasama: We are with the family of my mother. We are afraid. Afraid they will come here also, [[Sangha|PLACE]] is not far. At night I do not sleep. If they come, where do we run? There are no more rocks to run to.
Yasama: And write the name of my husband. [[Ambaye Tembely|PERSON]]. Forty-one years. Write it correctly.
@@witness ml-sobaneda-yasama-tembely
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null site="Sobane Da" date=2019-06-09..2019-06-10 named="Dogo" basis=WITNESSED incident=ml-sobaneda-20190610-night-attack
@@claim c2 harm=KILLED min=1 max=1 named="Ambaye" weapon=SMALL_ARMS site="Sobane Da" date=2019-06-09..2019-06-10 basis=WITNESSED incident=ml-sobaneda-20190610-night-attack
@@claim c3 harm=INJURED min=1 max=1 named="Ousmane" weapon=SMALL_ARMS site="Sobane Da" date=2019-06-09..2019-06-10 basis=WITNESSED incident=ml-sobaneda-20190610-night-attack
@@claim c4 harm=KILLED min=1 max=1 named="Yakorè" site="Sobane Da" date=2019-06-09..2019-06-10 basis=WITNESSED incident=ml-sobaneda-20190610-night-attack
@@claim c5 harm=KILLED min=11 max=11 site="Sobane Da" date=2019-06-09..2019-06-10 basis=WITNESSED incident=ml-sobaneda-20190610-night-attack
@@claim c6 harm=KILLED min=95 max=95 site="Sobane Da" date=2019-06-09..2019-06-10 basis=REPORTED incident=ml-sobaneda-20190610-night-attack
@@claim c7 harm=KILLED min=24 max=24 site="Sobane Da" date=2019-06-09..2019-06-10 basis=HEARSAY incident=ml-sobaneda-20190610-night-attack
@@claim c9 harm=DISPLACED min=8 max=8 site="Sobane Da" date=2019-06-10 basis=EXPERIENCED incident=ml-sobaneda-20190610-tembely-family-flight
@@claim c10 harm=MISSING min=1 max=1 named="Amadomon" actor="JNIM" site="Kani-Bonzon" date=2019-04-01..2019-04-30 basis=HEARSAY incident=ml-kanibonzon-20190400-amadomon-cart-road
@@claim c11 harm=KILLED min=35 max=35 site="Sobane Da" date=2019-06-09..2019-06-10 basis=REPORTED incident=ml-sobaneda-20190610-night-attack
