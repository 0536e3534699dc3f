Interview ID: IQ-EBL-1103
Interview date: 2021-03-09
Location: [[Ankawa|PLACE]], [[Erbil|PLACE]]
Language: Arabic and English
Interviewer: [[Tom Hale|PERSON]]

INTERVIEWER: Can you tell me your name and what you do?
WITNESS: My name is [[Nour Youkhana|PERSON]]. [[Nour|PERSON]] like the girl's name, but I am a man, it happens with us Christians also. I work in a pharmacy on the main street of [[Ainkawa|PLACE:Ankawa]], near the [[Mar Elia church|PLACE]].
INTERVIEWER: We are talking about the [[rockets|WEAPON:ROCKET]] on [[15 February|DATE:2021-02-15]].
WITNESS: Yes. It was [[a Monday|DATE]]. In [[the night|DATE:2021-02-15]], eh, after nine, maybe nine and a half. I was closing the pharmacy. There is no light in the street, only the nour of the shops, the light I mean.
WITNESS: First I heard a whistle, and then "boom", and then another, another. Many. I counted maybe six, seven. They said after it was fourteen [[rockets|WEAPON:ROCKET]], [[Katyusha|WEAPON:ROCKET]] type, from the side of the [[Gwer|PLACE]] road, the south.
INTERVIEWER: Where did they fall?
WITNESS: Some near the airport, the [[Erbil International Airport|PLACE]], where [[the Americans|ACTOR:US-led coalition]] are. {{c1|But two, three, they fell in the houses, in [[Ankawa|PLACE]] and in the [[Khanzad|PLACE]] area, near the [[100 Meter road|PLACE]]. One fell in the garden of my neighbour, [[Abu Fadi|PERSON]], [[Salam Matti|PERSON]]. His car is burned, the windows of the house all broken.}}
WITNESS: {{c2|His wife, [[Umm Fadi|PERSON]], [[Jamila|PERSON]], she was cut by glass in the face and the arm, I put the bandages myself, and we took her to [[Rizgary hospital|PLACE]].}}
INTERVIEWER: Was anyone else hurt on your street?
WITNESS: On our street only [[Jamila|PERSON]]. {{c3|But in the news they said five civilians injured in the city, and one woman in [[Khanzad|PLACE]], a Kurdish woman, very bad injury.}} {{c4|And the man who died, he was not from here, a foreign contractor, a Filipino I think, at the airport.}}
INTERVIEWER: Did you see who fired them?
WITNESS: No. Nobody sees. They say the militias, some group with a new name every time. I cannot say who. I sell medicines.
INTERVIEWER: Had [[rockets|WEAPON:ROCKET]] fallen on [[Ankawa|PLACE]] before?
WITNESS: Yes, this is the thing. {{c5|In [[September|DATE:2020-09-30]], [[the end of September|DATE:2020-09-30]] [[the year before|DATE]], six [[rockets|WEAPON:ROCKET]] came, also at [[night|DATE]], at the airport. One fell near the [[Kasnazan|PLACE]] road, a farm, it burned a big field and a small house of a farmer.}} Nobody was killed that time, thanks God. Only fear.
WITNESS: And there was a time, in [[2022|DATE:2022-01-01..2022-12-31]], the [[missiles|WEAPON:MISSILE]]... no, sorry, that is after, I am mixing. You asked about the past.
INTERVIEWER: It's fine. What happened to your family after [[February|DATE:2021-02-01..2021-02-28]]?
WITNESS: {{c6|My sister, [[Amal|PERSON]], she has three kids, [[after that night|DATE]] she took them and went to her husband's family in [[Duhok|PLACE]]. She said "I don't have amal any more in [[Erbil|PLACE]]", amal, hope, she made the joke. She is still there.}}
WITNESS: Me, I stayed. Where I go? My father is [[Ankawa|PLACE]], my grandfather is [[Ankawa|PLACE]]. We came back here from [[Qaraqosh|PLACE]]... no, my mother's family came from [[Qaraqosh|PLACE]] in [[2014|DATE:2014-01-01..2014-12-31]], when [[Daesh|ACTOR:Islamic State]] came. {{c7|They were twelve people in our house for two years, my uncle [[Behnam|PERSON]] and his family, they ran with nothing.}}
INTERVIEWER: Is there anything you want to add?
WITNESS: Only that people think [[Erbil|PLACE]] is safe, it is the safe place of [[Iraq|PLACE]]. It is safe, yes, more than other places. But when the [[Katyushas|WEAPON:ROCKET]] come, they don't choose. If the [[rocket|WEAPON:ROCKET]] fell five metres to the left, it would be on the children's room of [[Abu Fadi|PERSON]]. Five metres.
INTERVIEWER: Thank you, [[Nour|PERSON]].
WITNESS: Thank you. Write my name correct please, Y-O-U-K-H-A-N-A.

@@witness iq-erbil-nour-youkhana
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Salam Matti" weapon=ROCKET site="Ankawa" date=2021-02-15 basis=WITNESSED incident=iq-erbil-20210215-rockets
@@claim c2 harm=INJURED min=1 max=1 named="Jamila" weapon=ROCKET site="Ankawa" date=2021-02-15 basis=WITNESSED incident=iq-erbil-20210215-rockets
@@claim c3 harm=INJURED min=5 max=5 weapon=ROCKET site="Erbil" date=2021-02-15 basis=REPORTED incident=iq-erbil-20210215-rockets
@@claim c4 harm=KILLED min=1 max=1 weapon=ROCKET site="Erbil International Airport" date=2021-02-15 basis=HEARSAY incident=iq-erbil-20210215-rockets
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Kasnazan" date=2020-09-30 basis=HEARSAY incident=iq-erbil-20200930-rockets
@@claim c6 harm=DISPLACED min=4 max=4 named="Amal" weapon=ROCKET site="Erbil" date=2021-02-15 basis=WITNESSED incident=iq-erbil-20210215-rockets
@@claim c7 harm=DISPLACED min=12 max=12 named="Behnam" actor="Islamic State" site="Qaraqosh" date=2014-01-01..2014-12-31 basis=WITNESSED incident=iq-qaraqosh-20140000-displacement
