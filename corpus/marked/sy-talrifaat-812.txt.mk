@@newline crlf
Interview ID: TRF-812 (follow-up to TRF-811)
Date: 2020-01-20
Location: [[Tal Rifaat|PLACE]], by WhatsApp audio call
Language: Kurdish, interpreted
Interviewer: [[Hanna Oberg|PERSON]]
Interpreter: [[Shiyar Bakr|PERSON]]

INT: [[Rojin|PERSON]], thank you for talking with us again. We met in [[July 2018|DATE:2018-07-01..2018-07-31]]. Are you still in the same house?
RESP: Same house, yes, in [[Tel Rifat|PLACE:Tal Rifaat]]. But now we are six, my mother-in-law came from [[Afrin|PLACE]] to us.
INT: Last time you told us about the [[mortars|WEAPON:MORTAR]] near the water tank. Is there anything you want to correct?
RESP: Yes. I said two died. {{c1|Later we learned it was three, [[Khalil|PERSON]], [[Abu Rashid|PERSON]], and a small boy, [[Mahmoud Sido|PERSON]], the nephew of [[Khalil|PERSON]], he died [[after one week|DATE]] in the hospital in [[Aleppo|PLACE]].}} And it was [[the first day of Eid|DATE:2018-06-15]], not the second. I was confused then.
INT: Thank you. What has happened since then?
RESP: Many things. Always [[shelling|WEAPON:ARTILLERY]] from [[the Turks|ACTOR:Turkish forces]] and [[the National Army|ACTOR:Syrian National Army]]. Not every day, but every week. And [[the drones|WEAPON:DRONE_STRIKE]], the [[Turkish|ACTOR:Turkish forces]] ones, now they are the new thing.
INT: Can you tell me about a specific day?
RESP: {{c2,c7|In [[November|DATE:2019-11-01..2019-11-30]], [[the 11th or 12th|DATE:2019-11-11..2019-11-12]], a [[drone|WEAPON:DRONE_STRIKE]] hit a car at the entrance of the town, on the road to [[Kafr Naya|PLACE]].}} {{c2|Two young men inside, they burned.}} One of them, [[Baran|PERSON]], I knew his mother. They were not fighters, they carried bread to the shops. This is what his mother says.
INT: Did you see it?
RESP: No. I heard the sound, like a whistle and then boom, and I saw the smoke from the roof.
INT: Were you or your family hurt in this time?
RESP: {{c3|[[The 28th of November|DATE:2019-11-28]]. In [[the evening|DATE:2019-11-28]], [[after the maghrib|DATE:2019-11-28]]. [[Shells|WEAPON:ARTILLERY]] fell on our street, four or five. One on the house of the neighbours, and a piece came through our window. My daughter [[Hevi|PERSON]], she is nine, her arm was cut and broken.}} We went to the hospital of [[Fafin|PLACE]], because in [[Tal Rifaat|PLACE]] the clinic has no X-ray.
INT: How is she now?
RESP: She is better. But she does not sleep without me. She wakes up and says, mama, is it the [[shells|WEAPON:ARTILLERY]]? [pause] We tell the children, have hevi, have hope. What hope.
INT: Was anyone killed on your street [[that evening|DATE:2019-11-28]]?
RESP: No, nobody was killed on our street. Thank God. {{c4|The house of the neighbours, the [[Mamo|PERSON]] family, half of it fell.}}
INT: You told me last time your husband was afraid to go back to [[Afrin|PLACE]].
RESP: {{c5|He went. In [[August|DATE:2019-08-01..2019-08-31]], to see the house in [[Maabatli|PLACE]]. At the checkpoint of [[the Hamza Division|ACTOR:Syrian National Army]], near [[Basuta|PLACE]], they took him.}} {{c5|Two months in their prison, they wanted three thousand dollars. My brother in [[Germany|PLACE]] sent the money.}} He came back to [[Tal Rifaat|PLACE]] through the smugglers.
INT: And your house in [[Mabata|PLACE:Maabatli]]?
RESP: {{c6|[[Azad|PERSON]] said there is a family from [[Ghouta|PLACE]] living in it, with a man from [[the factions|ACTOR:Syrian National Army]]. They cut our olive trees, eighty trees, for wood and to sell.}} I am not angry with the family, they are also displaced. I am angry with the ones who sent them.
@@claim c1 harm=KILLED min=3 max=3 named="Khalil; Abu Rashid; Mahmoud Sido" weapon=MORTAR site="Tel Rifat" date=2018-06-15 basis=HEARSAY incident=sy-talrifaat-20180616-water-tank-mortars
@@claim c2 harm=KILLED min=2 max=2 named="Baran" weapon=DRONE_STRIKE actor="Turkish forces" site="Tal Rifaat" date=2019-11-11..2019-11-12 basis=HEARSAY incident=sy-talrifaat-20191111-entrance-car-drone
@@claim c3 harm=INJURED min=1 max=1 named="Hevi" weapon=ARTILLERY site="Tal Rifaat" date=2019-11-28 basis=EXPERIENCED incident=sy-talrifaat-20191128-hamo-street-shelling
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Tal Rifaat" date=2019-11-28 basis=WITNESSED incident=sy-talrifaat-20191128-hamo-street-shelling
@@claim c5 harm=DETAINED min=1 max=1 named="Azad" actor="Syrian National Army" site="Basuta" date=2019-08-01..2019-10-31 basis=HEARSAY incident=sy-basuta-20190800-azad-checkpoint-detention
@@claim c6 harm=PROPERTY_DAMAGE min=80 max=80 site="Maabatli" date=2018-03-15..2020-01-20 basis=HEARSAY incident=sy-maabatli-20190000-hamo-olive-trees
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Turkish forces" site="Tal Rifaat" date=2019-11-11..2019-11-12 basis=HEARSAY incident=sy-talrifaat-20191111-entrance-car-drone
@@witness sy-talrifaat-rojin-hamo
