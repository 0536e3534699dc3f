WEBVTT - testimony MM-TLT-4357

NOTE
Interview ID: MM-TLT-4357
Date of interview: 2017-10-02
Place of interview: Balukhali camp, Cox's Bazar, Bangladesh
Language: Rohingya, interpreted into English
Witness chose to give her name.

t01
00:00:01.000 --> 00:00:04.500
<v Interviewer>Thank you for talking with us. What is your name?

t02
00:00:05.200 --> 00:00:10.000
<v Hamida>[[Hamida Khatun|PERSON]]. From [[Tula Toli|PLACE]], in [[Maungdaw|PLACE]]. My husband is [[Noor Kamal|PERSON]].

t03
00:00:10.600 --> 00:00:15.800
<v Interpreter>She says her husband "is", she still says is. The village she calls [[Tula Tuli|PLACE:Tula Toli]], the Burmese call it [[Min Gyi|PLACE:Tula Toli]].

t04
00:00:16.400 --> 00:00:21.000
<v Interviewer>What happened before [[the soldiers|ACTOR:Tatmadaw]] came to [[Tula Toli|PLACE]]?

t05
00:00:21.700 --> 00:00:29.900
<v Hamida>After the attacks on the police posts, [[the Friday|DATE:2017-08-25]], everybody was afraid. We heard the villages in the north were burning.
There was no [[ARSA|ACTOR:Arakan Rohingya Salvation Army]] in our village, nobody had guns. Only knives for the vegetables.

t06
00:00:30.500 --> 00:00:38.000
<v Hamida>On [[the Wednesday|DATE:2017-08-30]], early, [[the military|ACTOR:Tatmadaw]] came from the other side of the river, many, many,
and the Rakhine men from the next village with them, with long knives.

t07
00:00:38.600 --> 00:00:44.200
<v Hamida>We ran to the river, to the sand. There is no boat, the river is big in the rain. All the village on the sand.

t08
00:00:44.900 --> 00:00:53.000
<v Hamida>{{c1|Then they fired. The [[guns|WEAPON:SMALL_ARMS]], from the front and the side. The men fell on the sand, in the water.
Many, many. I cannot count. Fifty, more than fifty, I saw with these eyes.}}

t09
00:00:53.700 --> 00:01:00.200
<v Hamida>{{c2|My son [[Jubair|PERSON]], fourteen years, he fell next to me. And my husband, [[Noor Kamal|PERSON]], I saw him in the water, face down.}}

t10
00:01:00.800 --> 00:01:05.000
<v Interviewer>I am very sorry. Do you want to stop for a moment?

t11
00:01:05.600 --> 00:01:10.000
<v Hamida>[crying] No. Write it. Write it.

t12
00:01:10.700 --> 00:01:18.400
<v Hamida>I went into the water with my two girls, to the neck, under the bushes on the side.
All day we were there. Until [[the evening|DATE:2017-08-30]].

t13
00:01:19.000 --> 00:01:27.500
<v Hamida>{{c3|Then I saw the smoke. They threw [[fire bombs|WEAPON:INCENDIARY]], bottles with fire, on the roofs.
All of [[Tula Toli|PLACE]] was burning, our house, the mosque, the madrasa, the shop of my brother.}}

t14
00:01:28.100 --> 00:01:36.000
<v Hamida>{{c4|The women they put in the houses. My neighbour [[Sabekun Nahar|PERSON]] told me, they threw a [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] into the house of the [[Hashim|PERSON]] family,
and she came out burned on the back, she jumped from the window.}}

t15
00:01:36.700 --> 00:01:41.200
<v Interviewer>Where did you go after [[that day|DATE:2017-08-30]]?

t16
00:01:41.900 --> 00:01:50.000
<v Hamida>{{c5|At [[night|DATE:2017-08-30]] we came out of the water and we walked, me and my girls, [[Rozina|PERSON]] and [[Minara|PERSON]], four days in the hills.}}
[[The Eid|DATE:2017-09-01]] came and we were in the hills. No meat, no prayer, only walking.

t17
00:01:50.600 --> 00:01:58.300
<v Hamida>{{c5|Then the [[Naf|PLACE]], at [[night|DATE:2017-09-03]] in a boat, a fisherman took our earrings, and then [[Shah Porir Dwip|PLACE]], and then here, [[Balukhali|PLACE]].}}

t18
00:01:58.900 --> 00:02:04.000
<v Interviewer>You mentioned your brother's shop. Is your brother here with you?

t19
00:02:04.600 --> 00:02:12.000
<v Hamida>{{c6|[[Abul Hashim|PERSON]]. No. The [[BGP|ACTOR:Myanmar Border Guard Police]] took him [[last year|DATE:2016-01-01..2016-12-31]], in [[October|DATE:2016-10-01..2016-10-31]],
after the attack on the border posts. They came to the shop and took him and two other men.}} My mother saw it.

t20
00:02:12.600 --> 00:02:19.400
<v Hamida>{{c7|Somebody said he is in the jail in [[Buthidaung|PLACE]]. Somebody said no. One year now, we have no news.}}

t21
00:02:20.000 --> 00:02:24.000
<v Interpreter>She asks if your organisation can find out about the prisoners in [[Buthidaung|PLACE]].

t22
00:02:24.600 --> 00:02:29.000
<v Interviewer>We will write down his name. I cannot promise anything.

t23
00:02:29.700 --> 00:02:33.500
<v Hamida>Write it. [[Abul Hashim|PERSON]], son of [[Sultan Ahmed|PERSON]]. From [[Tula Toli|PLACE]].
@@witness mm-tulatoli-hamida-khatun
@@claim c1 harm=KILLED min=51 max=null weapon=SMALL_ARMS actor="Tatmadaw" site="Tula Toli" date=2017-08-30 basis=WITNESSED incident=mm-tulatoli-20170830-riverbank-killings
@@claim c2 harm=KILLED min=2 max=2 named="Jubair; Noor Kamal" weapon=SMALL_ARMS actor="Tatmadaw" site="Tula Toli" date=2017-08-30 basis=WITNESSED incident=mm-tulatoli-20170830-riverbank-killings
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Tatmadaw" site="Tula Toli" date=2017-08-30 basis=WITNESSED incident=mm-tulatoli-20170830-riverbank-killings
@@claim c4 harm=INJURED min=1 max=1 named="Sabekun Nahar" weapon=EXPLOSIVE_UNSPECIFIED actor="Tatmadaw" site="Tula Toli" date=2017-08-30 basis=HEARSAY incident=mm-tulatoli-20170830-riverbank-killings
@@claim c5 harm=DISPLACED min=3 max=3 named="Hamida Khatun; Rozina; Minara" site="Tula Toli" date=2017-08-30..2017-09-03 basis=EXPERIENCED incident=mm-tulatoli-20170830-riverbank-killings
@@claim c6 harm=DETAINED min=3 max=3 named="Abul Hashim" actor="Myanmar Border Guard Police" site="Tula Toli" date=2016-10-01..2016-10-31 basis=HEARSAY incident=mm-tulatoli-20161000-abul-hashim-bgp-arrest
@@claim c7 harm=MISSING min=1 max=1 named="Abul Hashim" actor="Myanmar Border Guard Police" site="Tula Toli" date=2016-10-01..2016-10-31 basis=HEARSAY incident=mm-tulatoli-20161000-abul-hashim-bgp-arrest
