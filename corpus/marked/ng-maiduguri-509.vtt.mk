WEBVTT - interview NG-MDG-509

NOTE
Interview ID: NG-MDG-509
Date of interview: 30 October 2021
Place of interview: Maiduguri, Borno State, Nigeria
Language: Kanuri, interpreted into English
Second interview with the witness of NG-KDG-507 (August 2019).

m001
00:00:01.000 --> 00:00:06.500
<v Interviewer>We spoke two years ago, after [[Konduga|PLACE]]. Are you still selling fish?

m002
00:00:07.200 --> 00:00:13.000
<v Kolo>A little. Now I stay in [[Maiduguri|PLACE]], in [[Gomari|PLACE]].
The road to the lake is closed most of the time.

m003
00:00:13.800 --> 00:00:19.000
<v Interviewer>Last time you told us about the viewing centre.
Is there anything you want to correct?

m004
00:00:19.800 --> 00:00:26.500
<v Kolo>Yes. I said two girls. Later the people of [[CJTF|ACTOR:Civilian JTF]] told me
it was three [[suicide bombers|WEAPON:IED]], the third one near the fish market.

m005
00:00:27.300 --> 00:00:34.000
<v Kolo>{{c1|And the secretary of the local government read the names at the mosque,
24 dead. I think more, some families did not give the names.}}

m006
00:00:34.800 --> 00:00:40.500
<v Kolo>My brother [[Shettima|PERSON]] walks now, with a stick. He is in [[Konduga|PLACE]].
He married [[Yakaka|PERSON]], he has a small daughter now. Life continues, what can we do.

m007
00:00:41.300 --> 00:00:46.000
<v Interviewer>What happened in [[Gomari|PLACE]] [[this year|DATE:2021-01-01..2021-12-31]]?

m008
00:00:46.800 --> 00:00:53.500
<v Kolo>[[The 23rd of February|DATE:2021-02-23]]. [[A Tuesday|DATE:2021-02-23]], [[after asr|DATE:2021-02-23]].
The [[rockets|WEAPON:ROCKET]] came from outside the town, from the bush side.

m009
00:00:54.300 --> 00:01:01.000
<v Kolo>{{c2|One fell on the open ground behind my house, where the boys play football.
I saw it. Four boys died there, small boys.}}

m010
00:01:01.800 --> 00:01:08.500
<v Kolo>{{c2|One was [[Abdullahi|PERSON]], the son of my neighbour Hajja [[Gambo|PERSON]], eleven years, and his friend [[Auwal|PERSON]].}}
{{c3|My own son [[Mustapha|PERSON]] was hit in the arm.}}

m011
00:01:09.300 --> 00:01:15.000
<v Kolo>{{c4|Another [[rocket|WEAPON:ROCKET]] fell in [[Ajilari|PLACE]], near the airport road.
People said six died there.}}

m012
00:01:15.800 --> 00:01:20.000
<v Interviewer>Who fired the [[rockets|WEAPON:ROCKET]]?

m013
00:01:20.800 --> 00:01:27.500
<v Kolo>[[ISWAP|ACTOR:ISWAP]]. We call them [[Daula|ACTOR:ISWAP]]. They are not the same as [[Shekau's people|ACTOR:Boko Haram]],
they fight each other. They wanted to hit the soldiers, maybe, but they hit us.

m014
00:01:28.300 --> 00:01:34.000
<v Interviewer>Were there soldiers near the football ground?

m015
00:01:34.800 --> 00:01:40.500
<v Kolo>No. No soldiers there. The barracks is far, in [[Maimalari|PLACE]].

m016
00:01:41.300 --> 00:01:48.000
<v Kolo>In [[Konduga|PLACE]] also, [[last year|DATE:2020-01-01..2020-12-31]], [[mortars|WEAPON:MORTAR]] fell near the barracks,
but nobody was hurt in the town that time.

m017
00:01:48.800 --> 00:01:53.000
<v Interviewer>You mentioned the fishermen from the lake.

m018
00:01:53.800 --> 00:02:00.500
<v Kolo>{{c5|Yes. In [[September|DATE:2021-09-01..2021-09-30]], [[the jets|WEAPON:AIRSTRIKE]] of [[the Air Force|ACTOR:Nigerian armed forces]]
fired [[missiles|WEAPON:MISSILE]] on a fishing camp near [[Kirenowa|PLACE]]. My partner [[Ba'aji Mele|PERSON]] lost two boys.}}

m019
00:02:00.800 --> 00:02:06.000
<v Kolo>{{c6|He told me nine fishermen died, all of them from [[Marte|PLACE]] side.}}

m020
00:02:06.800 --> 00:02:12.500
<v Kolo>[[The army|ACTOR:Nigerian armed forces]] said they were [[ISWAP|ACTOR:ISWAP]]. They were fishermen. I bought their fish for ten years.
@@witness ng-konduga-kolo-mustapha
@@claim c1 harm=KILLED min=24 max=null weapon=IED actor="Boko Haram" site="Konduga" date=2019-06-16 basis=REPORTED incident=ng-konduga-20190616-viewing-centre-bombing
@@claim c2 harm=KILLED min=4 max=4 named="Abdullahi; Auwal" weapon=ROCKET actor="ISWAP" site="Gomari" date=2021-02-23 basis=WITNESSED incident=ng-maiduguri-20210223-gomari-rockets
@@claim c3 harm=INJURED min=1 max=1 named="Mustapha" weapon=ROCKET actor="ISWAP" site="Gomari" date=2021-02-23 basis=WITNESSED incident=ng-maiduguri-20210223-gomari-rockets
@@claim c4 harm=KILLED min=6 max=6 weapon=ROCKET actor="ISWAP" site="Ajilari" date=2021-02-23 basis=HEARSAY incident=ng-maiduguri-20210223-ajilari-rocket
@@claim c5 harm=KILLED min=2 max=2 weapon=AIRSTRIKE actor="Nigerian armed forces" site="Kirenowa" date=2021-09-01..2021-09-30 basis=HEARSAY incident=ng-kirenowa-20210900-fishing-camp-airstrike
@@claim c6 harm=KILLED min=9 max=9 weapon=AIRSTRIKE actor="Nigerian armed forces" site="Kirenowa" date=2021-09-01..2021-09-30 basis=HEARSAY incident=ng-kirenowa-20210900-fishing-camp-airstrike
