@@newline crlf
Phone call notes, ref. DRA-4304
Date: 2022-02-14
Researcher: [[Ines Valdivia|PERSON]]
Interpreter on the line: [[Wisam Khatib|PERSON]]

Witness DRA-17, [[Hamza al-Mahameed|PERSON]], about 40, formerly a mobile phone repairer in [[Daraa al-Balad|PLACE]], now in [[Irbid|PLACE]], [[Jordan|PLACE]]. Line bad at times; call lasted approx. 35 min.

He says his family lived in [[Daraa al-Balad|PLACE]] "since always", near the [[Omari mosque|PLACE]] (he calls it "al-Jami' al-Omari"). His shop was on the street behind it until [[2015|DATE:2015-01-01..2015-12-31]], when he closed it.

Main incident he wants on record: the [[barrels|WEAPON:BARREL_BOMB]] in [[Ramadan|DATE:2017-05-27..2017-06-25]]. He gives the year once ("[[the Ramadan of 2017|DATE:2017-05-27..2017-06-25]], the last hot one"), the day as "[[the 16th of Ramadan|DATE:2017-06-11]]". He is sure of [[the 16th|DATE:2017-06-11]] because his son fasted his first full day [[the day before|DATE:2017-06-10]].

He was at home, [[about an hour before the iftar|DATE:2017-06-11]]. He heard [[the helicopter|WEAPON:AIRSTRIKE]] first, then two very strong blasts "one after the other, like a door slammed twice". He did not see them fall. He waited maybe ten minutes because people feared a second round ("they always came back for the ones who help"), then went out towards the mosque.

{{c2|He says: "I saw four dead in the lane behind [[al-Omari|PLACE:Omari mosque]], I saw them with my eyes." Two he knew: [[Abu Fares|PERSON]], the old man who sold tamarind juice, and a young man called [[Obada|PERSON]], about 17.}} {{c3|Many wounded, "I cannot give you a number, the ambulance of the field hospital took them, and private cars."}}

{{c4|The front of the [[Khatib|PERSON]] family house fell into the lane; the mosque itself, he says, lost glass only.}} [Note: Interpreter [[Wisam Khatib|PERSON]] confirms no relation to that family.]

I asked whether he heard a different number later. He said the field hospital put out a list [[the next day|DATE:2017-06-12]] with "six or seven names", but he did not read it himself. He prefers to say four, "the four I saw".

Asked who dropped them: "[[The regime|ACTOR:Syrian government forces]] [[helicopters|WEAPON:AIRSTRIKE]] from the [[Khirbet Ghazaleh|PLACE]] direction. Who else flies there?" He does not claim to have seen [[the helicopter|WEAPON:AIRSTRIKE]], only heard it.

Second point: he says rumours [[that evening|DATE:2017-06-11]] said the girls' school on the [[Sad road|PLACE]] was also hit. He went there [[the next day|DATE:2017-06-12]]: "Nothing. Standing. It was a lie, or it was another place."

{{c5|[[July 2018|DATE:2018-07-01..2018-07-31]]: after the surrender deal he left with his wife [[Rawan|PERSON]] and the three children, first to the border area near [[Nasib|PLACE]], then smuggled into [[Jordan|PLACE]] in [[September|DATE:2018-09-01..2018-09-30]].}} His father refused to leave and is still in [[Daraa|PLACE]]; no harm to him so far, "thank God, not yet".

He also mentioned, as an aside, that his brother [[Yahya|PERSON]] died in [[2010|DATE:2010-01-01..2010-12-31]] in a car accident on the [[Damascus|PLACE]] highway, "before all this, it is not part of it". Not recorded as an incident.

He is willing to be called again. Prefers evening calls, after work.
@@witness sy-daraa-hamza-al-mahameed
@@claim c2 harm=KILLED min=4 max=4 named="Abu Fares; Obada" weapon=BARREL_BOMB actor="Syrian government forces" site="Omari mosque" date=2017-06-11 basis=WITNESSED incident=sy-daraa-20170611-omari-mosque-barrels
@@claim c3 harm=INJURED min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Omari mosque" date=2017-06-11 basis=WITNESSED incident=sy-daraa-20170611-omari-mosque-barrels
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null named="Khatib" weapon=BARREL_BOMB actor="Syrian government forces" site="Omari mosque" date=2017-06-11 basis=WITNESSED incident=sy-daraa-20170611-omari-mosque-barrels
@@claim c5 harm=DISPLACED min=5 max=5 named="Rawan" site="Daraa al-Balad" date=2018-07-01..2018-09-30 basis=EXPERIENCED incident=sy-daraa-20180700-mahameed-family-jordan
