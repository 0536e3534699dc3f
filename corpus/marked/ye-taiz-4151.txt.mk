Interview ID: YE-TAZ-4151
Date of interview: 12 March 2019
Place of interview: [[Aden|PLACE]], [[al-Mansoura|PLACE]] district
Language: Arabic; English by the interpreter
Interviewer: [[Kristin Aasland|PERSON]]
Interpreter: [[Maher Saif|PERSON]]

Q: Please tell me your name and what you did before the war.
A: [[Waddah Abdulkarim Nasser|PERSON]]. I had a shop for spices and coffee in [[al-Qahira|PLACE]], in [[Taiz|PLACE]], near the [[Bab Musa|PLACE]] gate. Twenty years I had this shop, and my father before me.
Q: You told my colleague about your brother. Can you start there?
A: Yes. [[Anwar|PERSON]], my younger brother. It was [[the 3rd of November 2016|DATE:2016-11-03]], [[a Thursday|DATE:2016-11-03]]. We were coming back from [[Sanaa|PLACE]] in a minibus, eleven passengers, and at the entrance of [[al-Hawban|PLACE]] there is the checkpoint of the [[Houthis|ACTOR:Houthis]].
{{c1|They took four men down from the bus. [[Anwar|PERSON]], our cousin [[Shukri|PERSON]], and two young men from [[Sabir|PLACE]] I did not know. They tied their hands with their own belts and put them in a pickup.}}
Q: And you?
A: Me they searched. They looked at my card, it was made in [[Sanaa|PLACE]], and they asked me about my beard, why it is short. Then the one with the radio said "go". I sat in the bus and I was shaking. That is all, they did not take me.
Q: Where was your brother taken?
A: {{c2|To [[al-Saleh|PLACE]] city, the housing that they made a prison, in [[Salah|PLACE]] district. Fourteen months he was there. He came out in [[January 2018|DATE:2018-01-01..2018-01-31]] in an exchange of prisoners, with a paper and nothing else.}}
[Interpreter: He says "[[Madinat al-Saleh|PLACE:al-Saleh]]", the new buildings on the east side of the city.]
A: He does not talk much about it. He told me they hung him from the hands, and that in his room they were thirty, maybe more. I don't ask.
Q: And your cousin [[Shukri|PERSON]]?
A: {{c3|[[Shukri|PERSON]], no. From [[that day|DATE:2016-11-03]] nobody has seen him. Not in the lists of the exchange, not in any list.}} His mother went to the [[Houthi|ACTOR:Houthis]] supervisor three times. One time they said he is in [[Dhamar|PLACE]], one time they said they never heard the name. People say many things. We do not know if he is alive.
Q: Let us talk about your shop. What happened to it?
A: Eh, this was in [[2017|DATE:2017-01-01..2017-12-31]], [[one week before Ramadan|DATE:2017-05-20]]. The [[Houthis|ACTOR:Houthis]] were on the hills above, on [[Jabal Saber|PLACE]] side no, sorry, on the other side, from [[al-Salal|PLACE]]. They fired [[mortars|WEAPON:MORTAR]] into the market in [[the afternoon|DATE:2017-05-20]].
{{c4|Three shops in our row were finished. Mine, the shop of [[Abu Haytham|PERSON]] beside me, and the tailor. The roof came down on the sacks, there was nothing left of the coffee, nothing.}}
Q: Was anyone inside?
A: {{c5|My boy who helps me, [[Nour|PERSON]], sixteen years, he was hit in the back by the pieces. He was outside, sweeping.}} Thanks God he lives. Nobody was killed in the market [[that day|DATE:2017-05-20]]. If I had been inside the shop, not at the door of the tailor, I would be dead, I am sure of it.
Q: Where did you take [[Nour|PERSON]]?
A: To [[al-Thawra hospital|PLACE]]. There was no nour in the hospital, no electricity, they worked with the light of the phones.
Q: Were there fighters near the market?
A: [[The Resistance|ACTOR:Yemeni government forces]] had a position two streets away, yes. But in the market, no. Only sellers.
Q: What else did you see in [[al-Qahira|PLACE]]?
A: The [[sniper|WEAPON:SMALL_ARMS]]. Everybody in [[Taiz|PLACE]] will tell you about the [[sniper|WEAPON:SMALL_ARMS]]. {{c6|The son of our neighbour [[Umm Waleed|PERSON]], [[Waleed|PERSON]], twenty-two, was shot crossing [[Jamal street|PLACE]] to bring water, this was in [[the summer of 2016|DATE:2016-06-01..2016-08-31]]. I was not there, his mother told us when we came for the condolences.}}
Q: When did your family leave [[Taiz|PLACE]]?
A: {{c7|[[After the shop|DATE:2017-05-20..2017-06-30]]. We were nine, me, my wife [[Arwa|PERSON]], my mother, the six children. First we went to [[al-Turbah|PLACE]], to my wife's people, and then in [[the winter|DATE:2017-12-01..2018-02-28]] to [[Aden|PLACE]].}}
A: We were afraid they would fire on the market again, and without the shop, what do we stay for?
Q: Did you go back to [[Taizz|PLACE:Taiz]] since?
A: One time, to see the shop. The door is there. Behind it, nothing.
@@witness ye-taiz-waddah-abdulkarim-nasser
@@claim c1 harm=DETAINED min=4 max=4 named="Anwar; Shukri" actor=Houthis site="al-Hawban" date=2016-11-03 basis=WITNESSED incident=ye-taiz-20161103-hawban-checkpoint-minibus-arrests
@@claim c2 harm=DETAINED min=1 max=1 named="Anwar" actor=Houthis site="al-Saleh" date=2016-11-03..2018-01-31 basis=HEARSAY incident=ye-taiz-20161103-hawban-checkpoint-minibus-arrests
@@claim c3 harm=MISSING min=1 max=1 named="Shukri" actor=Houthis site="al-Hawban" date=2016-11-03 basis=EXPERIENCED incident=ye-taiz-20161103-hawban-checkpoint-minibus-arrests
@@claim c4 harm=PROPERTY_DAMAGE min=3 max=3 weapon=MORTAR actor=Houthis site="al-Qahira" date=2017-05-20 basis=EXPERIENCED incident=ye-taiz-20170520-qahira-market-mortars
@@claim c5 harm=INJURED min=1 max=1 named="Nour" weapon=MORTAR actor=Houthis site="al-Qahira" date=2017-05-20 basis=WITNESSED incident=ye-taiz-20170520-qahira-market-mortars
@@claim c6 harm=KILLED min=1 max=1 named="Waleed" weapon=SMALL_ARMS site="Jamal street" date=2016-06-01..2016-08-31 basis=HEARSAY incident=ye-taiz-20160600-jamal-street-waleed-sniper
@@claim c7 harm=DISPLACED min=9 max=9 named="Arwa" site="al-Qahira" date=2017-05-20..2018-02-28 basis=EXPERIENCED incident=ye-taiz-20170500-waddah-family-flight
