NOTES OF PHONE CALL
Interview ID: UA-BCH-306
Date: 2022-06-28
Witness: W-306, woman, 44, now in [[Bila Tserkva|PLACE]]
Language: Ukrainian
Notes by: [[Aoife Brennan|PERSON]]

The call was made on Signal and lasted a little under an hour. The witness spoke from her sister's flat; her teenage son was in the room and added details twice. These are the researcher's notes; the witness's own words are in quotation marks where they were written down during the call.

She lived in [[Bucha|PLACE]] on [[Yablunska street|PLACE]], in a private house with her husband [[Ruslan|PERSON]], her son [[Maksym|PERSON]] (15) and her mother. She says [[the Russians|ACTOR:Russian armed forces in Ukraine]] came into their part of the street "around [[the 3rd|DATE:2022-03-03]], [[the 4th|DATE:2022-03-04]]", and that for the first days they only searched houses and took phones.

{{c1|She says that on [[5 March|DATE:2022-03-05]] she saw from her gate a neighbour, [[Stepan Horobets|PERSON]], about sixty, shot by soldiers near the crossroads with [[Vokzalna street|PLACE]] when he went out on his bicycle.}} "They shouted something and then they fired, two, three times, and he fell with the bicycle." She does not know which unit; she says some of [[the soldiers|ACTOR:Russian armed forces in Ukraine]] "spoke Chechen, not Russian", and people on the street called them the [[Kadyrovtsy|ACTOR:Russian armed forces in Ukraine]]. {{c1|His body stayed on the road for more than a week, she says, because nobody was allowed to go out to take it.}}

{{c2|On [[the same day|DATE:2022-03-05]], her husband [[Ruslan|PERSON]] was taken from the yard by soldiers who found a hunting rifle in the shed.}} {{c2|She says he was held for eleven days in a cellar "somewhere near the glass factory" with other men, and released on [[16 March|DATE:2022-03-16]] with broken ribs.}} She did not witness his detention conditions; he told her afterwards.

She left with her son and her mother on [[the 6th|DATE:2022-03-06]], on foot, through the forest towards [[Irpin|PLACE]] and the destroyed bridge over the [[Irpin|PLACE]] river at [[Romanivka|PLACE]], where the evacuation crossing was. Her husband was still detained.

{{c3|At the crossing, she says, [[mortar rounds|WEAPON:MORTAR]] were falling on the road, "one, then after a minute another, closer, like they were correcting".}} {{c3|She saw a grey-haired man and a young man lying by a car not moving, and says they were dead; a woman next to them was screaming and holding her arm.}} She could not say how many others were hurt: "we did not stop, my mother had my hand and we ran under the bridge." Her son told the researcher he counted "three bodies, not two", which she did not contest. {{c4|He also said at least five people were wounded there, "one soldier, the others people like us".}}

She says there were [[Ukrainian soldiers|ACTOR:Ukrainian armed forces]] at the crossing helping people over the broken bridge, and a checkpoint on the [[Kyiv|PLACE]] side. She did not see any [[Ukrainian|ACTOR:Ukrainian armed forces]] [[artillery|WEAPON:ARTILLERY]] near the crossing.

{{c5|Their house on [[Yablunska|PLACE:Yablunska street]] was burned; she learned this from a neighbour in [[April|DATE:2022-04-01..2022-04-30]] and saw it herself when she returned on [[the 10th of April|DATE:2022-04-10]].}} {{c7|[[The same week|DATE:2022-04-10..2022-04-16]], she says, her neighbour [[Vasyl Tkach|PERSON]] was wounded by a [[booby trap|WEAPON:IED]] in his garage, a [[grenade on a tripwire|WEAPON:IED]] left behind by [[the soldiers|ACTOR:Russian armed forces in Ukraine]]; she heard the blast and saw him carried out.}} {{c6|The family is now displaced in [[Bila Tserkva|PLACE]], all four of them.}}

[Researcher's note: the witness dates the crossing to [[the 6th|DATE:2022-03-06]]; the son agrees. Compare with other accounts of [[mortar|WEAPON:MORTAR]] fire at the [[Romanivka|PLACE]] crossing; one account gives [[the 5th|DATE:2022-03-05]].]

Follow-up: ask [[Ruslan|PERSON]] for a separate interview about the detention; ask whether the name of the young man killed at the crossing is known.
@@witness ua-bucha-witness-306
@@claim c1 harm=KILLED min=1 max=1 named="Stepan Horobets" weapon=SMALL_ARMS actor="Russian armed forces in Ukraine" site="Yablunska street" date=2022-03-05 basis=WITNESSED incident=ua-bucha-20220305-yablunska-horobets
@@claim c2 harm=DETAINED min=1 max=1 named="Ruslan" actor="Russian armed forces in Ukraine" site="Yablunska street" date=2022-03-05 basis=WITNESSED incident=ua-bucha-20220305-ruslan-detention
@@claim c3 harm=KILLED min=2 max=2 weapon=MORTAR site="Romanivka" date=2022-03-06 basis=WITNESSED incident=ua-irpin-20220306-bridge-evacuation
@@claim c4 harm=INJURED min=5 max=null weapon=MORTAR site="Romanivka" date=2022-03-06 basis=WITNESSED incident=ua-irpin-20220306-bridge-evacuation
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Yablunska" basis=WITNESSED incident=ua-bucha-20220300-yablunska-witness-house
@@claim c6 harm=DISPLACED min=4 max=4 site="Bucha" date=2022-03-06 basis=EXPERIENCED incident=ua-bucha-20220306-witness-family-displaced
@@claim c7 harm=INJURED min=1 max=1 named="Vasyl Tkach" weapon=IED actor="Russian armed forces in Ukraine" site="Yablunska" date=2022-04-10..2022-04-16 basis=WITNESSED incident=ua-bucha-20220400-tkach-garage-booby-trap
