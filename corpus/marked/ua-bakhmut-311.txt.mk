WITNESS STATEMENT
Statement ID: UA-BKH-311
Date of interview: 2 October 2023
Place of interview: [[Kramatorsk|PLACE]], [[Donetsk|PLACE]] oblast
Language: Ukrainian (statement read back to the witness and confirmed)
Interviewer: [[Hanna Leskiv|PERSON]]
Witness: combat medic of a Ukrainian infantry brigade, 34, call sign "[[Lis|PERSON]]"

Before the war I was a paramedic in [[Kremenchuk|PLACE]], on the ambulance. I joined in [[March 2022|DATE:2022-03-01..2022-03-31]]. From [[October 2022 until the end of February 2023|DATE:2022-10-01..2023-02-28]] my unit was in and around [[Bakhmut|PLACE]], mostly in [[Zabakhmutka|PLACE]] and later near [[Ivanivske|PLACE]] on the road to [[Chasiv Yar|PLACE]]. I want to tell about four things I saw.

First, the civilians in [[Bakhmut|PLACE]]. In [[November|DATE:2022-11-01..2022-11-30]] there were still maybe ten thousand people in the town, old people mostly, living in cellars. {{c1|On [[the 26th of November|DATE:2022-11-26]], in [[the afternoon|DATE]], a [[mortar round|WEAPON:MORTAR]], one-twenty I think by the hole, came into the yard of a house on [[Vasylia Stusa street|PLACE]] while people were cooking outside. Two women were killed there, I saw them, I could do nothing.}} {{c2|A man, [[Hennadiy|PERSON]], sixty or so, had his arm torn, I put the tourniquet and we took him to [[Kostiantynivka|PLACE]] in our car, [[Marko|PERSON]] was driving.}} I do not know if he lived.

Second, the fire. In [[December|DATE:2022-12-01..2022-12-31]], I think [[the week before Christmas|DATE:2022-12-18..2022-12-24]], [[the Russians|ACTOR:Russian armed forces in Ukraine]] fired [[incendiary Grads|WEAPON:INCENDIARY]] on the eastern part of the town. You see it in the night, white burning pieces coming down slowly, like a firework that does not stop, [[thermite|WEAPON:INCENDIARY]], people call it "the fire rain", some say [[napalm|WEAPON:INCENDIARY]], but it is not [[napalm|WEAPON:INCENDIARY]]. {{c3|A whole street of private houses near the [[Bakhmutka|PLACE]] river burned down [[that night|DATE]].}} Nobody from my unit was hurt by that, we were in a concrete basement.

Third, the [[gas|WEAPON:CHEMICAL]]. This was later, in [[the summer of 2023|DATE:2023-06-01..2023-08-31]], when we were in the trenches near [[Ivanivske|PLACE]]. The [[Russian|ACTOR:Russian armed forces in Ukraine]] [[drones|WEAPON:DRONE_STRIKE]] dropped [[grenades with gas|WEAPON:CHEMICAL]] into the trenches, small grey [[grenades|WEAPON:CHEMICAL]], the guys called them "[[cheremukha|WEAPON:CHEMICAL]]", it is the [[tear gas|WEAPON:CHEMICAL]], [[K-51|WEAPON:CHEMICAL]]. You cannot breathe, you must climb out, and then the [[sniper|WEAPON:SMALL_ARMS]] or the [[artillery|WEAPON:ARTILLERY]] finds you. {{c4|On [[the 11th of June|DATE:2023-06-11]], I remember because it was my mother's birthday, three men from our company were poisoned by this [[gas|WEAPON:CHEMICAL]], they vomited, their eyes were burning, one, [[Yaroslav Didenko|PERSON]], could not breathe for almost an hour.}} {{c5|When the [[gas|WEAPON:CHEMICAL]] forced him out, [[Sanych|PERSON]], our machine-gunner, was shot in the shoulder by a [[sniper|WEAPON:SMALL_ARMS]].}} Two times also I smelled something different, sharp, like... [pause] like cleaning liquid, and the guys said it was [[chloropicrin|WEAPON:CHEMICAL]]. I cannot prove this. I am a medic, not a laboratory.

I want to say clearly: I never saw our side use any [[gas|WEAPON:CHEMICAL]], not once. We did not even have the [[grenades|WEAPON:CHEMICAL]].

Fourth, [[Wagner|ACTOR:Wagner Group]]. In [[January|DATE:2023-01-01..2023-01-31]] in [[Bakhmut|PLACE]] the attacks were by [[Wagner|ACTOR:Wagner Group]] people, the prisoners. They came in groups of five, six, again and again, straight into our [[machine guns|WEAPON:SMALL_ARMS]]. Those are not civilians, I know, but I must say they were sent like meat. {{c6|We lost in [[January|DATE:2023-01-01..2023-01-31]] four men killed from our company, among them [[Oleksandr Vovk|PERSON]], my friend from the training, on [[the 7th of January|DATE:2023-01-07]], on [[Christmas by the old calendar|DATE:2023-01-07]], by [[artillery|WEAPON:ARTILLERY]].}}

Now I am here in [[Kramatorsk|PLACE]], in the stabilisation point. {{c7|In [[June|DATE:2023-06-01..2023-06-30]] a [[missile|WEAPON:MISSILE]], [[Iskander|WEAPON:MISSILE]] they said, hit the centre of [[Kramatorsk|PLACE]], the pizza place, and I treated two of the wounded, a teenage girl and a volunteer, both with glass in the face.}} {{c8|The news said thirteen were killed there, later.}} I did not see the dead, only the wounded.

If they had not stopped at [[Chasiv Yar|PLACE]], this city would be next. I think everybody here knows it.
@@witness ua-bakhmut-medic-lis-311
@@claim c1 harm=KILLED min=2 max=2 weapon=MORTAR site="Vasylia Stusa street" date=2022-11-26 basis=WITNESSED incident=ua-bakhmut-20221126-stusa-yard-mortar
@@claim c2 harm=INJURED min=1 max=1 named="Hennadiy" weapon=MORTAR site="Vasylia Stusa street" date=2022-11-26 basis=WITNESSED incident=ua-bakhmut-20221126-stusa-yard-mortar
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Russian armed forces in Ukraine" site="Bakhmutka" date=2022-12-15..2022-12-24 basis=WITNESSED incident=ua-bakhmut-20221200-bakhmutka-incendiary-grad
@@claim c4 harm=INJURED min=3 max=3 named="Yaroslav Didenko" weapon=CHEMICAL actor="Russian armed forces in Ukraine" site="Ivanivske" date=2023-06-11 basis=WITNESSED incident=ua-ivanivske-20230611-trench-gas
@@claim c5 harm=INJURED min=1 max=1 named="Sanych" weapon=SMALL_ARMS actor="Russian armed forces in Ukraine" site="Ivanivske" date=2023-06-11 basis=WITNESSED incident=ua-ivanivske-20230611-trench-gas
@@claim c6 harm=KILLED min=4 max=4 named="Oleksandr Vovk" weapon=ARTILLERY site="Bakhmut" date=2023-01-01..2023-01-31 basis=WITNESSED incident=ua-bakhmut-20230100-company-losses
@@claim c7 harm=INJURED min=2 max=2 weapon=MISSILE site="Kramatorsk" date=2023-06-01..2023-06-30 basis=WITNESSED incident=ua-kramatorsk-20230600-centre-iskander
@@claim c8 harm=KILLED min=13 max=13 weapon=MISSILE site="Kramatorsk" date=2023-06-01..2023-06-30 basis=REPORTED incident=ua-kramatorsk-20230600-centre-iskander
