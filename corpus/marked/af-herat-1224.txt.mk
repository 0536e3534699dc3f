Interview ID: AF-HRT-1224
Date of interview: 5 October 2021
Place of interview: [[Mashhad|PLACE]], [[Iran|PLACE]] (by video call)
Language: Dari
Interviewer: [[Tom Hale|PERSON]]
Interpreter: [[Shirin Mohammadi|PERSON]]

INTERVIEWER: Can you hear me? Good. Please tell us your name.
WITNESS: [[Mohammad Nasim Rezaie|PERSON]]. I was a driver of a minibus between [[Herat|PLACE]] city and [[Injil|PLACE]]. I am from [[Jebrael|PLACE]], the [[Jibrail|PLACE:Jebrael]] area, west of the city.
INTERVIEWER: When did you leave [[Afghanistan|PLACE]]?
WITNESS: At [[the end of Asad|DATE:2021-08-13..2021-08-22]], after the [[Taliban|ACTOR:Taliban]] took [[Herat|PLACE]]. We crossed at [[Islam Qala|PLACE]].
INTERVIEWER: What did you see during the fighting for [[Herat|PLACE]]?
WITNESS: The fighting was around the city for two weeks, more. The [[Taliban|ACTOR:Taliban]] came from [[Injil|PLACE]] and [[Guzara|PLACE]], toward the airport. [[Ismail Khan|PERSON]]'s men and [[the army|ACTOR:Afghan forces]] were defending.
WITNESS: {{c1|At [[night|DATE]] [[rockets|WEAPON:ROCKET]] fell in the city, on [[Jebrael|PLACE]] also.}} {{c1,c2|[[One night|DATE]], [[the last week of July|DATE:2021-07-25..2021-07-31]], a [[rocket|WEAPON:ROCKET]] hit the house of my cousin [[Ali Reza|PERSON]], and his wife [[Zahra|PERSON]] and their little son [[Salam|PERSON]], two years old, were killed.}}
INTERPRETER: He says the boy's name, Salam. It means peace.
WITNESS: Yes. Peace. [crying] [pause] Sorry.
INTERVIEWER: Take your time. Who fired the [[rocket|WEAPON:ROCKET]], do you know?
WITNESS: From the direction of the [[Taliban|ACTOR:Taliban]]. From [[Guzara|PLACE]] side. The people all said the [[Taliban|ACTOR:Taliban]], because [[the army|ACTOR:Afghan forces]] was in the city, why would they fire on the city?
INTERVIEWER: Did you see the house afterwards?
WITNESS: {{c2|Yes, [[the next morning|DATE]]. Half of the house was gone, the room where they slept.}} {{c3|[[Ali Reza|PERSON]] was injured in the arm, he was in the other room.}}
INTERVIEWER: Were there [[airstrikes|WEAPON:AIRSTRIKE]] during this fighting?
WITNESS: Yes. {{c4,c10|In [[Injil|PLACE]], at the bazaar, near the district centre, [[the planes|WEAPON:AIRSTRIKE]] of [[the government|ACTOR:Afghan forces]] bombed, maybe [[the 2nd or 3rd of August|DATE:2021-08-02..2021-08-03]], and I heard from the other drivers that many shops were destroyed and people died, nine or ten people.}} I did not go there after. The road was closed.
INTERVIEWER: Do you know any of those killed in [[Injil|PLACE]]?
WITNESS: {{c5|One was a driver like me, [[Abdul Basir|PERSON]], he had his minibus at the station near the bazaar.}} His brother [[Husayn Ali|PERSON]] called me, and the drivers [[Ghulam Sakhi|PERSON]] and [[Mohamad Ishaq|PERSON]] told me also. They said the [[Taliban|ACTOR:Taliban]] were in the bazaar, but the people who died were the people of the bazaar.
INTERVIEWER: Has anything else happened to your family?
WITNESS: Before, in [[2020|DATE:2020-01-01..2020-12-31]]. {{c6|In [[Jebrael|PLACE]] there was a [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]] near the [[Imam Hussain mosque|PLACE]], in [[Muharram|DATE:2020-08-20..2020-09-18]], and my nephew [[Hamid|PERSON]] was wounded in the leg.}} Nobody knows who put it, or if somebody threw the [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]]. [inaudible] the police never said. {{c7,c11|Two men died, I think, and many were wounded, twenty, twenty-five.}}
INTERVIEWER: Was this claimed by any group?
WITNESS: People said [[Daesh|ACTOR:Islamic State]], because we are Hazara, Shia, and [[Daesh|ACTOR:Islamic State]] hates us. But nobody said officially. I don't know.
INTERVIEWER: Why did you decide to leave?
WITNESS: {{c8|After the fall, [[Taliban|ACTOR:Taliban]] came to the minibus station and took my name and took two drivers who were Hazara, [[Qurban|PERSON]] and [[Mahdi|PERSON]], for some days.}} They let them go, but [[Mahdi|PERSON]] had marks on his back from beating. {{c9|So I took my wife and four children, six people, and we went to [[Iran|PLACE]].}}
INTERVIEWER: Do you intend to go back?
WITNESS: If there is safety, yes. If not, what to do. Here they don't want us either. The police here also catch Afghans. Inshallah, one day.
INTERVIEWER: Thank you very much, [[Nasim|PERSON]].
WITNESS: Please tell the story of my cousin's son. [[Salam|PERSON]], two years. Only that.
@@witness af-herat-mohammad-nasim-rezaie
@@claim c1 harm=KILLED min=2 max=2 named="Zahra; Salam" weapon=ROCKET actor="Taliban" site="Jebrael" date=2021-07-25..2021-07-31 basis=HEARSAY incident=af-herat-20210700-jebrael-rocket-house
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Taliban" site="Jebrael" date=2021-07-25..2021-08-01 basis=WITNESSED incident=af-herat-20210700-jebrael-rocket-house
@@claim c3 harm=INJURED min=1 max=1 named="Ali Reza" weapon=ROCKET actor="Taliban" site="Jebrael" date=2021-07-25..2021-07-31 basis=HEARSAY incident=af-herat-20210700-jebrael-rocket-house
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Afghan forces" site="Injil" date=2021-08-02..2021-08-03 basis=HEARSAY incident=af-injil-20210802-bazaar-airstrike
@@claim c10 harm=KILLED min=9 max=10 weapon=AIRSTRIKE actor="Afghan forces" site="Injil" date=2021-08-02..2021-08-03 basis=HEARSAY incident=af-injil-20210802-bazaar-airstrike
@@claim c5 harm=KILLED min=1 max=1 named="Abdul Basir" weapon=AIRSTRIKE actor="Afghan forces" site="Injil" date=2021-08-02..2021-08-03 basis=HEARSAY incident=af-injil-20210802-bazaar-airstrike
@@claim c6 harm=INJURED min=1 max=1 named="Hamid" weapon=EXPLOSIVE_UNSPECIFIED site="Imam Hussain mosque" date=2020-08-20..2020-09-18 basis=HEARSAY incident=af-herat-20200800-jebrael-mosque-bomb
@@claim c7 harm=KILLED min=2 max=2 weapon=EXPLOSIVE_UNSPECIFIED site="Imam Hussain mosque" date=2020-08-20..2020-09-18 basis=HEARSAY incident=af-herat-20200800-jebrael-mosque-bomb
@@claim c11 harm=INJURED min=20 max=25 weapon=EXPLOSIVE_UNSPECIFIED site="Imam Hussain mosque" date=2020-08-20..2020-09-18 basis=HEARSAY incident=af-herat-20200800-jebrael-mosque-bomb
@@claim c8 harm=DETAINED min=2 max=2 named="Qurban; Mahdi" actor="Taliban" site="Herat" date=2021-08-13..2021-09-30 basis=WITNESSED incident=af-herat-20210800-minibus-station-detentions
@@claim c9 harm=DISPLACED min=6 max=6 actor="Taliban" site="Herat" date=2021-08-13..2021-10-05 basis=EXPERIENCED incident=af-herat-20210800-minibus-station-detentions
