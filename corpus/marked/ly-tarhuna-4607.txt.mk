Interview date: 20 October 2020
Location: [[Tarhuna|PLACE]], [[Libya|PLACE]]
Interviewer: [[Ingrid Holmqvist|PERSON]]
Speaker: [[Rabia Masoud Ghnaiya|PERSON]]
Interpreter: [[Nader Sassi|PERSON]]

Ingrid: Thank you for receiving us in your house. Where should we begin?
Rabia: With [[Abdelsalam|PERSON]]. Everything begins with him. My husband.
Nader: She wants to begin with her husband, [[Abdelsalam|PERSON]].
Rabia: We have a farm on the road to [[Msallata|PLACE]], olives and a few sheep. [[Abdelsalam Zarrouk|PERSON]], he was forty-six. He did not carry a weapon one day in his life, I swear it.
Ingrid: When was he taken?
Rabia: {{c1|[[September|DATE:2019-09-01..2019-09-30]]. The year [[2019|DATE:2019-01-01..2019-12-31]]. [[After the isha|DATE:2019-09-01..2019-09-30]], [[a Thursday|DATE:2019-09-01..2019-09-30]]. Two cars came into the farm, the lights on our faces. They took [[Abdelsalam|PERSON]] and his brother [[Mukhtar|PERSON]], who was sleeping with us because his wife was with her mother.}}
Rabia: They were the [[Kaniyat|ACTOR:al-Kaniyat]]. I know one of them by face, he bought olives from us two winters before. He did not look at me.
Ingrid: Did they say why?
Rabia: They said, your husband talks on the phone with [[Misrata|PLACE]]. [laughs] He talked with his cousin in [[Misrata|PLACE]] about the price of oil. Olive oil.
Nader: She means olive oil, not petrol.
Rabia: They did not touch me or the children. They did not enter the rooms. Only the men.
Ingrid: What did you do after?
Rabia: I went to the headquarters of [[the 9th Brigade|ACTOR:al-Kaniyat]] three times. The first time they said he will come back tomorrow. The second time they said they don't know him. The third time a man told my brother, don't send her again, or she will not come back.
Rabia: {{c2|So from [[that Thursday|DATE:2019-09-01..2019-09-30]], nothing. Nine months nothing. Not a word from [[Abdelsalam|PERSON]] or [[Mukhtar|PERSON]].}}
Ingrid: I know this is very hard. What happened in [[June|DATE:2020-06-01..2020-06-30]]?
Rabia: When the [[Kaniyat|ACTOR:al-Kaniyat]] ran, at the start of [[June|DATE:2020-06-01..2020-06-30]], and the forces of the [[Wifaq|ACTOR:Government of National Accord forces]] came in, people started to find the holes. At [[al-Rabt|PLACE]], in the farms, near the dump.
Rabia: {{c3|In [[August|DATE:2020-08-01..2020-08-31]] the committee called my brother. They found [[Mukhtar|PERSON]], from his teeth and his watch. He was shot in the head, they said, with the hands tied.}}
Rabia: [[Abdelsalam|PERSON]], until now, no. There are bodies they cannot name. Maybe he is one of them. Maybe he is in a prison in the east. I pray for both, and I don't know which prayer to say.
[pause]
Ingrid: Were there other attacks on [[Tarhuna|PLACE]] while the [[Kaniyat|ACTOR:al-Kaniyat]] held it?
Rabia: [[The drones|WEAPON:DRONE_STRIKE]]. In [[spring|DATE:2020-03-01..2020-05-31]], the [[Turkish|ACTOR:Turkish forces]] [[drones|WEAPON:DRONE_STRIKE]] of the [[Wifaq|ACTOR:Government of National Accord forces]] were over us every day. {{c4,c8|My sister's son, [[Hamza Ghnaiya|PERSON]], was at the petrol station at the entrance of [[Tarhouna|PLACE:Tarhuna]] when [[the drone|WEAPON:DRONE_STRIKE]] hit a truck of fuel there, in [[April|DATE:2020-04-01..2020-04-30]].}} {{c5|He was burned on the arms and his face. Two men who were filling died there.}} My sister told me. I did not see it, I was in the farm.
Ingrid: Did [[Hamza|PERSON]] recover?
Rabia: His arms, yes. His face, he has the marks. He is twenty and he does not want to go to weddings now.
Ingrid: What happened to the rest of your husband's family?
Rabia: {{c6|His other brothers were afraid, because people say the family of anyone from [[Tarhuna|PLACE]] is with the [[Kaniyat|ACTOR:al-Kaniyat]]. In [[June|DATE:2020-06-01..2020-06-30]] they left with their families to [[Bani Walid|PLACE]], maybe twenty people in three cars.}} They are still there.
Rabia: {{c7|And their houses in the town, somebody burned them after they left. My neighbour sent me the photos.}} Who did it, I don't know. Everybody has revenge now.
Ingrid: Why did you stay?
Rabia: The farm. The children's school. And if [[Abdelsalam|PERSON]] comes back, he must find the door open.
Nader: She is asking you to write his full name. [[Abdelsalam Masoud Zarrouk|PERSON]]. Sorry, [[Abdelsalam Ali Zarrouk|PERSON]], she corrects me.
Rabia: [[Ali|PERSON]] is his father. [[Masoud|PERSON]] is mine. The interpreter is tired.
@@witness ly-tarhuna-rabia-ghnaiya
@@claim c1 harm=DETAINED min=2 max=2 named="Abdelsalam; Mukhtar" actor=al-Kaniyat site="Tarhuna" date=2019-09-01..2019-09-30 basis=WITNESSED incident=ly-tarhuna-20190900-zarrouk-brothers-farm-taken
@@claim c2 harm=MISSING min=2 max=2 named="Abdelsalam; Mukhtar" actor=al-Kaniyat site="Tarhuna" date=2019-09-01..2020-06-30 basis=EXPERIENCED incident=ly-tarhuna-20190900-zarrouk-brothers-farm-taken
@@claim c3 harm=KILLED min=1 max=1 named="Mukhtar" weapon=SMALL_ARMS actor=al-Kaniyat site="al-Rabt" date=2019-09-01..2020-06-30 basis=HEARSAY incident=ly-tarhuna-20190900-zarrouk-brothers-farm-taken
@@claim c4 harm=INJURED min=1 max=1 named="Hamza Ghnaiya" weapon=DRONE_STRIKE actor="Government of National Accord forces" site="Tarhouna" date=2020-04-01..2020-04-30 basis=HEARSAY incident=ly-tarhuna-20200400-entrance-petrol-station-fuel-truck-drone
@@claim c5 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE actor="Government of National Accord forces" site="Tarhouna" date=2020-04-01..2020-04-30 basis=HEARSAY incident=ly-tarhuna-20200400-entrance-petrol-station-fuel-truck-drone
@@claim c6 harm=DISPLACED min=20 max=20 site="Tarhuna" date=2020-06-01..2020-06-30 basis=HEARSAY incident=ly-tarhuna-20200600-zarrouk-brothers-flight-baniwalid
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="Tarhuna" date=2020-06-01..2020-10-20 basis=HEARSAY incident=ly-tarhuna-20200600-zarrouk-houses-burned
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Government of National Accord forces" site="Tarhouna" date=2020-04-01..2020-04-30 basis=HEARSAY incident=ly-tarhuna-20200400-entrance-petrol-station-fuel-truck-drone
