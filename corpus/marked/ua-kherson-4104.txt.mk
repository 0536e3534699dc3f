Interview ID: UA-KHE-4104
Date: 2023-06-20
Location: [[Kherson|PLACE]], humanitarian warehouse
Language: Ukrainian
Interviewer: [[Hanna Voloshyn|PERSON]]

INT: Please tell me your name and what you do.
RESP: [[Oleksandr Rudenko|PERSON]]. Everybody says [[Sasha|PERSON]]. I am a volunteer, I give out food, since [[November|DATE:2022-11-01..2022-11-30]], since the city was free.
INT: You were at the point on [[Perekopska street|PLACE]] in [[January|DATE:2023-01-01..2023-01-31]]?
RESP: Yes. [[The 11th|DATE:2023-01-11]]. I was at the table with the lists. We had a truck from [[Odesa|PLACE]], the line was long, a hundred people maybe.
INT: What happened?
RESP: The [[Grads|WEAPON:ROCKET]]. They come in a packet. The first fell on the road, the next on the pavement, one in the yard behind. {{c1|Two dead. I saw both, I covered them with the blankets we were supposed to give out. An old woman and a man with a trolley.}} {{c2|Wounded, between ten and twelve, we took them to the hospital in our vans.}}
INT: Another witness spoke of three who died.
RESP: Maybe. I can only say what I saw. Two. Eh, I think it was two.
INT: And you?
RESP: Nothing. A scratch on my ear, nothing. If the truck had come on time at nine, the line would be gone by then. That I think about every day.
INT: Did anything happen at the point after that?
RESP: No. We moved it into a cellar on [[Perekopskaya|PLACE:Perekopska street]], and nobody was hurt there [[after that day|DATE]].
INT: You told me about your brother-in-law.
RESP: {{c3|[[Yurii Tkach|PERSON]], my wife's brother. In [[August|DATE:2022-08-01..2022-08-31]], [[last summer|DATE:2022-06-01..2022-08-31]], [[the Russians|ACTOR:Russian armed forces in Ukraine]] stopped him by our house, they found a photo in his phone, and they put him in the car. I saw it from the window.}} {{c4|He spent forty days with them, in the building on [[Teploenerhetykiv street|PLACE]].}} {{c7|He came back, two ribs broken, and he still does not sleep.}}
INT: Was anybody else from your street taken?
RESP: Not from our street, no. I don't want to say what I don't know.
INT: [[After the liberation|DATE]]?
RESP: {{c5|[[Two weeks after the liberation|DATE:2022-11-25]], the [[cluster|WEAPON:CLUSTER_MUNITION]] came on our street, [[Ushakova|PLACE:Ushakova avenue]], the small [[bomblets|WEAPON:CLUSTER_MUNITION]] jumping on the asphalt. There is nothing left of the kiosk of [[Raisa|PERSON]], only the frame.}} [[Raisa|PERSON]] was at home, she was lucky.
INT: Anything else you want to tell?
RESP: {{c6|My uncle, [[Fedir Rudenko|PERSON]], in [[Chornobaivka|PLACE]]. [[A week before Easter|DATE:2023-04-09]] he went with the tractor to his field, and the tractor found a [[mine|WEAPON:LANDMINE]]. The village buried him on [[Easter|DATE:2023-04-16]].}} My aunt phoned me, I was here, I could not go. The sappers came only after.
INT: Thank you, [[Oleksandr|PERSON]].
RESP: Only one more. People write that [[Kherson|PLACE]] is empty. It is not empty. Put that.
@@witness ua-kherson-oleksandr-rudenko
@@claim c1 harm=KILLED min=2 max=2 weapon=ROCKET site="Perekopska street" date=2023-01-11 basis=WITNESSED incident=ua-kherson-20230111-perekopska-aid-point-grad
@@claim c2 harm=INJURED min=10 max=12 weapon=ROCKET site="Perekopska street" date=2023-01-11 basis=WITNESSED incident=ua-kherson-20230111-perekopska-aid-point-grad
@@claim c3 harm=DETAINED min=1 max=1 named="Yurii Tkach" actor="Russian armed forces in Ukraine" site="Kherson" date=2022-08-01..2022-08-31 basis=WITNESSED incident=ua-kherson-20220800-yurii-tkach-detention
@@claim c4 harm=DETAINED min=1 max=1 named="Yurii Tkach" actor="Russian armed forces in Ukraine" site="Teploenerhetykiv street" date=2022-08-01..2022-10-31 basis=HEARSAY incident=ua-kherson-20220800-yurii-tkach-detention
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null named="Raisa" weapon=CLUSTER_MUNITION site="Ushakova" date=2022-11-25 basis=WITNESSED incident=ua-kherson-20221125-ushakova-cluster-kiosk
@@claim c6 harm=KILLED min=1 max=1 named="Fedir Rudenko" weapon=LANDMINE site="Chornobaivka" date=2023-04-09 basis=HEARSAY incident=ua-kherson-20230409-chornobaivka-tractor-mine
@@claim c7 harm=INJURED min=1 max=1 named="Yurii Tkach" actor="Russian armed forces in Ukraine" site="Teploenerhetykiv street" date=2022-08-01..2022-10-31 basis=HEARSAY incident=ua-kherson-20220800-yurii-tkach-detention
