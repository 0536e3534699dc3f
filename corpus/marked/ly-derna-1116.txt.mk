@@encoding utf-16le
PHONE INTERVIEW NOTES
Interview ID: LY-DRN-1116
Date: 12 January 2019
Interviewer: [[Nadia Kerrou|PERSON]] (by WhatsApp call, witness in [[Derna|PLACE]])
Language: Arabic; notes taken in English during the call

The witness, [[Walid Ashour al-Mansouri|PERSON]] (about 35, a taxi driver), called back on the second attempt; the line cut twice. He lives in [[al-Shiha al-Sharqiya|PLACE:Shiha]], in east [[Derna|PLACE]], and stayed in the city throughout the siege. He agreed to be named.

He said that on [[the evening of 29 May|DATE:2018-05-29]] he was standing in the bread line at the [[Bu Zaid bakery|PLACE:Bouzid bakery]] with his younger brother [[Tarek|PERSON]] (22). He described "maybe fifty people" waiting, women and children too, because the men had been afraid to stand in lines since the [[shelling|WEAPON:ARTILLERY]] started, about half an hour before the call to prayer. {{c1,c9|He said several [[rockets|WEAPON:ROCKET]], "three, I think, together", landed in the street; one hit the front of the bakery and the other two the street in front of it.}} {{c1|His brother [[Tarek|PERSON]] was killed immediately, hit in the head and chest.}} [line cut; witness called back]

{{c2|He said he himself was injured in the back and both legs, and spent two weeks at [[al-Harish hospital|PLACE]]; he still walks with a crutch.}} {{c3|According to him, "seven or eight" were killed at the bakery, including the baker, [[Abu Bakr|PERSON]], whom he named as [[Abubakr Salem Bouzid|PERSON]], and the baker's Egyptian helper, "[[Said|PERSON]], a boy from [[Assiut|PLACE]]".}} {{c4|He estimated "between 20 and 30" injured.}} When asked how he knew, he said he attended the funerals and spoke to families afterwards.

He attributed the [[rockets|WEAPON:ROCKET]] to [[Haftar's army|ACTOR:Libyan National Army]], firing "[[Grad|WEAPON:ROCKET]]" from the [[Dahr al-Hamar|PLACE]] heights. He said "there were no fighters at the bakery, only people with plastic bags". He said he had not seen any [[Derna Protection Force|ACTOR:Derna Protection Force]] position in that street.

Asked about earlier incidents, he described an [[air strike|WEAPON:AIRSTRIKE]] in [[al-Fatayeh|PLACE]], [[al-Fataih|PLACE:al-Fatayeh]] in his pronunciation, on the eastern edge of the city, in [[late October 2017|DATE:2017-10-25..2017-10-31]] ("[[the end of October|DATE:2017-10-25..2017-10-31]], [[the night of the Monday|DATE:2017-10-30]]"). {{c5,c8|He did not witness it, but his cousin [[Hamdi|PERSON]] lived nearby and told him [[the planes|WEAPON:AIRSTRIKE]] hit two houses and that "more than fifteen" were killed, mostly women and children from the [[Sharif|PERSON]] family and their guests.}} {{c8|He said he went [[the next day|DATE:2017-10-31]] and saw the houses flattened, "two houses, like a cake pressed by a hand".}} He did not know whose aircraft. He added that people in the area spoke of "burning" [[bombs|WEAPON:INCENDIARY]], which he could not confirm.

{{c6|He also said that in [[2015|DATE:2015-01-01..2015-12-31]], under [[Daesh|ACTOR:Islamic State]] control of part of the city, his neighbour [[Faraj Abdelkarim|PERSON]] was taken from his shop by "[[Daesh|ACTOR:Islamic State]] people" and was never seen again.}} He was unsure of the month ("summer, it was hot").

Asked about detentions after the [[LNA|ACTOR:Libyan National Army]] took the city, he said he was stopped at checkpoints "many times" but never held. He said, "if they had taken me, I would not be talking to you now". He did not report any other detention in his family.

Asked about displacement, he said his family did not leave [[Derna|PLACE]] ("where to go? the road was closed"). {{c7|His uncle's house in [[al-Madina al-Qadima|PLACE]], the old city, was destroyed in [[the last fighting|DATE:2018-06-01..2019-02-28]], he said.}} Nobody was in it at the time.

Researcher's note: witness was calm and consistent; some hesitation on dates. He spells the bakery "Bu Zaid"; this appears to be the same bakery called "Bouzid" by other witnesses. Toll differs from other accounts (four and six killed). Follow-up call planned.

@@witness ly-derna-walid-almansouri
@@claim c1 harm=KILLED min=1 max=1 named="Tarek" weapon=ROCKET actor="Libyan National Army" site="Bu Zaid bakery" date=2018-05-29 basis=WITNESSED incident=ly-derna-20180529-shiha-bakery
@@claim c2 harm=INJURED min=1 max=1 weapon=ROCKET actor="Libyan National Army" site="Bu Zaid bakery" date=2018-05-29 basis=EXPERIENCED incident=ly-derna-20180529-shiha-bakery
@@claim c3 harm=KILLED min=7 max=8 named="Abubakr Salem Bouzid; Said" weapon=ROCKET actor="Libyan National Army" site="Bu Zaid bakery" date=2018-05-29 basis=HEARSAY incident=ly-derna-20180529-shiha-bakery
@@claim c4 harm=INJURED min=20 max=30 weapon=ROCKET actor="Libyan National Army" site="Bu Zaid bakery" date=2018-05-29 basis=HEARSAY incident=ly-derna-20180529-shiha-bakery
@@claim c5 harm=KILLED min=16 max=null weapon=AIRSTRIKE site="al-Fataih" date=2017-10-30 basis=HEARSAY incident=ly-derna-20171030-fatayeh-airstrike
@@claim c6 harm=MISSING min=1 max=1 named="Faraj Abdelkarim" actor="Islamic State" site="Derna" date=2015-01-01..2015-12-31 basis=HEARSAY incident=ly-derna-20150000-faraj-abduction
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null site="al-Madina al-Qadima" date=2018-06-01..2019-02-28 basis=HEARSAY incident=ly-derna-20180000-oldcity-house
@@claim c8 harm=PROPERTY_DAMAGE min=2 max=2 weapon=AIRSTRIKE site="al-Fataih" date=2017-10-30 basis=WITNESSED incident=ly-derna-20171030-fatayeh-airstrike
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Libyan National Army" site="Bu Zaid bakery" date=2018-05-29 basis=WITNESSED incident=ly-derna-20180529-shiha-bakery
