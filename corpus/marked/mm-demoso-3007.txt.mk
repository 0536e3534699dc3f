@@encoding utf-16le
Interview ID: MM-KRN-3007
Interview date: 2022-11-21
Location: [[Mae Hong Son|PLACE]], [[Thailand|PLACE]]
Language: Kayah Li and Burmese
Interviewer: [[Jonas Pettersen|PERSON]]
Interpreter: [[Naw Paw Htoo|PERSON]]

[00:00:04] INTERVIEWER: Thank you for coming. Could you give your name?
[00:00:09] WITNESS: [[Khu Reh Myar|PERSON]]. I was a farmer and I drove a small truck, a hire truck, between [[Demoso|PLACE]] and [[Loikaw|PLACE]].
[00:00:21] INTERVIEWER: You told my colleague about the bombing in [[Dimawhso|PLACE:Demoso]].
[00:00:27] INTERPRETER: He says yes, Demoso, people write it Dimawhso also.
[00:00:33] WITNESS: {{c1|It was [[the 8th of June|DATE:2022-06-08]]. [[The jets|WEAPON:AIRSTRIKE]], two of them, came in [[the afternoon|DATE:2022-06-08]] and bombed near the market of [[Demoso|PLACE]], where the displaced people were buying rice.}}
[00:00:52] WITNESS: {{c1|I was under my truck fixing the wheel, maybe one hundred metres. When I came out, eh, the tea shop of [[Mi Reh|PERSON]] was not there any more, only the posts, and the clinic next to it had all the windows blown in.}}
[00:01:10] INTERVIEWER: Were people hurt?
[00:01:13] WITNESS: {{c3|Yes. I saw four dead, I think four. [[Mi Reh|PERSON]] herself, and a boy who sold betel, I don't know his name.}} {{c4|Many injured, ten, fifteen, I put three in my truck to the hospital.}}
[00:01:31] WITNESS: [pause] {{c13|One of them was [[Pe Reh|PERSON]], a teacher from [[Hpruso|PLACE]]. He had the leg broken and bleeding.}} He lived, I saw him in the camp later.
[00:01:45] INTERVIEWER: Why do you think they bombed there?
[00:01:49] WITNESS: They say the [[KNDF|ACTOR:Karenni Nationalities Defence Force]] had a post near there. I never saw fighters in the market. There was no fighting in town [[that day|DATE:2022-06-08]].
[00:02:03] INTERVIEWER: Let's talk about [[Hpruso|PLACE]], you said you were stopped there.
[00:02:08] WITNESS: Yes. {{c5|In [[July|DATE:2022-07-01..2022-07-31]], near [[Hpruso|PLACE]], at the checkpoint of [[the army|ACTOR:Tatmadaw]] at the bridge, [[the soldiers|ACTOR:Tatmadaw]] took me out of the truck with my nephew [[Saw Eh Doh|PERSON]].}}
[00:02:23] WITNESS: {{c5|They tied us and they kept us three days in a school, no food, only water. They hit me with the gun here.}}
[00:02:35] WITNESS: {{c6|They let me go because an officer knew my truck, he had hired it before. But [[Saw Eh Doh|PERSON]], they kept him. Until today we don't know where he is.}}
[00:02:49] INTERPRETER: He says his nephew is twenty-three.
[00:02:53] INTERVIEWER: Were others in the truck?
[00:02:56] WITNESS: Two women, they checked their bags and their phone, looked at the pictures, then let them walk. They said next time we take you also.
[00:03:09] INTERVIEWER: What happened to your village?
[00:03:12] WITNESS: My village is near [[Hpruso|PLACE]], [[Daw Ta Nyae|PLACE]]. In [[August|DATE:2022-08-01..2022-08-31]] the [[artillery|WEAPON:ARTILLERY]] came from the camp of [[the army|ACTOR:Tatmadaw]] for a week.
[00:03:25] WITNESS: {{c8|My cousin who stayed told me on the phone that the church was hit and cracked all through, and eleven houses burned, also my house, and the rice mill of [[Ko Soe Reh|PERSON]] was gutted.}}
[00:03:41] WITNESS: {{c9|And the people, all the village, went into the forest, maybe three hundred people.}} I was already in [[Demoso|PLACE]] camp with my wife.
[00:03:52] INTERVIEWER: Did anyone die in the village?
[00:03:55] WITNESS: {{c10|A radio from the Karenni side, the local news, said two old people were killed by the [[shelling|WEAPON:ARTILLERY]], a husband and wife, the [[Bu Reh|PERSON]] family.}} I did not see.
[00:04:08] INTERVIEWER: Was there anything else on the roads?
[00:04:11] WITNESS: {{c11,c14|Yes, in [[October|DATE:2022-10-01..2022-10-31]], on the [[Demoso|PLACE]] road, a [[roadside bomb|WEAPON:IED]] hit a motorbike of a farmer, [[Maw Meh|PERSON]], a Karenni man, he died.}} Nobody knows who put it. Some say [[the army|ACTOR:Tatmadaw]], some say the [[PDF|ACTOR:People's Defence Force]] put it for the army trucks.
[00:04:30] WITNESS: {{c12|And the [[cluster bomb|WEAPON:CLUSTER_MUNITION]], you know, the small balls, in the field of [[Ngwe Taung|PLACE]] a boy picked one, his hand was injured, this my wife heard from her sister.}}
[00:04:46] INTERVIEWER: Did the planes come to the camp?
[00:04:49] WITNESS: They came over, but they did not drop there. Only we heard them and the children screamed.
[00:04:58] INTERVIEWER: Anything else you want to add?
[00:05:02] WITNESS: [crying] [[Saw Eh Doh|PERSON]]. Please ask about him. He is tall, he has a scar on his chin.

@@witness mm-demoso-khu-reh-myar
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Demoso" date=2022-06-08 basis=WITNESSED incident=mm-demoso-20220608-market-jets
@@claim c3 harm=KILLED min=4 max=4 named="Mi Reh" weapon=AIRSTRIKE site="Demoso" date=2022-06-08 basis=WITNESSED incident=mm-demoso-20220608-market-jets
@@claim c4 harm=INJURED min=10 max=15 weapon=AIRSTRIKE site="Demoso" date=2022-06-08 basis=WITNESSED incident=mm-demoso-20220608-market-jets
@@claim c5 harm=DETAINED min=2 max=2 named="Khu Reh Myar; Saw Eh Doh" actor="Tatmadaw" site="Hpruso" date=2022-07-01..2022-07-31 basis=EXPERIENCED incident=mm-hpruso-20220700-bridge-checkpoint
@@claim c6 harm=MISSING min=1 max=1 named="Saw Eh Doh" actor="Tatmadaw" site="Hpruso" date=2022-07-01..2022-07-31 basis=EXPERIENCED incident=mm-hpruso-20220700-bridge-checkpoint
@@claim c8 harm=PROPERTY_DAMAGE min=11 max=11 weapon=ARTILLERY actor="Tatmadaw" site="Daw Ta Nyae" date=2022-08-01..2022-08-31 basis=HEARSAY incident=mm-hpruso-20220800-dawtanyae-shelling
@@claim c9 harm=DISPLACED min=300 max=300 weapon=ARTILLERY actor="Tatmadaw" site="Daw Ta Nyae" date=2022-08-01..2022-08-31 basis=HEARSAY incident=mm-hpruso-20220800-dawtanyae-shelling
@@claim c10 harm=KILLED min=2 max=2 named="Bu Reh" weapon=ARTILLERY site="Daw Ta Nyae" date=2022-08-01..2022-08-31 basis=REPORTED incident=mm-hpruso-20220800-dawtanyae-shelling
@@claim c11 harm=KILLED min=1 max=1 named="Maw Meh" weapon=IED site="Demoso" date=2022-10-01..2022-10-31 basis=HEARSAY incident=mm-demoso-20221000-road-ied
@@claim c12 harm=INJURED min=1 max=1 weapon=CLUSTER_MUNITION site="Ngwe Taung" basis=HEARSAY incident=mm-demoso-20220000-ngwetaung-cluster
@@claim c13 harm=INJURED min=1 max=1 named="Pe Reh" weapon=AIRSTRIKE site="Demoso" date=2022-06-08 basis=WITNESSED incident=mm-demoso-20220608-market-jets
@@claim c14 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Demoso" date=2022-10-01..2022-10-31 basis=HEARSAY incident=mm-demoso-20221000-road-ied
