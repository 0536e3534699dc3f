Interview ID: CO-ABR-3959
Date of interview: 2 December 2022
Place of interview: [[Ocaña|PLACE]], [[Norte de Santander|PLACE]]
Language: Spanish, translated
Interviewer: [[Pilar Nygaard|PERSON]]

[00:00:04] Q: Your name, please.
[00:00:07] A: [[Luis Fernando Arévalo|PERSON]].
[00:00:10] Q: Where do you live?
[00:00:12] A: [[Ábrego|PLACE]]. Near the park. I drive a moto-taxi.
[00:00:18] Q: You told my colleague about the police station in [[Abrego|PLACE:Ábrego]].
[00:00:23] A: Yes.
[00:00:25] Q: When was that?
[00:00:28] A: [[The week the schools opened|DATE:2022-01-24..2022-01-28]]. [[End of January|DATE:2022-01-24..2022-01-31]]. [[A Thursday|DATE:2022-01-27]], I think. At [[night|DATE:2022-01-27]], [[around ten|DATE:2022-01-27]].
[00:00:36] Q: What happened?
[00:00:38] A: {{c1|They threw [[tatucos|WEAPON:MORTAR]] at the station. Three, four. One fell on the house next door, the house of the [[Navarro|PERSON]] family. The roof went.}}
[00:00:49] Q: Were you there?
[00:00:51] A: In my house. One block. I heard it. Then I went out.
[00:00:56] Q: What did you see?
[00:00:58] A: {{c2|Doña [[Carmenza Navarro|PERSON]] with blood in the head. Her son [[Yorman|PERSON]], cut on the back.}} We took them on my moto to the hospital.
[00:01:09] Q: Anyone killed?
[00:01:11] A: No. Nobody died that time. The police were in the trench.
[00:01:16] Q: Who threw the [[tatucos|WEAPON:MORTAR]]?
[00:01:19] A: The [[ELN|ACTOR:ELN]]. The [[elenos|ACTOR:ELN]]. They put a pamphlet after.
[00:01:25] Q: Was there anything else in [[Ábrego|PLACE]] [[this year|DATE:2022-01-01..2022-12-31]]?
[00:01:28] A: My nephew.
[00:01:30] Q: Tell me.
[00:01:32] A: {{c3|[[Kevin|PERSON]]. Twenty-two. In [[June|DATE:2022-06-01..2022-06-30]] they took him from the road to [[La Playa|PLACE]]. Twenty days they had him.}}
[00:01:40] Q: Who?
[00:01:41] A: {{c3|The [[ELN|ACTOR:ELN]] too. They said he was a spy for the [[Frente 33|ACTOR:FARC dissidents]].}} He is not. He sells chickens.
[00:01:48] Q: He was released?
[00:01:50] A: Yes. Thin. He does not talk. He went to [[Cúcuta|PLACE]].
[00:01:55] Q: And in [[Ocaña|PLACE]]?
[00:01:57] A: The [[motorbike bomb|WEAPON:IED]]. Near the market. In [[August|DATE:2022-08-01..2022-08-31]].
[00:02:03] Q: Did you see it?
[00:02:05] A: No. I was in [[Ábrego|PLACE]]. {{c4,c5|My compadre [[Wilfrido|PERSON]] sells fruit there. He told me a woman who sold arepas died, and four, five people were hurt.}}
[00:02:17] Q: Did he know the woman's name?
[00:02:19] A: Doña [[Edelmira|PERSON]], he said. That is all he knew.
[00:02:23] Q: Who placed it?
[00:02:25] A: Nobody knows. Some say [[ELN|ACTOR:ELN]], some say the [[Frente 33|ACTOR:FARC dissidents]]. I don't say.
[00:02:31] Q: Have you thought about leaving?
[00:02:34] A: Every day. If they threw the [[tatucos|WEAPON:MORTAR]] at my house, where would I take my kids? But where do I go? Here I have the moto.
[00:02:43] Q: Anything else?
[00:02:45] A: That they put [[mines|WEAPON:LANDMINE]] on the road to [[La Playa|PLACE]] also. People say. I have not seen them. I don't go there now.
[00:02:53] Q: Thank you.
@@witness co-abrego-luis-fernando-arevalo
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="ELN" site="Ábrego" date=2022-01-27 basis=WITNESSED incident=co-abrego-20220127-police-station-tatucos
@@claim c2 harm=INJURED min=2 max=2 named="Carmenza Navarro; Yorman" weapon=MORTAR actor="ELN" site="Ábrego" date=2022-01-27 basis=WITNESSED incident=co-abrego-20220127-police-station-tatucos
@@claim c3 harm=DETAINED min=1 max=1 named="Kevin" actor="ELN" site="La Playa" date=2022-06-01..2022-06-30 basis=HEARSAY incident=co-abrego-20220600-kevin-kidnapping
@@claim c4 harm=KILLED min=1 max=1 named="Edelmira" weapon=IED site="Ocaña" date=2022-08-01..2022-08-31 basis=HEARSAY incident=co-ocana-20220800-market-motorbike-bomb
@@claim c5 harm=INJURED min=4 max=5 weapon=IED site="Ocaña" date=2022-08-01..2022-08-31 basis=HEARSAY incident=co-ocana-20220800-market-motorbike-bomb
