@@newline crlf
PHONE CALL NOTES
Interview ID: MM-MNY-4653
Date: 14/08/2023
Researcher: [[Lukas Hafner|PERSON]]
Call with: [[Ma Thiri Naing|PERSON]], 29, former nurse aide, [[Monywa|PLACE]]
Language: Burmese, through [[Ma Ei Mon|PERSON]] (interpreter, on the line)

Notes written during the call and tidied the same evening. Line was bad at times; gaps marked.

1. Background. [[Thiri Naing|PERSON]] worked at a private clinic in [[Monywa|PLACE]] until [[early 2021|DATE:2021-01-01..2021-03-31]]. She joined the strike of health workers and lost the job. Lives now with an aunt in a village outside [[Monywar|PLACE:Monywa]]; asked that the village not be written.

2. The protest. She says it was [[the first week of April 2021|DATE:2021-04-01..2021-04-07]], "maybe [[the 3rd|DATE:2021-04-03]], maybe [[the 4th|DATE:2021-04-04]]". [[The soldiers|ACTOR:Tatmadaw]] and police came from the clock tower side. First [[tear gas|WEAPON:CHEMICAL]], then [[shooting|WEAPON:SMALL_ARMS]]. {{c1|Her younger brother [[Ko Aung Kyaw Myint|PERSON]], 22, was hit by a [[bullet|WEAPON:SMALL_ARMS]] in the thigh. She was three or four metres behind him and saw him fall.}} Friends carried him to the [[Monywa General Hospital|PLACE]].
She was asked whether anyone died at that place [[that day|DATE:2021-04-01..2021-04-07]]. She said she heard there were deaths on the main road, but in her part of the street nobody was killed, only wounded, and she does not want to say a number she did not see.

3. Taken from the hospital. {{c2|[[Two days later|DATE:2021-04-03..2021-04-09]], at [[night|DATE:2021-04-03..2021-04-09]], [[soldiers|ACTOR:Tatmadaw]] came into the ward and took [[Aung Kyaw Myint|PERSON]] from his bed, with the drip still in his arm. A nurse she knows, [[Ma Hnin Yu Mon|PERSON]], saw it and phoned her.}} {{c2|Two other wounded young men were taken from the same ward, she thinks.}}
{{c2|He was held in [[Monywa prison|PLACE]] for four months. Released in [[August 2021|DATE:2021-08-01..2021-08-31]], "without any paper".}} His leg did not heal straight. He now walks with a stick.

4. The uncle. Her mother's brother, [[U Kyi Lwin|PERSON]], 58, a retired teacher who let the young people use his printer. {{c3|[[The soldiers|ACTOR:Tatmadaw]] came for him at [[dawn|DATE:2021-09-01..2021-09-30]], she says "[[before the monks walked|DATE:2021-09-01..2021-09-30]]", in [[September 2021|DATE:2021-09-01..2021-09-30]]. Her aunt [[Daw Than Than Aye|PERSON]] was in the house and told her everything: eight or nine soldiers, two in plain clothes, they took him and the printer.}}
{{c4|[[Three weeks later|DATE:2021-09-15..2021-10-21]] the family was called to the military hospital. They were given a closed box and told "heart problem". Aunt opened it at the cremation; she said the face was swollen and one ear was cut.}} [[Thiri Naing|PERSON]] did not see the body. [crying on the line; we paused]
{{c5|[[The soldiers|ACTOR:Tatmadaw]] also took the motorbike and the savings from the cupboard, and broke the glass of the front room.}}

5. The in-laws near [[Myaung|PLACE]]. Her husband's parents farm near [[Myaung|PLACE]], south of the river. {{c6|On [[9 March 2023|DATE:2023-03-09]], "[[the same day|DATE:2023-03-09]] as the [[Kani|PLACE]] market", a [[drone|WEAPON:DRONE_STRIKE]] dropped two [[small bombs|WEAPON:DRONE_STRIKE]] on their compound. The cattle shed was destroyed and the kitchen roof has holes "like a basket".}} {{c6|Two of the three cows died.}} Nobody hurt: the family was in the field. She knows this from her father-in-law [[U Pe Thein|PERSON]] by phone [[that evening|DATE:2023-03-09]]. She does not know whose [[drone|WEAPON:DRONE_STRIKE]]; she said the [[PDF|ACTOR:People's Defence Force]] also fly drones but they would not bomb farmers.

6. Displacement. {{c8|After the uncle's death she and her husband left [[Monywa|PLACE]] town, in [[October 2021|DATE:2021-10-01..2021-10-31]], to the aunt's village.}} {{c8,c9|They have moved twice since, once for two months to a monastery, when [[soldiers|ACTOR:Tatmadaw]] burned houses in the next village.}} She was careful to say she did not see that burning herself.

7. Other. She had planned to visit [[Mandalay|PLACE]] for an exam in [[2022|DATE:2022-01-01..2022-12-31]] and did not go, because of the checkpoints; she mentioned this only as an example of how life stopped.

Follow-up: ask [[Ma Hnin Yu Mon|PERSON]] if she will speak to us about the hospital night.
@@witness mm-monywa-thiri-naing
@@claim c1 harm=INJURED min=1 max=1 named="Ko Aung Kyaw Myint" weapon=SMALL_ARMS actor=Tatmadaw site="Monywa" date=2021-04-01..2021-04-07 basis=WITNESSED incident=mm-monywa-20210400-clock-tower-protest-shooting
@@claim c2 harm=DETAINED min=3 max=3 named="Aung Kyaw Myint" actor=Tatmadaw site="Monywa General Hospital" date=2021-04-03..2021-04-09 basis=HEARSAY incident=mm-monywa-20210400-hospital-ward-arrests
@@claim c3 harm=DETAINED min=1 max=1 named="U Kyi Lwin" actor=Tatmadaw site="Monywa" date=2021-09-01..2021-09-30 basis=HEARSAY incident=mm-monywa-20210900-kyi-lwin-dawn-arrest
@@claim c4 harm=KILLED min=1 max=1 named="U Kyi Lwin" actor=Tatmadaw site="Monywa" date=2021-09-15..2021-10-21 basis=HEARSAY incident=mm-monywa-20210900-kyi-lwin-dawn-arrest
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null actor=Tatmadaw site="Monywa" date=2021-09-01..2021-09-30 basis=HEARSAY incident=mm-monywa-20210900-kyi-lwin-dawn-arrest
@@claim c6 harm=PROPERTY_DAMAGE min=2 max=2 weapon=DRONE_STRIKE site="Myaung" date=2023-03-09 basis=HEARSAY incident=mm-myaung-20230309-pe-thein-compound-drone
@@claim c8 harm=DISPLACED min=2 max=2 site="Monywa" date=2021-10-01..2021-10-31 basis=EXPERIENCED incident=mm-monywa-20211000-thiri-naing-flight
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null actor="Tatmadaw" basis=HEARSAY incident=mm-monywa-20210000-next-village-burning
