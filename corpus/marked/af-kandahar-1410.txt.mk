Interview ID: AF-KDH-1410
Interview date: 2022-03-04
Location: [[Quetta|PLACE]], [[Pakistan|PLACE]]
Language: Pashto, with interpreter
Interviewer: [[Clare Donnelly|PERSON]]
Interpreter: [[Farid Stanikzai|PERSON]]
Speaker: [[Nasrullah|PERSON]]

Clare: [[Nasrullah|PERSON]], thank you for coming. Where is your family from?
Nasrullah: From [[Arghandab|PLACE]], the district, a village near the river, [[Jelawur|PLACE]]. Later we lived in [[Spin Boldak|PLACE]], because of the fighting.
Clare: What fighting made you leave [[Arghandab|PLACE]]?
Nasrullah: {{c1|In [[October 2020|DATE:2020-10-01..2020-10-31]] the [[Taliban|ACTOR:Taliban]] attacked the posts of [[the army|ACTOR:Afghan forces]] around our village, and the [[mortars|WEAPON:MORTAR]] fell in the gardens and on the houses; two houses of our neighbours were broken.}} I saw them, one was the house of Haji [[Gul|PERSON]].
Farid: He means the walls fell, the roofs.
Nasrullah: {{c2|Then we left, twelve people, my parents, my wife, my brothers' families, to [[Spin Boldak|PLACE]], where my uncle has a shop.}}
Clare: Was anyone in your family hurt in [[Arghandab|PLACE]]?
Nasrullah: {{c3|My father, yes, a [[roadside bomb|WEAPON:IED]] on the way to the bazaar, [[two days before we left|DATE:2020-10-01..2020-10-31]].}} {{c3,c10|It hit the car in front, and the glass cut his face and his hand.}} I was driving. Nobody in our car died, thanks to God.
Clare: And in [[Spin Boldak|PLACE]]?
Nasrullah: In [[Saratan|DATE:2021-06-22..2021-07-22]], [[last summer|DATE:2021-06-01..2021-08-31]], the [[Taliban|ACTOR:Taliban]] took [[Spin Boldak|PLACE]]. After that they went to the houses of the people who worked in the offices or in the police.
Farid: Saratan is the fourth month, it is June-July.
Nasrullah: {{c4|My brother [[Abdul Wahid|PERSON]] was in the border police. [[Three days before Eid|DATE:2021-07-17]], four [[Talibs|ACTOR:Taliban]] came in a Ranger and took him from our house.}} I was there, I saw it, they put a cloth on his eyes.
Clare: Did he come back?
Nasrullah: {{c5|No. He never came back. His phone has been off since [[that day|DATE:2021-07-17]].}}
Clare: Did you look for him?
Nasrullah: We went to the district, to the commander, to the elders. They say, we do not have him. {{c5|So we do not know where he is.}}
Clare: Were others taken in [[Spin Boldak|PLACE]] at that time?
Nasrullah: {{c6|My cousin [[Sardar Mohammad|PERSON]], who was a soldier, the [[Taliban|ACTOR:Taliban]] took him [[the same week|DATE:2021-07-14..2021-07-20]], and [[after two days|DATE]] the people found his body near the bazaar of [[Wesh|PLACE]].}} This my uncle told me, he went to bring the body.
Nasrullah: {{c7|On the radio, the BBC Pashto, they said more than forty people were killed in [[Spin Boldak|PLACE]] in [[those days|DATE:2021-07-14..2021-07-31]] after the [[Taliban|ACTOR:Taliban]] came.}} I cannot say the number, I say what the radio said.
Clare: What happened to you, personally?
Nasrullah: {{c8|Me also they arrested. In [[October 2021|DATE:2021-10-01..2021-10-31]], in [[Kandahar|PLACE]] city, their intelligence took me from the shop, because I was a soldier before, in [[the army|ACTOR:Afghan forces]], and they held me twenty-four days in a basement.}}
Farid: He says they beat him with a cable, on the back.
Clare: How did you get out?
Nasrullah: The elders gave a guarantee. They said, if you go to [[Pakistan|PLACE]] we will take your brothers. So I came quietly, at [[night|DATE:2021-11-01..2021-11-30]], in [[November|DATE:2021-11-01..2021-11-30]].
Clare: Is your family still in [[Spin Boldak|PLACE]]?
Nasrullah: My parents, yes. {{c9|My wife and children came with me, we are five here in one room.}} Nobody bothered my parents after, nobody was arrested from the house again.
Clare: Is there anything else you want to say?
Nasrullah: {{c5|About [[Abdul Wahid|PERSON]]. I do not know if he is alive.}} His son is three. If he is dead, tell us where is the grave.

@@witness af-kandahar-nasrullah-jelawur
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 weapon=MORTAR actor="Taliban" site="Jelawur" date=2020-10-01..2020-10-31 basis=WITNESSED incident=af-arghandab-20201000-jelawur-mortars
@@claim c2 harm=DISPLACED min=12 max=12 site="Jelawur" date=2020-10-01..2020-10-31 basis=EXPERIENCED incident=af-arghandab-20201000-nasrullah-family-flight
@@claim c3 harm=INJURED min=1 max=1 weapon=IED site="Arghandab" date=2020-10-01..2020-10-31 basis=WITNESSED incident=af-arghandab-20201000-bazaar-road-ied
@@claim c4 harm=DETAINED min=1 max=1 named="Abdul Wahid" actor="Taliban" site="Spin Boldak" date=2021-07-17 basis=WITNESSED incident=af-spinboldak-20210717-abdul-wahid-taken
@@claim c5 harm=MISSING min=1 max=1 named="Abdul Wahid" actor="Taliban" site="Spin Boldak" date=2021-07-17 basis=WITNESSED incident=af-spinboldak-20210717-abdul-wahid-taken
@@claim c6 harm=KILLED min=1 max=1 named="Sardar Mohammad" actor="Taliban" site="Wesh" date=2021-07-14..2021-07-22 basis=HEARSAY incident=af-spinboldak-20210700-sardar-mohammad-killed
@@claim c7 harm=KILLED min=41 max=null actor="Taliban" site="Spin Boldak" date=2021-07-14..2021-07-31 basis=REPORTED incident=af-spinboldak-20210700-takeover-killings-radio
@@claim c8 harm=DETAINED min=1 max=1 actor="Taliban" site="Kandahar" date=2021-10-01..2021-10-31 basis=EXPERIENCED incident=af-kandahar-20211000-nasrullah-detention
@@claim c9 harm=DISPLACED min=5 max=5 site="Kandahar" date=2021-11-01..2021-11-30 basis=EXPERIENCED incident=af-kandahar-20211100-nasrullah-flight-quetta
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Arghandab" date=2020-10-01..2020-10-31 basis=WITNESSED incident=af-arghandab-20201000-bazaar-road-ied
