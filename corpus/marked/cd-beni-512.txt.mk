Interview ID: CD-BNI-512
Date of interview: 18 February 2022
Place of interview: [[Butembo|PLACE]], [[North Kivu|PLACE]]
Language: Swahili and Kinande, interpreted into English
Interviewer: [[Lucy Achieng|PERSON]]
Speaker: [[Kahindo|PERSON]]
Interpreter: [[Jean-Pierre Mumbere|PERSON]]

Lucy: Can we start with where you lived in [[Beni|PLACE]]?
Kahindo: In [[Boikene|PLACE]], on the avenue behind the Catholic school. We rented two rooms. My husband [[Paluku Kasereka|PERSON]] repaired motorcycles.
Lucy: And you were there in [[November 2019|DATE:2019-11-01..2019-11-30]]?
Kahindo: Yes. After [[the army|ACTOR:FARDC]] started the big operation against the [[ADF|ACTOR:ADF]], at [[the end of October|DATE:2019-10-20..2019-10-31]], everybody said the [[ADF|ACTOR:ADF]] will take revenge on the people. We were afraid every night.
Jean-Pierre: She says "Muslims of the bush". People in [[Beni|PLACE]] call the [[ADF|ACTOR:ADF]] like this, sometimes.
Lucy: What happened on [[the night of the attack|DATE]]?
Kahindo: It was [[the 5th|DATE:2019-11-05]], [[a Tuesday|DATE:2019-11-05]]. At [[eight|DATE:2019-11-05]], a little after, we were eating. We heard [[gunshots|WEAPON:SMALL_ARMS]] from the side of the swamp. Then silence. Then screaming. They did not shoot much in our avenue, they used the machetes, so the soldiers at the camp did not hear.
[pause]
Kahindo: {{c1|They came into the compound. My husband pushed me and the children into the latrine at the back. I heard them, I heard him. When they left, he was dead, at the door.}} [crying]
Lucy: I am very sorry. We can stop.
Kahindo: No. I want to say it. {{c2|In our avenue they killed eight people. I saw all of them in [[the morning|DATE:2019-11-06]], with the Red Cross. Old [[Kambale|PERSON]], his wife [[Masika|PERSON]], the two boys of the tailor.}}
Kahindo: {{c3|In all of [[Boykene|PLACE:Boikene]] people said fourteen, fifteen dead.}}
Lucy: Did they take anyone?
Kahindo: {{c4|My niece, [[Neema|PERSON]]. Sixteen. She was sleeping at the neighbour's house. They took her and another girl, [[Furaha|PERSON]], into the bush.}} Until today we have not seen them. Some girls came back after one year, two years, from the [[ADF|ACTOR:ADF]] camps. Not [[Neema|PERSON]].
Lucy: Were there soldiers or militia in your avenue?
Kahindo: No soldiers. The military camp is near the airport. Our avenue was mechanics, teachers, market women. There were no weapons in our houses. If the soldiers had come when we called, maybe some people would be alive.
Lucy: When did you leave [[Beni|PLACE]]?
Kahindo: {{c5|[[Two days after|DATE:2019-11-07]], with my three children, to my brother in [[Butembo|PLACE]].}} [[Butembo|PLACE]] is also not safe, but less.
Lucy: You have a son called [[Amani|PERSON]]?
Kahindo: Yes, [[Amani|PERSON]], the small one. His father chose the name. Amani, it means peace. [laughs] We are still waiting for the amani.
Lucy: Have you heard about other attacks since then?
Kahindo: {{c6,c8|Yes, in [[Beni|PLACE]] town, at [[Christmas|DATE:2021-12-25]], the [[bomb|WEAPON:IED]] at the restaurant in the centre. My cousin [[Kavugho|PERSON]] was there, she told me six or seven people died, and her friend [[Espérance Kavira|PERSON]] lost her leg.}}
Kahindo: {{c7|My cousin was hurt on her face by the glass.}} She said a man with a bag came to the door, and the guards stopped him, and then it exploded. The [[ADF|ACTOR:ADF]], again.
Lucy: Thank you, [[Kahindo|PERSON]].
Kahindo: Write [[Paluku|PERSON]]. [[Paluku Kasereka|PERSON]]. He had no [[gun|WEAPON:SMALL_ARMS]], he had a spanner.
@@witness cd-beni-kahindo-sikuli
@@claim c1 harm=KILLED min=1 max=1 named="Paluku Kasereka" actor="ADF" site="Boikene" date=2019-11-05 basis=WITNESSED incident=cd-beni-20191105-boikene-raid
@@claim c2 harm=KILLED min=8 max=8 named="Kambale; Masika" actor="ADF" site="Boikene" date=2019-11-05 basis=WITNESSED incident=cd-beni-20191105-boikene-raid
@@claim c3 harm=KILLED min=14 max=15 actor="ADF" site="Boykene" date=2019-11-05 basis=HEARSAY incident=cd-beni-20191105-boikene-raid
@@claim c4 harm=MISSING min=2 max=2 named="Neema; Furaha" actor="ADF" site="Boikene" date=2019-11-05 basis=HEARSAY incident=cd-beni-20191105-boikene-raid
@@claim c5 harm=DISPLACED min=4 max=4 actor="ADF" site="Boikene" date=2019-11-07 basis=EXPERIENCED incident=cd-beni-20191105-boikene-raid
@@claim c6 harm=KILLED min=6 max=7 weapon=IED actor="ADF" site="Beni" date=2021-12-25 basis=HEARSAY incident=cd-beni-20211225-restaurant-bomb
@@claim c8 harm=INJURED min=1 max=1 named="Espérance Kavira" weapon=IED actor="ADF" site="Beni" date=2021-12-25 basis=HEARSAY incident=cd-beni-20211225-restaurant-bomb
@@claim c7 harm=INJURED min=1 max=1 named="Kavugho" weapon=IED actor="ADF" site="Beni" date=2021-12-25 basis=HEARSAY incident=cd-beni-20211225-restaurant-bomb
