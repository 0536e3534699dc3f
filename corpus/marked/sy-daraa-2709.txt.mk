Notes of a phone call
Date: 2 April 2014
Caller: [[Umm Karim|PERSON]] ([[Hanan Zoubi|PERSON]]), from [[Daraa al-Balad|PLACE]], now in [[Irbid|PLACE]], [[Jordan|PLACE]]
Taken by: [[Nadia Khoury|PERSON]] (notes in English, the call was in Arabic)
Call length: about 40 minutes, WhatsApp, the line dropped three times

[[Umm Karim|PERSON]] called back after her nephew gave her our number. She asked that her full name stay in the file but not be published. Her son [[Karim|PERSON]] is eleven; she laughed that he is "karim" only with his sisters' sweets.

She lived in [[Daraa al-Balad|PLACE]], near the [[Omari mosque|PLACE]], until [[the autumn of 2013|DATE:2013-09-01..2013-11-30]]. Says from [[the spring of 2013|DATE:2013-03-01..2013-05-31]] the [[barrels|WEAPON:BARREL_BOMB]] came "more than the bread". [[The regime|ACTOR:Syrian government forces]] was in [[al-Mahatta|PLACE]], the station side, and [[the Free Army|ACTOR:Syrian armed opposition]]... she corrected herself, "the young men of [[the Free Army|ACTOR:Syrian armed opposition]]", in the old town.

The bakery. {{c1|She says on [[the 3rd of July|DATE:2013-07-03]], in [[the morning|DATE:2013-07-03]], [[the helicopter|WEAPON:AIRSTRIKE]] dropped a [[barrel|WEAPON:BARREL_BOMB]] on the street of the [[al-Sabil bakery|PLACE]], and the bakery burned until the afternoon, the oven, the flour store, all of it.}} She saw the smoke from her roof, "black like a tent". {{c2|She did not see the dead. Her neighbour [[Abu Hamza|PERSON]], who went to help, told her five people who were in the queue were killed, among them a boy called [[Hussam|PERSON]], twelve.}} {{c9|Later the local council's list on its page gave seven dead at the bakery for [[that day|DATE:2013-07-03]].}} She thinks the list is right, because two died afterwards in the hospital in [[Ramtha|PLACE]]. {{c3|She also heard from [[Abu Hamza|PERSON]] that around twenty were wounded.}}

{{c4|The house. [[Two weeks after Eid al-Fitr|DATE:2013-08-22]], she is not sure of the day, a [[mortar shell|WEAPON:MORTAR]] fell in the courtyard of the [[Zoubi|PERSON]] family house, their own; the kitchen wall fell and the water tank was torn open.}} Nobody of the family was hurt; they were in the basement of the neighbour. She repeated twice: "nobody, thank God, nobody."

{{c5|Her husband's brother, [[Fayez|PERSON]], was arrested in [[August|DATE:2013-08-01..2013-08-31]] at the checkpoint at the entrance of [[al-Mahatta|PLACE]], by [[Air Force Intelligence|ACTOR:Syrian government forces]], she says, when he went to take his salary from the bank.}} {{c6|After that the family heard nothing. A man released in [[2014|DATE:2014-01-01..2014-12-31]] told them he saw [[Fayez|PERSON]] in [[Mezzeh|PLACE]], "but who knows". They still do not know where he is.}}

Without being asked she spoke about the [[sniper|WEAPON:SMALL_ARMS]] on the grain silos, which everybody in [[Daraa al-Balad|PLACE]] knew. {{c8|Her cousin's husband, [[Ziad Qudsi|PERSON]], was shot in the shoulder by that [[sniper|WEAPON:SMALL_ARMS]] in [[Ramadan|DATE:2013-07-09..2013-08-07]] while he was carrying water cans; she saw him brought into the house on a door.}} He lives, but he cannot lift the arm. She insisted that on [[that day|DATE:2013-07-09..2013-08-07]] there was no fighting in their lane, "only water cans".

Her eldest, [[Majd|PERSON]], sixteen, was stopped at the same checkpoint [[a month later|DATE:2013-09-01..2013-09-30]]; they looked at his phone and his ID for an hour and let him go. She says after that she decided to leave: "I will not give them the second one."

{{c7|They left [[Daraa|PLACE]] in [[October|DATE:2013-10-01..2013-10-31]], twelve people in a pickup, through [[Tafas|PLACE]] and [[Tal Shihab|PLACE]] to the Jordanian border.}} She asked about "what can be done" for [[Fayez|PERSON]]. I told her we cannot search, only record; she said "then record it well".

Follow-up: she will send photos of the bakery from a Facebook page, "Daraa Now", that posted the attack.
@@witness sy-daraa-hanan-zoubi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="al-Sabil bakery" date=2013-07-03 basis=WITNESSED incident=sy-daraa-20130703-sabil-bakery-barrel
@@claim c2 harm=KILLED min=5 max=5 named="Hussam" weapon=BARREL_BOMB site="al-Sabil bakery" date=2013-07-03 basis=HEARSAY incident=sy-daraa-20130703-sabil-bakery-barrel
@@claim c3 harm=INJURED min=20 max=20 weapon=BARREL_BOMB site="al-Sabil bakery" date=2013-07-03 basis=HEARSAY incident=sy-daraa-20130703-sabil-bakery-barrel
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Daraa al-Balad" date=2013-08-22 basis=EXPERIENCED incident=sy-daraa-20130822-zoubi-house-mortar
@@claim c5 harm=DETAINED min=1 max=1 named="Fayez" actor="Syrian government forces" site="al-Mahatta" date=2013-08-01..2013-08-31 basis=HEARSAY incident=sy-daraa-20130800-mahatta-checkpoint-fayez-zoubi
@@claim c6 harm=MISSING min=1 max=1 named="Fayez" actor="Syrian government forces" site="al-Mahatta" date=2013-08-01..2013-08-31 basis=EXPERIENCED incident=sy-daraa-20130800-mahatta-checkpoint-fayez-zoubi
@@claim c7 harm=DISPLACED min=12 max=12 site="Daraa" date=2013-10-01..2013-10-31 basis=EXPERIENCED incident=sy-daraa-20131000-zoubi-family-flight-jordan
@@claim c8 harm=INJURED min=1 max=1 named="Ziad Qudsi" weapon=SMALL_ARMS site="Daraa al-Balad" date=2013-07-09..2013-08-07 basis=WITNESSED incident=sy-daraa-20130700-silos-sniper-ziad-qudsi
@@claim c9 harm=KILLED min=7 max=7 weapon=BARREL_BOMB site="al-Sabil bakery" date=2013-07-03 basis=REPORTED incident=sy-daraa-20130703-sabil-bakery-barrel
