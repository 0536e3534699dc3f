id: cd-beni-4855
interview_date: 2025-06-11
place: Oicha, North Kivu, DR Congo
language: Kinande and Swahili, interpreted into English

INTERVIEWER: Thank you for meeting us again. Last year you spoke with my colleague [[Ingrid|PERSON]] about [[Kokola|PLACE]].
WITNESS: Yes, I remember. I am [[Kavugho Maombi|PERSON]], the same. I want to correct some things I said.
INTERVIEWER: Please.
WITNESS: I said eleven people died. {{c1|After, the chief said thirteen, because two more were found in the cocoa, [[two weeks after the attack|DATE:2021-03-28]], a man and a woman from [[Mangina|PLACE]] who were working for the harvest.}} So thirteen, not eleven.
WITNESS: And the night. I said [[the 14th|DATE:2021-03-14]]. It was [[the Sunday night|DATE:2021-03-14..2021-03-15]], yes, but [[after midnight|DATE:2021-03-15]], so maybe for the papers it is [[the 15th|DATE:2021-03-15]]. You write what you want. For us it is [[the night of the Sunday|DATE:2021-03-14..2021-03-15]].
INTERVIEWER: Last time you told us about [[Mwangaza|PERSON]], who was taken.
WITNESS: Yes! That is the good news. [[Mwangaza|PERSON]] came back. In [[January, last year|DATE:2024-01-01..2024-01-31]]. Eh, no, I said January, it was [[the end of December|DATE:2023-12-20..2023-12-31]]. I did not know when I spoke with you, I heard only after.
WITNESS: {{c2|She says the [[ADF|ACTOR:ADF]] kept her in the forest for two years and nine months, near [[Mayangose|PLACE]], she cooked for them, they gave her to one of them.}} She escaped when [[the soldiers|ACTOR:FARDC]] attacked their camp. She does not talk much. Her mother says she wakes at night and screams.
INTERVIEWER: You also wanted to tell us about [[Beni|PLACE]].
WITNESS: Yes. This one I saw myself. I was in [[Beni|PLACE]] at my sister [[Masika Kavuo|PERSON]]'s house, in [[Mabakanga|PLACE]]. She has a small shop near the bar. It was [[a Sunday evening|DATE:2022-10-02]], [[the 2nd of October|DATE:2022-10-02]]. People were watching football in the bar.
WITNESS: {{c3|At [[about eight|DATE:2022-10-02]] we heard a big blast, the window of my sister broke.}} I thought, they are shooting [[Beni|PLACE]] now. We lay on the floor. [[After some minutes|DATE:2022-10-02]] we heard people crying, so we went out to see.
WITNESS: {{c3|The front of the bar was open, the iron sheets were on the road, the plastic chairs melted.}} {{c4|I saw two people who were dead, one of them a boy who sold eggs, [[Kambere|PERSON]], we used to buy from him.}} {{c5|Many people were bleeding. My sister's neighbour [[Justin Paluku Kitsa|PERSON]] lost his eye, the glass of the bottles went into his face.}}
INTERVIEWER: How many were injured?
WITNESS: {{c7|At the hospital they said eleven, or twelve.}} I did not count.
INTERVIEWER: Do you know who put the [[bomb|WEAPON:IED]]?
WITNESS: The radio said it was a [[bomb|WEAPON:IED]] hidden in a bag, left under a table. {{c6|On the radio [[the next morning|DATE:2022-10-03]] they said the [[ADF|ACTOR:ADF]], the ones who call themselves [[ISCAP|ACTOR:ADF]], said they did it, and that three people were killed.}}
WITNESS: We did not see anybody. Three, two, I know two.
INTERVIEWER: Was there any other attack in [[Beni|PLACE]] at that time?
WITNESS: People said another [[bomb|WEAPON:IED]] was found at the church of [[Butsili|PLACE]] [[the same week|DATE:2022-10-02..2022-10-08]], but [[the soldiers|ACTOR:FARDC]] took it before it exploded. Nobody was hurt there. Thanks to God.
INTERVIEWER: Are you still afraid?
WITNESS: In [[Oicha|PLACE]] we are always afraid. Every night I think, if they come tonight, where do I go with the children? But we are alive. {{c8|[[Tumaini|PERSON]] is dead, [[Mbusa Kyavumba|PERSON]] is dead, we are alive.}}
@@witness cd-oicha-kavugho-maombi
@@claim c1 harm=KILLED min=13 max=13 actor=ADF site="Kokola" date=2021-03-14..2021-03-15 basis=REPORTED incident=cd-oicha-20210314-kokola-night-raid
@@claim c2 harm=DETAINED min=1 max=1 named="Mwangaza" actor=ADF site="Mayangose" date=2021-03-14..2023-12-31 basis=HEARSAY incident=cd-oicha-20210314-kokola-night-raid
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Mabakanga" date=2022-10-02 basis=WITNESSED incident=cd-beni-20221002-mabakanga-bar-bomb
@@claim c4 harm=KILLED min=2 max=2 named="Kambere" weapon=IED site="Mabakanga" date=2022-10-02 basis=WITNESSED incident=cd-beni-20221002-mabakanga-bar-bomb
@@claim c5 harm=INJURED min=1 max=null named="Justin Paluku Kitsa" weapon=IED site="Mabakanga" date=2022-10-02 basis=WITNESSED incident=cd-beni-20221002-mabakanga-bar-bomb
@@claim c6 harm=KILLED min=3 max=3 weapon=IED actor=ADF site="Mabakanga" date=2022-10-02 basis=REPORTED incident=cd-beni-20221002-mabakanga-bar-bomb
@@claim c7 harm=INJURED min=11 max=12 weapon=IED site="Mabakanga" date=2022-10-02 basis=HEARSAY incident=cd-beni-20221002-mabakanga-bar-bomb
@@claim c8 harm=KILLED min=2 max=2 named="Tumaini; Mbusa Kyavumba" actor=ADF site="Kokola" date=2021-03-14..2021-03-15 basis=WITNESSED incident=cd-oicha-20210314-kokola-night-raid
