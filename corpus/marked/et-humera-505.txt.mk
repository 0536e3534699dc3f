@@encoding utf-16le
Interview ID: ET-HUM-505
Interview date: 2020-12-14
Location: [[Hamdayet|PLACE]] transit centre, [[Kassala|PLACE]] state, [[Sudan|PLACE]]
Language: Tigrinya
Interviewer: [[Samuel Brandt|PERSON]]
Interpreter: [[Senait Hadera|PERSON]]

Q: Where did you live before you came to [[Sudan|PLACE]]?
A: In [[Humera|PLACE]], in the town. I had a shop for sesame and sorghum, near the big mosque. My father was a farmer in [[Wolkait|PLACE]] before.
Q: When did the fighting come to [[Humera|PLACE]]?
A: [[The ninth of November|DATE:2020-11-09]]. [[Monday|DATE:2020-11-09]], early, maybe at five, [[before the light|DATE:2020-11-09]]. The [[shells|WEAPON:ARTILLERY]] came from across the river, from the side of [[Eritrea|PLACE]]. Also the [[rockets|WEAPON:ROCKET]], the [[BM|WEAPON:ROCKET]], many at one time, you hear "shhh shhh shhh".
Interpreter: He means the multiple rocket launcher, people say "BM".
Q: What did you see?
A: {{c1,c3|One [[shell|WEAPON:ARTILLERY]] fell on the house of the [[Kahsay|PERSON]] family, behind my shop.}} {{c1|I ran there with my neighbour [[Gidey Hailu|PERSON]]. [[Zufan|PERSON]], the mother, and three of her children, they were dead under the roof. [[Luwam|PERSON]], the small one, she was four.}} Her husband [[Kahsay|PERSON]] was in [[Gondar|PLACE]] for business. He does not know yet, maybe. I don't have his number.
Q: Were other people hurt?
A: {{c2|Many. I think thirty, forty were wounded in our part, I saw them carried to the clinic of Dr. [[Mehretab|PERSON]].}} {{c3|In the market street many shops were burned, mine also, the roof is open now.}} In our street there were no fighters when the [[shells|WEAPON:ARTILLERY]] fell. [[The Tigray forces|ACTOR:Tigray Defense Forces]] were at the camp near the airstrip, far from us, two kilometres.
Q: Do you know who fired?
A: From [[Eritrea|PLACE]] side, so [[Shabia|ACTOR:Eritrean forces]], [[the Eritrean army|ACTOR:Eritrean forces]]. Who else is there? Then in [[the afternoon|DATE:2020-11-09]] [[the Ethiopian army|ACTOR:Ethiopian National Defense Force]] came from the [[Sudan|PLACE]] side and also [[Fano|ACTOR:Amhara militias]] from [[Gondar|PLACE]] side.
Q: What did you do then?
A: {{c4|[[That night|DATE:2020-11-09]] we left. My wife [[Tirhas|PERSON]], my four children, my mother, me. Seven. We walked to the [[Tekeze|PLACE]] and crossed in a small boat at [[Hamdayet|PLACE]].}} Some people crossed swimming. Some did not arrive.
Q: Was anything on the road?
A: {{c5|Near [[Adebay|PLACE]] a young man who walked in front of us stepped on a [[mine|WEAPON:LANDMINE]]. His foot was gone. We tied it with his shirt and his friends carried him.}} The old people say there are [[mines|WEAPON:LANDMINE]] in this area from the old war with [[Eritrea|PLACE]]. Nobody cleans them.
Q: Is anyone from your family still in [[Humara|PLACE:Humera]]?
A: My brother [[Mebrahtom|PERSON]]. He stayed to keep the house. {{c6|A man who came here last week told me that [[the Amhara special forces|ACTOR:Amhara militias]] took [[Mebrahtom|PERSON]] and other young men, maybe twenty, to a warehouse near the sesame market, [[some days after we left|DATE:2020-11-10..2020-11-30]].}} He said they beat them. They told the Tigrayan families: leave [[Humera|PLACE]], or you will be killed. If I had stayed, I would be in that warehouse now.
Q: Did you see any [[air strikes|WEAPON:AIRSTRIKE]] in [[Humera|PLACE]]?
A: No. I did not see [[planes|WEAPON:AIRSTRIKE]] in [[Humera|PLACE]], and no [[missiles|WEAPON:MISSILE]]. Only the [[shells|WEAPON:ARTILLERY]] and the [[rockets|WEAPON:ROCKET]]. And after, the [[guns|WEAPON:SMALL_ARMS]] in the streets, when the soldiers came in.
Q: Thank you. Is there anything else?
A: Here in [[Hamdait|PLACE:Hamdayet]] people give us sorghum, the Sudanese people are good. But please, if you can, find [[Kahsay|PERSON]] in [[Gondar|PLACE]] and tell him. I cannot.
@@witness et-humera-ataklti-gebru
@@claim c1 harm=KILLED min=4 max=4 named="Zufan; Luwam" weapon=ARTILLERY site="Humera" date=2020-11-09 basis=WITNESSED incident=et-humera-20201109-shelling
@@claim c2 harm=INJURED min=30 max=40 site="Humera" date=2020-11-09 basis=WITNESSED incident=et-humera-20201109-shelling
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null site="Humera" date=2020-11-09 basis=WITNESSED incident=et-humera-20201109-shelling
@@claim c4 harm=DISPLACED min=7 max=7 site="Humera" date=2020-11-09 basis=EXPERIENCED incident=et-humera-20201109-flight-to-sudan
@@claim c5 harm=INJURED min=1 max=1 weapon=LANDMINE site="Adebay" date=2020-11-09..2020-11-10 basis=WITNESSED incident=et-adebay-20201110-landmine
@@claim c6 harm=DETAINED min=20 max=20 named="Mebrahtom" actor="Amhara militias" site="Humera" date=2020-11-10..2020-11-30 basis=HEARSAY incident=et-humera-20201100-warehouse-detentions
