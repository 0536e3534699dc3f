Interview ID: CD-SAK-3609
Interview date: 2024-04-22
Location: [[Rusayo|PLACE]] camp, near [[Goma|PLACE]]
Language: Kiswahili (Kinande in places), interpreted
Interviewer: [[Jonas Berglund|PERSON]]
Interpreter: [[Olivier Mumbere|PERSON]]
Speaker: [[Furaha Kavira|PERSON]]

Jonas: Thank you for talking to us. You lived in [[Sake|PLACE]] until [[this year|DATE:2024-01-01..2024-12-31]]?
Furaha: Yes. Fifteen years in [[Sake|PLACE]], in the quarter on the road to [[Mubambiro|PLACE]], near the market. I sold fish from the lake, the small ones, sambaza.
Olivier: Sambaza is the small fish from [[Lake Kivu|PLACE]].
Jonas: When did the fighting come close to [[Sake|PLACE]]?
Furaha: From [[January|DATE:2024-01-01..2024-01-31]]. The [[M23|ACTOR:M23]] were on the hills, and [[the army|ACTOR:FARDC]] and the [[Wazalendo|ACTOR:Wazalendo]] in the town. Every night [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]] from both sides, you could not sleep.
Furaha: {{c1|At [[the end of January|DATE:2024-01-25..2024-01-31]] a [[missile|WEAPON:MISSILE]] fell in the yard of the health centre, the one of the Catholics, and all the windows were blown in, the door of the maternity came off, I saw it when I passed.}} The [[missile|WEAPON:MISSILE]] came from [[the Rwandans|ACTOR:Rwandan forces]], people said, they have those ones.
Jonas: Was anybody hurt?
Furaha: {{c2|A nurse, [[Kahindo|PERSON]], she was cut on the face by the glass, and one mother who had just given birth, I don't know her name.}} I went [[the next day|DATE]] to bring fish to [[Kahindo|PERSON]], I saw her with the bandage.
Jonas: And the attack on the market? People told us about it.
Furaha: Yes. That one was worse. It was [[the Wednesday|DATE:2024-02-07]], [[the week the schools closed|DATE:2024-02-05..2024-02-09]], because the teachers said it is too dangerous.
Furaha: [[Around three|DATE:2024-02-07]], the [[big shells|WEAPON:ARTILLERY]] came, the [[one-two-two|WEAPON:ROCKET]] I think, my husband says it is the [[rockets|WEAPON:ROCKET]] that come many together.
Olivier: She means the 122, the rockets fired from a truck. People here call them like that.
Furaha: {{c3|I was at my table in the market. One fell on the corner of the market, near the bakery of Mama [[Neema|PERSON]], and the bakery burned, all, the oven, the flour, the bread of the day.}}
Furaha: {{c4|Three people died near the bakery, maybe four, I saw three, one was old [[Kasereka Mbusa|PERSON]] who repaired shoes.}} His legs... [pause] I don't want to say.
Jonas: Some people told us five were killed [[that day|DATE:2024-02-07]].
Furaha: Maybe in the avenues behind, also. I speak of the market.
Furaha: {{c5|My stall, nothing left, the table, the basins, the fish in the dust.}}
Jonas: What did you do then?
Furaha: {{c6|[[That night|DATE:2024-02-07]] we took the road to [[Goma|PLACE]], me, my husband [[Paluku|PERSON]], our five children, and my sister's boy, eight people, and we came here to [[Rusayo|PLACE]].}}
Jonas: Your sister's boy, he is with you?
Furaha: No. That is the other thing. [[Kambale Muhindo|PERSON]], seventeen.
Furaha: {{c7|In [[March|DATE:2024-03-01..2024-03-31]] he went back toward [[Shasha|PLACE]] to look for the beans in our field, with two boys from the camp. Since then, nothing. No phone, no body, nobody has seen him.}} The other two boys also did not come back. Their mothers are here, ask them.
Jonas: Have you asked the authorities?
Furaha: I went to the police post. They wrote his name. That is all.
Jonas: Has anything happened here in [[Rusayo|PLACE]]?
Furaha: {{c8|On [[the 2nd of April|DATE:2024-04-02]], at [[night|DATE:2024-04-02]], soldiers of [[the military intelligence|ACTOR:FARDC]] came to our shelter and took my husband [[Paluku|PERSON]], they said he speaks Kinyarwanda so he is with the [[M23|ACTOR:M23]].}} It is not true, he speaks it because his mother is from [[Masisi|PLACE]].
Furaha: {{c9|They are holding him in [[Goma|PLACE]], at their office, three weeks now. I bring food to the gate, sometimes they take it, sometimes not.}}
Olivier: [[The military intelligence|ACTOR:FARDC]], she says, the army's service.
Jonas: Were other people in the camp stopped?
Furaha: My son [[Baraka|PERSON]], the [[Wazalendo|ACTOR:Wazalendo]] at their barrier on the road stopped him, they opened his bag, they looked at his phone, then they said go. Another time they wanted to take him to carry things, but the chef of the camp came and talked, and they left him.
Furaha: Baraka means blessing. We say God gave us baraka because he is still here.
Jonas: Thank you, [[Furaha|PERSON]].
Furaha: Write [[Paluku|PERSON]]. He is a fisherman, not a soldier.
@@witness cd-sake-furaha-kavira
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE actor="Rwandan forces" site="Sake" date=2024-01-25..2024-01-31 basis=WITNESSED incident=cd-sake-20240100-health-centre-missile
@@claim c2 harm=INJURED min=2 max=2 named="Kahindo" weapon=MISSILE actor="Rwandan forces" site="Sake" date=2024-01-25..2024-01-31 basis=HEARSAY incident=cd-sake-20240100-health-centre-missile
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Sake" date=2024-02-07 basis=WITNESSED incident=cd-sake-20240207-market-avenue-bombs
@@claim c4 harm=KILLED min=3 max=4 named="Kasereka Mbusa" weapon=ROCKET site="Sake" date=2024-02-07 basis=WITNESSED incident=cd-sake-20240207-market-avenue-bombs
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Sake" date=2024-02-07 basis=EXPERIENCED incident=cd-sake-20240207-market-avenue-bombs
@@claim c6 harm=DISPLACED min=8 max=8 named="Paluku" site="Sake" date=2024-02-07 basis=EXPERIENCED incident=cd-sake-20240207-market-avenue-bombs
@@claim c7 harm=MISSING min=3 max=3 named="Kambale Muhindo" site="Shasha" date=2024-03-01..2024-03-31 basis=HEARSAY incident=cd-sake-20240300-shasha-bean-field-boys
@@claim c8 harm=DETAINED min=1 max=1 named="Paluku" actor=FARDC site="Rusayo" date=2024-04-02 basis=WITNESSED incident=cd-goma-20240402-rusayo-paluku-arrest
@@claim c9 harm=DETAINED min=1 max=1 named="Paluku" actor=FARDC site="Goma" date=2024-04-02..2024-04-22 basis=WITNESSED incident=cd-goma-20240402-rusayo-paluku-arrest
