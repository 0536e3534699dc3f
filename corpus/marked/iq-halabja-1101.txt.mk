WITNESS STATEMENT
Interview ID: IQ-HLB-1101
Date of interview: 14 March 2019
Place of interview: [[Halabja|PLACE]], [[Kurdistan|PLACE]] Region
Language: Sorani Kurdish, interpreted into English
Interviewer: [[Eleanor Whitcombe|PERSON]]
Interpreter: [[Rebwar Salih|PERSON]]

The witness is a woman of about sixty-five. She asked that her name be written as [[Pakhshan|PERSON]], daughter of Mam [[Qadir|PERSON]]. She lives in the [[Kani Ashqan|PLACE]] quarter of [[Halabja|PLACE]].

I was thirty-four then, I think thirty-four, maybe thirty-three. We lived near the big mosque, the [[Halabja Grand Mosque|PLACE]], my husband [[Hama Rashid|PERSON]] had a small shop for tea and sugar. The town was full of people because the [[Peshmerga|ACTOR:Peshmerga]] and the Iranians had come in, and the villagers from [[Sirwan|PLACE]] and [[Balkha|PLACE]] had run to us.

{{c1|On [[the day before|DATE:1988-03-15]], the [[artillery|WEAPON:ARTILLERY]] of [[the Iraqi army|ACTOR:Iraqi forces]] was hitting the town from the side of [[Sayid Sadiq|PLACE]], all day, and our neighbour's house, the [[Bapir|PERSON]] family house, was broken in the roof.}} Nobody was inside, they were with us in the cellar. So nobody was hurt there, I want to say that clearly.

{{c2|Then on [[Wednesday|DATE:1988-03-16]], [[the sixteenth|DATE:1988-03-16]], in [[the morning|DATE:1988-03-16]] first, [[the planes|WEAPON:AIRSTRIKE]] came and dropped normal [[bombs|WEAPON:AIRSTRIKE]] on the roads going out, near the [[Zalm|PLACE]] bridge road.}} {{c2,c10|I saw two cars on fire and people lying next to them.}} I did not count. [pause] Maybe six, maybe eight people.

[Interpreter: she says "the Baath" for the government, I translate as the Iraqi government.]

{{c3|And then [[after noon|DATE:1988-03-16]], around the time of the afternoon prayer, [[the planes|WEAPON:AIRSTRIKE]] came again, and this time the [[bombs|WEAPON:CHEMICAL]] made no big noise, only "puff", and a white cloud, and then yellow. There was a smell, sweet, like apples, like garlic, I don't know how to say it. My two daughters, [[Shilan|PERSON]] who was nine and [[Nasrin|PERSON]] who was five, died in my arms in the cellar, they were vomiting green and then they were quiet.}}

{{c4|My husband [[Hama Rashid|PERSON]] went out to find water to wash their faces, and I never saw him again. We did not find his body. Some say he was buried in the mass graves at [[Anab|PLACE]], some say he was taken to [[Iran|PLACE]] with the wounded and died there.}} Thirty-one years and I do not know.

{{c5|Me, my eyes were burning for months, I could not see for three weeks. My skin on the neck is still like this, you see.}} [crying] The doctors in [[Tehran|PLACE]], the Iranians took us there by helicopter, they said it was [[mustard|WEAPON:CHEMICAL]] and also something for the nerves.

{{c6|In our street, the street of the [[Ahmad Pasha|PLACE]] bath, I know of twenty-two from one family, the [[Amin|PERSON]] family, all dead in one room, I saw them with my eyes when I came out in [[the evening|DATE]].}} {{c7|In the whole town they say five thousand died. I heard five thousand, some say more.}}

Q: Did you leave the town after that?

A: {{c8|Yes. Everybody who could walk left, we walked to [[Iran|PLACE]], to the camps, to [[Sanandaj|PLACE]] and then [[Kamyaran|PLACE]]. I stayed in the camp until [[1990|DATE:1990-01-01..1990-12-31]].}}

{{c11|When I came back the [[Baath|ACTOR:Iraqi forces]] had destroyed [[Halabja|PLACE]], bulldozed it, the houses were not there.}} {{c11|Our shop was gone.}} {{c12|Some houses had burned already in the attack, people said [[the planes|WEAPON:AIRSTRIKE]] threw [[napalm|WEAPON:INCENDIARY]] also, I don't know.}} {{c9|My brother [[Kawa|PERSON]] who stayed in [[Sulaymaniyah|PLACE]], he was taken by the security in [[the Anfal|DATE:1988-02-23..1988-09-06]] time, in [[summer 1988|DATE:1988-06-01..1988-08-31]], his wife told me, and he did not come back.}}

I was asked many times to tell this. I tell it so it is written. If the wind had been from the other side, maybe my girls would be alive. God knows.

Interviewer's note: the witness became tired after forty minutes; the statement was read back to her through [[Rebwar|PERSON]] and she agreed with it.

@@witness iq-halabja-pakhshan-mamqadir
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Iraqi forces" site="Halabja" date=1988-03-15 basis=WITNESSED incident=iq-halabja-19880315-shelling
@@claim c2 harm=KILLED min=null max=null weapon=AIRSTRIKE site="Zalm" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-roads-bombing
@@claim c3 harm=KILLED min=2 max=2 named="Shilan; Nasrin" weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-chemical-attack
@@claim c4 harm=MISSING min=1 max=1 named="Hama Rashid" weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-chemical-attack
@@claim c5 harm=INJURED min=1 max=1 weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=EXPERIENCED incident=iq-halabja-19880316-chemical-attack
@@claim c6 harm=KILLED min=22 max=22 weapon=CHEMICAL site="Ahmad Pasha" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-chemical-attack
@@claim c7 harm=KILLED min=5000 max=null weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=HEARSAY incident=iq-halabja-19880316-chemical-attack
@@claim c8 harm=DISPLACED min=null max=null weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=EXPERIENCED incident=iq-halabja-19880316-chemical-attack
@@claim c9 harm=DETAINED min=1 max=1 named="Kawa" actor="Iraqi forces" site="Sulaymaniyah" date=1988-06-01..1988-08-31 basis=HEARSAY incident=iq-sulaymaniyah-19880000-kawa-arrest
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Zalm" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-roads-bombing
@@claim c11 harm=PROPERTY_DAMAGE min=null max=null actor="Iraqi forces" site="Halabja" basis=WITNESSED incident=iq-halabja-19880000-baath-demolition
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Halabja" date=1988-03-16 basis=HEARSAY incident=iq-halabja-19880316-chemical-attack
