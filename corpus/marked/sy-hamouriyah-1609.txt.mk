@@newline crlf
Interviewer: [[Hannah Byrne|PERSON]]
Speaker: [[Amal Hamdoun|PERSON]]
Interpreter: [[Yara Saadeh|PERSON]]
Date: 12 September 2018
Location: [[Beirut|PLACE]], [[Lebanon|PLACE]]

Hannah: [[Amal|PERSON]], thank you. You are from [[Hamouriyah|PLACE]], in [[Eastern Ghouta|PLACE]]?
Amal: Yes, [[Hammouriyeh|PLACE:Hamouriyah]], near the big roundabout. I was a teacher of Arabic for small children. My husband [[Eyad|PERSON]] had a shop for shoes.
Hannah: When did the heavy [[bombing|WEAPON:EXPLOSIVE_UNSPECIFIED]] start for you?
Amal: [[The 18th of February|DATE:2018-02-18]]. Before, there was [[shelling|WEAPON:ARTILLERY]], there was always something, but from [[that day|DATE:2018-02-18]] it was different. We went down to the cellar and we lived there, thirty-two people, four families.
Hannah: What happened in the first days?
Amal: {{c1|[[Two days later|DATE:2018-02-20]], [[a Tuesday|DATE:2018-02-20]], [[the helicopter|WEAPON:AIRSTRIKE]] dropped [[barrels|WEAPON:BARREL_BOMB]] on our street, two, one after the other.}} I know the sound of the helicopter, it is different from the planes, it stays above you, it waits.
Amal: {{c1|The building in front of us, the building of the [[Hamdoun|PERSON]] family, my husband's cousins, came down on the cellar. Five floors.}}
Hannah: Were people inside?
Amal: {{c3|Yes. We dug with our hands until the morning. We took out [[Abu Tarif|PERSON]] alive, with his legs broken. His wife [[Manar|PERSON]] and the two boys, [[Ghiath|PERSON]] and [[Moaz|PERSON]], they were dead when we reached them.}} [crying]
Yara: She needs a moment.
Hannah: Take your time.
Amal: {{c4|Our own windows were blown in and the door of the cellar was bent. The shop of [[Eyad|PERSON]], in the same street, nothing left of it.}}
Hannah: And the [[bombing|WEAPON:AIRSTRIKE]] from the air, whose was it?
Amal: The [[Russian|ACTOR:Russian forces]] [[jets|WEAPON:AIRSTRIKE]] and [[the jets|WEAPON:AIRSTRIKE]] of [[the regime|ACTOR:Syrian government forces]], both. People know the difference, the [[Russian|ACTOR:Russian forces]] ones fly very high and you don't hear them until the [[bomb|WEAPON:AIRSTRIKE]].
Hannah: Do you remember a particular attack by [[the jets|WEAPON:AIRSTRIKE]]?
Amal: The market. It was [[the Sunday after the ceasefire|DATE:2018-02-25]] they announced on the television. We laughed at the television, a ceasefire.
Amal: {{c5|My neighbour [[Jouri|PERSON]] went out for bread, because we had nothing. She came back with her arm open.}} {{c5,c12|She said [[the Russians|ACTOR:Russian forces]] dropped the small [[bombs|WEAPON:CLUSTER_MUNITION]], the [[bomblets|WEAPON:CLUSTER_MUNITION]], all over the market, like seeds.}}
Amal: {{c6|She said she saw maybe ten people lying down. Later the medical office wrote on their page that fourteen were killed in the market of [[Hamouriyah|PLACE]] [[that day|DATE:2018-02-25]].}}
Hannah: Were there fighters in your area?
Amal: [[Faylaq al-Rahman|ACTOR:Syrian armed opposition]] was in the town, yes, at the front, in [[Jobar|PLACE]] side. But in our building, no. There was nobody with a weapon in our cellar, only women and children and old men.
Hannah: Did anything else happen in the cellar?
Amal: In [[the first week of March|DATE:2018-03-01..2018-03-07]], [[one night|DATE:2018-03-01..2018-03-07]], [[after midnight|DATE:2018-03-01..2018-03-07]]. Something fell in the street, not a big explosion, a small one, and then the smell. Like the bleach for the floors, but very strong.
Amal: {{c7|It came down the stairs into the cellar. My daughter, [[Marah|PERSON]], six, she could not breathe, and the old man, [[Abu Tarif|PERSON]], also. We put wet cloths on the faces and we ran up into the [[shelling|WEAPON:ARTILLERY]], because up was better than down.}}
Amal: The doctor at the medical point said it was [[chlorine|WEAPON:CHEMICAL]]. [[Marah|PERSON]] was coughing for one week.
Hannah: Do you know who dropped it?
Amal: It came from the sky, from [[the helicopter|WEAPON:AIRSTRIKE]]. Only [[the regime|ACTOR:Syrian government forces]] has helicopters.
Hannah: How did you leave [[Hamouriyah|PLACE]]?
Amal: [[The 15th of March|DATE:2018-03-15]]. [[The army|ACTOR:Syrian government forces]] opened the road, and thousands walked, with white flags, to [[the regime|ACTOR:Syrian government forces]] side. We walked.
Amal: {{c8|At the end of the road they separated the men. They took [[Eyad|PERSON]] and his brother [[Ubada|PERSON]] with a group of young men, maybe fifty, in buses.}} They checked my card and let me pass with [[Marah|PERSON]].
Hannah: Where were the men taken?
Amal: {{c9|They said for the army service, or for the investigation. [[Ubada|PERSON]] came out after two months from [[Adra|PLACE]]. [[Eyad|PERSON]], no. Since [[that day|DATE:2018-03-15]] I have no news of him. Nothing.}}
Hannah: I'm sorry, [[Amal|PERSON]].
Amal: People say, [[Amal|PERSON]], your name is hope, so hope. [laughs] I try.
Hannah: Did you hear of other attacks nearby in [[those weeks|DATE:2018-02-18..2018-03-15]]?
Amal: {{c10|My sister in [[Kafr Batna|PLACE]] told me a [[missile|WEAPON:MISSILE]] hit the mill there, and the whole mill was gutted, the flour burned for a day.}} {{c11|And in [[Harasta|PLACE]], my cousin said, the [[napalm|WEAPON:INCENDIARY]], the fire that sticks, burned three houses in one street.}} I did not see these, I tell you what they told me.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Hammouriyeh" date=2018-02-20 basis=WITNESSED incident=sy-hamouriyah-20180220-hamdoun-building-barrel
@@claim c3 harm=KILLED min=3 max=3 named="Manar; Ghiath; Moaz" weapon=BARREL_BOMB actor="Syrian government forces" site="Hammouriyeh" date=2018-02-20 basis=WITNESSED incident=sy-hamouriyah-20180220-hamdoun-building-barrel
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB actor="Syrian government forces" site="Hammouriyeh" date=2018-02-20 basis=EXPERIENCED incident=sy-hamouriyah-20180220-hamdoun-building-barrel
@@claim c5 harm=INJURED min=1 max=1 named="Jouri" weapon=CLUSTER_MUNITION actor="Russian forces" site="Hamouriyah" date=2018-02-25 basis=WITNESSED incident=sy-hamouriyah-20180225-market-cluster
@@claim c6 harm=KILLED min=14 max=14 weapon=CLUSTER_MUNITION actor="Russian forces" site="Hamouriyah" date=2018-02-25 basis=REPORTED incident=sy-hamouriyah-20180225-market-cluster
@@claim c7 harm=INJURED min=2 max=2 named="Marah; Abu Tarif" weapon=CHEMICAL actor="Syrian government forces" site="Hamouriyah" date=2018-03-01..2018-03-07 basis=EXPERIENCED incident=sy-hamouriyah-20180300-cellar-chlorine
@@claim c8 harm=DETAINED min=50 max=50 named="Eyad; Ubada" actor="Syrian government forces" site="Hamouriyah" date=2018-03-15 basis=WITNESSED incident=sy-hamouriyah-20180315-corridor-men-taken
@@claim c9 harm=MISSING min=1 max=1 named="Eyad" actor="Syrian government forces" site="Hamouriyah" date=2018-03-15 basis=WITNESSED incident=sy-hamouriyah-20180315-corridor-men-taken
@@claim c10 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Kafr Batna" date=2018-02-18..2018-03-15 basis=HEARSAY incident=sy-kafrbatna-20180000-mill-missile
@@claim c11 harm=PROPERTY_DAMAGE min=3 max=3 weapon=INCENDIARY site="Harasta" date=2018-02-18..2018-03-15 basis=HEARSAY incident=sy-harasta-20180000-napalm-houses
@@claim c12 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION actor="Russian forces" site="Hamouriyah" date=2018-02-25 basis=WITNESSED incident=sy-hamouriyah-20180225-market-cluster
@@witness sy-hamouriyah-amal-hamdoun
