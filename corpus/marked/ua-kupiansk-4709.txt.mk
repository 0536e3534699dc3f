@@newline crlf
Interview ID: UA-KUP-4709
Date of interview: 2023-09-12
Place of interview: [[Kharkiv|PLACE]], a shelter for evacuees on [[Klochkivska street|PLACE]]
Language: Ukrainian and Russian (surzhyk)
Interviewer: [[Lena Vogt|PERSON]]
Interpreter: [[Taisiia Honchar|PERSON]]
Speaker: [[Liubov Kyrychenko|PERSON]]

Lena: Could you tell me your name and where you lived?
Liubov: [[Liubov Kyrychenko|PERSON]]. [[Liuba|PERSON]]. Sixty-three. [[Kupyansk|PLACE:Kupiansk]], near the bread factory, a private house with a garden.
Taisiia: She says [[Kupyansk|PLACE:Kupiansk]], the Russian way. [[Kupiansk|PLACE]].
Lena: You were in [[Kupiansk|PLACE]] during the occupation?
Liubov: All the time. Where would I go, with the goats.
Lena: What do you remember from that time?
Liubov: In [[March|DATE:2022-03-01..2022-03-31]], the first weeks, they had a checkpoint by the bridge over the [[Oskil|PLACE]]. {{c1|[[One evening|DATE:2022-03-01..2022-03-31]] I heard the [[machine gun|WEAPON:SMALL_ARMS]], long, two times. In [[the morning|DATE:2022-03-01..2022-03-31]] I went to look: a white Lada by the checkpoint, the windows all holes, the seat full of blood.}} {{c2|The driver, the neighbours said, was [[Fedir|PERSON]], from [[Podoly|PLACE]], he did not stop in time because he was deaf in one ear. He died in the car.}}
Lena: Did you see him?
Liubov: No. Only the car. The body they had taken. What I tell you about [[Fedir|PERSON]] is what the neighbours said, [[Nina Babenko|PERSON]] and her husband.
Lena: Who was at the checkpoint?
Liubov: [[The Russians|ACTOR:Russian armed forces in Ukraine]]. Young boys, from [[Buryatia|PLACE]], somebody said.
Lena: I want to ask about [[the 5th of December|DATE:2022-12-05]], at the bus stop.
Liubov: {{c3|Yes. [[Monday|DATE:2022-12-05]], [[about ten|DATE:2022-12-05]]. I was at the kiosk across the road, buying matches. The people were waiting for the bus to [[Kharkiv|PLACE]]. The [[shell|WEAPON:ARTILLERY]] came into the stop, right in the glass roof.}} {{c4|Four people on the ground, not moving. One was [[Yevheniia Sukhova|PERSON]], [[Zhenia|PERSON]], the cashier from the bread factory, she was forty.}}
Liubov: {{c5|[[Zinovii|PERSON]], the neighbour of [[Svitlana|PERSON]] from the ninth house, his hand was hanging on the skin. I held his arm with my scarf till the army car came. And three, four more with blood on them, I don't know.}}
Lena: So four people died?
Liubov: Four I saw. {{c8|[[Svitlana|PERSON]] says five, because one more died at the hospital, she says.}} I believe her, she knows everybody.
Lena: Some reports said three.
Liubov: Some reports. I saw four.
Lena: Where did the fire come from?
Liubov: From the other side of the [[Oskil|PLACE]], the east, where [[the Russians|ACTOR:Russian armed forces in Ukraine]] went when they ran in [[September|DATE:2022-09-01..2022-09-30]]. {{c3|People said later the bus stop was hit because the bread factory is a military place.}} This is a lie. There were no soldiers at the stop, no soldiers in the bread factory. Bread.
Lena: What happened after that, in [[2023|DATE:2023-01-01..2023-12-31]]?
Liubov: The [[KABs|WEAPON:AIRSTRIKE]] began, the big [[bombs|WEAPON:AIRSTRIKE]] from [[the planes|WEAPON:AIRSTRIKE]]. {{c6|My sister [[Valentyna Reva|PERSON]], in [[Kupiansk-Vuzlovyi|PLACE]], sent me a voice message in [[July|DATE:2023-07-01..2023-07-31]]. Her roof was gone, the summer kitchen was gone, the [[bomb|WEAPON:AIRSTRIKE]] fell in the neighbours' garden.}} Nobody in her house was hurt, she was in the cellar.
Lena: And you left [[Kupiansk|PLACE]] when?
Liubov: {{c7|In [[August|DATE:2023-08-01..2023-08-31]], when the administration said evacuation for everybody. [[The 18th|DATE:2023-08-18]], [[a Friday|DATE:2023-08-18]]. The volunteers took me and the two goats in a van. The goats went to a farm near [[Zmiiv|PLACE]], I went here.}}
Taisiia: She is laughing, she says the goats have a better place than her.
Lena: Would you go back?
Liubov: If they stop firing, tomorrow. If they take [[Kupiansk|PLACE]] again, never.
@@witness ua-kupiansk-liubov-kyrychenko
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=SMALL_ARMS actor="Russian armed forces in Ukraine" site="Oskil" date=2022-03-01..2022-03-31 basis=WITNESSED incident=ua-kupiansk-20220300-oskil-bridge-checkpoint-lada
@@claim c2 harm=KILLED min=1 max=1 named="Fedir" weapon=SMALL_ARMS actor="Russian armed forces in Ukraine" site="Oskil" date=2022-03-01..2022-03-31 basis=HEARSAY incident=ua-kupiansk-20220300-oskil-bridge-checkpoint-lada
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Kupyansk" date=2022-12-05 basis=WITNESSED incident=ua-kupiansk-20221205-bread-factory-bus-stop
@@claim c4 harm=KILLED min=4 max=4 named="Yevheniia Sukhova; Zhenia" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Kupyansk" date=2022-12-05 basis=WITNESSED incident=ua-kupiansk-20221205-bread-factory-bus-stop
@@claim c5 harm=INJURED min=4 max=5 named="Zinovii" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Kupyansk" date=2022-12-05 basis=WITNESSED incident=ua-kupiansk-20221205-bread-factory-bus-stop
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null named="Valentyna Reva" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Kupiansk-Vuzlovyi" date=2023-07-01..2023-07-31 basis=HEARSAY incident=ua-kupiansk-20230700-vuzlovyi-reva-roof-kab
@@claim c7 harm=DISPLACED min=1 max=1 named="Liubov Kyrychenko" site="Kupiansk" date=2023-08-18 basis=EXPERIENCED incident=ua-kupiansk-20230818-kyrychenko-evacuation
@@claim c8 harm=KILLED min=5 max=5 weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Kupyansk" date=2022-12-05 basis=HEARSAY incident=ua-kupiansk-20221205-bread-factory-bus-stop
