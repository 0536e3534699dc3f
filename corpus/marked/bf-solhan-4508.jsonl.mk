id: BF-SOL-4508
interview_date: 2021-08-02
place: Sebba, Yagha province, Burkina Faso
language: Fulfulde, interpreted into French and English

INTERVIEWER: You were at the gold site of [[Solhan|PLACE]]?
WITNESS: Yes. I am [[Yéro Sow|PERSON]], I am from [[Mansila|PLACE]], but for three years I worked at the site of [[Solhan|PLACE]], the orpaillage. I had two grinding machines with my cousins.
INTERVIEWER: Please tell me about [[the night of the 4th to the 5th of June|DATE:2021-06-04..2021-06-05]].
WITNESS: [[After midnight|DATE:2021-06-05]], maybe [[one o'clock|DATE:2021-06-05]], I think, they came. Many motorbikes, maybe fifty, sixty men. They went first to the post of [[the volunteers|ACTOR:VDP]], at the entrance of the village.
WITNESS: The [[VDP|ACTOR:VDP]] shot back. Four of them died fighting there, that is war, they had [[guns|WEAPON:SMALL_ARMS]] too. But after the post, the men went to the site and to the houses, and there nobody had a [[gun|WEAPON:SMALL_ARMS]].
WITNESS: {{c1|At the site they shot everybody they saw. My cousins [[Hamadoun Sow|PERSON]] and [[Boukary|PERSON]], they were sleeping near the machines. I saw them from the pit where I was lying. They shot them both.}}
WITNESS: {{c2|Then they burned the sheds and the machines, with petrol. Twenty machines, maybe more, and the motorbikes of the workers.}}
INTERVIEWER: How did you survive?
WITNESS: I stayed in the pit until [[the morning|DATE:2021-06-05]]. Fifteen metres deep. They threw a torch down but they did not see me.
INTERVIEWER: What did you see in the village in [[the morning|DATE:2021-06-05]]?
WITNESS: {{c3|Bodies in the street, in the houses. I helped to carry, to bury. In one grave near the market we put twenty-two, I think twenty-two, all from one family, the [[Tapsoba|PERSON]] family and their relatives.}} {{c4|People said more than one hundred died, and later in [[Sebba|PLACE]] they said one hundred and sixty.}}
WITNESS: {{c2|The health centre burned, and the houses near the market.}} People said the school also burned, but it is not true. I passed in front of it, it was standing, only the door was broken from before.
INTERVIEWER: Had the site been attacked before?
WITNESS: {{c6|In [[May|DATE:2021-05-01..2021-05-31]], yes, one time, at the same site. Men came in [[the afternoon|DATE:2021-05-01..2021-05-31]] and took six motorbikes and the phones. Nobody was killed that time.}} We told [[the gendarmes|ACTOR:Burkinabè armed forces]] in [[Sebba|PLACE]], nobody came.
INTERVIEWER: We heard there was also an attack on [[Tadaryat|PLACE]] [[the same day|DATE:2021-06-04]].
WITNESS: {{c7|Yes, [[the evening before|DATE:2021-06-04]], on [[Friday|DATE:2021-06-04]], at [[Tadariat|PLACE:Tadaryat]], near here. My wife's uncle told me they killed fourteen there, fourteen or fifteen, herders and a [[VDP|ACTOR:VDP]].}} I don't know if it was the same men.
INTERVIEWER: Did you leave [[Solhan|PLACE]] after that?
WITNESS: {{c8|Everybody left. [[The same day|DATE:2021-06-05]], the whole village walked to [[Sebba|PLACE]], women, children, the old people on carts. Thousands.}} {{c9|I came with my wife [[Djeneba|PERSON]] and our four children.}}
INTERVIEWER: Has anything happened to you in [[Sebba|PLACE]]?
WITNESS: At the entrance of [[Sebba|PLACE]] [[the gendarmes|ACTOR:Burkinabè armed forces]] searched us, they looked in the bags, and they let us pass. That was normal.
WITNESS: {{c10|But [[two weeks after|DATE:2021-06-19]], the [[VDP|ACTOR:VDP]] of [[Sebba|PLACE]] took my nephew [[Amadou Sow|PERSON]], because he is Peul and he had no identity card. They held him three days in their post.}} My uncle went to the mayor, and they let him go. He is seventeen.
INTERVIEWER: Will you go back to the site?
WITNESS: [pause] The site is closed. The government closed it. And who would go back? If I went back, they would finish me.
@@witness bf-solhan-yero-sow
@@claim c1 harm=KILLED min=2 max=2 named="Hamadoun Sow; Boukary" weapon=SMALL_ARMS site="Solhan" date=2021-06-05 basis=WITNESSED incident=bf-solhan-20210605-night-attack
@@claim c2 harm=PROPERTY_DAMAGE min=20 max=null site="Solhan" date=2021-06-05 basis=WITNESSED incident=bf-solhan-20210605-night-attack
@@claim c3 harm=KILLED min=22 max=22 named="Tapsoba" site="Solhan" date=2021-06-05 basis=WITNESSED incident=bf-solhan-20210605-night-attack
@@claim c4 harm=KILLED min=101 max=null site="Solhan" date=2021-06-05 basis=HEARSAY incident=bf-solhan-20210605-night-attack
@@claim c6 harm=PROPERTY_DAMAGE min=6 max=6 site="Solhan" date=2021-05-01..2021-05-31 basis=WITNESSED incident=bf-solhan-20210500-gold-site-robbery
@@claim c7 harm=KILLED min=14 max=15 site="Tadariat" date=2021-06-04 basis=HEARSAY incident=bf-tadaryat-20210604-herders-killed
@@claim c8 harm=DISPLACED min=2000 max=null site="Solhan" date=2021-06-05 basis=WITNESSED incident=bf-solhan-20210605-town-exodus
@@claim c9 harm=DISPLACED min=6 max=6 named="Djeneba" site="Solhan" date=2021-06-05 basis=EXPERIENCED incident=bf-solhan-20210605-town-exodus
@@claim c10 harm=DETAINED min=1 max=1 named="Amadou Sow" actor="VDP" site="Sebba" date=2021-06-19 basis=HEARSAY incident=bf-sebba-20210600-amadou-sow-vdp-detention
