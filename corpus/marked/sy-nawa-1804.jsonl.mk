id: SY-NAW-1804
interview_date: 2019-06-18
place: Nawa, Daraa governorate, Syria
language: Arabic

INT: We are recording. Please tell me who you are.
RESP: I am [[Wafaa al-Masri|PERSON]], [[Umm Anas|PERSON]]. From [[Nawa|PLACE]], all my life here, I have five children, I had five.
INT: You asked to speak about your son [[Anas|PERSON]].
RESP: Yes. But first you must know what we lived before, in [[the summer|DATE:2018-06-01..2018-08-31]], so you understand.
INT: Please, go ahead.
RESP: In [[July|DATE:2018-07-01..2018-07-31]], before the agreement, [[Nawa|PLACE]] was full, people came from everywhere, from [[Sheikh Miskin|PLACE]], from [[Ibta'|PLACE]], sleeping in the schools. Then the [[rockets|WEAPON:ROCKET]] came, the [[Grad|WEAPON:ROCKET]], I know them, they come in a row, ta-ta-ta-ta. {{c1|It was [[the Thursday, the 12th|DATE:2018-07-12]], at [[the time of the asr prayer|DATE:2018-07-12]], they fell around the garage where the buses stop, and between ten and fifteen people died there, they were waiting for cars to the [[Golan|PLACE]] side.}} I did not see the dead. My husband [[Abu Anas|PERSON]] went to help and he told me, he came back with the blood on his clothes to here.
INT: Were you hurt?
RESP: {{c2|Not us. But the greenhouse of my husband, behind the house, it was torn apart, the plastic and the iron, and all the tomato plants burned in the sun after.}} {{c2|And the wall of the kitchen, cracks from the floor to the ceiling, until today.}}
INT: Who fired the [[rockets|WEAPON:ROCKET]]?
RESP: [[The regime|ACTOR:Syrian government forces]], from the [[Tal al-Jumou|PLACE]] side. Who else? [[The rebels|ACTOR:Syrian armed opposition]] had no such rockets there.
INT: Tell me about [[Anas|PERSON]].
RESP: [crying] Give me a moment.
RESP: After the settlement everybody said, now it is finished, now we live. [[Anas|PERSON]] was nineteen, he went to [[Daraa|PLACE]] city to the institute, the electricity course. {{c4|[[The week the school reopened|DATE:2018-09-09..2018-09-15]], in [[September|DATE:2018-09-01..2018-09-30]], he went with the minibus through [[Hrak|PLACE:Hirak]], and at the checkpoint of the [[Mukhabarat|ACTOR:Syrian government forces]] at the entrance of the town they took him, him and four other boys. Five boys.}} The driver told us [[that same night|DATE]].
INT: Some people told us six were taken from that minibus.
RESP: Maybe, maybe six. I know five, the mothers, we go together to ask. [[Anas|PERSON]], [[Bashar Rifai|PERSON]], the two sons of [[Abu Jihad|PERSON]], [[Mohannad|PERSON]] and [[Qusai|PERSON]], and a boy from [[Jasim|PLACE]] whose name I don't know.
INT: Have you had any news?
RESP: {{c5|Once. In [[December|DATE:2018-12-01..2018-12-31]] a page on Facebook published a list of detainees in the branch of [[Mezzeh|PLACE]] in [[Damascus|PLACE]], and the name of [[Anas|PERSON]] was there, with his father's name.}} {{c6|After that, nothing. Nine months, we do not know if he is alive. Nobody tells us anything.}}
INT: Has anyone else in your family had trouble with the security?
RESP: They came to the house in [[October|DATE:2018-10-01..2018-10-31]]. They searched everything, the mattresses, the cupboards, they took my husband's phone and then they gave it back and left. They wanted to take my second son, [[Saleh|PERSON]], but the mukhtar, Hajj... no, I mean he is a Hajj, his name is [[Abu Fahd|PERSON]], he spoke to the officer and they left [[Saleh|PERSON]]. [Transcriber: the witness corrects herself; "Hajj" is a title.]
INT: Anything else you want to say?
RESP: {{c7|My cousin [[Jihad|PERSON]], at the same checkpoint in [[Hirak|PLACE]], in [[December|DATE:2018-12-01..2018-12-31]], the soldier shot at his car with the [[machine gun|WEAPON:SMALL_ARMS]] because he did not stop fast, one bullet in his shoulder.}} He told me himself. {{c8|And in [[the spring|DATE:2019-03-01..2019-05-31]] a [[roadside bomb|WEAPON:IED]] on the road to [[Sheikh Maskin|PLACE:Sheikh Miskin]] killed [[Abu Imad|PERSON]], the one who sells the gas, people in the market said, nobody knows who put it.}} This is our life now. They say it is peace. There is no [[shelling|WEAPON:ARTILLERY]], yes. But there is no peace.
@@witness sy-nawa-wafaa-al-masri
@@claim c1 harm=KILLED min=10 max=15 weapon=ROCKET actor="Syrian government forces" site="Nawa" date=2018-07-12 basis=HEARSAY incident=sy-nawa-20180712-garage-grad
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null named="Abu Anas" weapon=ROCKET actor="Syrian government forces" site="Nawa" date=2018-07-12 basis=EXPERIENCED incident=sy-nawa-20180712-garage-grad
@@claim c4 harm=DETAINED min=5 max=5 named="Anas" actor="Syrian government forces" site="Hrak" date=2018-09-09..2018-09-15 basis=HEARSAY incident=sy-hirak-20180915-nawa-road-checkpoint
@@claim c5 harm=DETAINED min=1 max=1 named="Anas" actor="Syrian government forces" site="Mezzeh" basis=REPORTED incident=sy-hirak-20180915-nawa-road-checkpoint
@@claim c6 harm=MISSING min=1 max=1 named="Anas" actor="Syrian government forces" basis=EXPERIENCED incident=sy-hirak-20180915-nawa-road-checkpoint
@@claim c7 harm=INJURED min=1 max=1 named="Jihad" weapon=SMALL_ARMS actor="Syrian government forces" site="Hirak" date=2018-12-01..2018-12-31 basis=HEARSAY incident=sy-hirak-20181200-jihad-checkpoint-shooting
@@claim c8 harm=KILLED min=1 max=1 named="Abu Imad" weapon=IED site="Sheikh Maskin" date=2019-03-01..2019-05-31 basis=HEARSAY incident=sy-nawa-20190300-gas-seller-roadside-bomb
