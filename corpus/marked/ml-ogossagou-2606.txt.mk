Interview ID: ML-OGS-2606
Interview date: 10/03/2023
Location: [[Mopti|PLACE]]
Language: Fulfulde (interpreted into English)
Interviewer: [[Sarah Lindqvist|PERSON]]
Interpreter: [[Hamidou Tembely|PERSON]]

[00:00:04] Q: Can you tell us who you are?
[00:00:09] A: [[Boubacar Dicko|PERSON]]. Herder. Before, I lived in [[Ogossogou|PLACE:Ogossagou]], near [[Bankass|PLACE]]. Now here in [[Mopti|PLACE]], at the site of the displaced.
[00:00:31] Q: You were in [[Ogossagou|PLACE]] for the attack of [[February 2020|DATE:2020-02-01..2020-02-29]]?
[00:00:38] A: Yes, the second one. The first one, [[2019|DATE:2019-01-01..2019-12-31]], I was with the animals far away, in the [[Seno|PLACE]]. The second one I was there.
[00:00:55] Interpreter: He says [[the night of Thursday, the 13th, going to Friday|DATE:2020-02-13..2020-02-14]].
[00:01:02] A: It was [[the night of Thursday 13|DATE:2020-02-13..2020-02-14]]. [[The army|ACTOR:Malian armed forces]] had left the village [[that afternoon|DATE:2020-02-13]]. I saw their trucks going on the road to [[Bankass|PLACE]]. After that we knew something will come.
[00:01:30] Q: What happened?
[00:01:33] A: They came [[around four|DATE:2020-02-14]], [[before the prayer of the dawn|DATE:2020-02-14]]. Many. The [[dozos|ACTOR:Dan Na Ambassagou]], hunters in their brown clothes with amulets, and young men in trousers. {{c1|They took me in my courtyard, me and my cousin [[Hassane|PERSON]] and [[Yaya Sow|PERSON]] from the next compound. They tied our arms behind with rope.}}
[00:02:04] Q: Where did they take you?
[00:02:07] A: {{c1|Walking, toward [[Dioungani|PLACE]]. Two days they kept us under a tree near a Dogon hamlet, tied, no food, a little water.}} They asked us where are [[the jihadists|ACTOR:JNIM]], who gives them cows. [pause] We do not know these people.
[00:02:40] Q: How did you get free?
[00:02:44] A: An old Dogon man, a chief there, he knew my father from the market. He talked to them long time. On [[the third day|DATE:2020-02-16]] they untied us and said go, do not come back.
[00:03:05] Q: And the village, when you returned?
[00:03:09] A: {{c2|We did not return. We went straight to [[Bankass|PLACE]]. My wife [[Fatoumata|PERSON]] was already there, she thought I was dead.}}
[00:03:22] Q: What did you learn about the dead?
[00:03:26] A: {{c3|In [[Bankass|PLACE]] people were saying twenty-five, thirty, it was changing every hour.}} {{c4|Later a journalist from [[Bamako|PLACE]] came and said on the radio that thirty-one people were killed in [[Ogossogou|PLACE:Ogossagou]].}} {{c5|My neighbour's boy [[Oumar Barry|PERSON]], his mother still looks for him. No one has found him.}}
[00:03:58] Interpreter: He means the son of [[Aïssata|PERSON]], the widow.
[00:04:03] Q: Did you see any houses burned?
[00:04:06] A: {{c6|When they walked us out, I looked back. The fire was on the straw roofs, from one to the next, like the wind was carrying it. The mosque of the Peul quarter also, the roof of branches was burning.}}
[00:04:30] Q: I want to ask about the road. You told my colleague about a bus?
[00:04:35] A: Yes. [[Last year|DATE:2022-01-01..2022-12-31]], [[the week before Tabaski|DATE:2022-07-01..2022-07-08]]. I was in a truck with cattle, going from [[Bandiagara|PLACE]] to [[Sévaré|PLACE]]. {{c7,c8|A minibus was in front of us, maybe two hundred metres. It hit a [[bomb|WEAPON:IED]] buried in the road. I saw it go up, and come down on its side.}}
[00:05:02] Q: Were people hurt?
[00:05:05] A: {{c7|We ran to help. Four were dead already, one of them a woman with a baby on her back, the baby lived.}} {{c8|Many wounded, ten maybe, we put them in our truck with the cows.}}
[00:05:31] Q: Who put the [[bomb|WEAPON:IED]], do you know?
[00:05:34] A: [[The soldiers|ACTOR:Malian armed forces]] said [[the jihadists|ACTOR:JNIM]], the [[Katiba|ACTOR:JNIM]]. I did not see who put it. On that road now there are [[mines|WEAPON:LANDMINE]] everywhere, the drivers go by the bush tracks.
[00:05:55] Q: Anything else since then?
[00:05:58] A: In [[January|DATE:2023-01-01..2023-01-31]], my brother [[Seydou|PERSON]] was at the wells of [[Dioungani|PLACE]] with his herd. {{c9|[[The drone|WEAPON:DRONE_STRIKE]] of [[the army|ACTOR:Malian armed forces]] came and fired a [[missile|WEAPON:MISSILE]] on the people at the well, he told me five were killed, herders, and thirty cows.}} {{c10|[[Seydou|PERSON]] himself has a burn on the arm.}}
[00:06:30] Q: Were there armed men at the well?
[00:06:33] A: He says no, no armed men there, only herders. I was not there, I say what he told me.

@@witness ml-ogossagou-boubacar-dicko
@@claim c1 harm=DETAINED min=3 max=3 named="Boubacar Dicko; Hassane; Yaya Sow" actor="Dan Na Ambassagou" site="Ogossogou" date=2020-02-14..2020-02-16 basis=EXPERIENCED incident=ml-ogossagou-20200214-second-attack
@@claim c2 harm=DISPLACED min=1 max=1 named="Boubacar Dicko" site="Ogossogou" date=2020-02-16 basis=EXPERIENCED incident=ml-ogossagou-20200214-second-attack
@@claim c3 harm=KILLED min=25 max=30 site="Ogossogou" date=2020-02-13..2020-02-14 basis=HEARSAY incident=ml-ogossagou-20200214-second-attack
@@claim c4 harm=KILLED min=31 max=31 site="Ogossogou" date=2020-02-13..2020-02-14 basis=REPORTED incident=ml-ogossagou-20200214-second-attack
@@claim c5 harm=MISSING min=1 max=1 named="Oumar Barry" site="Ogossogou" date=2020-02-13..2020-02-14 basis=HEARSAY incident=ml-ogossagou-20200214-second-attack
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null actor="Dan Na Ambassagou" site="Ogossogou" date=2020-02-14 basis=WITNESSED incident=ml-ogossagou-20200214-second-attack
@@claim c7 harm=KILLED min=4 max=4 weapon=IED actor="JNIM" site="Bandiagara" date=2022-07-01..2022-07-08 basis=WITNESSED incident=ml-bandiagara-20220700-minibus-bomb
@@claim c8 harm=INJURED min=10 max=10 weapon=IED actor="JNIM" site="Bandiagara" date=2022-07-01..2022-07-08 basis=WITNESSED incident=ml-bandiagara-20220700-minibus-bomb
@@claim c9 harm=KILLED min=5 max=5 weapon=MISSILE actor="Malian armed forces" site="Dioungani" date=2023-01-01..2023-01-31 basis=HEARSAY incident=ml-dioungani-20230100-well-drone
@@claim c10 harm=INJURED min=1 max=1 named="Seydou" weapon=MISSILE actor="Malian armed forces" site="Dioungani" date=2023-01-01..2023-01-31 basis=HEARSAY incident=ml-dioungani-20230100-well-drone
