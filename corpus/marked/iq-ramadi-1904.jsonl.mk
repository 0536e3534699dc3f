id: iq-ramadi-1904
interview_date: 2016-08-30
place: Baghdad, Iraq
language: Arabic, interpreted into English

INT: We are recording. You are from [[Ramadi|PLACE]]?
RESP: From [[Ramadi|PLACE]], from [[Hay al-Tameem|PLACE:al-Tamim]]. My name is [[Suad Abdulrahman|PERSON]], the people call me [[Umm Bilal|PERSON]].
INT: How long did you stay under [[Daesh|ACTOR:Islamic State]]?
RESP: From [[May until the end of the year|DATE:2015-05-01..2015-12-31]]. Seven months, like seven years.
INT: Your neighbour mentioned the bakery. Can you tell me about it?
RESP: {{c3|Yes, the bakery of [[Hurriya|PLACE:al-Hurriya bakery]], we say the bakery of [[Abu Ayham|PERSON]]. It was in [[Safar|DATE:2015-11-14..2015-12-12]], [[a Thursday|DATE:2015-11-19]], early, the bread time. A [[hawn|WEAPON:MORTAR]] fell in the line of people.}}
INT: A [[hawn|WEAPON:MORTAR]]? Not [[artillery|WEAPON:ARTILLERY]]?
RESP: I don't know these things, sister. Something fell from the sky and exploded. Some said from [[the army|ACTOR:Iraqi forces]], some said [[Daesh|ACTOR:Islamic State]] fired it to make the people hate [[the army|ACTOR:Iraqi forces]]. God knows.
INT: Were you there?
RESP: {{c2|No, I was home, but my son [[Bilal|PERSON]] was in the line. He came back with his shirt red, a piece in his shoulder, and his friend [[Saif|PERSON]] carried him.}}
INT: How many people died?
RESP: {{c3|[[Bilal|PERSON]] says nine. The people in the mosque said ten, with the son of [[Abu Ayham|PERSON]], the little one.}} I did not count myself.
INT: Was there an [[air strike|WEAPON:AIRSTRIKE]] [[that day|DATE:2015-11-19]] too?
RESP: No, no planes [[that day|DATE:2015-11-19]]. Only this one.
INT: What other things happened in your street?
RESP: {{c4|Before, in [[October|DATE:2015-10-01..2015-10-31]], a [[missile|WEAPON:MISSILE]] hit a car of [[Daesh|ACTOR:Islamic State]] at the corner of [[al-Khadra street|PLACE]]. Two men in the car died, and a man selling gas who was passing, [[Khudayr|PERSON]], he died also.}}
INT: Did you see the [[missile|WEAPON:MISSILE]]?
RESP: {{c4|I saw the car after, black, the men inside, God forgive me, I saw.}} The [[missile|WEAPON:MISSILE]] I did not see, only the sound, ssss and boom.
INT: And your family, was anyone taken?
RESP: {{c5|My nephew [[Omar Nasser|PERSON]], he was a soldier before. [[Daesh|ACTOR:Islamic State]] came for him in [[the first week|DATE:2015-05-17..2015-05-24]], they took him from the house of his mother in [[the night|DATE:2015-05-17..2015-05-24]].}} {{c6|Since then, nothing. His mother asked the court of [[Daesh|ACTOR:Islamic State]], they said he repented and he is in [[Raqqa|PLACE]]. Lies. No news of him, no body.}}
INT: I'm sorry. How did you leave the city?
RESP: {{c7,c8|In [[December|DATE:2015-12-01..2015-12-31]], after they hit the school of the girls, we went out, me, my husband, four children.}}
INT: Which school was that?
RESP: {{c8|The [[al-Khansa school|PLACE]] for girls, near us. [[The planes|WEAPON:AIRSTRIKE]] hit it at [[night|DATE:2015-12-01..2015-12-31]], [[Daesh|ACTOR:Islamic State]] was sleeping in it. The school was flattened, like a plate, and our windows all came in on the beds.}}
INT: Were there families in the school?
RESP: Not families, no. Only them, I think. Nobody from our street was hurt.
INT: What happened after you left?
RESP: {{c9|At [[al-Razzaza|PLACE]] checkpoint the [[Hashd|ACTOR:Popular Mobilization Forces]] took my husband, [[Abdulrahman Khalaf|PERSON]], and they held him two weeks in a container.}} Then he came out, thanks to God. They asked [[Bilal|PERSON]] also, they looked at his shoulder, they said you were fighting, and he showed the paper of the doctor, and after one hour they let him.
INT: Have you gone back to [[al-Tamim|PLACE]]?
RESP: {{c10|My husband went in [[June|DATE:2016-06-01..2016-06-30]]. He sent me photos on the WhatsApp. The house is standing but inside it is burned, the fridge melted, the ceiling black.}} We cannot go back, there is no water and there are [[bombs|WEAPON:IED]] in the houses, they said on the television.
INT: Were any neighbours hurt by those [[bombs|WEAPON:IED]]?
RESP: {{c11|The television said a family from [[al-Tamim|PLACE]], a father and two children, died when they opened their door, in [[July|DATE:2016-07-01..2016-07-31]].}} I don't know them.
INT: Anything else you want to say?
RESP: Only [[Omar|PERSON]]. If somebody knows where [[Omar Nasser|PERSON]] is, please.

@@witness iq-ramadi-suad-abdulrahman
@@claim c2 harm=INJURED min=1 max=1 named="Bilal" weapon=MORTAR site="Hurriya" date=2015-11-19 basis=HEARSAY incident=iq-ramadi-20151119-tamim-bakery-queue-shelling
@@claim c3 harm=KILLED min=9 max=10 weapon=MORTAR site="Hurriya" date=2015-11-19 basis=HEARSAY incident=iq-ramadi-20151119-tamim-bakery-queue-shelling
@@claim c4 harm=KILLED min=3 max=3 named="Khudayr" weapon=MISSILE site="al-Khadra street" date=2015-10-01..2015-10-31 basis=WITNESSED incident=iq-ramadi-20151000-tamim-khadra-street-missile-car
@@claim c5 harm=DETAINED min=1 max=1 named="Omar Nasser" actor="Islamic State" site="Hay al-Tameem" date=2015-05-17..2015-05-24 basis=HEARSAY incident=iq-ramadi-20150500-tamim-omar-nasser-taken
@@claim c6 harm=MISSING min=1 max=1 named="Omar Nasser" actor="Islamic State" site="Hay al-Tameem" date=2015-05-17..2015-05-24 basis=HEARSAY incident=iq-ramadi-20150500-tamim-omar-nasser-taken
@@claim c7 harm=DISPLACED min=6 max=6 site="Hay al-Tameem" date=2015-12-01..2015-12-31 basis=EXPERIENCED incident=iq-ramadi-20151200-tamim-umm-bilal-flight
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Khansa school" date=2015-12-01..2015-12-31 basis=WITNESSED incident=iq-ramadi-20151200-tamim-khansa-school-strike
@@claim c9 harm=DETAINED min=1 max=1 named="Abdulrahman Khalaf" actor="Popular Mobilization Forces" site="al-Razzaza" date=2015-12-01..2015-12-31 basis=WITNESSED incident=iq-ramadi-20151200-razzaza-checkpoint-abdulrahman
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null site="al-Tamim" date=2015-05-01..2016-06-30 basis=HEARSAY incident=iq-ramadi-20150000-tamim-umm-bilal-house-burned
@@claim c11 harm=KILLED min=3 max=3 weapon=IED site="al-Tamim" date=2016-07-01..2016-07-31 basis=REPORTED incident=iq-ramadi-20160700-tamim-family-door-ied
