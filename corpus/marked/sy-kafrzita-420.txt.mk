NOTES OF PHONE CALL
Interview ID: SY-HMA-420
Date: 2019-07-02
Witness: W-420, man, about 45, farmer and former mill worker, now in [[Atmeh|PLACE]] camp
Language: Arabic
Notes by: [[Yara Haddad|PERSON]]

W-420 was called on WhatsApp; the call lasted about fifty minutes and was interrupted once by a power cut in the camp. These are notes, not a transcript. His own words are in quotation marks where they were written down during the call.

He is from [[Kafr Zita|PLACE]] in the northern countryside of [[Hama|PLACE]], and writes it "Kafr Zayta". He worked for eleven years at the flour mill on the road to [[Latamneh|PLACE]].

1) [[Chlorine|WEAPON:CHEMICAL]], [[2014|DATE:2014-01-01..2014-12-31]]. He says that in [[mid-April 2014|DATE:2014-04-10..2014-04-20]], "[[a Friday|DATE:2014-04-18]], I think [[the 18th|DATE:2014-04-18]]", a [[helicopter|WEAPON:AIRSTRIKE]] dropped two [[barrels|WEAPON:BARREL_BOMB]] on the western side of the town [[after the evening prayer|DATE]]. There was no explosion "like the normal [[barrels|WEAPON:BARREL_BOMB]]", only a yellow cloud and a smell "like bleach, very strong". {{c1|About a dozen people in his street could not breathe and were taken to the field hospital, among them his father, [[Mohammad al-Khalaf|PERSON]], 71.}} {{c2|His father "never breathed properly again" and died in the hospital [[eight days later|DATE]]; he was with him.}} He blames [[the regime|ACTOR:Syrian government forces]]: "who else has [[helicopters|WEAPON:AIRSTRIKE]]?"

2) The mill, [[12 October 2016|DATE:2016-10-12]]. He was at work. [[Around ten in the morning|DATE:2016-10-12]] [[the jets|WEAPON:AIRSTRIKE]] fired "two [[missiles|WEAPON:MISSILE]]" at the mill yard, where trucks were being loaded. {{c3|Four people were killed: his colleagues [[Jamal Hassoun|PERSON]] and [[Saleh al-Ahmad|PERSON]], and two boys who helped with the sacks, one of them [[Obada|PERSON]], fourteen.}} {{c4|He himself was cut on the forehead by glass.}} {{c5|He is sure of the date because "[[the same day|DATE:2016-10-12]], at [[noon|DATE:2016-10-12]], they hit the children in [[Latamneh|PLACE]]". His cousin told him [[that evening|DATE:2016-10-12]] that fifteen children were killed on the school road there.}}

[Researcher's note: [[Rasha|PERSON]] (SY-HMA-419) heard that two workers died at the mill, and places the mill [[strike|WEAPON:AIRSTRIKE]] in [[the morning of the same day|DATE:2016-10-12]]. The toll for the school road given here (fifteen, from a cousin) is higher than the figures given by SY-HMA-418 and SY-HMA-419.]

3) [[Latamneh|PLACE]] again, [[20 November 2016|DATE:2016-11-20]]. He was visiting his sister, [[Umm Bashar|PERSON]], in [[al-Latamneh|PLACE:Latamneh]]. In [[the afternoon|DATE:2016-11-20]] a [[helicopter|WEAPON:AIRSTRIKE]] dropped [[barrel bombs|WEAPON:BARREL_BOMB]], "two, one after the other", on the same school road, "in the same place as the attack [[one month before|DATE]]". The school was already closed. {{c6|One man was killed, [[Abu Suleiman|PERSON]], an old shepherd, with his sheep; he saw the body.}} He says nobody else was hurt because "nobody walked on that road any more".

4) Fields, [[May 2019|DATE:2019-05-01..2019-05-31]]. During the offensive on the northern countryside of [[Hama|PLACE]], [[the planes|WEAPON:AIRSTRIKE]] dropped "[[bombs with fire|WEAPON:INCENDIARY]]" on the wheat around [[Kafr Zita|PLACE]] at [[harvest time|DATE]]. He called them "[[napalm|WEAPON:INCENDIARY]]"; when asked, he said the [[fire bombs|WEAPON:INCENDIARY]] "burn white and then everything is burning". {{c7|His family's wheat, "all of it", and the fields of his brothers burned in one night.}} He could not say how many dunums in total.

5) {{c8|After the fields burned, in [[the last days of May|DATE:2019-05-25..2019-05-31]], the whole family left for [[Atmeh|PLACE]], "22 from one family", him, his mother, his three brothers and their wives and children.}} He asked that the researcher write that [[Kafr Zita|PLACE]] is now "empty, only cats and [[the soldiers|ACTOR:Syrian government forces]]".

Asked about fighters: he said that the armed groups were in the area "of course", with positions to the south, but that there were no fighters at the mill or on the school road on the days he describes. He said he would not speak about the groups by name on the phone.

Follow-up: ask whether the names of the two boys at the mill are known; ask [[Rasha|PERSON]] whether she knew of the [[November|DATE]] [[strike|WEAPON:AIRSTRIKE]].
@@witness sy-kafrzita-w420
@@claim c1 harm=INJURED min=12 max=12 named="Mohammad al-Khalaf" weapon=CHEMICAL actor="Syrian government forces" site="Kafr Zita" date=2014-04-10..2014-04-20 basis=WITNESSED incident=sy-kafrzita-20140418-chlorine-west
@@claim c2 harm=KILLED min=1 max=1 named="Mohammad al-Khalaf" weapon=CHEMICAL actor="Syrian government forces" site="Kafr Zita" date=2014-04-18..2014-04-30 basis=WITNESSED incident=sy-kafrzita-20140418-chlorine-west
@@claim c3 harm=KILLED min=4 max=4 named="Jamal Hassoun; Saleh al-Ahmad; Obada" weapon=MISSILE site="Kafr Zita" date=2016-10-12 basis=WITNESSED incident=sy-kafrzita-20161012-mill
@@claim c4 harm=INJURED min=1 max=1 weapon=MISSILE site="Kafr Zita" date=2016-10-12 basis=EXPERIENCED incident=sy-kafrzita-20161012-mill
@@claim c5 harm=KILLED min=15 max=15 site="Latamneh" date=2016-10-12 basis=HEARSAY incident=sy-latamneh-20161012-school-road
@@claim c6 harm=KILLED min=1 max=1 named="Abu Suleiman" weapon=BARREL_BOMB site="al-Latamneh" date=2016-11-20 basis=WITNESSED incident=sy-latamneh-20161120-school-road
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Kafr Zita" date=2019-05-01..2019-05-31 basis=WITNESSED incident=sy-kafrzita-20190500-wheat-fields
@@claim c8 harm=DISPLACED min=22 max=22 site="Kafr Zita" date=2019-05-25..2019-05-31 basis=EXPERIENCED incident=sy-kafrzita-20190500-wheat-fields
