Interviewer: [[Tom Hale|PERSON]]
Speaker: [[Samira|PERSON]]
Interpreter: none (interview in English)
Interview date: 2024-08-05
Location: [[Deir al-Balah|PLACE]], [[al-Zawaida|PLACE]]

Tom: Thank you, [[Samira|PERSON]]. You are from [[Bani Suhaila|PLACE:Bani Suheila]], is that right?
Samira: Yes, [[Bani Suheila|PLACE]], east of [[Khan Yunis|PLACE:Khan Younis]]. I studied English literature at the [[Islamic University|PLACE]], so you don't need an interpreter, but forgive my English, it's tired, like me.
Tom: Your English is fine. Can you tell me what happened to your family?
Samira: We left our house in [[Bani Suheila|PLACE]] on [[the 2nd of December|DATE:2023-12-02]], after the leaflets. The leaflets had a map with blocks and numbers, and our block was in the red. {{c1|We went, twenty-two people from my father's family, to my aunt in [[Khan Younis|PLACE]] city, near [[Nasser|PLACE]].}}
Tom: And the house?
Samira: {{c2|My cousin [[Jamal|PERSON]], [[Jamal al-Astal|PERSON]], went back once in [[January|DATE:2024-01-01..2024-01-31]], he is crazy, and he sent a video. The house was flat, and the olive trees were cut by the bulldozers, all of them, eighty trees.}} My grandfather planted them in [[1967|DATE:1967-01-01..1967-12-31]]. [[Jamal|PERSON]], by the way, his name means beauty, and he is not, but he is generous, he brought us flour twice.
Tom: Were any of your family killed or injured?
Samira: {{c3|Yes. My uncle [[Hussein|PERSON]], [[Hussein al-Astal|PERSON]], fifty-eight, and his son [[Bilal|PERSON]], on [[the 9th of December|DATE:2023-12-09]].}} {{c3|They went to the mosque in [[al-Qarara|PLACE]] for [[the fajr prayer|DATE:2023-12-09]], and there was [[tank|WEAPON:ARTILLERY]] fire on the road, and both died.}} I did not see it, my aunt called us, screaming.
Tom: Do you know who was firing?
Samira: The [[Israeli|ACTOR:Israeli forces]] [[tanks|WEAPON:ARTILLERY]], from the east, they were at the edge of [[al-Qarara|PLACE]]. There was no fighting on that road, it was a road of farmers.
Tom: What happened after that?
Samira: {{c4|In [[Khan Younis|PLACE]] the [[airstrikes|WEAPON:AIRSTRIKE]] were every night.}} {{c4,c7|On [[Christmas eve|DATE:2023-12-24]], I remember because my friend [[Maryam|PERSON]] is Christian, from [[Gaza City|PLACE]], and she texted me "Merry Christmas, are you alive", [[that night|DATE]] a [[strike|WEAPON:AIRSTRIKE]] from [[the planes|WEAPON:AIRSTRIKE]] hit the building next to my aunt's, and my little sister [[Hala|PERSON]] was cut by the glass on her back.}} {{c4|Twelve stitches. She is eleven.}}
Tom: Was anyone killed in that building?
Samira: The [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] around [[Nasser|PLACE]] did not stop [[that night|DATE]]. {{c5|They said three, or four. I saw one body, a woman, they covered her with a prayer carpet.}}
Tom: Where did you go after [[Khan Younis|PLACE]]?
Samira: {{c6|At [[the end of January|DATE:2024-01-25..2024-01-31]], when the tanks came to the west of [[Khan Younis|PLACE]], we moved again, to [[Rafah|PLACE]], then in [[May|DATE:2024-05-01..2024-05-31]] to here, [[Deir al-Balah|PLACE]].}} Four times displaced. Four. Each time we leave something: the first time the house, the second time the mattresses, the third time my books.
Tom: Is there something you want to say that I haven't asked?
Samira: Salam. I mean, peace. That is what my name should have been. [laughs] No, really. Just write that we are people who had olive trees.
@@witness ps-khanyounis-samira-al-astal
@@claim c1 harm=DISPLACED min=22 max=22 site="Bani Suheila" date=2023-12-02 basis=EXPERIENCED incident=ps-khanyounis-20231202-al-astal-family-displaced
@@claim c2 harm=PROPERTY_DAMAGE min=80 max=80 site="Bani Suheila" date=2023-12-02..2024-01-31 basis=HEARSAY incident=ps-khanyounis-20240100-bani-suheila-al-astal-house-trees
@@claim c3 harm=KILLED min=2 max=2 named="Hussein; Hussein al-Astal; Bilal" weapon=ARTILLERY actor="Israeli forces" site="al-Qarara" date=2023-12-09 basis=HEARSAY incident=ps-khanyounis-20231209-qarara-road-al-astal
@@claim c4 harm=INJURED min=1 max=1 named="Hala" weapon=AIRSTRIKE site="Khan Younis" date=2023-12-24 basis=WITNESSED incident=ps-khanyounis-20231224-aunt-building-airstrike
@@claim c5 harm=KILLED min=3 max=4 weapon=AIRSTRIKE site="Khan Younis" date=2023-12-24 basis=HEARSAY incident=ps-khanyounis-20231224-aunt-building-airstrike
@@claim c6 harm=DISPLACED min=null max=null site="Khan Younis" date=2024-01-25..2024-05-31 basis=EXPERIENCED incident=ps-khanyounis-20240125-al-astal-family-second-displacement
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Khan Younis" date=2023-12-24 basis=WITNESSED incident=ps-khanyounis-20231224-aunt-building-airstrike
