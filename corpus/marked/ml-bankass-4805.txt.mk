@@encoding utf-16le
WITNESS STATEMENT
Statement ID: ML-BKS-4805
Date of interview: 5 September 2022
Place of interview: [[Bankass|PLACE]], [[Mopti|PLACE]] region
Language: French
Interviewer: [[Mathilde Garnier|PERSON]]

My name is [[Nouhoum Karembé|PERSON]]. I am 38 years old and I teach in the primary school of [[Bankass|PLACE]]. I came to [[Bankass|PLACE]] in [[2012|DATE:2012-01-01..2012-12-31]] for this post, before all the troubles, and my parents stayed in [[Diallassagou|PLACE]], where I was born.

On [[the evening of Saturday 18 June|DATE:2022-06-18]] I was at home in [[Bankass|PLACE]]. My younger brother [[Antandou|PERSON]] called me from [[Diallassagou|PLACE]] [[a little after seven|DATE:2022-06-18]]. He was whispering. He said the men on motorcycles were in the village and were taking the men to a meeting. Then the line cut. [[Antandou|PERSON]] survived because he was in the millet field behind our concession; he lay there until [[the morning|DATE:2022-06-19]].

On [[the Sunday|DATE:2022-06-19]] I went to [[Diallassagou|PLACE]] with the delegation of the mayor, behind a vehicle of the [[FAMa|ACTOR:Malian armed forces]]. We arrived at [[about eleven|DATE:2022-06-19]]. {{c1|I counted forty-seven bodies myself, between the village and the fields on the [[Dianweli|PLACE]] side. Most of them were shot, some had their hands tied.}} {{c2|My father, [[Ogobara Karembé|PERSON]], 71, was among them. We washed him with the water of our well and buried him [[the same afternoon|DATE:2022-06-19]], next to his own father.}}

{{c3|Later, the government gave a number on the radio: one hundred and thirty-two dead in the three villages.}} I believe more died in [[Diallassagou|PLACE]] alone than the list says, because some families had already left with their dead for the hamlets.

The people who did this were [[the jihadists|ACTOR:JNIM]] of the [[Katiba Macina|ACTOR:JNIM]], [[the men of the bush|ACTOR:JNIM]]. They had warned the village several times not to work with the [[Dozos|ACTOR:Dan Na Ambassagou]]. Nobody in our family was a Dozo.

{{c4|They also burned the health centre. When I went in, the medicines were on the floor and the roof of the maternity was on the beds.}} {{c4|About ten houses near the market were burned, I counted ten.}} The school was not burned. It had been closed since [[2019|DATE:2019-01-01..2019-12-31]] and they did not go there.

[[The same evening|DATE:2022-06-18]] they also attacked [[Dianweli|PLACE]], which is a few kilometres away. {{c6|My aunt [[Yapérè|PERSON]] lives there. She told me on the phone on [[Monday|DATE:2022-06-20]] that in [[Dianweli|PLACE]] they killed eleven men, among them her son-in-law [[Dogolu|PERSON]].}} I did not go to [[Dianweli|PLACE]].

{{c7|After the attack my mother, my two sisters and their five children came to live with me in [[Bankass|PLACE]]. Nine people, on [[the Tuesday|DATE:2022-06-21]].}} They are still here. My mother says she will die in [[Diallasagou|PLACE:Diallassagou]], but not this year.

I want to tell two other things.

In [[April 2020|DATE:2020-04-01..2020-04-30]] a cart hit a [[mine|WEAPON:LANDMINE]] on the track between [[Bankass|PLACE]] and [[Koulogon|PLACE]]. {{c8|I arrived there by motorcycle maybe twenty minutes after. My colleague [[Issiaka Poudiougo|PERSON]], a teacher at [[Koulogon|PLACE]], was dead, and the man driving the cart also.}} {{c9|The donkey was dead and the cart was in pieces.}} People said [[the jihadists|ACTOR:JNIM]] put the [[mines|WEAPON:LANDMINE]] on that track because the [[Dozos|ACTOR:Dan Na Ambassagou]] use it. I cannot say who.

In [[February of this year|DATE:2022-02-01..2022-02-28]], near [[Ségué|PLACE]], {{c10|herders told me that a [[drone|WEAPON:DRONE_STRIKE]] of [[the army|ACTOR:Malian armed forces]] fired a [[missile|WEAPON:MISSILE]] on a camp where [[the jihadists|ACTOR:JNIM]] were eating, and two young herders who were only selling milk there were killed.}} I did not see it and I do not know their names.

{{c11|Also my cousin [[Abdoulaye Karembé|PERSON]] was arrested by [[the soldiers|ACTOR:Malian armed forces]] at the exit of [[Bankass|PLACE]] in [[September 2021|DATE:2021-09-01..2021-09-30]] because he had no identity card. They kept him nine days at the camp and then released him.}} I myself was stopped by the [[Dozos|ACTOR:Dan Na Ambassagou]] at [[Sokoura|PLACE]], they asked me questions and looked at my phone, and after one hour they let me go. Nothing more.

I have said what I saw and what I heard, and I have said which is which.
@@witness ml-bankass-nouhoum-karembe
@@claim c1 harm=KILLED min=47 max=47 actor="JNIM" site="Diallassagou" date=2022-06-18 basis=WITNESSED incident=ml-bankass-20220618-diallassagou-attack
@@claim c2 harm=KILLED min=1 max=1 named="Ogobara Karembé" actor="JNIM" site="Diallassagou" date=2022-06-18 basis=WITNESSED incident=ml-bankass-20220618-diallassagou-attack
@@claim c3 harm=KILLED min=132 max=132 date=2022-06-18 basis=REPORTED incident=ml-bankass-20220618-diallassagou-attack
@@claim c4 harm=PROPERTY_DAMAGE min=10 max=10 actor="JNIM" site="Diallassagou" date=2022-06-18 basis=WITNESSED incident=ml-bankass-20220618-diallassagou-attack
@@claim c6 harm=KILLED min=11 max=11 named="Dogolu" actor="JNIM" site="Dianweli" date=2022-06-18 basis=HEARSAY incident=ml-bankass-20220618-dianweli-attack
@@claim c7 harm=DISPLACED min=9 max=9 site="Diallassagou" date=2022-06-21 basis=EXPERIENCED incident=ml-bankass-20220618-diallassagou-attack
@@claim c8 harm=KILLED min=2 max=2 named="Issiaka Poudiougo" weapon=LANDMINE date=2020-04-01..2020-04-30 basis=WITNESSED incident=ml-bankass-20200400-koulogon-track-cart-mine
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=LANDMINE date=2020-04-01..2020-04-30 basis=WITNESSED incident=ml-bankass-20200400-koulogon-track-cart-mine
@@claim c10 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE actor="Malian armed forces" site="Ségué" date=2022-02-01..2022-02-28 basis=HEARSAY incident=ml-bankass-20220200-segue-drone-strike
@@claim c11 harm=DETAINED min=1 max=1 named="Abdoulaye Karembé" actor="Malian armed forces" site="Bankass" date=2021-09-01..2021-09-30 basis=EXPERIENCED incident=ml-bankass-20210900-karembe-checkpoint-arrest
