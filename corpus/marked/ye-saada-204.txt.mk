@@encoding utf-16le
Interview ID: YE-SAD-204
Interview date: 11/02/2017
Place of interview: [[Sanaa|PLACE]], [[Yemen|PLACE]]
Language: Arabic
Interviewer: [[Paul Lindqvist|PERSON]]
Interpreter: [[Nabil al-Sayaghi|PERSON]]

Q: Where are you from, originally?
A: From [[Saada|PLACE]]. The city, [[Sa'dah|PLACE:Saada]] city, and my father's village is in [[Majz|PLACE]], near [[Dahyan|PLACE]]. I am a driver. I drove a truck of pomegranates to [[Sanaa|PLACE]], to [[Hodeidah|PLACE]], everywhere.
Q: When did you leave the city?
A: {{c1|In [[May 2015|DATE:2015-05-01..2015-05-31]], when [[the coalition|ACTOR:Saudi-led coalition]] said all of [[Saada|PLACE]] is a military target, we left the city [[that same night|DATE]] to my father's village in [[Majz|PLACE]], nine of us in the truck.}} [[The jets|WEAPON:AIRSTRIKE]] were hitting the old city all day. Houses, the market, everything.
Q: What happened in the village?
A: [[Three days before Eid al-Adha|DATE:2015-09-21]], [[the planes|WEAPON:AIRSTRIKE]] struck the wadi below the village. In [[the night|DATE:2015-09-21]], many explosions, small ones, like popcorn, like... the interpreter knows.
[Interpreter: He uses the word "qanabil unqudiya", cluster bombs, literally "bunch bombs".]
A: In [[the morning|DATE:2015-09-22]] the orchards were full of them. [[Small bombs|WEAPON:CLUSTER_MUNITION]], the size of a battery, some with a white ribbon. The old men told the children: do not touch, do not go down to the wadi. But the pomegranates were ripe.
Q: Was anyone hurt by them?
A: {{c2|My son [[Jamil|PERSON]], he was eleven, and my nephew [[Ismail|PERSON]] went down to the orchard [[two weeks after|DATE:2015-10-05]]. [[Ismail|PERSON]] picked one up. It exploded in his hand. [[Ismail Hassan Dhayfallah|PERSON]], he was nine years old. He died on the way to [[al-Jumhuri hospital|PLACE]].}} {{c3|[[Jamil|PERSON]] was hit in the legs and the belly. He lived.}} He is here with me in [[Sanaa|PLACE]], for the operations.
Q: Did you see it happen?
A: No. I heard the explosion from the house and I ran. I found [[Jamil|PERSON]] crawling up the path. [[Ismail|PERSON]] was already... [crying]
[Interpreter: The witness asked for a pause. Recording resumed after a few minutes.]
Q: Were there [[Houthi fighters|ACTOR:Houthis]] in the wadi or near the orchard?
A: No. There were no [[Houthis|ACTOR:Houthis]] in the orchard, no weapons, only trees. Maybe on the mountain, far, I don't know what is on the mountain. People said the [[Houthis|ACTOR:Houthis]] fired a [[missile|WEAPON:MISSILE]] toward [[Najran|PLACE]] from somewhere in [[Majz|PLACE]], and that is why [[the planes|WEAPON:AIRSTRIKE]] came. I did not see any [[missile|WEAPON:MISSILE]].
Q: Were there other attacks near you?
A: Many. The [[Talh market|PLACE:Suq al-Talh]]. My brother [[Hassan|PERSON]], the father of [[Ismail|PERSON]], was there [[one Sunday in February 2016|DATE:2016-02-01..2016-02-29]], selling. {{c4,c6|He says [[the planes|WEAPON:AIRSTRIKE]] hit a truck in the market and more than thirty people died, in one moment.}} He came home with blood on his clothes, not his blood. I did not go there.
Q: And your own house in the city?
A: {{c5|My cousin went to look in [[the summer|DATE:2015-06-01..2015-08-31]]. He said the house is standing but the roof is gone, burned.}} Also the [[artillery|WEAPON:ARTILLERY]] of [[the Saudis|ACTOR:Saudi-led coalition]], from across the border, it shelled [[Razih|PLACE]] and [[Shida|PLACE]] every day. My wife [[Hamama|PERSON]], her family is in [[Razih|PLACE]]. Thank God, nobody of them was killed. They live in the caves now, some of them.
Q: Do you want to add anything?
A: My daughter [[Jamila|PERSON]] asks me every day when we go back to the village. I tell her, the wadi was jamila, beautiful, but now it is full of these things. If [[Jamil|PERSON]] had picked it up, not [[Ismail|PERSON]]... I don't want to think this.
[Interpreter: "jamila" means beautiful; it is also his daughter's name.]
@@witness ye-saada-ali-dhayfallah
@@claim c1 harm=DISPLACED min=9 max=9 actor="Saudi-led coalition" site="Saada" date=2015-05-01..2015-05-31 basis=EXPERIENCED incident=ye-saada-20150500-city-displacement
@@claim c2 harm=KILLED min=1 max=1 named="Ismail; Ismail Hassan Dhayfallah" weapon=CLUSTER_MUNITION actor="Saudi-led coalition" site="Majz" date=2015-10-05 basis=WITNESSED incident=ye-majz-20151005-orchard-bomblet
@@claim c3 harm=INJURED min=1 max=1 named="Jamil" weapon=CLUSTER_MUNITION actor="Saudi-led coalition" site="Majz" date=2015-10-05 basis=WITNESSED incident=ye-majz-20151005-orchard-bomblet
@@claim c4 harm=KILLED min=31 max=null weapon=AIRSTRIKE site="Talh market" date=2016-02-01..2016-02-29 basis=HEARSAY incident=ye-saada-20160200-talh-market
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Saada" basis=HEARSAY incident=ye-saada-20150000-dhayfallah-house
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Talh market" date=2016-02-01..2016-02-29 basis=HEARSAY incident=ye-saada-20160200-talh-market
