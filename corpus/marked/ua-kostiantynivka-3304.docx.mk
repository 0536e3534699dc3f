Witness statement
Interview ID: UA-KOS-3304
Date of interview: 3 July 2024
Place of interview: [[Kostiantynivka|PLACE]], [[Donetsk|PLACE]] oblast
Language: Russian
Interviewer: [[Tomasz Wróbel|PERSON]]
Interpreter: [[Anastasiia Ponomarenko|PERSON]]
Q: Please introduce yourself.
A: [[Serhii Lozynskyi|PERSON]], fifty-seven. I worked thirty years in the mine, in the [[Bakhmut|PLACE]] district. Now I live here in [[Konstiantynivka|PLACE:Kostiantynivka]], at [[Lomonosova|PLACE:Lomonosova street]], in a flat of my cousin.
Q: You were at the bus stop on [[Lomonosova street|PLACE]] when it was hit in [[May|DATE:2024-05-01..2024-05-31]]?
A: Near it. At the kiosk, I was buying cigarettes. It was [[the 22nd or the 23rd|DATE:2024-05-22..2024-05-23]], I am not sure, a weekday, [[before lunch|DATE:2024-05-22..2024-05-23]]. Whistle, then pop-pop-pop everywhere, like corn in a pan.
A: {{c1|I got a piece in the shoulder, here, and one in the back of the leg. I fell behind the kiosk and this saved my head.}}
Q: What did you see around you?
A: {{c2|People were lying at the stop, five or six, not moving. One I knew, [[Liudmyla Zhuk|PERSON]], sixty-two, she lived in our entrance, she went for bread every day at this hour.}} [pause] {{c2|Her husband [[Hennadii|PERSON]] did not believe it, he went to the morgue himself to look.}}
A: {{c3|The kiosk where I stood, it was all holes, like a sieve, the glass of the pharmacy across the road was gone, and two cars at the stop burned.}}
Q: How many were injured, do you know?
A: Many. I was in the ambulance with three others, so four in one car, and there were more cars. How many, I don't know. My cousin [[Alla|PERSON]] says the neighbours counted twenty.
Q: Were there [[Ukrainian soldiers|ACTOR:Ukrainian armed forces]] at the stop?
A: No soldiers. Sometimes soldiers buy coffee at that kiosk, it is true, but [[that day|DATE:2024-05-22..2024-05-23]], at that minute, no. Pensioners, a girl with a scooter, me.
Q: You came here from [[Bakhmut|PLACE]]. When did you leave?
A: [[Two days after Saint Nicholas|DATE:2022-12-21]], in [[December 2022|DATE:2022-12-01..2022-12-31]]. {{c4|We left [[Artemivsk|PLACE:Bakhmut]], my wife [[Nadiia|PERSON]] and me, with a volunteer bus, with two bags and the cat, and since then we live here.}} Only old people call it [[Artemivsk|PLACE:Bakhmut]], like me.
Q: What made you leave?
A: The [[mortars|WEAPON:MORTAR]]. We lived in a private house on [[Chaikovskoho street|PLACE]], on the east side, close to the front. In [[November|DATE:2022-11-01..2022-11-30]] it was every day.
A: {{c5|My neighbour [[Volodymyr Kharchenko|PERSON]], seventy, he was chopping wood in the yard, [[the 26th or the 27th|DATE:2022-11-26..2022-11-27]], I think, and a [[mortar round|WEAPON:MORTAR]] fell two metres from him. He died at once.}} I saw it across the fence. We buried him in his own garden, because to the cemetery you could not go.
Q: Who fired?
A: The [[Wagner|ACTOR:Wagner Group]] people were attacking there, and [[the Russian army|ACTOR:Russian armed forces in Ukraine]] behind them. From the east, from [[Opytne|PLACE]], from [[Zaitseve|PLACE]]. Everybody knows.
Q: And your house?
A: {{c6|[[Stepan|PERSON]], a neighbour who stayed until [[February|DATE:2023-02-01..2023-02-28]], called me and said our house burned down completely, from the [[thermite|WEAPON:INCENDIARY]], the white fire that falls from the sky like sparks.}} {{c6|He said the whole row of houses, seven or eight, only chimneys.}} I did not see it. I have a photo he sent, a bad photo.
Q: Do you know anyone from [[Bakhmut|PLACE]] who is still missing?
A: {{c7|My godson, [[Denys Kharchenko|PERSON]], the grandson of [[Volodymyr|PERSON]], he stayed in [[Bakhmut|PLACE]] with his mother. Since [[March 2023|DATE:2023-03-01..2023-03-31]] no news. No phone, nothing, we do not know where he is.}} Maybe they went to the other side. Maybe. I say maybe because I want to.
Q: Is there anything you want to add?
A: I want to say, in [[Konstantinovka|PLACE:Kostiantynivka]] also now the [[KABs|WEAPON:AIRSTRIKE]] fall, every week closer. If they hit this building, I don't know where we go next. [[Dnipro|PLACE]] maybe. I am tired of moving.
@@witness ua-kostiantynivka-serhii-lozynskyi
@@claim c1 harm=INJURED min=1 max=1 named="Serhii Lozynskyi" site="Lomonosova street" date=2024-05-22..2024-05-23 basis=EXPERIENCED incident=ua-kostiantynivka-20240522-lomonosova-bus-stop-cluster
@@claim c2 harm=KILLED min=5 max=6 named="Liudmyla Zhuk" site="Lomonosova street" date=2024-05-22..2024-05-23 basis=WITNESSED incident=ua-kostiantynivka-20240522-lomonosova-bus-stop-cluster
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null site="Lomonosova street" date=2024-05-22..2024-05-23 basis=WITNESSED incident=ua-kostiantynivka-20240522-lomonosova-bus-stop-cluster
@@claim c4 harm=DISPLACED min=2 max=2 named="Nadiia" site="Artemivsk" date=2022-12-21 basis=EXPERIENCED incident=ua-bakhmut-20221221-lozynskyi-flight
@@claim c5 harm=KILLED min=1 max=1 named="Volodymyr Kharchenko" weapon=MORTAR site="Chaikovskoho street" date=2022-11-26..2022-11-27 basis=WITNESSED incident=ua-bakhmut-20221126-chaikovskoho-yard-mortar
@@claim c6 harm=PROPERTY_DAMAGE min=7 max=8 weapon=INCENDIARY site="Chaikovskoho street" date=2022-12-21..2023-02-28 basis=HEARSAY incident=ua-bakhmut-20230200-chaikovskoho-thermite
@@claim c7 harm=MISSING min=1 max=1 named="Denys Kharchenko" site="Bakhmut" date=2023-03-01..2023-03-31 basis=HEARSAY incident=ua-bakhmut-20230300-denys-kharchenko-missing
