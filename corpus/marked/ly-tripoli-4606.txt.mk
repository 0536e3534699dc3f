Interview ID: LY-TRP-4606
Date: 2020-09-15
Location: [[Tripoli|PLACE]], [[Souq al-Juma|PLACE]]
Language: Arabic
Interviewer: [[Joana Ferraz|PERSON]]
Interpreter: [[Haitham Elmabrouk|PERSON]]

[00:00:04] Q: Can you tell me your name and where you lived in [[April last year|DATE:2019-04-01..2019-04-30]]?
[00:00:09] A: [[Somaya Bashir Elghoul|PERSON]]. We lived in [[Ain Zara|PLACE]], near the [[Naqliya junction|PLACE]], in a house my husband built with his hands, eleven years of work.
[00:00:24] Q: What happened when the fighting started?
[00:00:28] A: It was [[the first days of Ramadan|DATE:2019-05-06..2019-05-10]]? No. Before. [[The beginning of April|DATE:2019-04-01..2019-04-10]]. [[Haftar's forces|ACTOR:Libyan National Army]] came up the road from the south and we heard the tanks at [[night|DATE:2019-04-01..2019-04-10]]. {{c1|[[The next morning|DATE:2019-04-02..2019-04-11]] we left, me, my husband [[Faraj|PERSON]], our son [[Salam|PERSON]] and the two girls. Five people and a bag of bread.}}
[00:00:51] A: {{c1|We went to my sister [[Fawzia|PERSON]] in [[Abu Salim|PLACE]], on [[Kindi street|PLACE]].}} We thought one week. It became fourteen months.
[00:01:02] Q: Did you see what happened to your house?
[00:01:05] A: Not then. I will tell you after. First I must tell about [[Abu Salim|PLACE]], because this is where it happened in front of me.
[00:01:14] A: [[The 2nd of December|DATE:2019-12-02]], [[the Monday|DATE:2019-12-02]]. At [[maghrib|DATE:2019-12-02]]. I was on the balcony taking the washing because the sky was dark. Then the [[Grad|WEAPON:ROCKET]]. You know the sound, like someone tearing a sheet.
[00:01:31] A: {{c2|Three, four [[rockets|WEAPON:ROCKET]]. One fell on the house across the street, the house of Hajja [[Zakiya|PERSON]]. The front of the house was opened like a box.}}
[00:01:44] A: {{c3|Hajja [[Zakiya|PERSON]] and her two grandsons, [[Muayad|PERSON]] and [[Anas|PERSON]], they died. The boys were eight and ten. They were sitting in the front room watching the cartoons.}}
[00:01:58] [crying]
[00:02:10] A: {{c4|And my son [[Salam|PERSON]] was on the stairs of the building, a piece of glass cut his neck, here. Eleven stitches.}} He is fine. He is fine now.
[00:02:21] Q: Did you see the bodies?
[00:02:24] A: {{c3|I saw the men carry [[Muayad|PERSON]] out. The small one. The others I did not see.}}
[00:02:31] Q: Who fired the [[rockets|WEAPON:ROCKET]], do you know?
[00:02:34] A: From the south. From [[Haftar|ACTOR:Libyan National Army]]. Who else? The fighters of the [[Wifaq|ACTOR:Government of National Accord forces]] were not in our street, they were at the front, at [[Salah al-Din|PLACE]] and beyond.
[00:02:47] Interpreter: She says "[[Wifaq|ACTOR:Government of National Accord forces]]", the forces of the government in [[Tripoli|PLACE]].
[00:02:53] Q: You mentioned your husband's cousin.
[00:02:56] A: [[Ramadan Elghoul|PERSON]]. He drove a truck for vegetables. {{c5,c8|In [[January|DATE:2020-01-01..2020-01-31]], on the airport road, [[the drone|WEAPON:DRONE_STRIKE]] hit his truck.}} {{c5|He died with the boy who helped him.}}
[00:03:08] A: {{c5|I saw it on the page of the municipality, with the photo of the truck, black.}} They wrote [[the drone|WEAPON:DRONE_STRIKE]] came from the [[Emirates|PLACE:United Arab Emirates]], for [[Haftar|ACTOR:Libyan National Army]]. I don't know these things.
[00:03:18] Q: When did you go back to [[Ain Zara|PLACE]]?
[00:03:21] A: [[June|DATE:2020-06-01..2020-06-30]], [[after the Eid|DATE:2020-05-24..2020-06-30]], when they pulled back. The men went first. My husband said, don't come, there are [[mines|WEAPON:LANDMINE]] in the houses.
[00:03:34] A: {{c6|The son of our neighbour, [[Khaled Jaballah|PERSON]], opened the door of their kitchen, and a [[bomb|WEAPON:IED]] was on the door, tied with a wire. He died in the door.}} [[Two days after we came back|DATE:2020-06-10..2020-06-20]]. I heard it, I was on the roof with the water tank.
[00:03:52] A: People say [[Wagner|ACTOR:Wagner Group]] put them, [[the Russians|ACTOR:Wagner Group]]. I don't know who, I only know [[Khaled|PERSON]] is dead.
[00:04:01] Q: And your own house?
[00:04:03] A: {{c7|The wall of the garden is gone, a [[tank shell|WEAPON:ARTILLERY]] I think. The doors, the fridge, the television, all taken. They even took the taps.}}
[00:04:16] A: Our house had no [[mines|WEAPON:LANDMINE]], the engineers checked every room, thanks God. If [[Salam|PERSON]] had opened a door before them... I don't think about it.
[00:04:27] Q: Is there anything you want to add?
[00:04:30] A: Only that my son is called [[Salam|PERSON]] and there is no salam here. Write this.
@@witness ly-tripoli-somaya-elghoul
@@claim c1 harm=DISPLACED min=5 max=5 named="Faraj; Salam" actor="Libyan National Army" site="Ain Zara" date=2019-04-02..2019-04-11 basis=EXPERIENCED incident=ly-tripoli-20190400-ainzara-elghoul-family-flight
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null named="Zakiya" weapon=ROCKET actor="Libyan National Army" site="Kindi street" date=2019-12-02 basis=WITNESSED incident=ly-tripoli-20191202-abusalim-kindi-street-grad
@@claim c3 harm=KILLED min=3 max=3 named="Zakiya; Muayad; Anas" weapon=ROCKET actor="Libyan National Army" site="Kindi street" date=2019-12-02 basis=WITNESSED incident=ly-tripoli-20191202-abusalim-kindi-street-grad
@@claim c4 harm=INJURED min=1 max=1 named="Salam" weapon=ROCKET actor="Libyan National Army" site="Kindi street" date=2019-12-02 basis=WITNESSED incident=ly-tripoli-20191202-abusalim-kindi-street-grad
@@claim c5 harm=KILLED min=2 max=2 named="Ramadan Elghoul" weapon=DRONE_STRIKE actor="Libyan National Army" date=2020-01-01..2020-01-31 basis=REPORTED incident=ly-tripoli-20200100-airport-road-elghoul-truck-drone
@@claim c6 harm=KILLED min=1 max=1 named="Khaled Jaballah" weapon=IED site="Ain Zara" date=2020-06-10..2020-06-20 basis=WITNESSED incident=ly-tripoli-20200600-ainzara-jaballah-kitchen-booby-trap
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Ain Zara" date=2019-04-02..2020-06-30 basis=EXPERIENCED incident=ly-tripoli-20190400-ainzara-elghoul-house-looted
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Libyan National Army" date=2020-01-01..2020-01-31 basis=REPORTED incident=ly-tripoli-20200100-airport-road-elghoul-truck-drone
