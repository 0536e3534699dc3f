@@newline crlf
Interviewer: [[Hannah Pryce|PERSON]]
Speaker: [[Birtukan Alene|PERSON]]
Interpreter: [[Zemenu Tefera|PERSON]]
Date: 2024-02-06
Location: [[Debre Markos|PLACE]], [[East Gojjam|PLACE]]

Hannah: Thank you for meeting us, [[Birtukan|PERSON]]. You work as a nurse here in [[Debre Markos|PLACE]]?
Birtukan: Yes, at the health centre, eleven years. But I want first to talk about [[Mirawi|PLACE:Merawi]], because I was there, by chance, I was not working there.
Zemenu: She says [[Mirawi|PLACE:Merawi]], the town south of [[Bahir Dar|PLACE]].
Birtukan: My sister [[Tirunesh|PERSON]] lives in [[Mirawi|PLACE:Merawi]]. I went to her in [[the middle of October|DATE:2023-10-10..2023-10-20]], for the baptism of her baby. It was [[a Saturday|DATE:2023-10-14]], [[the market day|DATE:2023-10-14]]. If [[the drone|WEAPON:DRONE_STRIKE]] had come ten minutes later, my sister would have been at the station with her tomatoes. God kept her at home because the baby was crying.
Hannah: What did you see?
Birtukan: I did not see it fall. I heard it, a big bang, and the windows of my sister's house were shaking. Then people were running up the road with blood on their clothes.
Birtukan: {{c1|I went down to the health centre to help, because they know me there as a nurse. They brought more than twenty wounded. I sewed, I cleaned, I held legs.}} {{c2|One boy, [[Tewodros|PERSON]], fourteen, the fire was on his back, all the back, and three fingers of this hand, there are no fingers now.}}
Birtukan: {{c3|Nine died at the station, at once. Two more left us in the health centre [[before evening|DATE:2023-10-14]]. So eleven. The people in the town say eleven, some say twelve.}}
Hannah: Another witness told us seven.
Birtukan: Seven they buried in [[Mirawi|PLACE:Merawi]] itself, maybe. The others were from the villages, their families took them home on carts. So seven in the town, yes, and the others outside.
Hannah: Do you know who was responsible?
Birtukan: Everybody says it was [[the drone|WEAPON:DRONE_STRIKE]] of [[the federal forces|ACTOR:Ethiopian National Defense Force]]. Who else flies? I did not see a flag on it, I am a nurse, I say what I saw.
Birtukan: {{c4|And [[the same day|DATE:2023-10-14]], in [[the afternoon|DATE:2023-10-14]], in [[Durbete|PLACE]], another [[drone|WEAPON:DRONE_STRIKE]], at a wedding house. A driver who came from there told us four died, the father of the bride among them.}} That one I did not see, it is not the same place, [[Durbete|PLACE]] is one hour from [[Mirawi|PLACE:Merawi]].
Hannah: Let's come to [[Debre Markos|PLACE]]. What happened here?
Birtukan: Here it started in [[August|DATE:2023-08-01..2023-08-31]]. [[Fano|ACTOR:Amhara militias]] came into the town, then [[the federal|ACTOR:Ethiopian National Defense Force]] came back. Back and forth, back and forth.
Birtukan: My cousin [[Habtamu|PERSON]] went with [[Fano|ACTOR:Amhara militias]] to the bush. He died in the fighting at [[Gozamin|PLACE]], with his gun, in [[September|DATE:2023-09-01..2023-09-30]]. That was his choice. I do not count him with the others, he was a fighter.
Hannah: And the others?
Birtukan: {{c5|[[The night of the 29th of August|DATE:2023-08-29]], the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] of the town, from where I don't know. The house of Ato [[Wondimu|PERSON]], next to the health centre, the roof came down, the whole front is gone.}}
Birtukan: Wait, I said Ato Wondimu. Wondimu is his name, Ato is like mister. [laughs]
Birtukan: {{c6|His wife, [[Fantaye|PERSON]], they stitched her belly in our health centre, a long cut, here to here.}} {{c7|His old mother did not wake up. She was sleeping in the front room.}}
Birtukan: Nobody died in our own house. We were under the beds.
Hannah: Did the health centre itself get hit? We have heard reports about that.
Birtukan: People said the health centre was hit, but it was not. Nothing broke there, not even the glass, it was the house of [[Wondimu|PERSON]] next to it. I was there [[the next morning|DATE:2023-08-30]], we worked [[the same day|DATE:2023-08-30]].
Birtukan: We were afraid they would shell again, every night we were afraid. {{c8|So in [[September|DATE:2023-09-01..2023-09-30]] I sent my two children to my uncle's in [[Amanuel|PLACE]], with my mother.}} They are there still. I stay because of the work.
Hannah: Did [[the soldiers|ACTOR:Ethiopian National Defense Force]] take anyone from your street?
Birtukan: {{c9|Yes, [[after the bombardment|DATE:2023-08-30..2023-08-31]], they took [[Fentahun|PERSON]], the son of the baker, from the bakery to the camp. He spent forty days with them.}} He came back quiet. Like all of them, quiet.
Hannah: Is there anything you want to add?
Birtukan: Only, write [[Tewodros|PERSON]]. I gave him my phone number. He called me at [[Timket|DATE:2024-01-19]], from [[Mirawi|PLACE:Merawi]], to say he can hold a spoon with the other hand now.
Zemenu: Timket is the Epiphany, in January.
@@witness et-debremarkos-birtukan-alene
@@claim c1 harm=INJURED min=21 max=null weapon=DRONE_STRIKE site="Mirawi" date=2023-10-14 basis=WITNESSED incident=et-merawi-20231014-bus-station-drone
@@claim c2 harm=INJURED min=1 max=1 named="Tewodros" weapon=DRONE_STRIKE site="Mirawi" date=2023-10-14 basis=WITNESSED incident=et-merawi-20231014-bus-station-drone
@@claim c3 harm=KILLED min=11 max=12 weapon=DRONE_STRIKE site="Mirawi" date=2023-10-14 basis=WITNESSED incident=et-merawi-20231014-bus-station-drone
@@claim c4 harm=KILLED min=4 max=4 weapon=DRONE_STRIKE site="Durbete" date=2023-10-14 basis=HEARSAY incident=et-durbete-20231014-wedding-house-drone
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Debre Markos" date=2023-08-29 basis=WITNESSED incident=et-debremarkos-20230829-wondimu-house
@@claim c6 harm=INJURED min=1 max=1 named="Fantaye" weapon=EXPLOSIVE_UNSPECIFIED site="Debre Markos" date=2023-08-29 basis=WITNESSED incident=et-debremarkos-20230829-wondimu-house
@@claim c7 harm=KILLED min=1 max=1 weapon=EXPLOSIVE_UNSPECIFIED site="Debre Markos" date=2023-08-29 basis=WITNESSED incident=et-debremarkos-20230829-wondimu-house
@@claim c8 harm=DISPLACED min=3 max=3 site="Debre Markos" date=2023-09-01..2023-09-30 basis=EXPERIENCED incident=et-debremarkos-20230900-alene-children-to-amanuel
@@claim c9 harm=DETAINED min=1 max=1 named="Fentahun" actor="Ethiopian National Defense Force" site="Debre Markos" date=2023-08-30..2023-08-31 basis=WITNESSED incident=et-debremarkos-20230830-bakery-son-arrest
