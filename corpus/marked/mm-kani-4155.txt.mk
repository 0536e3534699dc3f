@@encoding utf-16le
Interview ID: MM-KNI-4155
Interview date: 2023-01-28
Location: [[Kalay|PLACE]], [[Sagaing|PLACE]] Region
Language: Burmese; English by the interpreter
Interviewer: [[Fenna de Groot|PERSON]]
Interpreter: [[Ko Phoe Thar|PERSON]]

[00:00:03] Q: Please, your name and your village.
[00:00:07] A: [[U Aung Thein Win|PERSON]]. Sixty-two. A farmer, rice and sesame. Our village is west of [[Kani|PLACE]], maybe one hour by motorbike, on the way to [[Yinmabin|PLACE]].
[00:00:24] Q: What happened in your village in [[June 2022|DATE:2022-06-01..2022-06-30]]?
[00:00:29] A: [[The 17th|DATE:2022-06-17]]. [[A Friday|DATE:2022-06-17]], I remember because my wife was fasting. A column of [[the army|ACTOR:Tatmadaw]] came from the [[Yinmabin|PLACE]] road, many, more than a hundred soldiers.
[00:00:48] A: {{c1|Before they arrived, in [[the morning|DATE:2022-06-17]], [[the helicopter|WEAPON:AIRSTRIKE]] came and dropped a [[barrel|WEAPON:BARREL_BOMB]] on the monastery. The big hall fell down, the roof of the rest house also.}}
[00:01:05] Interpreter: He says barrel, like an oil drum filled with explosive. The people there call it that.
[00:01:12] A: Nobody died at the monastery. The abbot had sent everybody out [[the night before|DATE:2022-06-16]], he had a feeling.
[00:01:24] Q: Where were you when [[the soldiers|ACTOR:Tatmadaw]] came?
[00:01:27] A: We ran into the bamboo on the hill behind the village. From there I could see the road and some of the houses.
[00:01:40] A: {{c2|They took six men who were too slow, or who stayed to guard the cows. My nephew [[Ko Tin Win|PERSON]], and [[Ko Than Htike|PERSON]], [[Maung Htoo|PERSON]] the boy of the blacksmith, and three more from the east side.}} {{c2|They tied them with rope in a line, to carry their loads.}}
[00:02:05] Q: Did you see the houses burn?
[00:02:08] A: The smoke, yes, all the afternoon. {{c1|When we came back, [[after four days|DATE:2022-06-21]], I counted. Thirty-two houses burned to the ground.}} {{c1|And the rice store of the village burned, with all the seed for the year.}}
[00:02:27] A: The school they did not burn. They slept in it, they left their rubbish. That is why it stands.
[00:02:36] Q: What happened to the six men?
[00:02:40] A: Two came back [[after ten days|DATE:2022-06-27]], [[Ko Than Htike|PERSON]] and one other, their shoulders open from carrying. {{c4|[[Maung Htoo|PERSON]] we found by the stream near [[Pyin Kan|PLACE]], [[two weeks later|DATE:2022-07-01]], he was shot in the head. We burned him there.}}
[00:03:02] A: [crying] {{c5|[[Ko Tin Win|PERSON]] and the two others, nothing. Not a body, not a word. My sister still cooks for him on his birthday.}}
[00:03:18] Interpreter: He says some people heard the porters were taken to the army camp in [[Monywa|PLACE]]. It is a rumour only.
[00:03:27] Q: Where did the village go after that?
[00:03:30] A: {{c6|Everybody left. The whole village, four hundred people, maybe a little more. First to the forest, then to a monastery near the [[Chindwin|PLACE]].}}
[00:03:46] A: {{c6|In [[the rains|DATE:2022-07-01..2022-09-30]] we went back to plant, because if we do not plant we die anyway. Then in [[October|DATE:2022-10-01..2022-10-31]] again they came close, and again we ran, this time to [[Kani|PLACE]] town.}} Now my family is here, in [[Kalay|PLACE]].
[00:04:06] Q: You said [[the soldiers|ACTOR:Tatmadaw]] left something on the paths.
[00:04:10] A: Yes. [[Mines|WEAPON:LANDMINE]]. On the path to the well, and near the monastery gate.
[00:04:19] A: {{c7|When we came back in [[the rains|DATE:2022-07-01..2022-09-30]], the buffalo of my neighbour [[U Ba Maung Lay|PERSON]] stepped on one [[mine|WEAPON:LANDMINE]], one buffalo, dead at once.}} {{c8|And [[Ko Zin Min|PERSON]], the son of my cousin, stepped on another [[the same week|DATE:2022-07-01..2022-09-30]], he lost his foot.}}
[00:04:40] Q: Did you see that?
[00:04:42] A: The buffalo, yes. [[Zin Min|PERSON]], no, I was in the field, they carried him past my field on a door.
[00:04:53] Q: Were there [[PDF|ACTOR:People's Defence Force]] fighters in the village?
[00:04:56] A: Not in the village. The [[PDF|ACTOR:People's Defence Force]] boys fought the column at the bridge, outside. Two of them died in that fight. That is war, they had guns, I do not complain about that.
[00:05:14] A: The officer shouted to the people on the road that if we help the [[PDF|ACTOR:People's Defence Force]] they will come back and burn the rest. They did not come back to burn. Not yet.
[00:05:27] Q: Is there anything else you want to say?
[00:05:30] A: Write the names. [[Ko Tin Win|PERSON]]. The two others are [[Ye Lin Aung|PERSON]] and [[Tun Tun Oo|PERSON]]. If somebody saw them in a prison, tell their mothers.
@@witness mm-kani-aung-thein-win
@@claim c1 harm=PROPERTY_DAMAGE min=32 max=32 weapon=BARREL_BOMB actor="Tatmadaw" site="Kani" date=2022-06-17 basis=WITNESSED incident=mm-kani-20220617-village-column-burning
@@claim c2 harm=DETAINED min=6 max=6 named="Ko Tin Win; Ko Than Htike; Maung Htoo" actor=Tatmadaw site="Kani" date=2022-06-17 basis=WITNESSED incident=mm-kani-20220617-village-column-burning
@@claim c4 harm=KILLED min=1 max=1 named="Maung Htoo" weapon=SMALL_ARMS actor=Tatmadaw site="Pyin Kan" date=2022-06-17..2022-07-01 basis=WITNESSED incident=mm-kani-20220617-village-column-burning
@@claim c5 harm=MISSING min=3 max=3 named="Ko Tin Win; Ye Lin Aung; Tun Tun Oo" actor=Tatmadaw site="Kani" date=2022-06-17 basis=EXPERIENCED incident=mm-kani-20220617-village-column-burning
@@claim c6 harm=DISPLACED min=400 max=null actor=Tatmadaw site="Kani" date=2022-06-17..2022-10-31 basis=EXPERIENCED incident=mm-kani-20220617-village-column-burning
@@claim c7 harm=PROPERTY_DAMAGE min=1 max=1 weapon=LANDMINE actor=Tatmadaw site="Kani" date=2022-07-01..2022-09-30 basis=WITNESSED incident=mm-kani-20220700-village-paths-mines
@@claim c8 harm=INJURED min=1 max=1 named="Ko Zin Min" weapon=LANDMINE actor=Tatmadaw site="Kani" date=2022-07-01..2022-09-30 basis=HEARSAY incident=mm-kani-20220700-village-paths-mines
