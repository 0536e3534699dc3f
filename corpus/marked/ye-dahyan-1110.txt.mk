@@newline crlf
Interview ID: YE-DHY-1110
Date of interview: 2019-01-17
Place of interview: [[Sa'dah|PLACE:Saada]] city
Language: Arabic
Interviewer: [[Maryam Haidar|PERSON]]

INT: Thank you for agreeing to talk again about your son.
RESP: It is my duty. I am [[Abdullah Qasim Hajar|PERSON]], father of [[Hamza|PERSON]]. [[Hamza|PERSON]] was eleven.
INT: Where were you on [[the morning of 9 August|DATE:2018-08-09]]?
RESP: In [[Dhayan|PLACE:Dahyan]], at home, near the [[al-Hadi mosque|PLACE]]. The school trip was leaving from the Quran centre, they were going to visit the graves of the martyrs, in [[Sa'dah|PLACE:Saada]]. [[Hamza|PERSON]] was very happy, he put on the new shirt. Blue.
INT: How did you hear?
RESP: The sound. The whole town heard. It was [[about eight and a half|DATE:2018-08-09]], [[after breakfast|DATE:2018-08-09]]. One big sound, from the market side. And people running, screaming the names of the boys, and the cars with no brakes, everybody driving to the market. I knew the bus went through the market. I knew it.
RESP: I ran to the market. [pause] I did not find him. There was fire and smoke and people pulling bodies from the bus. Small bodies.
INT: Take your time.
RESP: {{c1|I found [[Hamza|PERSON]] at the hospital, in [[Saada|PLACE]], [[the afternoon|DATE:2018-08-09]]. In the cold room. I knew him from the shirt. Only the shirt.}} [crying]
INT: We can stop.
RESP: No. Write it. {{c2|With him died his cousin [[Yousef|PERSON]], twelve, and the son of my neighbour, [[Zakaria Ahmed Faqih|PERSON]], ten. All three from our street.}}
INT: Do you know how many children were on the bus?
RESP: {{c3|They say forty-something children. The teachers, the organisers, they told the families the number: forty-two children from the bus dead, some say forty. And adults in the market, twelve, thirteen.}}
RESP: {{c4|More than seventy injured, many boys with no legs now.}} My nephew [[Mohammed|PERSON]], [[Muhammad Yahya|PERSON]], he was in the bus, in the back seat. {{c5|He lived, but he lost his hearing in one ear, and burns on the back.}}
INT: Who do you believe carried out the attack?
RESP: [[The Saudi aggression|ACTOR:Saudi-led coalition]], the American [[bomb|WEAPON:AIRSTRIKE]]. They showed us the piece of the [[bomb|WEAPON:AIRSTRIKE]], it has numbers in English. I don't read English but the journalists said.
INT: I understand you were interviewed by another organisation before.
RESP: Yes, in [[September|DATE:2018-09-01..2018-09-30]], by others. I said the same. I say it every time the same, because it is the truth.
INT: Have there been other attacks near your home since then?
RESP: {{c6|In [[December|DATE:2018-12-01..2018-12-31]], [[two weeks before|DATE:2018-12-01..2018-12-31]] the agreement in [[Sweden|PLACE]], there was a [[strike|WEAPON:AIRSTRIKE]] of [[the planes|WEAPON:AIRSTRIKE]] on the farms of [[Bani Mu'adh|PLACE]], near us. Two farmers died, [[Jaber|PERSON]] and his son, people said.}} I did not go.
RESP: Also they threatened on the radio they would hit the market again if the fighters use it. But they did not. Not yet.
INT: How is your family now?
RESP: {{c7|My wife does not leave the house. We moved, we left the street, because she could not pass by the place. We went to my brother in [[Dahyan|PLACE]] upper side, near the mountain.}}
RESP: [[Hamza|PERSON]] wanted to be a teacher of Quran. His brother [[Nour al-Din|PERSON]], seven, now says he will be a pilot. I said no. No planes.
INT: Thank you. Is there something you want people outside to know?
RESP: That the bag of [[Hamza|PERSON]], the blue UNICEF bag, we found it. The bag is alive, my son is not. That is all.

@@witness ye-dahyan-abdullah-hajar
@@claim c1 harm=KILLED min=1 max=1 named="Hamza" weapon=AIRSTRIKE actor="Saudi-led coalition" site="Dhayan" date=2018-08-09 basis=WITNESSED incident=ye-dahyan-20180809-school-bus
@@claim c2 harm=KILLED min=2 max=2 named="Yousef; Zakaria Ahmed Faqih" weapon=AIRSTRIKE actor="Saudi-led coalition" site="Dhayan" date=2018-08-09 basis=HEARSAY incident=ye-dahyan-20180809-school-bus
@@claim c3 harm=KILLED min=52 max=55 weapon=AIRSTRIKE actor="Saudi-led coalition" site="Dhayan" date=2018-08-09 basis=HEARSAY incident=ye-dahyan-20180809-school-bus
@@claim c4 harm=INJURED min=71 max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="Dhayan" date=2018-08-09 basis=HEARSAY incident=ye-dahyan-20180809-school-bus
@@claim c5 harm=INJURED min=1 max=1 named="Muhammad Yahya" weapon=AIRSTRIKE actor="Saudi-led coalition" site="Dhayan" date=2018-08-09 basis=WITNESSED incident=ye-dahyan-20180809-school-bus
@@claim c6 harm=KILLED min=2 max=2 named="Jaber" weapon=AIRSTRIKE site="Bani Mu'adh" date=2018-12-01..2018-12-31 basis=HEARSAY incident=ye-dahyan-20181200-banimuadh-farms
@@claim c7 harm=DISPLACED min=null max=null site="Dhayan" date=2018-08-09..2018-12-31 basis=EXPERIENCED incident=ye-dahyan-20180809-school-bus
