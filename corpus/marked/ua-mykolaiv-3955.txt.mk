@@newline crlf
PHONE CALL NOTES
Interview ID: UA-MYK-3955
Date: 21/11/2022
Interviewer: [[Ruth Okafor|PERSON]] (notes typed during the call, not verbatim)
Witness: W-3955, nurse, 49, [[Mykolaiv|PLACE]]
Language: Ukrainian with some English

- W. is [[Nina Hordiienko|PERSON]], surgical nurse at a city hospital in [[Mykolaiv|PLACE]], lives in the [[Inhulskyi|PLACE]] district. She called back on her break, so the call was short and interrupted twice by the air raid alarm.
- She wanted first to talk about her neighbour's family. {{c1|On [[24 July|DATE:2022-07-24]], [[a Sunday|DATE:2022-07-24]], early, [[around five|DATE:2022-07-24]], a [[missile|WEAPON:MISSILE]] hit the private house of the [[Shevchuk|PERSON]] family on [[Kosmonavtiv street|PLACE]], two houses from hers.}} {{c1|She was awake, she heard the whistle and then the hit, the windows of her kitchen came in.}}
- {{c2,c1|She ran out and saw the house was gone, only the back wall standing.}} {{c2|The daughter, [[Alina|PERSON]], 17, was under the roof. They found her [[after two hours|DATE:2022-07-24]], she was dead.}} W. was there when the rescuers brought her out.
- {{c3|The father, [[Oleh Shevchuk|PERSON]], was injured.}} W. read out to me from the paper he got at discharge (she has a photo of it on her phone): {{c3|"shrapnel wound of the left thigh, fracture of two ribs, contusion"}}. She says he is home now, walks with crutches.
- She does not know what type of [[missile|WEAPON:MISSILE]]. People in the street said [[S-300|WEAPON:MISSILE]] from the [[Kherson|PLACE]] side. She repeated she did not see it come, only heard it.
- Asked if there were soldiers or any military object near: she said no, it is a street of private houses and gardens, "the nearest soldier is a kilometre away, at least". She asked me to write that.
- On the hospital: {{c4|in [[June|DATE:2022-06-01..2022-06-30]] (she thinks [[the end of June|DATE:2022-06-20..2022-06-30]]) there was [[a night|DATE:2022-06-20..2022-06-30]] of heavy [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] and her ward, the second floor, lost all the windows and part of the ceiling.}} Nobody from the patients was hurt, they had moved everyone to the corridor and the basement before. I asked if the hospital was hit directly: she said no, something fell in the yard, she does not know what, the hospital was not the target "I think".
- [Alarm, call paused about 5 minutes.]
- Second topic, her mother in [[Chernihiv|PLACE]]. Mother is [[Zinaida Hordiienko|PERSON]], 76, was in [[Chernihiv|PLACE]] the whole siege, flat on [[Shevchenka street|PLACE]]. W. knows this only from the mother, by phone, when the phone worked.
- {{c5|Mother told her that in [[the middle of March|DATE:2022-03-10..2022-03-20]], "the day the water stopped" (W.}} {{c5,c6|thinks [[the 13th|DATE:2022-03-13]]), [[the planes|WEAPON:AIRSTRIKE]] dropped [[bombs|WEAPON:AIRSTRIKE]] on the nine-storey building across from her, and the neighbour [[Kuzma|PERSON]], an old man from the first floor, and his wife died.}} {{c6|The mother's flat, windows and the balcony door, all out.}}
- The mother said the [[Russian|ACTOR:Russian armed forces in Ukraine]] [[jets|WEAPON:AIRSTRIKE]] came low many times. W. added: her mother exaggerates sometimes, but not about this.
- Correction from W. later in the call: it was not the building across, it was the one diagonally across, next to the shop. The toll she gave stays the same: two, the old couple.
- {{c7|The mother left [[Chernihiv|PLACE]] in [[April|DATE:2022-04-01..2022-04-30]], after [[the Russians|ACTOR:Russian armed forces in Ukraine]] went away, to W. in [[Mykolaiv|PLACE]]}}, "from one fire to another", W. said and laughed.
- W. has no information on other deaths in that building. She said she heard rumours that a school near her mother was bombed too, but the mother says it was not, it is still there.
- Follow-up: W. agreed to send the photo of the discharge paper by messenger. Her sister [[Vira|PERSON]] in [[Odesa|PLACE]] may also talk to us about [[Chernihiv|PLACE]].
@@witness ua-mykolaiv-nina-hordiienko
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Kosmonavtiv street" date=2022-07-24 basis=WITNESSED incident=ua-mykolaiv-20220724-kosmonavtiv-shevchuk-house-missile
@@claim c2 harm=KILLED min=1 max=1 named="Alina" weapon=MISSILE site="Kosmonavtiv street" date=2022-07-24 basis=WITNESSED incident=ua-mykolaiv-20220724-kosmonavtiv-shevchuk-house-missile
@@claim c3 harm=INJURED min=1 max=1 named="Oleh Shevchuk" weapon=MISSILE site="Kosmonavtiv street" date=2022-07-24 basis=REPORTED incident=ua-mykolaiv-20220724-kosmonavtiv-shevchuk-house-missile
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Mykolaiv" date=2022-06-01..2022-06-30 basis=WITNESSED incident=ua-mykolaiv-20220600-hospital-ward-windows
@@claim c5 harm=KILLED min=2 max=2 named="Kuzma" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Shevchenka street" date=2022-03-13 basis=HEARSAY incident=ua-chernihiv-20220313-shevchenka-nine-storey-airstrike
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Shevchenka street" date=2022-03-13 basis=HEARSAY incident=ua-chernihiv-20220313-shevchenka-nine-storey-airstrike
@@claim c7 harm=DISPLACED min=1 max=1 named="Zinaida Hordiienko" site="Chernihiv" date=2022-04-01..2022-04-30 basis=HEARSAY incident=ua-chernihiv-20220400-zinaida-hordiienko-flight
