@@newline crlf
Interview ID: NIN-4006
Date of interview: 3 September 2017
Place of interview: [[Hammam al-Alil|PLACE]] camp
Language: Arabic (Moslawi dialect)
Interviewer: [[Daniel Rees|PERSON]]
Interpreter: [[Wisam Farouk|PERSON]]

INT: Can you tell me your name and where you lived in [[Mosul|PLACE]]?
RESP: [[Harith Saleh al-Jubouri|PERSON]]. [[Abu Mustafa|PERSON]]. In [[al-Zanjili|PLACE]], near the water well of the quarter, fifty metres from it.
INT: What happened at the well?
RESP: In [[Ramadan|DATE:2017-05-27..2017-06-24]]. The middle of it, [[the fifteenth day of Ramadan|DATE:2017-06-10]], I am sure, because we broke the fast [[that evening|DATE:2017-06-10]] with nothing, only water and dates. There was no water in the houses for a month, so everybody was going to the well with the jerrycans, [[after the afternoon prayer|DATE:2017-06-10]].
RESP: I was in the basement with the children. I did not see it. I heard the [[hawn|WEAPON:MORTAR]] hit, three, one after the other, the first one far, the second one close, the third one on the well. I know the sound of the well street, it is narrow, the sound comes back.
[Interpreter: "hawn" is what they call the mortar.]
RESP: Then the screaming. I waited, maybe ten minutes, because after the first [[hawn|WEAPON:MORTAR]] there is always another one. Then I went up and I ran there.
INT: What did you find?
RESP: {{c2,c8|Bodies. By the well, on the ground, between the jerrycans. I counted nine, I think nine, and many wounded, sitting against the wall, holding their legs.}}
RESP: {{c3|My nephew [[Yousef|PERSON]], the son of my sister, fourteen years, he was there with two jerrycans. He was dead already. We washed him and buried him [[before noon the next day|DATE:2017-06-11]] in the garden of the house, because the cemetery was impossible.}}
INT: Who fired the [[mortars|WEAPON:MORTAR]]?
RESP: [[Daesh|ACTOR:Islamic State]]. From the old city, from the direction of the [[Nouri mosque|PLACE:al-Nouri mosque]]... no, wait. I say it like this: the [[hawn|WEAPON:MORTAR]] came from the side where [[Daesh|ACTOR:Islamic State]] were. [[The army|ACTOR:Iraqi forces]] was on the other side, at [[al-Shifa|PLACE]] and at the [[Yarmouk|PLACE]] side. They wanted to punish the people for going to [[the army|ACTOR:Iraqi forces]].
[Interpreter: He corrects himself, he does not know exactly where the [[mortars|WEAPON:MORTAR]] were fired from.]
INT: You mentioned your brother.
RESP: Yes. [[Qais|PERSON]]. He lived in [[al-Shifa|PLACE]], by the hospital, [[al-Shifa hospital|PLACE]]. I was not there, I was in [[Zanjili|PLACE:al-Zanjili]], we could not go between the quarters, the [[snipers|WEAPON:SMALL_ARMS]] were on every corner.
RESP: {{c4|It was [[a week before the Eid|DATE:2017-06-18]].}} {{c4,c9|[[The plane|WEAPON:AIRSTRIKE]] hit his house.}} {{c4,c9|The house came down on them, on [[Qais|PERSON]], on his wife [[Sundus|PERSON]], on the small ones, [[Maryam|PERSON]] and [[Ali|PERSON]].}} {{c4|All four of them. Only the eldest, [[Hamza|PERSON]], lived, because he was at the neighbour's.}}
RESP: A man from [[al-Shifa|PLACE]], [[Abu Raad|PERSON]], came through the gardens [[two days later|DATE:2017-06-20]] and he told me this. [[Hamza|PERSON]] told me the same when I saw him in the camp.
INT: Do you know whose [[plane|WEAPON:AIRSTRIKE]]?
RESP: [[The coalition|ACTOR:US-led coalition]], [[the Americans|ACTOR:US-led coalition]], or the [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]]. I don't know. Who knows [[the plane|WEAPON:AIRSTRIKE]].
INT: How did you leave [[Zanjili|PLACE:al-Zanjili]]?
RESP: [[The 22nd of June|DATE:2017-06-22]]. At [[night|DATE:2017-06-22]]. Thirteen people, my family and my sister's family, without [[Yousef|PERSON]]. We ran to [[the army|ACTOR:Iraqi forces]] lines.
RESP: {{c5|The [[sniper|WEAPON:SMALL_ARMS]] of [[Daesh|ACTOR:Islamic State]] shot at us from the minaret on the corner, and my son [[Mustafa|PERSON]], he was carrying his grandmother on his back, the [[bullet|WEAPON:SMALL_ARMS]] went in his shoulder.}} He did not drop her. He is alive, he is here, you can see him.
RESP: {{c6|We walked all night, until the soldiers put us in trucks to this camp.}}
INT: Was anyone else hurt on the way?
RESP: No, only [[Mustafa|PERSON]]. The others, no. If the [[sniper|WEAPON:SMALL_ARMS]] had seen us in the street before, nobody would arrive. God was with us.
INT: Before the battle, did you have problems with [[Daesh|ACTOR:Islamic State]]?
RESP: {{c7|In [[2015|DATE:2015-01-01..2015-12-31]], the [[hisba|ACTOR:Islamic State]] took me for three days because they found cigarettes in my pocket. Three days in a room, with the whip.}} Everybody had a story like this, it is nothing now.
@@witness iq-mosul-harith-aljubouri
@@claim c2 harm=KILLED min=9 max=9 weapon=MORTAR site="al-Zanjili" date=2017-06-10 basis=WITNESSED incident=iq-mosul-20170610-zanjili-well-hawn
@@claim c8 harm=INJURED min=null max=null weapon=MORTAR site="al-Zanjili" date=2017-06-10 basis=WITNESSED incident=iq-mosul-20170610-zanjili-well-hawn
@@claim c3 harm=KILLED min=1 max=1 named="Yousef" weapon=MORTAR site="al-Zanjili" date=2017-06-10 basis=WITNESSED incident=iq-mosul-20170610-zanjili-well-hawn
@@claim c4 harm=KILLED min=4 max=4 named="Qais; Sundus; Maryam; Ali" weapon=AIRSTRIKE site="al-Shifa" date=2017-06-18 basis=HEARSAY incident=iq-mosul-20170618-shifa-qais-house-airstrike
@@claim c5 harm=INJURED min=1 max=1 named="Mustafa" weapon=SMALL_ARMS actor="Islamic State" site="Zanjili" date=2017-06-22 basis=WITNESSED incident=iq-mosul-20170622-zanjili-jubouri-flight-sniper
@@claim c6 harm=DISPLACED min=13 max=13 site="Zanjili" date=2017-06-22 basis=EXPERIENCED incident=iq-mosul-20170622-zanjili-jubouri-flight-sniper
@@claim c7 harm=DETAINED min=1 max=1 named="Harith Saleh al-Jubouri" actor="Islamic State" site="al-Zanjili" date=2015-01-01..2015-12-31 basis=EXPERIENCED incident=iq-mosul-20150000-jubouri-hisba-cigarettes
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Shifa" date=2017-06-18 basis=HEARSAY incident=iq-mosul-20170618-shifa-qais-house-airstrike
