id: ye-mokha-714
interview_date: 2019-03-27
place: Aden, Yemen
language: Arabic

INTERVIEWER: Please introduce yourself, as much as you want.
WITNESS: [[Jamila|PERSON]]. Forty years. From [[al-Mokha|PLACE]], from the fishermen's quarter near the old harbour. My husband was a fisherman, [[Saleh Ghanem|PERSON]], God have mercy on him.
INTERVIEWER: What was [[Mocha|PLACE:al-Mokha]] like before?
WITNESS: Jamila. Like my name. [laughs] The sea, the palms, the old houses of the coffee merchants. Poor, but jamila.
INTERPRETER: She is playing with her name, "jamila" means beautiful.
INTERVIEWER: How did your husband die?
WITNESS: When the fighting came into the town, [[the beginning of February|DATE:2017-02-01..2017-02-10]], [[2017|DATE:2017-01-01..2017-12-31]]. [[The Giants|ACTOR:Yemeni government forces]] were coming from [[Dhubab|PLACE]] on the coast, and [[the planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:Saudi-led coalition]] over us every hour. The [[Houthis|ACTOR:Houthis]] had [[snipers|WEAPON:SMALL_ARMS]] on the high buildings, on the old hotel.
WITNESS: {{c1|[[Saleh|PERSON]] went out in [[the morning|DATE:2017-02-01..2017-02-10]] to check the boat in the harbour, and the [[sniper|WEAPON:SMALL_ARMS]] shot him in the street, fifty metres from our door.}} I saw him from the door. We could not bring him in until [[the night|DATE:2017-02-01..2017-02-10]], nobody could go into the street.
INTERVIEWER: Are you sure the [[sniper|WEAPON:SMALL_ARMS]] was with the [[Houthis|ACTOR:Houthis]]?
WITNESS: The building was with them, everybody knew. [[The Giants|ACTOR:Yemeni government forces]] were still outside the town [[that day|DATE:2017-02-01..2017-02-10]]. I am sure.
INTERVIEWER: What happened to your children?
WITNESS: {{c2|My son [[Fawzi|PERSON]], fifteen, in [[the spring|DATE:2017-03-01..2017-05-31]], after the town was taken, he went with the sheep near [[Yakhtul|PLACE]], and he stepped on a [[mine|WEAPON:LANDMINE]]. He lost the left foot.}} The [[Houthis|ACTOR:Houthis]] put [[mines|WEAPON:LANDMINE]] everywhere when they left, in the farms, on the sand roads, even inside houses. The engineers of [[the army|ACTOR:Yemeni government forces]] said that field was a [[minefield|WEAPON:LANDMINE]], more than a hundred [[mines|WEAPON:LANDMINE]].
INTERVIEWER: You said your brother had problems also.
WITNESS: {{c3|[[Sadeq|PERSON]]. [[The Giants|ACTOR:Yemeni government forces]] took him at the checkpoint on the road to [[Taiz|PLACE]], in [[the summer|DATE:2017-06-01..2017-08-31]], they said he was with the [[Houthis|ACTOR:Houthis]] because he is from [[Mawza|PLACE]].}} Ten days. {{c3|They beat him, and then they let him go, without anything, no paper.}} He is not with anybody. He sells fish.
INTERVIEWER: Was there fighting in [[al-Mukha|PLACE:al-Mokha]] after [[2017|DATE:2017-01-01..2017-12-31]]?
WITNESS: The [[Houthis|ACTOR:Houthis]] fired from the east sometimes. [[Mortars|WEAPON:MORTAR]] on the edge of town. {{c4|And one time, in [[Ramadan|DATE:2018-05-17..2018-06-14]], [[last year|DATE:2018-01-01..2018-12-31]], a [[missile|WEAPON:MISSILE]], the [[ballistic|WEAPON:MISSILE]], fell on the camp of [[the army|ACTOR:Yemeni government forces]] near the port, they said twelve soldiers died.}} I heard it, the whole house shook, the glass fell. Our house was not damaged, only the glass. In our street nobody was hurt.
INTERVIEWER: When did you come to [[Aden|PLACE]]?
WITNESS: {{c5|In [[October|DATE:2018-10-01..2018-10-31]], with my five children, [[Fawzi|PERSON]], [[Bushra|PERSON]], [[Ezzi|PERSON]], [[Afrah|PERSON]] and the small one, [[Ghadeer|PERSON]]. Because of [[Fawzi|PERSON]], he needs the prosthetic, the centre is here.}} And because in [[al-Mokha|PLACE]] I have nobody now, only the grave.
INTERVIEWER: Would you go back?
WITNESS: If they clean the [[mines|WEAPON:LANDMINE]], yes. I would go back tomorrow. The sea does not leave you.
@@witness ye-mokha-jamila-714
@@claim c1 harm=KILLED min=1 max=1 named="Saleh Ghanem; Saleh" weapon=SMALL_ARMS actor="Houthis" site="al-Mokha" date=2017-02-01..2017-02-10 basis=WITNESSED incident=ye-mokha-20170200-harbour-street-sniper-saleh
@@claim c2 harm=INJURED min=1 max=1 named="Fawzi" weapon=LANDMINE actor="Houthis" site="Yakhtul" date=2017-03-01..2017-05-31 basis=WITNESSED incident=ye-yakhtul-20170400-fawzi-field-mine
@@claim c3 harm=DETAINED min=1 max=1 named="Sadeq" actor="Yemeni government forces" date=2017-06-01..2017-08-31 basis=HEARSAY incident=ye-mokha-20170700-sadeq-checkpoint-detention
@@claim c4 harm=KILLED min=12 max=12 weapon=MISSILE actor="Houthis" site="al-Mokha" date=2018-05-17..2018-06-14 basis=HEARSAY incident=ye-mokha-20180500-port-camp-missile
@@claim c5 harm=DISPLACED min=6 max=6 named="Fawzi; Bushra; Ezzi; Afrah; Ghadeer" site="al-Mokha" date=2018-10-01..2018-10-31 basis=EXPERIENCED incident=ye-mokha-20181000-jamila-family-displaced
