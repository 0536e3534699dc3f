@@encoding utf-16le
Interview ID: RQ-2017-1309
Date of interview: 14/10/2017
Place of interview: [[Ain Issa|PLACE]] camp
Language: Arabic, with interpreter
Interviewer: [[Marta Lindqvist|PERSON]]

Marta: You are the baker from [[al-Badu|PLACE]]?
Yasser: Yes. [[Yasser Ayash|PERSON]]. The bakery is my father's, the [[Ayash bakery|PLACE]], everyone in [[Hay al-Badu|PLACE:al-Badu]] knows it. Knew it.
Marta: I'd like to ask about your brother. Is that all right?
Yasser: Yes. Ask.
Marta: What happened?
Yasser: It was in [[Ramadan|DATE:2017-05-27..2017-06-24]], [[the second week|DATE]], I think. [[Before the iftar|DATE:2017-06-08]], maybe one hour before. We were baking for the iftar, there were people waiting outside, because bread was little.
Yasser: {{c1|The [[shells|WEAPON:ARTILLERY]] came, two, three, one after the other. One fell in the street in front of the door. My brother [[Mohammed|PERSON]] was at the door, giving the bread.}} {{c2|He died there. And a man who was waiting, [[Abu Hussam|PERSON]], an old man, also he died.}}
Marta: Two people died?
Yasser: Two, yes. Some people say three, but the third, [[Khalil|PERSON]], he died in [[Tabqa|PLACE]] after a month, from an infection, not from the [[shell|WEAPON:ARTILLERY]], so I don't count him. {{c3|Injured, five or six. I was injured also, here, in my neck, small pieces.}}
[Interpreter: he is showing a scar on the left side of his neck.]
Marta: Who fired the [[shells|WEAPON:ARTILLERY]]?
Yasser: From the side of [[al-Mashlab|PLACE]], the [[SDF|ACTOR:Syrian Democratic Forces]] was there, and [[the Americans|ACTOR:US-led coalition]] with their [[cannons|WEAPON:ARTILLERY]]. Every day they were firing. Who else? [[Daesh|ACTOR:Islamic State]] was inside with us.
Marta: Were there [[Daesh|ACTOR:Islamic State]] fighters near the bakery?
Yasser: At the bakery, no. There was no checkpoint there, no fighters. They came to take bread like everybody, sometimes, but [[that day|DATE]] I did not see any.
Marta: Do you remember the date, the exact date?
Yasser: No. Wait. It was [[a Thursday|DATE]]. My wife says it was the day her sister had a baby, the baby is called [[Salam|PERSON]], born [[8 June|DATE:2017-06-08]]. Yes. So it was [[the 8th|DATE:2017-06-08]].
Marta: Let's go to later. You left [[Raqqa|PLACE]] when?
Yasser: In [[August|DATE:2017-08-01..2017-08-31]]. Before that, one more thing. {{c4|In [[August|DATE:2017-08-01..2017-08-31]], the beginning, an [[air strike|WEAPON:AIRSTRIKE]] fell on the bakery itself, at [[night|DATE]]. Nobody was inside, we had stopped working, there was no flour.}} {{c4|The bakery was finished, and the house above it.}}
Marta: How did you leave?
Yasser: {{c6|With my wife, my mother, my two daughters, [[Ruba|PERSON]] and [[Karima|PERSON]]. Five of us. At [[night|DATE]], with a smuggler, through the gardens to the river.}}
Yasser: But before we left, [[Daesh|ACTOR:Islamic State]] took me. [[Three days before|DATE]].
Marta: Took you? Why?
Yasser: {{c7|Because they found cigarettes in my pocket. The [[hisba|ACTOR:Islamic State]] took me to their prison near the [[al-Naim roundabout|PLACE]], the football stadium. Four days. They beat me on the feet.}}
Marta: Four days, and then?
Yasser: They let me go, with a paper, like a fine. That is when I decided, enough.
Marta: On the way out, through the gardens, did anything happen?
Yasser: {{c8|A family in front of us, I did not know them, maybe six people. One of them stepped on a [[mine|WEAPON:LANDMINE]], the [[Daesh|ACTOR:Islamic State]] [[mines|WEAPON:LANDMINE]]. I heard it, I saw the light. After, I saw a man on the ground, his leg was gone. A woman was screaming.}} We were very afraid, we went back and took another way, by the water.
Marta: Do you know if people were killed?
Yasser: I don't know. I did not go to see. I had my daughters.
Marta: Thank you, [[Yasser|PERSON]]. Is there anything you would like to add?
Yasser: My brother [[Mohammed Ayash|PERSON]], he was twenty-six, he was engaged. Write that he was a baker, not a fighter.

@@witness sy-raqqa-yasser-ayash
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="US-led coalition" site="Ayash bakery" date=2017-06-08 basis=WITNESSED incident=sy-raqqa-20170608-badu-bakery-shelling
@@claim c2 harm=KILLED min=2 max=2 named="Mohammed; Abu Hussam" weapon=ARTILLERY actor="US-led coalition" site="Ayash bakery" date=2017-06-08 basis=WITNESSED incident=sy-raqqa-20170608-badu-bakery-shelling
@@claim c3 harm=INJURED min=5 max=6 weapon=ARTILLERY actor="US-led coalition" site="Ayash bakery" date=2017-06-08 basis=EXPERIENCED incident=sy-raqqa-20170608-badu-bakery-shelling
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Ayash bakery" date=2017-08-01..2017-08-10 basis=WITNESSED incident=sy-raqqa-20170800-ayash-bakery-airstrike
@@claim c6 harm=DISPLACED min=5 max=5 site="Raqqa" date=2017-08-01..2017-08-31 basis=EXPERIENCED incident=sy-raqqa-20170800-ayash-family-flight
@@claim c7 harm=DETAINED min=1 max=1 actor="Islamic State" site="al-Naim roundabout" date=2017-08-01..2017-08-31 basis=EXPERIENCED incident=sy-raqqa-20170800-yasser-ayash-hisba-detention
@@claim c8 harm=INJURED min=1 max=1 weapon=LANDMINE actor="Islamic State" site="Raqqa" date=2017-08-01..2017-08-31 basis=WITNESSED incident=sy-raqqa-20170800-gardens-path-mine
