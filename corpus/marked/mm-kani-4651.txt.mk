Interview ID: MM-KNI-4651
Interview date: 2 June 2023
Place of interview: [[Tamu|PLACE]], [[Sagaing|PLACE]] Region
Language: Burmese, interpreted into English
Interviewer: [[Maren Holt|PERSON]]
Interpreter: [[Ko Hein Zaw|PERSON]]

Q: Please tell me your name, your age, what you did before.
A: [[Daw Khin Mar Swe|PERSON]]. Fifty-one. I had a shop in [[Kani|PLACE]] town, on the market street, we sold rice, oil, soap, the small things. My husband [[U Myo Aung|PERSON]] and me, twenty years in that shop.
Q: You said on the phone the shop was hit. When was it?
A: In [[March|DATE:2023-03-01..2023-03-31]], [[this year|DATE:2023-01-01..2023-12-31]]. [[A Thursday|DATE:2023-03-09]], [[the market day|DATE:2023-03-09]], [[the 9th|DATE:2023-03-09]] I think, because the 10th is my sister's birthday and we did not celebrate, we were burying people.
Q: What time?
A: [[Morning|DATE:2023-03-09]], maybe nine, ten o'clock. Many people, the villages come to sell vegetables on that day. We heard [[the jets|WEAPON:AIRSTRIKE]] first, very high, and then very low, like tearing cloth.
A: {{c1|I was behind the counter. The [[bomb|WEAPON:AIRSTRIKE]] fell on the other side of the street, and the roof of my shop came down on the rice bags. I was under the bags, that is why I am alive.}}
A: {{c2|My husband was outside, in front. A piece of tin cut his head here, much blood, he still has the mark.}}
Q: Did you see other people hurt?
A: {{c3|Yes. [[Ma Shwe Yee Noe|PERSON]], the daughter of our neighbour, she sold flowers, she was nineteen. She was lying by the drain. We washed her and we buried her [[the same evening|DATE:2023-03-09]].}}
A: {{c3|And old [[U Sein Tin Aung|PERSON]], the tailor, he did not wake up. The third one was a woman from a village, I do not know her name. Three I saw with my own eyes.}}
A: Some people say five, six died. I cannot say five. I saw three.
Q: How many shops were damaged?
A: {{c1|Later, [[when the smoke was finished|DATE:2023-03-09]], I walked the whole street and counted. Eleven shops broken. From some we found only the walls.}} The monastery at the end of the street had no damage. The school behind was already broken since [[2021|DATE:2021-01-01..2021-12-31]], [[the soldiers|ACTOR:Tatmadaw]] shot it then, this was old.
Q: Were there resistance fighters in the market [[that day|DATE:2023-03-09]]?
A: No. There were no [[PDF|ACTOR:People's Defence Force]] in the market [[that day|DATE:2023-03-09]]. They stay outside the town, in the forest. Only sellers and buyers.
Q: Whose [[planes|WEAPON:AIRSTRIKE]] were they?
A: Who else has planes? Only [[the military|ACTOR:Tatmadaw]].
Q: What did your family do then?
A: {{c4|We left [[that night|DATE:2023-03-09]]. Six of us: me, my husband, my daughter, her husband and the two small ones. We went on the motorbikes to a village near the [[Chindwin|PLACE]], to my cousin.}}
A: {{c4|After one month there, we came here to [[Tamu|PLACE]].}}
Q: You mentioned your son earlier.
A: Yes. [[Ko Zaw Lin Htet|PERSON]]. Twenty-six years. He is the reason I want to talk.
A: {{c5|In [[November|DATE:2022-11-01..2022-11-30]], before the market [[bomb|WEAPON:AIRSTRIKE]], he went by bus to [[Monywa|PLACE]] to buy medicine for his father. At the checkpoint outside [[Mon Ywa|PLACE:Monywa]], at the bridge, [[the soldiers|ACTOR:Tatmadaw]] took everybody off the bus and looked at the phones.}}
A: {{c5|They found a photo, some photo, I do not know what photo. They took him in a truck with two other young men.}}
Q: How do you know this?
A: The bus driver, [[Ko Aung Kyaw Moe|PERSON]], came to my shop [[the next day|DATE]] and told me everything. He cried. My husband had also gone through that checkpoint [[one week before|DATE]], they searched his bag and let him go [[after ten minutes|DATE]]. They did nothing to him.
Q: Do you know where your son is now?
A: {{c6|No. We asked at [[Monywa prison|PLACE]], they said he is not there. We asked the police, they said they do not know this name. Seven months now. Nothing.}}
A: [Interpreter: She is holding the photo of the son. She asked me to say his name again for the record: Zaw Lin Htet.]
Q: Is there anything else you want to say?
A: Only that the officer at the checkpoint said to the driver, if you carry [[PDF|ACTOR:People's Defence Force]] again we will burn your bus. He did not burn it. But the driver does not drive to [[Monywa|PLACE]] now.
@@witness mm-kani-khin-mar-swe
@@claim c1 harm=PROPERTY_DAMAGE min=11 max=11 weapon=AIRSTRIKE actor=Tatmadaw site="Kani" date=2023-03-09 basis=WITNESSED incident=mm-kani-20230309-market-street-jets
@@claim c2 harm=INJURED min=1 max=1 named="U Myo Aung" weapon=AIRSTRIKE actor=Tatmadaw site="Kani" date=2023-03-09 basis=WITNESSED incident=mm-kani-20230309-market-street-jets
@@claim c3 harm=KILLED min=3 max=3 named="Ma Shwe Yee Noe; U Sein Tin Aung" weapon=AIRSTRIKE actor=Tatmadaw site="Kani" date=2023-03-09 basis=WITNESSED incident=mm-kani-20230309-market-street-jets
@@claim c4 harm=DISPLACED min=6 max=6 named="U Myo Aung" site="Kani" date=2023-03-09 basis=EXPERIENCED incident=mm-kani-20230309-khin-mar-swe-family-flight
@@claim c5 harm=DETAINED min=3 max=3 named="Ko Zaw Lin Htet" actor=Tatmadaw site="Mon Ywa" date=2022-11-01..2022-11-30 basis=HEARSAY incident=mm-monywa-20221100-bridge-checkpoint-zaw-lin-htet
@@claim c6 harm=MISSING min=1 max=1 named="Ko Zaw Lin Htet" actor=Tatmadaw site="Mon Ywa" date=2022-11-01..2022-11-30 basis=EXPERIENCED incident=mm-monywa-20221100-bridge-checkpoint-zaw-lin-htet
