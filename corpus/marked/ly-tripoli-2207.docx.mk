INTERVIEW NOTES (TRANSCRIBED)
Interview ID: LY-TRP-2207
Date of interview: 2 April 2020
Place of interview: [[Tripoli|PLACE]], [[Hay al-Andalus|PLACE]]
Language: Arabic
Interviewer: [[Yousra Mansour|PERSON]]
Q: Thank you, Hajja. Can you tell me your name?
A: [[Suad Tumi|PERSON]]. [[Umm Anas|PERSON]], people call me. My husband is [[Osama Ghuma|PERSON]].
Q: Your husband is one of the men who were taken near [[Ain Zara|PLACE]]?
A: Yes. From [[Ein Zara|PLACE:Ain Zara]], from the road of the farms. {{c1|It was [[a Wednesday|DATE:2019-11-20]] in [[November|DATE:2019-11-01..2019-11-30]], [[the 19th or the 20th|DATE:2019-11-19..2019-11-20]], I am not sure, [[the week the rain started|DATE]]. [[Osama|PERSON]] went with his cousins to the farm and the [[Karama|ACTOR:Libyan National Army]] people took them at their checkpoint, four of them, four men.}}
Q: Four? Who was the fourth?
A: A boy who worked on the farm of the neighbours, [[Bilal|PERSON]], from [[Bani Walid|PLACE]] originally. His family came asking also. Maybe I am wrong. [[Abdelbaset|PERSON]] says three. I say four, because [[Bilal|PERSON]]'s mother came to my door.
Q: Have you heard anything from your husband since?
A: {{c2|Nothing. Four months and twelve days. No call, no paper, nobody says he is alive, nobody says he is dead.}} [crying] Sorry.
Q: Take your time.
A: The cousin [[Fathi|PERSON]] came back, he told us he saw [[Osama|PERSON]] in the place where they kept them, underground. After that, nothing. I ask everybody. I went to the [[Mitiga|PLACE]] side, I went to the ministry. They write the name. They write the name and that is all.
Q: You told my colleague about your brother too.
A: My brother [[Marwan|PERSON]]. [[Marwan Tumi|PERSON]]. He had a shop for spare parts in [[Abu Slim|PLACE:Abu Salim]], on the [[Khallet al-Ferjan road|PLACE]], no, sorry, on the road near the [[Abu Salim roundabout|PLACE]].
Q: What happened to him?
A: {{c3|In [[January|DATE:2020-01-01..2020-01-31]], [[the middle of January|DATE:2020-01-10..2020-01-20]], [[the 15th|DATE:2020-01-15]], a car without plates stopped in front of the shop and three men with masks dragged him out and put him in the car.}} His friend [[Anwar|PERSON]] from the shop next door saw it. He told us in [[the evening|DATE:2020-01-15]].
Q: Do you know who the men were?
A: No. Nobody knows. Every group in [[Tripoli|PLACE]] has cars without plates. I do not want to say a name I am not sure of.
Q: Did anyone try to take other people in your family?
A: My son, [[Anas|PERSON]], seventeen. In [[February|DATE:2020-02-01..2020-02-29]], men came to the house at [[night|DATE]] and said he must come with them to answer questions about his uncle. The old men of the street, Hajj [[Ramadan Ashour|PERSON]] and the imam, stood in the door and talked with them, maybe half an hour, and they left without him. Thank God. I sent [[Anas|PERSON]] to my sister in [[Zawiya|PLACE]] [[the next morning|DATE]].
Q: Was your area in [[Abu Salim|PLACE]] affected by the fighting also?
A: {{c4|Yes. [[Two days later|DATE:2020-01-17]], a [[hawn|WEAPON:MORTAR]] fell in the street behind the shop, in [[the afternoon|DATE:2020-01-17]], and a little girl, [[Jamila|PERSON]], the daughter of the baker, she was nine, she died.}} {{c5|Her brother was hurt in the back.}} I saw the blood on the road when I went to ask about [[Marwan|PERSON]]. The mother is still like a crazy woman.
Q: Where did the [[hawn|WEAPON:MORTAR]] come from?
A: People said from the south, from the [[Haftar|ACTOR:Libyan National Army]] side. I don't know these things.
Q: And your own house?
A: {{c6|Our house in [[Ain Zara|PLACE]], we left it in [[April|DATE:2019-04-01..2019-04-30]] at the start of the war, and when [[Abdelbaset|PERSON]] passed by in [[December|DATE:2019-12-01..2019-12-31]] he said the roof came down in the back, and the kitchen burned, somebody or something.}} We rent here in [[Hay al-Andalus|PLACE]] now, with the children.
Q: Is there anything else you want to say?
A: Only this. I do not want money. I want a paper that says where is [[Osama|PERSON]] and where is [[Marwan|PERSON]].
@@witness ly-tripoli-suad-tumi
@@claim c1 harm=DETAINED min=4 max=4 named="Osama; Bilal" actor="Libyan National Army" site="Ein Zara" date=2019-11-19..2019-11-20 basis=HEARSAY incident=ly-tripoli-20191120-ainzara-farm-road-men-taken
@@claim c2 harm=MISSING min=1 max=1 named="Osama Ghuma" date=2019-11-20 basis=EXPERIENCED incident=ly-tripoli-20191120-ainzara-farm-road-men-taken
@@claim c3 harm=DETAINED min=1 max=1 named="Marwan; Marwan Tumi" site="Abu Slim" date=2020-01-15 basis=HEARSAY incident=ly-tripoli-20200115-abusalim-marwan-tumi-taken
@@claim c4 harm=KILLED min=1 max=1 named="Jamila" weapon=MORTAR site="Abu Slim" date=2020-01-17 basis=HEARSAY incident=ly-tripoli-20200117-abusalim-bakery-street-hawn
@@claim c5 harm=INJURED min=1 max=1 weapon=MORTAR site="Abu Slim" date=2020-01-17 basis=HEARSAY incident=ly-tripoli-20200117-abusalim-bakery-street-hawn
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Ain Zara" date=2019-04-01..2019-12-31 basis=HEARSAY incident=ly-tripoli-20190000-ainzara-ghuma-house-damage
