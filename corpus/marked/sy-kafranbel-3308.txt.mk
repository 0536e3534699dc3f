Interview ID: SY-KFN-3308
Date: 2020-09-24
Location: [[Atmeh|PLACE]] camp, northern [[Idlib|PLACE]]
Language: Arabic
Interviewer: [[Claudia Ferrante|PERSON]]
Interpreter: [[Nizar Haddad|PERSON]]

Claudia: Thank you for meeting me here. Please tell me about yourself.
Bilal: I am [[Bilal Hamdo|PERSON]]. I was the baker in [[Kafr Nabl|PLACE:Kafranbel]], my father was the baker, his father the same. Our bakery was on the main road, across from the [[Kafr Nabl|PLACE:Kafranbel]] mosque, the big one.
Claudia: You were there during the campaign in [[2019|DATE:2019-01-01..2019-12-31]]?
Bilal: Until [[June|DATE:2019-06-01..2019-06-30]], yes. The worst day was in [[Ramadan|DATE:2019-05-06..2019-06-04]]. [[The 23rd of Ramadan|DATE:2019-05-28]]. We bake at night in [[Ramadan|DATE:2019-05-06..2019-06-04]], for the suhoor, and [[before dawn|DATE:2019-05-28]] the people wait outside.
Bilal: The [[Russian|ACTOR:Russian forces]] [[jets|WEAPON:AIRSTRIKE]] came first, two times, on the street beside the olive press, and then [[the helicopter|WEAPON:AIRSTRIKE]] threw a [[barrel|WEAPON:BARREL_BOMB]] on the press itself. I know the sound of each one, believe me, by [[2019|DATE:2019-01-01..2019-12-31]] every child in [[Kafr Nabl|PLACE:Kafranbel]] knew.
Bilal: {{c2|Three men were killed in the queue at my door. [[Mustafa|PERSON]], who worked with me eleven years, and two brothers from the [[Suwaid|PERSON]] family, [[Ahmad|PERSON]] and [[Mahmoud Suwaid|PERSON]].}} I saw them. I was at the oven, the window was open.
Bilal: {{c3|The bakery burned. The flour, the sacks, the new dough machine, we paid for it in [[Turkey|PLACE]], everything black.}} {{c1|And the olive press of the [[Barakeh|PERSON]] family, only the walls, the stones for the oil, broken in two.}}
[Interpreter: He says the press had old stones for crushing olives.]
Claudia: Were there military positions near the bakery?
Bilal: There was nothing. No headquarters, no checkpoint. The [[Hay'at|ACTOR:Hayat Tahrir al-Sham]] people had an office, yes, but at the other end of town, near the school, far.
Claudia: How did you get along with [[Hay'at Tahrir al-Sham|ACTOR:Hayat Tahrir al-Sham]]?
Bilal: [laughs] Badly. {{c4|In [[2018|DATE:2018-01-01..2018-12-31]], [[the winter|DATE:2018-01-01..2018-02-28]], they arrested me with my two brothers, [[Yaman|PERSON]] and [[Hamoud|PERSON]], because we did not want to pay their tax on the flour. One night in their prison in [[Maarat al-Numan|PLACE]], with the hands tied behind.}} [[The next day|DATE]] the elders of [[Kafr Nabl|PLACE:Kafranbel]] went to them and they let us go.
Bilal: {{c5|My friend [[Jaber|PERSON]], the one who made the banners and the radio, they took him from his house at [[night|DATE:2018-11-01..2018-11-30]], in [[November|DATE:2018-11-01..2018-11-30]], his wife told me they beat him in front of the children.}} He came out after a month. He does not speak about it.
Claudia: Did they ever threaten you after that?
Bilal: Many times. "We will take you again", they said. They did not take me. Words.
Claudia: When did you leave [[Kafranbel|PLACE]]?
Bilal: {{c6|In [[June|DATE:2019-06-01..2019-06-30]], when the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] did not stop, we took the family, nine persons, to [[Saraqib|PLACE]], to the house of my wife's uncle, [[Abu Adnan|PERSON]].}}
Claudia: And [[Saraqib|PLACE]] was safe?
Bilal: Safe for six months. Then in [[January|DATE:2020-01-01..2020-01-31]] it came to [[Saraqib|PLACE]] also. {{c7|[[The planes|WEAPON:AIRSTRIKE]] dropped the [[fire bombs|WEAPON:INCENDIARY]], the [[incendiary|WEAPON:INCENDIARY]], on the east side, near the vegetable gardens, [[the 19th|DATE:2020-01-19]] I think, and the greenhouse of [[Abu Adnan|PERSON]] was torn apart and melted, the plastic was burning like rain.}}
Bilal: Nobody was hurt in our house [[that day|DATE:2020-01-19]], we were in the cellar under the kitchen. But we understood it was finished.
Bilal: {{c8|At [[the end of January|DATE:2020-01-25..2020-01-31]] we left [[Saraqeb|PLACE:Saraqib]] also, all of us, with [[Abu Adnan|PERSON]]'s family, fifteen persons in one truck, and came here to [[Atmeh|PLACE]].}}
Claudia: Have you heard what happened to your bakery since?
Bilal: {{c9|My cousin [[Nasser|PERSON]] went back one time, in [[February|DATE:2020-02-01..2020-02-29]], before [[the army|ACTOR:Syrian government forces]] came in, and he sent me a video. Half the main street is gone, the mosque minaret is down.}} Now [[the regime|ACTOR:Syrian government forces]] is in [[Kafr Nabl|PLACE:Kafranbel]]. Nobody from us can go back.
Claudia: Is there anything else?
Bilal: Write [[Mustafa|PERSON]]'s name. [[Mustafa Haj Omar|PERSON]]. Eleven years he worked with me. He had four children.
@@witness sy-kafranbel-bilal-hamdo
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Kafr Nabl" date=2019-05-28 basis=WITNESSED incident=sy-kafranbel-20190528-olive-press-bakery
@@claim c2 harm=KILLED min=3 max=3 named="Mustafa; Ahmad; Mahmoud Suwaid" site="Kafr Nabl" date=2019-05-28 basis=WITNESSED incident=sy-kafranbel-20190528-olive-press-bakery
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null site="Kafr Nabl" date=2019-05-28 basis=EXPERIENCED incident=sy-kafranbel-20190528-olive-press-bakery
@@claim c4 harm=DETAINED min=3 max=3 named="Bilal Hamdo; Yaman; Hamoud" actor="Hayat Tahrir al-Sham" site="Maarat al-Numan" date=2018-01-01..2018-02-28 basis=EXPERIENCED incident=sy-kafranbel-20180100-hamdo-brothers-hts-arrest
@@claim c5 harm=DETAINED min=1 max=1 named="Jaber" actor="Hayat Tahrir al-Sham" site="Kafr Nabl" date=2018-11-01..2018-11-30 basis=HEARSAY incident=sy-kafranbel-20181100-jaber-hts-arrest
@@claim c6 harm=DISPLACED min=9 max=9 weapon=EXPLOSIVE_UNSPECIFIED site="Kafranbel" date=2019-06-01..2019-06-30 basis=EXPERIENCED incident=sy-kafranbel-20190600-hamdo-family-flight
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Saraqib" date=2020-01-19 basis=WITNESSED incident=sy-saraqib-20200119-east-gardens-incendiary
@@claim c8 harm=DISPLACED min=15 max=15 site="Saraqeb" date=2020-01-25..2020-01-31 basis=EXPERIENCED incident=sy-saraqib-20200125-hamdo-abuadnan-flight
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null site="Kafr Nabl" date=2020-02-01..2020-02-29 basis=HEARSAY incident=sy-kafranbel-20200200-main-street-video
