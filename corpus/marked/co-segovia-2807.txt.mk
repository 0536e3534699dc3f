Notes of a phone call
Interview ID: CO-ANT-2807
Date: 2022-11-08
Interviewer: [[Paula Serna|PERSON]] (by phone from [[Medellín|PLACE]])
Witness: a miner's wife from [[Segovia|PLACE]], [[Antioquia|PLACE]]; she asked that her surname not be written.

The witness gave her name as [[Yesenia|PERSON]]. She is 34, lives in the barrio [[El Tigrito|PLACE]] of [[Segovia|PLACE]] with her two children, and her husband [[Jhon Fredy Zapata|PERSON]] works in a small mine, a "cúbico", towards [[Remedios|PLACE]]. The line was bad, some of the call is lost [inaudible].

She said the trouble began in [[August|DATE:2022-08-01..2022-08-31]], when the [[Gaitanistas|ACTOR:Clan del Golfo]] and the [[ELN|ACTOR:ELN]] started to fight over the mines on the road to [[Remedios|PLACE]]. People in [[Segovia|PLACE]] call the first group simply "the Clan" or "los del Golfo".

{{c1|On [[the 23rd of August|DATE:2022-08-23]], she said, a [[roadside bomb|WEAPON:IED]] went off under a chiva of miners near the place they call [[La Cruzada|PLACE]], between [[Segovia|PLACE]] and [[Remedios|PLACE]]. Her husband was not on it. His friend [[Orlando Restrepo|PERSON]], called [[El Mono|PERSON]], lost his foot. Five or six others were hurt.}} She did not see it; her husband went to the [[San Juan de Dios hospital|PLACE]] in [[Segovia|PLACE]] [[that night|DATE:2022-08-23]] and told her. {{c2|She heard on Radio Nordeste [[the next day|DATE:2022-08-24]] that one young man, [[Kevin Álvarez|PERSON]], 19, died in the hospital of [[Medellín|PLACE]].}}

Asked who put the [[bomb|WEAPON:IED]], she said everybody blames the [[ELN|ACTOR:ELN]], but she would not say more on the phone.

{{c3|The second thing happened to her family directly. On [[a Saturday in September|DATE:2022-09-01..2022-09-30]], she thinks [[the 17th|DATE:2022-09-17]], four armed men with the [[Gaitanistas|ACTOR:Clan del Golfo]] armbands came to the mine at [[night|DATE:2022-09-17]] and took [[Jhon Fredy|PERSON]], his cousin [[Duberney|PERSON]] and the owner of the mine, don [[Aníbal Gómez|PERSON]], because the owner refused to pay the vacuna on the gold.}} She says she knows this because the cook of the mine, [[Marleny|PERSON]], hid behind the water tanks and watched everything.

{{c4|The men held them in a finca in the hills for nine days. Her husband told her they were tied and that they were hit with the flat of a machete.}} {{c5|[[Jhon Fredy|PERSON]] and [[Duberney|PERSON]] were released on [[the 26th|DATE:2022-09-26]] after the family paid four million pesos. Don [[Aníbal|PERSON]] was not released. Nobody has seen him since then. His daughters put his photo on the Facebook page "Desaparecidos del Nordeste".}}

{{c6|The same men also burned the machinery. The mill, the motor and the hut of the workers, all burned [[that night|DATE:2022-09-17]], [[Marleny|PERSON]] told her, "there is nothing left, only the ash and the iron".}}

The witness said that in [[October|DATE:2022-10-01..2022-10-31]] men from [[the Clan|ACTOR:Clan del Golfo]] also came to her house, looking for her husband again. They searched the house, checked everybody's cédula, and said that if he went back to the mine they would come for him. They left without taking anyone. [[Jhon Fredy|PERSON]] now works in a bakery in [[Segovia|PLACE]].

{{c7|She also mentioned, without details, that in [[the first days of November|DATE:2022-11-01..2022-11-07]] there was [[shooting|WEAPON:SMALL_ARMS]] with [[rifles|WEAPON:SMALL_ARMS]] in [[Remedios|PLACE]], in the barrio [[Carrizal|PLACE]], and that the windows of the school were shot through; she read this on a WhatsApp group of mothers.}} She does not know if anyone was hurt.

Asked if she wanted to leave [[Segovia|PLACE]], she said no, "where would we go, here is the gold, here is the house".

End of notes. The call lasted about 40 minutes.

@@witness co-segovia-yesenia
@@claim c1 harm=INJURED min=6 max=7 named="Orlando Restrepo; El Mono" weapon=IED site="La Cruzada" date=2022-08-23 basis=HEARSAY incident=co-segovia-20220823-lacruzada-chiva-bomb
@@claim c2 harm=KILLED min=1 max=1 named="Kevin Álvarez" weapon=IED site="La Cruzada" date=2022-08-23 basis=REPORTED incident=co-segovia-20220823-lacruzada-chiva-bomb
@@claim c3 harm=DETAINED min=3 max=3 named="Jhon Fredy; Duberney; Aníbal Gómez" actor="Clan del Golfo" date=2022-09-17 basis=HEARSAY incident=co-segovia-20220917-mine-vacuna-abduction
@@claim c4 harm=DETAINED min=3 max=3 actor="Clan del Golfo" date=2022-09-17..2022-09-26 basis=HEARSAY incident=co-segovia-20220917-mine-vacuna-abduction
@@claim c5 harm=MISSING min=1 max=1 named="Aníbal" actor="Clan del Golfo" date=2022-09-17 basis=HEARSAY incident=co-segovia-20220917-mine-vacuna-abduction
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null actor="Clan del Golfo" date=2022-09-17 basis=HEARSAY incident=co-segovia-20220917-mine-vacuna-abduction
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS site="Carrizal" date=2022-11-01..2022-11-07 basis=REPORTED incident=co-remedios-20221100-carrizal-school-shooting
