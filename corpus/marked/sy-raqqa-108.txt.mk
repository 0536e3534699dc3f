NOTES OF PHONE CALL
Interview ID: RQA-108
Date: 02/03/2018
Witness: W-108, woman, about 45, in [[al-Meshleb|PLACE:al-Mashlab]], [[Raqqa|PLACE]]
Language: Arabic
Notes by: [[Samer Haddad|PERSON]]

The call was made through a neighbour's phone, on speaker, so other voices are sometimes heard. W-108 asked that her name is not used; her neighbours call her [[Umm Jasim|PERSON]]. These are notes, not a transcript. Her words are in quotation marks where written down during the call.

She has lived in [[al-Meshleb|PLACE:al-Mashlab]] since her marriage, opposite the house of the [[Hassoun|PERSON]] family. She stayed in the old city with her husband's family during most of the battle and returned to [[al-Meshleb|PLACE:al-Mashlab]] at [[the end of October 2017|DATE:2017-10-20..2017-10-31]], earlier than most neighbours.

About the explosion in the [[Hassoun|PERSON]] house, she gives the date as [[16 November|DATE:2017-11-16]], "[[a Thursday|DATE:2017-11-16]], because my son went to the market on Thursdays". When told that the family remembers [[the 18th|DATE:2017-11-18]], she said "maybe, maybe, the days were all the same then". She was hanging washing on the roof and heard one explosion, "not big, but heavy, like a door slamming in your chest". {{c1|She saw the neighbours carry out the bodies of [[Abu Khalil|PERSON]], the father, of his young son, and of his brother.}} She said the elder son had been outside with the truck and was not hurt.

{{c2|According to her, the nephew, [[Hussam|PERSON]], died too, "[[after one week|DATE:2017-11-23..2017-11-25]], in the hospital in [[Tal Abyad|PLACE]]", which makes four dead.}} She said she heard this from women at the bakery and did not go to the funeral.

[Researcher's note: RQA-107 says [[Hussam|PERSON]] survived with burns. Not resolved. Ask RQA-107 at the next contact.]

She says the [[QSD|ACTOR:Syrian Democratic Forces]] checkpoint had warned everyone about [[booby traps|WEAPON:IED]], and that a demining team came "[[the day after, or two days after|DATE:2017-11-17..2017-11-18]]". She does not know of any other [[explosive|WEAPON:IED]] found in that house.

She also described how her own family left the old city in [[August|DATE:2017-08-01..2017-08-31]]. {{c3|Her brother-in-law, [[Mahmoud al-Ali|PERSON]], was killed by [[shelling|WEAPON:ARTILLERY]] near the [[clock roundabout|PLACE]], "in [[the first days of August|DATE:2017-08-01..2017-08-05]], at [[the time of the sunset prayer|DATE:2017-08-01..2017-08-05]]".}} She did not see it; she was told by her husband, who carried him. She said the [[shells|WEAPON:ARTILLERY]] came "from the side of [[the coalition|ACTOR:US-led coalition]], the [[big guns|WEAPON:ARTILLERY]], every night", and that there was also [[Daesh|ACTOR:Islamic State]] [[mortar|WEAPON:MORTAR]] fire from the old city toward the east.

{{c4|[[A few days later|DATE:2017-08-01..2017-08-31]] the family, fourteen people, crossed to the [[SDF|ACTOR:Syrian Democratic Forces]] side at [[night|DATE:2017-08-01..2017-08-31]].}} A young Kurdish fighter "called [[Hama|PERSON]], like the city" walked in front of them through a field that [[Daesh|ACTOR:Islamic State]] had mined, telling everyone to step only where he stepped. Nobody was hurt in her family in the [[minefield|WEAPON:LANDMINE]]. She asked that [[Hama|PERSON]] be thanked "if you find him".

She has a sister in [[Hama|PLACE]], on the government side, whom she has not seen since [[2015|DATE:2015-01-01..2015-12-31]].

{{c5|Her son [[Jasim|PERSON]], 19, was taken by the [[QSD|ACTOR:Syrian Democratic Forces]] from the checkpoint at [[Ain Issa|PLACE]] in [[September|DATE:2017-09-01..2017-09-30]], "for questions", and has not come back. She was standing with him in the line when they called his name.}} She has not been told where he is held. She said he was never with [[Daesh|ACTOR:Islamic State]] and that [[Daesh|ACTOR:Islamic State]] had lashed him once for smoking.

Follow-up: ask RQA-107 about [[Hussam|PERSON]] and about the date. Pass the detention of [[Jasim|PERSON]] to the detention team with her consent (given).
@@claim c1 harm=KILLED min=3 max=3 named="Abu Khalil" weapon=IED site="al-Meshleb" date=2017-11-16 basis=WITNESSED incident=sy-raqqa-20171118-mashlab-house-ied
@@claim c2 harm=KILLED min=4 max=4 named="Hussam" weapon=IED site="al-Meshleb" date=2017-11-16 basis=HEARSAY incident=sy-raqqa-20171118-mashlab-house-ied
@@claim c3 harm=KILLED min=1 max=1 named="Mahmoud al-Ali" weapon=ARTILLERY actor="US-led coalition" site="clock roundabout" date=2017-08-01..2017-08-05 basis=HEARSAY incident=sy-raqqa-20170800-clock-roundabout-shelling
@@claim c4 harm=DISPLACED min=14 max=14 site="Raqqa" date=2017-08-01..2017-08-31 basis=EXPERIENCED incident=sy-raqqa-20170800-umm-jasim-family-flight
@@claim c5 harm=DETAINED min=1 max=1 named="Jasim" actor="Syrian Democratic Forces" site="Ain Issa" date=2017-09-01..2017-09-30 basis=WITNESSED incident=sy-ainissa-20170900-jasim-detention
@@witness sy-raqqa-umm-jasim
