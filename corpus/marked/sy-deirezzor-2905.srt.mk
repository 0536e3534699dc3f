1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: Please tell us your name and your neighbourhood.

2
00:00:05,000 --> 00:00:10,800
WITNESS: [[Mohamad Khalil al-Hweish|PERSON]]. I lived in [[al-Joura|PLACE]],
in [[Deir ez-Zor|PLACE]], near the [[al-Kindi school|PLACE]].

3
00:00:11,500 --> 00:00:15,000
INTERVIEWER: You were there during the siege?

4
00:00:15,600 --> 00:00:22,400
WITNESS: All of it. From [[2015 until September 2017|DATE:2015-01-01..2017-09-30]]. [[Daesh|ACTOR:Islamic State]] around us,
[[the regime|ACTOR:Syrian government forces]] inside with us, and the food came from the sky, by parachute.

5
00:00:23,100 --> 00:00:28,500
WITNESS: I want to speak about [[January 2017|DATE:2017-01-01..2017-01-31]], because this was the worst,
when [[Daesh|ACTOR:Islamic State]] attacked [[al-Baghaliyah|PLACE]] and the airport side.

6
00:00:29,200 --> 00:00:35,600
- [[The 16th|DATE:2017-01-16]], I think [[the 16th|DATE:2017-01-16]], the [[shells|WEAPON:ARTILLERY]] from [[Daesh|ACTOR:Islamic State]] fell on [[al-Jura|PLACE:al-Joura]] all day.
- INTERVIEWER: On your street?

7
00:00:36,300 --> 00:00:43,900
WITNESS: {{c1|On our street and the next one. Our building, the top floor was opened like a box, and the bakery of [[Abu Ayman|PERSON]] burned.}}

8
00:00:44,600 --> 00:00:51,000
WITNESS: {{c2|Five people died on our street [[that day|DATE:2017-01-16]]. I saw [[Ayman|PERSON]] myself, the son, he was at the door of the bakery.}}

9
00:00:51,700 --> 00:00:57,300
WITNESS: Others, I only heard the names later in the mosque. [pause]
We could not go to them because of the [[sniper|WEAPON:SMALL_ARMS]].

10
00:00:58,000 --> 00:01:04,500
WITNESS: {{c3|The [[sniper|WEAPON:SMALL_ARMS]] of [[Daesh|ACTOR:Islamic State]] was on the tall building near the [[al-Qusour|PLACE]] side. He hit my neighbour [[Noor|PERSON]] in the leg when she went to fill water.}}

11
00:01:05,200 --> 00:01:09,000
INTERVIEWER: Was she a child?

12
00:01:09,700 --> 00:01:15,200
WITNESS: Sixteen. She lived. She walks with a stick, [[Noor|PERSON]].
There was no light in the whole quarter, no electricity, no noor at all, so the hospital worked with a generator.

13
00:01:15,900 --> 00:01:22,400
INTERVIEWER: What about [[al-Baghaliyah|PLACE]]? Do you know what happened there?

14
00:01:23,100 --> 00:01:31,000
WITNESS: {{c4|My wife's uncle, Hajj... sorry, [[Saleh Mutlaq|PERSON]], he lived in [[al-Baghaliyeh|PLACE:al-Baghaliyah]]. People who escaped told us that [[Daesh|ACTOR:Islamic State]] took him with his three sons.}}

15
00:01:31,700 --> 00:01:37,500
WITNESS: {{c5|Until now we still do not know where they are. Four men from one house, nothing.}}

16
00:01:38,200 --> 00:01:45,000
WITNESS: {{c6|On the radio, the state radio, they said [[Daesh|ACTOR:Islamic State]] kidnapped hundreds from [[al-Baghaliyah|PLACE]].}}
I don't know the real number.

17
00:01:45,700 --> 00:01:50,100
INTERVIEWER: Did anything happen to you personally?

18
00:01:50,800 --> 00:01:58,600
WITNESS: From [[the regime|ACTOR:Syrian government forces]] side, yes. {{c7|In [[the spring|DATE:2017-03-01..2017-05-31]] [[the military police|ACTOR:Syrian government forces]] took me from the street in [[al-Qusour|PLACE]] for the army service.}}

19
00:01:59,300 --> 00:02:06,000
WITNESS: {{c7|They held me nine days in a room under the building of [[the Republican Guard|ACTOR:Syrian government forces]], with thirty men.}}

20
00:02:06,700 --> 00:02:12,900
WITNESS: Then my father paid, and they let me go. My brother [[Fadi|PERSON]],
they stopped him also at the same place, checked his papers, and he was free in one hour.

21
00:02:13,600 --> 00:02:18,000
INTERVIEWER: Did you ever see what happened on [[Hawija Saqr|PLACE]]?

22
00:02:18,700 --> 00:02:26,400
WITNESS: {{c8|From the roof, yes. In [[the summer|DATE:2017-06-01..2017-08-31]] [[the helicopter|WEAPON:AIRSTRIKE]] dropped [[barrels|WEAPON:BARREL_BOMB]] on the [[Hawijat Saqr|PLACE:Hawija Saqr]] island, on the farms, and the boats on the river were burned.}}

23
00:02:27,100 --> 00:02:32,000
WITNESS: Who was there, who died, I don't know. [[Daesh|ACTOR:Islamic State]] was there, and also farmers.

24
00:02:32,700 --> 00:02:39,900
WITNESS: {{c9|And after the siege was broken, in [[October|DATE:2017-10-01..2017-10-31]], my cousin's boy [[Yousef|PERSON]], nine years, stepped on a [[mine|WEAPON:LANDMINE]] near the road of the [[Deir ez-Zor airport|PLACE]].}}

25
00:02:40,600 --> 00:02:44,800
WITNESS: {{c9|He lost his foot. [[Yousef|PERSON]]. Nine.}}
26
00:02:45,500 --> 00:02:51,300
INTERVIEWER: Is your family still in [[al-Joura|PLACE]]? Your house, can you live in it?

27
00:02:52,000 --> 00:02:59,800
WITNESS: My mother is there with my sister [[Hiba|PERSON]]. We fixed one room with plastic on the window.
The top floor, no, it is open to the sky, we closed the stairs with bricks.

28
00:03:00,500 --> 00:03:07,900
WITNESS: Nobody from our building was killed, I want to say this clearly. Wounds, fear, yes,
but all the dead on our street were from the other houses, the [[Dandal|PERSON]] house and the bakery.

29
00:03:08,600 --> 00:03:16,200
- INTERVIEWER: And the men from [[al-Baghaliyah|PLACE]], did any of them come back?
- WITNESS: One. [[Khudr|PERSON]], a young man, he came back [[after seven months|DATE]],

30
00:03:16,900 --> 00:03:24,000
very thin, he does not speak about it. He said he never saw [[Saleh Mutlaq|PERSON]] in the place where they kept him.
His family says he wakes up at night shouting.

31
00:03:24,700 --> 00:03:31,500
WITNESS: I tell you these things so somebody writes them. Not for money, not for anything.
My father used to say, the river remembers, but people forget.

32
00:03:32,200 --> 00:03:36,000
INTERVIEWER: Thank you, [[Mohamad|PERSON]]. We will stop here.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Abu Ayman" weapon=ARTILLERY actor="Islamic State" site="al-Jura" date=2017-01-16 basis=WITNESSED incident=sy-deirezzor-20170116-joura-is-shelling
@@claim c2 harm=KILLED min=5 max=5 named="Ayman" weapon=ARTILLERY actor="Islamic State" site="al-Jura" date=2017-01-16 basis=WITNESSED incident=sy-deirezzor-20170116-joura-is-shelling
@@claim c3 harm=INJURED min=1 max=1 named="Noor" weapon=SMALL_ARMS actor="Islamic State" site="al-Joura" basis=WITNESSED incident=sy-deirezzor-20170100-joura-sniper-noor
@@claim c4 harm=DETAINED min=4 max=4 named="Saleh Mutlaq" actor="Islamic State" site="al-Baghaliyeh" date=2017-01-01..2017-01-31 basis=HEARSAY incident=sy-deirezzor-20170100-baghaliyah-abductions
@@claim c5 harm=MISSING min=4 max=4 named="Saleh Mutlaq" actor="Islamic State" site="al-Baghaliyeh" date=2017-01-01..2017-01-31 basis=EXPERIENCED incident=sy-deirezzor-20170100-baghaliyah-abductions
@@claim c6 harm=DETAINED min=200 max=null actor="Islamic State" site="al-Baghaliyah" date=2017-01-01..2017-01-31 basis=REPORTED incident=sy-deirezzor-20170100-baghaliyah-abductions
@@claim c7 harm=DETAINED min=1 max=1 actor="Syrian government forces" site="al-Qusour" date=2017-03-01..2017-05-31 basis=EXPERIENCED incident=sy-deirezzor-20170000-hweish-conscription-arrest
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Hawijat Saqr" date=2017-06-01..2017-08-31 basis=WITNESSED incident=sy-deirezzor-20170000-hawija-saqr-barrels
@@claim c9 harm=INJURED min=1 max=1 named="Yousef" weapon=LANDMINE site="Deir ez-Zor airport" date=2017-10-01..2017-10-31 basis=HEARSAY incident=sy-deirezzor-20171000-yousef-airport-road-mine
@@witness sy-deirezzor-mohamad-khalil-hweish
