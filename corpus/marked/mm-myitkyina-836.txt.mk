Interview ID: MM-MKN-836
Date of interview: 9 September 2024
Place of interview: [[Chiang Mai|PLACE]], [[Thailand|PLACE]]
Language: Jinghpaw and English
Interviewer: [[Peter Langford|PERSON]]

INT: Thank you for coming. Please introduce yourself.
RESP: My name is [[Ja Tawng|PERSON]], [[Maran Ja Tawng|PERSON]]. I am from [[Myitkyina|PLACE]], the [[Shatapru|PLACE]] quarter. I was a nursing student when the coup happened.
INT: What did you see in [[Myitkyina|PLACE]] [[after the coup|DATE]] in [[February 2021|DATE:2021-02-01..2021-02-28]]?
RESP: We protested every day, near the [[Manau|PLACE]] park and on [[Zaw John road|PLACE]]. At first it was peaceful, with music. Then the police and [[the soldiers|ACTOR:Tatmadaw]] started with the [[tear gas|WEAPON:CHEMICAL]], and the [[rubber bullets|WEAPON:SMALL_ARMS]], and then the [[real bullets|WEAPON:SMALL_ARMS]].
INT: Do you remember a particular day?
RESP: {{c1|[[8 March|DATE:2021-03-08]]. They fired [[tear gas|WEAPON:CHEMICAL]] into the crowd near the [[Hsu Taung Pyi|PLACE]] pagoda, many canisters, and then they fired [[live rounds|WEAPON:SMALL_ARMS]].}} {{c1|Two young men died, I saw one of them, [[Zau Nyi|PERSON]], on the road, shot in the head.}} The other they say was [[Naw Lum|PERSON]], I did not see him.
INT: Were you hurt?
RESP: {{c2|My eyes and my throat from the [[gas|WEAPON:CHEMICAL]], I could not see for an hour, my friend [[Lu Awng|PERSON]] poured water on my face.}} That is small. I was lucky.
INT: Were people injured by the [[gas|WEAPON:CHEMICAL]] or the [[shooting|WEAPON:SMALL_ARMS]]?
RESP: {{c3|Many. At our volunteer clinic in the church we treated maybe thirty people [[that day|DATE:2021-03-08]], some with [[bullet|WEAPON:SMALL_ARMS]] wounds, most with the [[gas|WEAPON:CHEMICAL]], vomiting, old people who were only watching from the houses.}} {{c3|And there was a nun, Sister [[Ann|PERSON]], no, not the famous one, another sister, with her arm hurt by the [[rubber bullet|WEAPON:SMALL_ARMS]].}}
INT: Were people arrested?
RESP: {{c4|Yes, [[that night|DATE]] and [[the next days|DATE:2021-03-09..2021-03-15]], they went house to house in [[Shatapru|PLACE]] and took the young people, maybe forty, my classmate [[Seng Nu Pan|PERSON]] also.}} {{c5|She was in [[Myitkyina prison|PLACE]] for one year and eight months.}}
INT: Why did you leave [[Myanmar|PLACE]]?
RESP: Because my name was on their list. I went first to [[Laiza|PLACE]], to the [[KIA|ACTOR:Kachin Independence Army]] area, and I worked in a clinic there. Then to [[Thailand|PLACE]] in [[2023|DATE:2023-01-01..2023-12-31]].
INT: Have you heard about the fighting around [[Myitkyina|PLACE]] [[this year|DATE]]?
RESP: Yes, my mother is still there. {{c6|In [[June|DATE:2024-06-01..2024-06-30]], a [[shell|WEAPON:ARTILLERY]] fell on the [[Tatkone|PLACE]] ward, near the house of my auntie [[Nang Seng|PERSON]], and a child was killed, my mother told me.}} She does not know whose [[shell|WEAPON:ARTILLERY]]. [[The army|ACTOR:Tatmadaw]] says [[KIA|ACTOR:Kachin Independence Army]], the people say [[the army|ACTOR:Tatmadaw]] fires from the airport.
INT: Did your mother say anything else about attacks?
RESP: {{c7|She said in [[August|DATE:2024-08-01..2024-08-31]] [[the jets|WEAPON:AIRSTRIKE]] fired [[missiles|WEAPON:MISSILE]] at the villages near [[Waingmaw|PLACE]], across the [[Irrawaddy|PLACE]], and a church was destroyed, the Baptist church.}} Nobody was inside, it was [[a Wednesday|DATE]]. But my mother cried on the phone, because she was baptised there.
INT: Is there anything you want to add?
RESP: Only that the [[gas|WEAPON:CHEMICAL]] I still remember in my nose. When I smell pepper, I am back on that road.
@@witness mm-myitkyina-maran-ja-tawng
@@claim c1 harm=KILLED min=2 max=2 named="Zau Nyi" weapon=SMALL_ARMS actor="Tatmadaw" site="Hsu Taung Pyi" date=2021-03-08 basis=WITNESSED incident=mm-myitkyina-20210308-hsu-taung-pyi-protest
@@claim c2 harm=INJURED min=1 max=1 named="Ja Tawng; Maran Ja Tawng" weapon=CHEMICAL actor="Tatmadaw" site="Hsu Taung Pyi" date=2021-03-08 basis=EXPERIENCED incident=mm-myitkyina-20210308-hsu-taung-pyi-protest
@@claim c3 harm=INJURED min=30 max=30 named="Ann" weapon=CHEMICAL actor="Tatmadaw" site="Myitkyina" date=2021-03-08 basis=WITNESSED incident=mm-myitkyina-20210308-hsu-taung-pyi-protest
@@claim c4 harm=DETAINED min=40 max=40 named="Seng Nu Pan" actor="Tatmadaw" site="Shatapru" date=2021-03-08..2021-03-15 basis=WITNESSED incident=mm-myitkyina-20210309-shatapru-arrests
@@claim c5 harm=DETAINED min=1 max=1 named="Seng Nu Pan" site="Myitkyina prison" date=2021-03-09..2022-11-30 basis=HEARSAY incident=mm-myitkyina-20210309-shatapru-arrests
@@claim c6 harm=KILLED min=1 max=1 weapon=ARTILLERY site="Tatkone" date=2024-06-01..2024-06-30 basis=HEARSAY incident=mm-myitkyina-20240600-tatkone-ward-shell
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Waingmaw" date=2024-08-01..2024-08-31 basis=HEARSAY incident=mm-waingmaw-20240800-baptist-church-missiles
