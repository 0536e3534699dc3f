@@newline crlf
Interview ID: DYL-2907
Date: 14/10/2015
Place of interview: [[Kalar|PLACE]], [[Sulaymaniyah|PLACE]] governorate
Language: Kurdish (Sorani) and Arabic
Interviewer: [[Claire Dumont|PERSON]]
Interpreter: [[Soran Aziz|PERSON]]

INTERVIEWER: Thank you. Please tell me your name and your town.
WITNESS: [[Hemin Rashid Mahmoud|PERSON]]. Forty-four years old, married, five children. From [[Jalawla|PLACE]]. Some write it Jalula. I had a car repair place on the main road, near the train station.
INTERVIEWER: When did [[ISIS|ACTOR:Islamic State]] arrive in [[Jalawla|PLACE]]?
WITNESS: In [[August 2014|DATE:2014-08-01..2014-08-31]]. [[The 11th|DATE:2014-08-11]], I think, or [[the 12th|DATE:2014-08-12]]. The [[Peshmerga|ACTOR:Peshmerga]] pulled back to the hill, and [[Daesh|ACTOR:Islamic State]] came in with pickups.
INTERPRETER: He says most Kurdish families ran to [[Khanaqin|PLACE]] [[that same night|DATE:2014-08-11..2014-08-12]].
WITNESS: {{c1|Yes, all of us. [[That night|DATE:2014-08-11..2014-08-12]], we were nine in one car, my mother, my wife, the children, and my brother's family, we drove to [[Khanaqin|PLACE]] with no lights.}} {{c2|My younger brother [[Dilshad|PERSON]] stayed to close the garage. They kidnapped him from the garage [[the next morning|DATE:2014-08-12..2014-08-13]]. The Arab neighbour, [[Abu Wissam|PERSON]], called and told us, he saw them put him in a car.}}
INTERVIEWER: Did you hear from [[Dilshad|PERSON]] after that?
WITNESS: [long pause] {{c3|No. Fourteen months. No news, no body, nothing. We gave his photo to everybody, the [[Peshmerga|ACTOR:Peshmerga]], the Asayish, the Red Crescent.}}
INTERVIEWER: What happened to the town while [[ISIS|ACTOR:Islamic State]] held it?
WITNESS: There was fighting all the time on the edges. {{c4|In [[September|DATE:2014-09-01..2014-09-30]] the [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]] hit the area behind the station, people said [[Daesh|ACTOR:Islamic State]] kept weapons there. My cousin [[Rebin|PERSON]] who stayed told me on the phone, the garage of my neighbour and my garage, both flattened, and the cars inside melted.}}
INTERPRETER: He means they burned, the metal became soft.
WITNESS: {{c5|Also two people died in that [[strike|WEAPON:AIRSTRIKE]], he said, a father and his son from the [[Zangana|PERSON]] family.}} I did not know them well.
INTERVIEWER: When did you go back?
WITNESS: After the liberation, [[the end of November|DATE:2014-11-21..2014-11-30]]. The [[Peshmerga|ACTOR:Peshmerga]] and the [[Hashd|ACTOR:Popular Mobilization Forces]] took it together, [[the 23rd|DATE:2014-11-23]]. I went [[ten days later|DATE:2014-12-03]] with Kak... with my friend [[Aram|PERSON]].
INTERVIEWER: What did you find?
WITNESS: {{c6|My house, the walls were standing, but inside everything burned, the doors, the windows, the furniture.}} And around the town, [[mines|WEAPON:LANDMINE]], everywhere. [[Daesh|ACTOR:Islamic State]] put them in the fields, in the doors.
WITNESS: {{c7|A shepherd, Mam... Mam [[Qadir|PERSON]], an old man, he went with his sheep near the railway, where there was a [[minefield|WEAPON:LANDMINE]], and he was killed, [[the second week of December|DATE:2014-12-08..2014-12-14]].}} {{c8|And [[Aram|PERSON]], my friend, was hit in the legs by the same [[mine|WEAPON:LANDMINE]] because he ran to help him. I was thirty metres behind, I saw the smoke go up.}}
INTERVIEWER: Is [[Aram|PERSON]] alive?
WITNESS: Alive. One leg only. He is here in [[Kalar|PLACE]] also. He sells phone cards now, near the bus garage. His wife, [[Nasrin|PERSON]], she says he does not sleep. Me too, I do not sleep well. I see Mam [[Qadir|PERSON]] with his sheep, the sheep running everywhere after, nobody to collect them.
INTERVIEWER: Did anything else happen to you?
WITNESS: At the [[Hashd|ACTOR:Popular Mobilization Forces]] checkpoint going back, they looked at my papers and asked why I have an Arab customer's number in my phone. One hour. Then they said go. Nobody touched me, nobody arrested me.
INTERPRETER: He wants to add something about his garage.
WITNESS: {{c9|Only that the [[car bomb|WEAPON:IED]]... no, sorry, the [[car bomb|WEAPON:IED]] was after, in [[February|DATE:2015-02-01..2015-02-28]], on the market street, it broke the glass of all the shops, twenty shops maybe, my cousin saw.}} No one died there, people say, because it exploded early in [[the morning|DATE:2015-02-01..2015-02-28]], when the market was empty. I was not there, I was in [[Kalar|PLACE]].
@@claim c1 harm=DISPLACED min=9 max=9 site="Jalawla" date=2014-08-11..2014-08-12 basis=EXPERIENCED incident=iq-jalawla-20140811-rashid-family-flight
@@claim c2 harm=DETAINED min=1 max=1 named="Dilshad" actor="Islamic State" site="Jalawla" date=2014-08-12..2014-08-13 basis=HEARSAY incident=iq-jalawla-20140812-dilshad-kidnapped
@@claim c3 harm=MISSING min=1 max=1 named="Dilshad" actor="Islamic State" site="Jalawla" date=2014-08-12..2014-08-13 basis=EXPERIENCED incident=iq-jalawla-20140812-dilshad-kidnapped
@@claim c4 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE actor="Iraqi forces" site="Jalawla" date=2014-09-01..2014-09-30 basis=HEARSAY incident=iq-jalawla-20140900-station-garages-airstrike
@@claim c5 harm=KILLED min=2 max=2 weapon=AIRSTRIKE actor="Iraqi forces" site="Jalawla" date=2014-09-01..2014-09-30 basis=HEARSAY incident=iq-jalawla-20140900-station-garages-airstrike
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null site="Jalawla" date=2014-08-12..2014-12-03 basis=WITNESSED incident=iq-jalawla-20141200-rashid-house-burned
@@claim c7 harm=KILLED min=1 max=1 named="Qadir" weapon=LANDMINE actor="Islamic State" site="Jalawla" date=2014-12-08..2014-12-14 basis=WITNESSED incident=iq-jalawla-20141200-railway-minefield
@@claim c8 harm=INJURED min=1 max=1 named="Aram" weapon=LANDMINE actor="Islamic State" site="Jalawla" date=2014-12-08..2014-12-14 basis=WITNESSED incident=iq-jalawla-20141200-railway-minefield
@@claim c9 harm=PROPERTY_DAMAGE min=20 max=20 weapon=IED site="Jalawla" date=2015-02-01..2015-02-28 basis=HEARSAY incident=iq-jalawla-20150200-market-car-bomb
@@witness iq-jalawla-hemin-rashid
