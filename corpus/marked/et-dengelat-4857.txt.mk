@@encoding utf-16le
Interview ID: ET-DNG-4857
Date of interview: 22/06/2023
Place of interview: [[Adigrat|PLACE]], [[Tigray|PLACE]]
Language: Tigrinya
Interviewer: [[Marco Bellandi|PERSON]]
Interpreter: [[Rahel Mezgebe|PERSON]]

Q: Can you introduce yourself?
A: I am Deacon [[Mulugeta Abraha|PERSON]]. I serve at the church of [[Maryam Dingilat|PLACE:Maryam Dengelat]] since I was a boy. I also teach the children to read Ge'ez.
Q: You were at the church on the feast day in [[2020|DATE:2020-01-01..2020-12-31]]?
A: Yes. [[Tsion|DATE:2020-11-30]]. [[The Monday|DATE:2020-11-30]]. I was in the service from [[before dawn|DATE:2020-11-30]].
INTERPRETER: He means the feast of Tsion, Saint Mary, the 21st of Hidar.
A: The soldiers of [[Shabia|ACTOR:Eritrean forces]] came into the compound during the service. They said the young men are [[Woyane|ACTOR:Tigray Defense Forces]], the fighters. It was not true. They were farmers who came for the feast.
Q: What did you see?
A: {{c1|They took men out through the small gate, in groups, and then we heard the [[shooting|WEAPON:SMALL_ARMS]]. Again and again, until the afternoon.}} I stayed inside the church with the old people. [crying] Sorry.
Q: Take your time.
A: {{c2|[[The next days|DATE:2020-12-01..2020-12-02]] we buried. Me, Abba [[Tekle Woldemichael|PERSON]], the young deacons who were left. For three days we buried. I counted forty-six. Forty-six people from [[Dingilat|PLACE:Dengelat]] and the villages around.}}
Q: Others have told us the number was much higher.
A: I know. People say a hundred, more. I say forty-six because I put them in the earth with my hands. Maybe others were buried by their families in their villages, I did not see those.
A: {{c3|Abba [[Tekle|PERSON]] wrote the names in a notebook. Some I remember. [[Kiros Hailu|PERSON]], the man of the mill, and his brother [[Haftom|PERSON]]. Old [[Gebru Assefa|PERSON]], who was blind. A boy, [[Filmon|PERSON]], fourteen.}}
Q: Did anything happen in [[Dingilat|PLACE:Dengelat]] after that?
A: Yes. {{c4|[[Tahsas 5|DATE:2020-12-14]], [[two weeks after|DATE:2020-12-14]], they came back at [[night|DATE:2020-12-14]] and took seven young men from the houses. My nephew [[Yonas Gebreegziabher|PERSON]] was one.}}
A: {{c5|We have not seen them. Not in the prisons, not anywhere. My sister went to [[Adigrat|PLACE]], to [[Zalambessa|PLACE]], she asked. Nothing.}}
INTERPRETER: Tahsas is the month after Hidar.
Q: Was the church itself damaged?
A: No, the church is standing. People say [[the Eritreans|ACTOR:Eritrean forces]] broke the church, but no, they took the old cross and some books, but they did not break it. The school is another story.
Q: The school?
A: {{c6|In [[Megabit|DATE:2021-03-10..2021-04-08]], [[the helicopter|WEAPON:AIRSTRIKE]] came and dropped a [[barrel|WEAPON:BARREL_BOMB]] near the school of [[Dingilat|PLACE:Dengelat]]. Half of the roof went, and the wall of the classroom where I taught. I saw it from the church hill.}}
A: The school was closed since the war, so nobody was inside. Nobody was hurt [[that day|DATE:2021-03-10..2021-04-08]]. If it was a school day, I don't want to think.
Q: Whose [[helicopter|WEAPON:AIRSTRIKE]]?
A: [[The federal army|ACTOR:Ethiopian National Defense Force]]. [[Shabia|ACTOR:Eritrean forces]] does not have helicopters here.
Q: Is there anything else?
A: One more. {{c7|In [[Ginbot|DATE:2021-05-09..2021-06-07]], the boy [[Haben|PERSON]], eleven years, he was with the goats on the hill where [[the Eritreans|ACTOR:Eritrean forces]] had their trench. He stepped on a [[mine|WEAPON:LANDMINE]]. His right foot is gone.}}
A: I carried him on my back to the road. We found a cart. He lives, he goes to school now with one crutch.
Q: Thank you, Deacon.
A: Write Dingilat correctly. Some write Dengelat, some Dengolat. It is one place. Forty-six people.
@@witness et-dengelat-mulugeta-abraha
@@claim c1 harm=KILLED min=null max=null weapon=SMALL_ARMS actor="Eritrean forces" site="Maryam Dingilat" date=2020-11-30 basis=WITNESSED incident=et-dengelat-20201130-tsion-maryam-killings
@@claim c2 harm=KILLED min=46 max=46 actor="Eritrean forces" site="Dingilat" date=2020-11-30 basis=WITNESSED incident=et-dengelat-20201130-tsion-maryam-killings
@@claim c3 harm=KILLED min=4 max=4 named="Kiros Hailu; Haftom; Gebru Assefa; Filmon" actor="Eritrean forces" site="Maryam Dingilat" date=2020-11-30 basis=REPORTED incident=et-dengelat-20201130-tsion-maryam-killings
@@claim c4 harm=DETAINED min=7 max=7 named="Yonas Gebreegziabher" actor="Eritrean forces" site="Dingilat" date=2020-12-14 basis=HEARSAY incident=et-dengelat-20201214-young-men-taken
@@claim c5 harm=MISSING min=7 max=7 named="Yonas Gebreegziabher" site="Dingilat" date=2020-12-14 basis=HEARSAY incident=et-dengelat-20201214-young-men-taken
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Ethiopian National Defense Force" site="Dingilat" date=2021-03-10..2021-04-08 basis=WITNESSED incident=et-dengelat-20210300-school-barrel
@@claim c7 harm=INJURED min=1 max=1 named="Haben" weapon=LANDMINE site="Dingilat" date=2021-05-09..2021-06-07 basis=WITNESSED incident=et-dengelat-20210500-herder-mine
