id: IQ-BGD-4307
interview_date: 2012-09-18
place: Amman, Jordan
language: Arabic (Baghdadi), interpreted

INTERVIEWER: Thank you for coming. Can you tell me your name, and where you lived in [[Baghdad|PLACE]]?
WITNESS: [[Sundus al-Obaidi|PERSON]]. We lived in [[Adhamiya|PLACE]], [[al-A'dhamiya|PLACE:Adhamiya]], near the [[Abu Hanifa mosque|PLACE]], my husband's house. We married in [[1994|DATE:1994-01-01..1994-12-31]] and I lived there until we left.
INTERVIEWER: You told us on the phone about your brother.
WITNESS: Yes, [[Ziyad|PERSON]]. I start with [[Ziyad|PERSON]]. He was an engineer in the electricity, he lived with us because his flat in [[al-Dawra|PLACE:Dora]] was not safe any more.
WITNESS: {{c1|[[The first Saturday of December|DATE:2006-12-02]], in the year [[2006|DATE:2006-01-01..2006-12-31]], he went back to [[Dawra|PLACE:Dora]] with a minibus to bring the papers from his flat, and on the main road there was a checkpoint, men in the clothes of the police, and they took him down from the minibus, him and three other men.}}
INTERVIEWER: How do you know this?
WITNESS: The driver, [[Abu Laith|PERSON]], he came to our house in [[the afternoon|DATE:2006-12-02]], white like paper. He said they looked at the identity cards and took the ones with the names, you understand, the Sunni names. [[Ziyad|PERSON]], [[Omar|PERSON]], two others he did not know.
WITNESS: {{c2|Since [[that Saturday|DATE:2006-12-02]] we never saw [[Ziyad|PERSON]]. Six years. No body, no phone call, nothing.}} My mother went to the morgue of [[Bab al-Muadham|PLACE]] every week for one year.
INTERVIEWER: Who were the men at the checkpoint?
WITNESS: People said [[Jaysh al-Mahdi|ACTOR:Mahdi Army]] in police uniform. The driver said the cars had no numbers. I don't know, I was not there.
INTERVIEWER: Did anything happen in [[Adhamiya|PLACE]] itself?
WITNESS: Every day something. But the worst I saw with my eyes was in [[Ramadan|DATE:2006-09-24..2006-10-23]]. [[The 22nd of Ramadan|DATE:2006-10-15]], [[after the iftar|DATE:2006-10-15]], the people were going to the mosque for the prayers.
WITNESS: {{c4,c5|The [[mortars|WEAPON:MORTAR]] came, three, four, I was on the roof taking the washing, and one fell in the square in front of [[Abu Hanifa|PLACE:Abu Hanifa mosque]], near the clock.}}
WITNESS: {{c4|Three died. I saw them, I went down. One was the son of our neighbour, [[Mustafa|PERSON]], fourteen years old, and two old men, one of them Hajji [[Subhi|PERSON]].}} {{c5|Many injured, I don't know, ten, maybe more.}}
INTERVIEWER: Where did the [[mortars|WEAPON:MORTAR]] come from?
WITNESS: From across the river, from [[Kadhimiya|PLACE]] side, people said. Everyone says it about the other side. There were no [[Americans|ACTOR:US-led coalition]] in our street [[that night|DATE:2006-10-15]], no fighters, only people praying.
INTERVIEWER: Were you hurt?
WITNESS: No, only my heart. But [[the next week|DATE:2006-10-22..2006-10-28]] we were afraid the [[mortars|WEAPON:MORTAR]] would come again for the Eid prayers, so we prayed at home.
INTERVIEWER: Did you hear of other attacks [[that year or the next|DATE:2006-01-01..2007-12-31]]?
WITNESS: Everything on the television. The big ones. {{c6|I remember [[March|DATE:2007-03-01..2007-03-31]], a [[car bomb|WEAPON:IED]] in [[Sadr City|PLACE]], at the square where the workers wait, the [[Muthafar|PLACE:Muthafar square]], the news said thirty-two killed.}} I cried, even if they are Shia and we are Sunni, they are workers, poor people like us.
INTERVIEWER: When did you leave [[Baghdad|PLACE]]?
WITNESS: {{c7|In [[the summer of 2007|DATE:2007-06-01..2007-08-31]]. My husband [[Raad|PERSON]], me, our three daughters. We drove to [[Damascus|PLACE]] first, then here.}} The house is closed. My husband's brother [[Nabeel|PERSON]] goes and opens the windows sometimes.
INTERVIEWER: Anything else you want to say?
WITNESS: Only, if anyone knows [[Ziyad Abd al-Razzaq al-Obaidi|PERSON]], born [[1971|DATE:1971-01-01..1971-12-31]]. Only this.
@@witness iq-baghdad-sundus-al-obaidi
@@claim c1 harm=DETAINED min=4 max=4 named="Ziyad; Omar" site="Dawra" date=2006-12-02 basis=HEARSAY incident=iq-baghdad-20061202-dora-fake-checkpoint
@@claim c2 harm=MISSING min=1 max=1 named="Ziyad" site="Dawra" date=2006-12-02 basis=EXPERIENCED incident=iq-baghdad-20061202-dora-fake-checkpoint
@@claim c4 harm=KILLED min=3 max=3 named="Mustafa; Subhi" weapon=MORTAR site="Abu Hanifa" date=2006-10-15 basis=WITNESSED incident=iq-baghdad-20061015-adhamiya-abu-hanifa-mortars
@@claim c5 harm=INJURED min=10 max=null weapon=MORTAR site="Abu Hanifa" date=2006-10-15 basis=WITNESSED incident=iq-baghdad-20061015-adhamiya-abu-hanifa-mortars
@@claim c6 harm=KILLED min=32 max=32 weapon=IED site="Muthafar" date=2007-03-01..2007-03-31 basis=REPORTED incident=iq-baghdad-20070304-sadrcity-muthafar-car-bomb
@@claim c7 harm=DISPLACED min=5 max=5 named="Raad" site="Baghdad" date=2007-06-01..2007-08-31 basis=EXPERIENCED incident=iq-baghdad-20070600-obaidi-family-flight
