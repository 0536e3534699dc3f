WITNESS STATEMENT
Statement ID: ALP-4001
Date of interview: 11 March 2017
Place of interview: [[Gaziantep|PLACE]], [[Turkey|PLACE]]
Language: Arabic, interpreted into English
Interviewer: [[Helene Marchand|PERSON]]
Interpreter: [[Rami Suleiman|PERSON]]

My name is [[Ziad Ahmad Qaterji|PERSON]]. I am forty-four years old. I was born in [[Aleppo|PLACE]] and until the end I lived in [[Hai al-Sukkari|PLACE:al-Sukkari]], in the street behind the vegetable market, on the third floor. I repaired refrigerators and washing machines. My wife is [[Hanan|PERSON]] and we have four children.

In [[the autumn of 2016|DATE:2016-09-22..2016-12-20]] we had no electricity and the water came maybe one day in ten. On [[Wednesday the 16th of November|DATE:2016-11-16]] I went up on the roof in [[the morning|DATE:2016-11-16]], around [[ten o'clock|DATE:2016-11-16]], to fix the pipe of the water tank, because the tank had a hole from an earlier time. From the roof you see all the street and the building of the [[Hamdo|PERSON]] family opposite, four floors. I heard [[the helicopter|WEAPON:AIRSTRIKE]] first, then I saw it, very high, and I saw the [[barrel|WEAPON:BARREL_BOMB]] leave it and turn in the air. I lay down flat by the tank. I watched it all the way, I could not stop looking.

{{c1|The [[barrel|WEAPON:BARREL_BOMB]] came down on the [[Hamdo|PERSON]] building, on the roof, and the building went down on itself, the top onto the bottom, like you close a book.}} {{c2|[[Abu Fadi|PERSON]], [[Mustafa Hamdo|PERSON]], was inside with his wife and his two girls, [[Rasha|PERSON]], who was seven, and [[Nour|PERSON]], who was twelve. All four of them died.}} {{c3|The men of the civil defence took out nine bodies by [[the evening|DATE:2016-11-16]], from that building and from the shop under it.}} I stood with them and carried the stretcher for two of them. {{c4|Our building lost its whole front, the balconies fell into the street and my workshop on the ground floor was full of stones.}}

{{c5|A stone, or a piece of the tank, I don't know, hit me on the shoulder and cut my ear.}} [Interpreter's note: the witness showed a scar on his left ear.] It was not serious. My wife put cloth on it.

{{c6|In [[the afternoon|DATE:2016-11-16]] my cousin [[Bassel|PERSON]] came and said that the two sons of the baker, [[Anas|PERSON]] and [[Yahya Kurdi|PERSON]], were also killed, because they were standing in front of the [[Hamdo|PERSON]] building with the bread cart.}} I did not see the boys. I only knew them from the bread.

I want to say clearly: there were no fighters in the [[Hamdo|PERSON]] building. [[Abu Fadi|PERSON]] was a teacher of mathematics. The nearest position of [[the Free Army|ACTOR:Syrian armed opposition]] was far, near the old railway.

The second thing is about my brother-in-law, the husband of my sister. His name is [[Walid Aboud|PERSON]]. They lived in [[al-Shaar|PLACE]], near [[al-Shaar roundabout|PLACE]]. I was not there [[that day|DATE:2016-12-03]]. I was at home in [[Sukkari|PLACE:al-Sukkari]] with my children, and the road between us was already cut by the [[shelling|WEAPON:ARTILLERY]]. It was [[the 3rd of December|DATE:2016-12-03]], [[a Saturday|DATE:2016-12-03]]. [[The regime|ACTOR:Syrian government forces]] was already in [[Masaken Hanano|PLACE]] and they fired [[artillery|WEAPON:ARTILLERY]] on [[al-Shaar|PLACE]] all day. {{c7|[[Walid|PERSON]] went down to bring flour from the shop of [[Abu Hassan|PERSON]], and a [[shell|WEAPON:ARTILLERY]] fell in the street beside him. He died on the spot, with the flour in his hands.}} {{c8|[[Abu Hassan|PERSON]] himself lost his leg, under the knee.}} {{c9|My sister and her three children slept two nights in the mosque after that, because their house had no roof any more.}} All of this my sister told me when she came to us, crying, [[four days later|DATE:2016-12-07]]. We did not wash him, we did not see him. They buried him there, in the garden of the mosque, [[before noon|DATE:2016-12-03]]. I could not go.

In those last weeks they also threw the [[incendiary bombs|WEAPON:INCENDIARY]], the ones that burn white. On our street, no, I did not see them fall, so I do not talk about them.

{{c10|On [[the 20th of December|DATE:2016-12-20]] we left [[Aleppo|PLACE]] on the green buses, all six of us, with one bag each, to [[Rashidin|PLACE]] and then to [[Idlib|PLACE]].}} It took us nearly thirty hours. From [[Idlib|PLACE]] we came to [[Turkey|PLACE]] in [[February|DATE:2017-02-01..2017-02-28]].

I give this statement freely. I can be contacted through the interpreter.
@@witness sy-aleppo-ziad-qaterji
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Hai al-Sukkari" date=2016-11-16 basis=WITNESSED incident=sy-aleppo-20161116-sukkari-hamdo-building-barrel
@@claim c2 harm=KILLED min=4 max=4 named="Abu Fadi; Mustafa Hamdo; Rasha; Nour" weapon=BARREL_BOMB site="Hai al-Sukkari" date=2016-11-16 basis=WITNESSED incident=sy-aleppo-20161116-sukkari-hamdo-building-barrel
@@claim c3 harm=KILLED min=9 max=9 weapon=BARREL_BOMB site="Hai al-Sukkari" date=2016-11-16 basis=WITNESSED incident=sy-aleppo-20161116-sukkari-hamdo-building-barrel
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Hai al-Sukkari" date=2016-11-16 basis=EXPERIENCED incident=sy-aleppo-20161116-sukkari-hamdo-building-barrel
@@claim c5 harm=INJURED min=1 max=1 named="Ziad Ahmad Qaterji" weapon=BARREL_BOMB site="Hai al-Sukkari" date=2016-11-16 basis=EXPERIENCED incident=sy-aleppo-20161116-sukkari-hamdo-building-barrel
@@claim c6 harm=KILLED min=2 max=2 named="Anas; Yahya Kurdi" weapon=BARREL_BOMB site="Hai al-Sukkari" date=2016-11-16 basis=HEARSAY incident=sy-aleppo-20161116-sukkari-hamdo-building-barrel
@@claim c7 harm=KILLED min=1 max=1 named="Walid" weapon=ARTILLERY actor="Syrian government forces" site="al-Shaar" date=2016-12-03 basis=HEARSAY incident=sy-aleppo-20161203-shaar-aboud-flour-shell
@@claim c8 harm=INJURED min=1 max=1 named="Abu Hassan" weapon=ARTILLERY actor="Syrian government forces" site="al-Shaar" date=2016-12-03 basis=HEARSAY incident=sy-aleppo-20161203-shaar-aboud-flour-shell
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Syrian government forces" site="al-Shaar" date=2016-12-03 basis=HEARSAY incident=sy-aleppo-20161203-shaar-aboud-flour-shell
@@claim c10 harm=DISPLACED min=6 max=6 site="Aleppo" date=2016-12-20 basis=EXPERIENCED incident=sy-aleppo-20161220-qaterji-family-buses
