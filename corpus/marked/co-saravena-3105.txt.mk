@@newline crlf
WITNESS STATEMENT
Statement ID: CO-ARA-3105
Date: 2023-02-14
Place of interview: [[Saravena|PLACE]], [[Arauca|PLACE]]
Language: Spanish. Statement read back to the witness and approved.
Interviewer: [[Tobias Lindqvist|PERSON]]

My name is [[Nubia Esperanza Galvis|PERSON]]. I am 47 years old. Until [[January 2022|DATE:2022-01-01..2022-01-31]] I lived with my husband [[Aristides Becerra|PERSON]] and our two sons on a farm of plantain and cacao in the vereda [[Banadías|PLACE]], in the rural part of [[Saravena|PLACE]], toward [[Fortul|PLACE]].

At the beginning of [[January|DATE:2022-01-01..2022-01-31]] the war started between the [[ELN|ACTOR:ELN]] and the ones of [[the tenth front|ACTOR:FARC dissidents]], [[the dissidents|ACTOR:FARC dissidents]]. Before, they lived side by side and we paid the "vacuna" to both. After [[New Year|DATE:2022-01-01]] everybody said you are with one or with the other.

{{c1|On [[the 4th of January|DATE:2022-01-04]], at [[about six in the evening|DATE:2022-01-04]], when we were eating, six men with [[rifles|WEAPON:SMALL_ARMS]] and the [[ELN|ACTOR:ELN]] armband came in the yard. They called [[Aristides|PERSON]] by his name. He went out to talk and they pulled him by the shirt to the pick-up and pushed him in the back. I saw all of it from the kitchen door.}} My younger son, [[Deiver|PERSON]], wanted to run after the pick-up and I held him. One of the men said: "Señora, keep that boy inside or we take him too." They did not take him.

There were no weapons in our house and no fighters. [[Aristides|PERSON]] sold plantain to anybody who came, this is true, also to people of [[the dissidents|ACTOR:FARC dissidents]], because in [[Banadías|PLACE]] you sell to whoever pays.

{{c2|Since [[that night|DATE:2022-01-04]] I do not know anything of my husband. I asked at the [[ELN|ACTOR:ELN]] checkpoint on the road to [[Fortul|PLACE]], I asked the Red Cross, I gave his name to the Fiscalía. Thirteen months and there is no news of him, not alive, not dead.}}

{{c3|On [[the 7th|DATE:2022-01-07]] I left the farm with [[Deiver|PERSON]] and [[Yordan|PERSON]], the older one, with only two bags, and we came to [[Saravena|PLACE]] town to the house of my sister [[Edilma|PERSON]].}} At the checkpoint of the [[elenos|ACTOR:ELN]] on the way they looked at our cédulas and the bags and let us pass. {{c4|Later a neighbour, [[Ramiro Pinzón|PERSON]], told me that the farm was empty and the cacao was cut down, the house with the doors broken and the roof taken away, the zinc sheets.}}

In [[Saravena|PLACE]] we rented a room near the cattle fair ground. {{c5|On [[a Sunday in October|DATE:2022-10-01..2022-10-31]], I think [[the 16th|DATE:2022-10-16]], a motorcycle left near the fair exploded, a [[moto bomba|WEAPON:IED]]. Our room is maybe two hundred metres from there. The window glass fell on the bed, and since then there are cracks all through the back wall, you can put a finger inside.}}

{{c6|People at the market said five or six were hurt, a boy who sold water lost his hand.}} I did not see the wounded, I was in the bathroom when the [[bomb|WEAPON:IED]] went off, and then I ran to find [[Deiver|PERSON]] at school. Nobody in our house was hurt.

I also want to say about the farm of my cousin [[Jairo Galvis|PERSON]], in [[Tame|PLACE]]. {{c7|A journalist of the radio of [[Tame|PLACE]], on his Facebook live, said that in [[March 2022|DATE:2022-03-01..2022-03-31]] [[the dissidents|ACTOR:FARC dissidents]] burned eleven houses in the vereda [[Pueblo Sucre|PLACE]], and the house of [[Jairo|PERSON]] was one of them.}} {{c9|[[Jairo|PERSON]] told me on the phone that only the chimney of the kitchen was standing, and the mill for the maize, melted.}} {{c8|[[Jairo|PERSON]] and his family went to [[Arauca|PLACE]] city, the capital, and they are still there.}}

I give this statement because [[Aristides|PERSON]] has to be looked for. He is 52 years old, short, with a scar on his left eyebrow from a machete when he was young. He wears a gold chain with the Virgin of [[Chiquinquirá|PLACE]]. If he is dead, I want to bury him. If he is alive, I want him to come home.

I have nothing more to add. This statement is true.
[[Nubia E. Galvis|PERSON]]

@@witness co-saravena-nubia-esperanza-galvis
@@claim c1 harm=DETAINED min=1 max=1 named="Aristides" actor="ELN" site="Banadías" date=2022-01-04 basis=WITNESSED incident=co-saravena-20220104-banadias-aristides-becerra-taken
@@claim c2 harm=MISSING min=1 max=1 named="Aristides" actor="ELN" site="Banadías" date=2022-01-04 basis=EXPERIENCED incident=co-saravena-20220104-banadias-aristides-becerra-taken
@@claim c3 harm=DISPLACED min=3 max=3 named="Deiver; Yordan" site="Banadías" date=2022-01-07 basis=EXPERIENCED incident=co-saravena-20220107-galvis-family-displaced
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null site="Banadías" basis=HEARSAY incident=co-saravena-20220107-galvis-family-displaced
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Saravena" date=2022-10-16 basis=EXPERIENCED incident=co-saravena-20221016-cattle-fair-moto-bomba
@@claim c6 harm=INJURED min=5 max=6 weapon=IED site="Saravena" date=2022-10-16 basis=HEARSAY incident=co-saravena-20221016-cattle-fair-moto-bomba
@@claim c7 harm=PROPERTY_DAMAGE min=11 max=11 actor="FARC dissidents" site="Pueblo Sucre" date=2022-03-01..2022-03-31 basis=REPORTED incident=co-tame-20220300-pueblo-sucre-houses-burned
@@claim c8 harm=DISPLACED min=null max=null named="Jairo" site="Pueblo Sucre" date=2022-03-01..2022-03-31 basis=HEARSAY incident=co-tame-20220300-pueblo-sucre-houses-burned
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null actor="FARC dissidents" site="Pueblo Sucre" date=2022-03-01..2022-03-31 basis=HEARSAY incident=co-tame-20220300-pueblo-sucre-houses-burned
