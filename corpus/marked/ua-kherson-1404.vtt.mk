WEBVTT

NOTE
Interview recorded in Mykolaiv, 18 February 2023. Ukrainian and
Russian mixed, interpreted into English. Witness: Oleh M.

s1
00:00:01.500 --> 00:00:05.000
<v Interviewer>[[Oleh|PERSON]], thank you. Where did you live in [[2022|DATE:2022-01-01..2022-12-31]]?

s2
00:00:05.600 --> 00:00:12.400
<v Oleh>In [[Kherson|PLACE]], the city, on [[Ushakova avenue|PLACE]], near the river station. I worked as an electrician at the port.

s3
00:00:13.000 --> 00:00:17.200
<v Interviewer>What happened when [[the Russians|ACTOR:Russian armed forces in Ukraine]] came in?

s4
00:00:17.800 --> 00:00:26.000
<v Oleh>They came on [[the first of March|DATE:2022-03-01]]. At first they did not touch people. Then in [[April|DATE:2022-04-01..2022-04-30]] they started to take people from the lists, the ones who served before, the volunteers.

s5
00:00:26.800 --> 00:00:35.000
<v Oleh>{{c1|My neighbour from the fourth floor, [[Serhii Dovhan|PERSON]], forty-one, a former soldier, they took him on [[the 14th of April|DATE:2022-04-14]], in [[the morning|DATE:2022-04-14]], from the entrance of our building.}}

s6
00:00:35.600 --> 00:00:41.000
<v Oleh>I saw it from the window. Four men, masks, one of them with the letter Z on the sleeve. {{c1|They put a bag on his head and took him away in a car.}}

s7
00:00:41.800 --> 00:00:46.000
<v Interviewer>Did he come back?

s8
00:00:46.600 --> 00:00:53.500
<v Oleh>{{c2|No. He never came back. His wife [[Tetiana|PERSON]] calls him every day, his phone is off since [[that morning|DATE:2022-04-14]].}}

s9
00:00:54.000 --> 00:00:59.000
<v Oleh>{{c2|Even now, when the city is free, nobody knows where he is.}} Maybe in [[Crimea|PLACE]], maybe in [[Russia|PLACE]].

s10
00:00:59.800 --> 00:01:04.000
<v Interviewer>And you, were you also detained?

s11
00:01:04.600 --> 00:01:13.000
<v Oleh>{{c3|Yes. On [[the 9th of June|DATE:2022-06-09]], at their checkpoint on the [[Antonivskyi bridge|PLACE]], they found on my phone a photo of their trucks, and they took me to the police building on [[Teploenerhetykiv street|PLACE]].}}

s12
00:01:13.800 --> 00:01:21.000
<v Oleh>{{c3|They held me there nineteen days, in a cell for four with eleven men.}} They beat me with a stick, they used electricity on my ears. I will not show you.

s13
00:01:21.800 --> 00:01:28.000
<v Oleh>{{c4,c11|In the next cell there was a man, [[Mykola|PERSON]], a teacher from [[Bilozerka|PLACE]], I heard them take him out [[one night|DATE:2022-06-01..2022-06-30]] and he did not come back to the cell.}}

s14
00:01:28.600 --> 00:01:33.000
<v Oleh>I heard this. I did not see it. What happened to him, I cannot say.

s15
00:01:33.800 --> 00:01:38.000
<v Interviewer>How were you released?

s16
00:01:38.600 --> 00:01:46.000
<v Oleh>They made me sign a paper that I will cooperate. I signed. Then I went home and I did not go out. They said if I talk they will come for my wife.

s17
00:01:46.800 --> 00:01:54.000
<v Oleh>{{c5|In [[the summer|DATE:2022-06-01..2022-08-31]], on the Telegram channel of [[Kherson|PLACE]], they wrote that dozens of people from the city were taken like this, and they published names and photos.}}

s18
00:01:54.600 --> 00:01:58.000
<v Interviewer>Was [[Serhii|PERSON]] in that list?

s19
00:01:58.600 --> 00:02:05.000
<v Oleh>Yes, [[Serhii|PERSON]] was there. Me, no. Nobody knew about me, only my wife and my mother.

s20
00:02:05.800 --> 00:02:12.000
<v Interviewer>[[After the liberation|DATE:2022-11-11..2022-11-30]], in [[November|DATE:2022-11-01..2022-11-30]], did the situation change?

s21
00:02:12.600 --> 00:02:20.000
<v Oleh>They went to the other side of the [[Dnipro|PLACE]], and they started to shoot at us from there. The [[artillery|WEAPON:ARTILLERY]], the [[Grad|WEAPON:ROCKET]], every day.

s22
00:02:20.800 --> 00:02:29.000
<v Oleh>{{c6,c7,c8|On [[the 3rd of January|DATE:2023-01-03]] a [[shell|WEAPON:ARTILLERY]] hit the bus stop at the corner of our street, I was in the shop opposite, and two people were killed, a man and a woman, and four or five wounded.}}

s23
00:02:29.600 --> 00:02:35.000
<v Oleh>{{c6|One was [[Valentyna Ivanivna|PERSON]], seventy-four, she lived in my building. I knew her since I was a child.}}

s24
00:02:35.600 --> 00:02:42.000
<v Oleh>{{c8|The windows of our whole building broke, and the wall of the shop fell in.}}

s25
00:02:42.600 --> 00:02:50.000
<v Oleh>{{c9|[[The same evening|DATE:2023-01-03]], on the local radio, they said that [[that day|DATE:2023-01-03]] in [[Kherson|PLACE]] the [[shelling|WEAPON:ARTILLERY]] killed seven people in total.}}

s26
00:02:50.800 --> 00:02:55.000
<v Interviewer>Did your family stay in [[Kherson|PLACE]]?

s27
00:02:55.600 --> 00:03:03.000
<v Oleh>{{c10|After that we left, my wife, my mother and me, on [[the 6th of January|DATE:2023-01-06]], with the evacuation train to [[Mykolaiv|PLACE]].}}

s28
00:03:03.600 --> 00:03:09.000
<v Oleh>If we had stayed, I think one day a [[shell|WEAPON:ARTILLERY]] would find us. My mother cannot go down to a basement.

s29
00:03:09.800 --> 00:03:15.000
<v Interviewer>Is there anything else you want to add?

s30
00:03:15.600 --> 00:03:23.000
<v Oleh>Only about [[Serhii|PERSON]]. {{c2|We do not know if he is alive.}} His children ask me. I tell them, your father is strong.

@@witness ua-kherson-oleh-marchenko
@@claim c1 harm=DETAINED min=1 max=1 named="Serhii Dovhan" actor="Russian armed forces in Ukraine" site="Ushakova avenue" date=2022-04-14 basis=WITNESSED incident=ua-kherson-20220414-ushakova-dovhan-abduction
@@claim c2 harm=MISSING min=1 max=1 named="Serhii" actor="Russian armed forces in Ukraine" site="Kherson" date=2022-04-14 basis=WITNESSED incident=ua-kherson-20220414-ushakova-dovhan-abduction
@@claim c3 harm=DETAINED min=12 max=12 actor="Russian armed forces in Ukraine" site="Teploenerhetykiv street" date=2022-06-09 basis=EXPERIENCED incident=ua-kherson-20220609-marchenko-detention
@@claim c4 harm=MISSING min=1 max=1 named="Mykola" actor="Russian armed forces in Ukraine" site="Teploenerhetykiv street" date=2022-06-01..2022-06-30 basis=WITNESSED incident=ua-kherson-20220600-teploenerhetykiv-mykola-taken
@@claim c5 harm=DETAINED min=24 max=null actor="Russian armed forces in Ukraine" site="Kherson" date=2022-06-01..2022-08-31 basis=REPORTED incident=ua-kherson-20220000-telegram-abductions-list
@@claim c6 harm=KILLED min=2 max=2 named="Valentyna Ivanivna" weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Ushakova avenue" date=2023-01-03 basis=WITNESSED incident=ua-kherson-20230103-ushakova-bus-stop-shell
@@claim c7 harm=INJURED min=4 max=5 weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Ushakova avenue" date=2023-01-03 basis=WITNESSED incident=ua-kherson-20230103-ushakova-bus-stop-shell
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Russian armed forces in Ukraine" site="Ushakova avenue" date=2023-01-03 basis=WITNESSED incident=ua-kherson-20230103-ushakova-bus-stop-shell
@@claim c9 harm=KILLED min=7 max=7 weapon=ARTILLERY site="Kherson" date=2023-01-03 basis=REPORTED incident=ua-kherson-20230103-city-shelling-toll
@@claim c10 harm=DISPLACED min=3 max=3 site="Kherson" date=2023-01-06 basis=EXPERIENCED incident=ua-kherson-20230106-marchenko-family-evacuation
@@claim c11 harm=DETAINED min=1 max=1 named="Mykola" actor="Russian armed forces in Ukraine" site="Teploenerhetykiv street" date=2022-06-01..2022-06-30 basis=WITNESSED incident=ua-kherson-20220600-teploenerhetykiv-mykola-taken
