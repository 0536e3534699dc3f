Interview No.: SO-MOG-218
Date: 4 December 2019
Location: [[Hodan|PLACE]] district, [[Mogadishu|PLACE]]
Language: Somali
Interviewed by: [[Lucy Wambui|PERSON]]
Interpreter: [[Ilhan Farah|PERSON]]

Q: [[Faadumo|PERSON]], where do you work?
A: I sell tea. Tea and sambuusa. At [[Sayidka junction|PLACE]], under the tree near the petrol station, twelve years in the same place. Everybody knows me, the drivers, the soldiers of the checkpoint, everybody.
Q: Were you there on [[the day of the explosion|DATE]] in [[July|DATE:2019-07-01..2019-07-31]]?
A: Yes. It was [[Saturday|DATE]], [[the 14th of July|DATE:2019-07-14]]. No, wait... [pause] I think [[the 14th|DATE:2019-07-14]]. [[The morning|DATE:2019-07-14]], after the drivers take their first tea. My nephew [[Liban|PERSON]] was helping me, and my cousin [[Ayaan Mohamud|PERSON]] was sitting with me, she sold khat next to me.
Q: What happened?
A: The car, the [[car bomb|WEAPON:IED]], it came from the side road and exploded at the checkpoint. Full of [[explosives|WEAPON:IED]], they say, to make the big fire. Fifty metres from me, maybe less. The tree saved me, I was behind the tree.
[Interpreter: She says "baabuur qarax", literally "explosion car", which is how people say car bomb.]
A: {{c1|[[Ayaan|PERSON]] died. She was sitting in front, on the side of the road. [[Ayaan Mohamud|PERSON]], thirty-five years, four children.}} {{c2|[[Liban|PERSON]] was hit in the head and the shoulder with pieces of metal. He is alive, but he forgets things now.}}
Q: How many people died, as far as you know?
A: {{c3|The people of the junction counted twenty-two. Twenty-two died, with the soldiers.}} This is what they said at the funerals. {{c6|The radio said between 10 and 15.}} I did not count, I was holding [[Liban|PERSON]].
Q: Was your stall damaged?
A: {{c4|Everything is gone, the flasks, the table, the chairs, the little roof. Burned and broken.}} I started again with borrowed money. Now I am at the other corner, further from the checkpoint.
Q: Do you know who did this?
A: [[Al-Shabaab|ACTOR:al-Shabaab]]. They said it on their radio, that they hit the "apostate soldiers". The soldiers of the checkpoint were my customers, they were boys from [[Baidoa|PLACE]], from [[Kismayo|PLACE]]. Boys.
Q: Did anything happen to your family after the attack?
A: {{c5|Yes. [[Two days after|DATE:2019-07-16]], the men of [[NISA|ACTOR:Somali forces]] came to our house and took my brother [[Guled|PERSON]].}} Because his phone called [[Ayaan|PERSON]]'s phone [[that morning|DATE:2019-07-14]], they said. Of course he called her, she is our cousin! {{c5|They kept him one week in [[Godka Jilacow|PLACE]].}} Then they let him go with no paper, nothing.
[Interpreter: [[NISA|ACTOR:Somali forces]] is [[the National Intelligence and Security Agency|ACTOR:Somali forces]]. [[Godka Jilacow|PLACE]] is their detention place.]
Q: Was he mistreated?
A: He does not say. He says, leave it. So I leave it.
Q: Is there anything else you want to tell us?
A: My mother, [[Caasha|PERSON]], she is in [[Afgoye|PLACE:Afgooye]], and [[last year|DATE:2018-01-01..2018-12-31]] the [[al-Shabaab|ACTOR:al-Shabaab]] sent a letter that they will punish the families who send children to the government school. Nothing happened, thanks God. They only threatened. But the school closed.
@@witness so-mogadishu-faadumo
@@claim c1 harm=KILLED min=1 max=1 named="Ayaan; Ayaan Mohamud" weapon=IED actor="al-Shabaab" site="Sayidka junction" date=2019-07-14 basis=WITNESSED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c2 harm=INJURED min=1 max=1 named="Liban" weapon=IED actor="al-Shabaab" site="Sayidka junction" date=2019-07-14 basis=WITNESSED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c3 harm=KILLED min=22 max=22 weapon=IED actor="al-Shabaab" site="Sayidka junction" date=2019-07-14 basis=HEARSAY incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="al-Shabaab" site="Sayidka junction" date=2019-07-14 basis=EXPERIENCED incident=so-mogadishu-20190713-sayidka-car-bomb
@@claim c5 harm=DETAINED min=1 max=1 named="Guled" actor="Somali forces" site="Godka Jilacow" date=2019-07-16 basis=WITNESSED incident=so-mogadishu-20190716-guled-nisa-detention
@@claim c6 harm=KILLED min=10 max=15 weapon=IED actor="al-Shabaab" site="Sayidka junction" date=2019-07-14 basis=REPORTED incident=so-mogadishu-20190713-sayidka-car-bomb
