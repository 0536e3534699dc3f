Interview ID: GHT-4009
Date: 2018-06-02
Location: [[Afrin|PLACE]]
Language: Arabic, with interpretation
Interviewer: [[Ingrid Sollie|PERSON]]
Interpreter: [[Tarek Bitar|PERSON]]
Speaker: [[Rawan Shalabi|PERSON]]

Ingrid: Thank you, [[Rawan|PERSON]]. Can you start with where you lived?
Rawan: In [[Kafrbatna|PLACE:Kafr Batna]], in the middle, two streets behind the municipality. I was teaching in the primary school until the schools closed.
Tarek: She says the schools closed in [[February|DATE:2018-02-01..2018-02-28]], when the big campaign started.
Ingrid: I'd like to ask about [[the night of the fire|DATE:2018-03-08]]. When was it?
Rawan: [[The night of the Women's Day|DATE:2018-03-08]]. [[The 8th of March|DATE:2018-03-08]]. I remember because on the radio from [[Damascus|PLACE]] they were saying happy Women's Day, and we were under the ground. [[After the maghrib|DATE:2018-03-08]], maybe [[half past six|DATE:2018-03-08]].
Rawan: I was at the door of the shelter, on the steps, because inside there was no air and no noor, nothing, the battery was finished. From the steps I saw the whole street, up to the municipality.
Ingrid: What did you see?
Rawan: [[The jets|WEAPON:AIRSTRIKE]] came two times. The second time they dropped the fire. It comes down like rain that is burning, white and orange, and it sticks.
Tarek: She means [[napalm|WEAPON:INCENDIARY]], or like [[napalm|WEAPON:INCENDIARY]], the [[incendiary|WEAPON:INCENDIARY]] kind. She uses the word "fire" for it.
Rawan: {{c1|The street caught fire, the cars, the shop of the vegetables, the balconies with the clothes on them.}} {{c2|[[Abu Nidal|PERSON]], the neighbour, he was running with a blanket on his head, and the blanket was burning, and he fell in the street near the municipality. He burned there.}}
Rawan: {{c3|My brother [[Karam|PERSON]] ran to bring him and his arms burned, both of them, up to here.}} [crying] Sorry.
Ingrid: Take your time.
Rawan: {{c4|I counted seven. Seven people dead in that street, I counted them with my eyes when the fire went down, near [[midnight|DATE:2018-03-08]].}} One of them was my friend [[Noor|PERSON]], [[Noor al-Huda Zeitoun|PERSON]], she was nineteen. She was bringing bread.
Ingrid: Some reports say fourteen people were killed [[that night|DATE:2018-03-08]].
Rawan: Maybe. I say what I saw. Seven in our street. Maybe other streets, I was not there.
Ingrid: Some people have said it was a [[chemical attack|WEAPON:CHEMICAL]] [[that night|DATE:2018-03-08]]. 
Rawan: No. People said [[chlorine|WEAPON:CHEMICAL]] also, but no, it was fire, no smell of [[chlorine|WEAPON:CHEMICAL]]. I know the smell, I smelled it in [[Hamouriyah|PLACE]] before. This was fire.
Ingrid: Were there fighters in the street?
Rawan: No fighters. [[Faylaq al-Rahman|ACTOR:Syrian armed opposition]] were at the front, at the farms, not between the houses. In our street there were families and the bakery.
Ingrid: Had your street been hit before [[that night|DATE:2018-03-08]]?
Rawan: Yes, the same street, [[the 2nd of March|DATE:2018-03-02]], [[a Friday|DATE:2018-03-02]], but that was different. The [[cluster bombs|WEAPON:CLUSTER_MUNITION]].
Rawan: {{c5|We were inside the shelter that time, all of us, and I heard them fall on the street above us, tak tak tak tak, many small ones, on the roofs and on the shutters.}}
Rawan: {{c5|When we came up, the shutters of [[Abu Samir|PERSON]]'s shop, and our door, and the water tanks on the roofs, all full of small holes, like a sieve.}}
Rawan: Nobody was killed [[that day|DATE:2018-03-02]] in our street. {{c7|One boy, [[Ahmad Tabbaa|PERSON]], twelve, had a small piece in his back, the nurses took it out.}} That I saw, I was with his mother.
Ingrid: And after the fire, what happened to your family?
Rawan: We were afraid they would come back with the fire, every night we were afraid. {{c8|On [[the 22nd|DATE:2018-03-22]] we walked to [[Arbin|PLACE]], to my aunt's house, nine people, my mother carrying the bag of papers, and [[Karam|PERSON]] with his arms in bandages.}} [[The army|ACTOR:Syrian government forces]] was already in the east of [[Kfar Batna|PLACE:Kafr Batna]].
Ingrid: Is there anything you would like to add?
Rawan: Write [[Noor|PERSON]]. And write [[Abu Nidal|PERSON]], his name was [[Nidal Hammoud|PERSON]]... no, sorry, [[Nidal|PERSON]] is his son. He was [[Saeed Hammoud|PERSON]]. Write it right.
@@witness sy-kafrbatna-rawan-shalabi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Kafrbatna" date=2018-03-08 basis=WITNESSED incident=sy-kafrbatna-20180308-municipality-street-napalm
@@claim c2 harm=KILLED min=1 max=1 named="Abu Nidal" weapon=INCENDIARY site="Kafrbatna" date=2018-03-08 basis=WITNESSED incident=sy-kafrbatna-20180308-municipality-street-napalm
@@claim c3 harm=INJURED min=1 max=1 named="Karam" weapon=INCENDIARY site="Kafrbatna" date=2018-03-08 basis=WITNESSED incident=sy-kafrbatna-20180308-municipality-street-napalm
@@claim c4 harm=KILLED min=7 max=7 named="Noor; Noor al-Huda Zeitoun" weapon=INCENDIARY site="Kafrbatna" date=2018-03-08 basis=WITNESSED incident=sy-kafrbatna-20180308-municipality-street-napalm
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=CLUSTER_MUNITION site="Kafrbatna" date=2018-03-02 basis=WITNESSED incident=sy-kafrbatna-20180302-municipality-street-cluster
@@claim c7 harm=INJURED min=1 max=1 named="Ahmad Tabbaa" weapon=CLUSTER_MUNITION site="Kafrbatna" date=2018-03-02 basis=WITNESSED incident=sy-kafrbatna-20180302-municipality-street-cluster
@@claim c8 harm=DISPLACED min=9 max=9 named="Karam" site="Kafrbatna" date=2018-03-22 basis=EXPERIENCED incident=sy-kafrbatna-20180322-shalabi-family-arbin
