Interview ID: HMS-BA-3901
Date of interview: 17 June 2013
Place of interview: [[Wadi Khaled|PLACE]], [[Lebanon|PLACE]]
Language: Arabic, interpreted into English
Interviewer: [[Mira Haddad|PERSON]]
Interpreter: [[Samer Kheir|PERSON]]

INTERVIEWER: Thank you for coming. Please tell me your name and where you lived.
WITNESS: My name is [[Adnan Shakhashiro|PERSON]], people call me [[Abu Firas|PERSON]]. I lived in [[Baba Amr|PLACE]], in [[Homs|PLACE]], all my life, near the [[Bilal mosque|PLACE]], my father's house, three floors.
INTERVIEWER: When did the [[shelling|WEAPON:ARTILLERY]] of [[Baba Amr|PLACE]] start for you?
WITNESS: In [[February|DATE:2012-02-01..2012-02-29]], [[the first Saturday|DATE:2012-02-04]], eh, maybe [[the 4th|DATE:2012-02-04]]. Before that there was [[shooting|WEAPON:SMALL_ARMS]], the [[sniper|WEAPON:SMALL_ARMS]] on the buildings by the road to [[Kafr Aya|PLACE]], but from [[that Saturday|DATE:2012-02-04]] it was the [[shelling|WEAPON:ARTILLERY]], day and night, you could not count.
INTERVIEWER: Who was shelling?
WITNESS: [[The army|ACTOR:Syrian government forces]]. They had the [[artillery|WEAPON:ARTILLERY]] up on the hill, at the [[Kafr Aya|PLACE]] side, and the [[Grad|WEAPON:ROCKET]] also, you hear it, it is like a comb, trrrr, and then twenty of them come.
INTERVIEWER: You told my colleague about the clinic.
WITNESS: Yes. The clinic. [pause] We had a clinic in the ground floor of the [[Zaarour|PERSON]] house, a field clinic, because nobody could reach the [[al-Hakeem hospital|PLACE]]. It was [[a Friday|DATE:2012-02-10]], [[the 10th|DATE:2012-02-10]] I think, I remember because there was no prayer, the mosque was closed. I was in the basement with my wife and the children. I heard it hit, two [[rockets|WEAPON:ROCKET]], close, the whole basement shook and the dust came down from the ceiling.
INTERVIEWER: Did you go out?
WITNESS: After maybe twenty minutes, when it was quiet a little. {{c1|I went with my neighbour [[Hisham|PERSON]] to the [[Zaarour|PERSON]] house and the front was open like a mouth.}} {{c2|They carried out four, I saw them, four under blankets. One of them was the nurse, [[Rasha|PERSON]], a young girl, twenty-two, she did not wake up.}} {{c3|And the wounded, many, I don't know, eight, ten, on the floor of the next house, Dr. [[Yaman|PERSON]] was working on them with the light of a phone.}}
INTERVIEWER: Four were killed?
WITNESS: Four I saw. {{c4|Later people said seven died from that clinic, because two died in [[the night|DATE:2012-02-10]] and one more [[the next day|DATE:2012-02-11]], [[Abu Ghassan|PERSON]], the old man who brought the bread.}} I did not see those.
INTERVIEWER: Do you know Dr. [[Yaman|PERSON]]'s full name?
WITNESS: No, only [[Yaman|PERSON]]. He was from [[al-Inshaat|PLACE]], he came every day. [[Yaman|PERSON]], I pray God keeps him.
WITNESS: Can I say about my cousin?
INTERVIEWER: Of course.
WITNESS: My cousin [[Walid|PERSON]], [[Walid Shakhashiro|PERSON]], thirty-four. It was before the clinic, eh, [[the Monday|DATE:2012-02-06]], [[the 6th|DATE:2012-02-06]]. {{c5|He went to bring flour from the store at the end of our street and the [[sniper|WEAPON:SMALL_ARMS]] took him in the neck. I did not see it. His son ran to us screaming.}} {{c6|I went and I saw him in the street, he was already dead, we could not go to him until [[night|DATE:2012-02-06]] because the [[sniper|WEAPON:SMALL_ARMS]] was still there. We buried him [[the same night|DATE:2012-02-06]] in the garden of the mosque.}}
INTERVIEWER: Were there fighters in your street?
WITNESS: In my street, no. There were no fighters in our street, this I swear. [[The Free Army|ACTOR:Syrian armed opposition]] boys were at the edges, at the [[Sultaniya|PLACE]] side. Three of them were killed there fighting, [[the same week|DATE:2012-02-06..2012-02-12]], that was a battle, that is something else.
INTERVIEWER: Please go on.
WITNESS: So, the clinic, I go back to it because I dream about it. The [[Zaarour|PERSON]] house, the mother, [[Umm Nabil|PERSON]], she came down the stairs with her hair white from the dust. {{c7|Her hand, the glass went into it, she was holding it like this.}} [crying] Sorry.
INTERVIEWER: Take your time.
WITNESS: [pause] After that we stayed in the basement, I think two weeks more. We were afraid they would come in with the knives, like they said on the radio, like in other places. {{c8|[[The first of March|DATE:2012-03-01]], when [[the army|ACTOR:Syrian government forces]] came into [[Bab Amr|PLACE:Baba Amr]], we left with nothing, eleven of us, my wife, my mother, my brother's family, through the fields to [[al-Qusayr|PLACE]], and then here to [[Wadi Khaled|PLACE]].}}
INTERVIEWER: And your house?
WITNESS: {{c9|A neighbour who stayed, [[Fawwaz|PERSON]], told me by telephone the top floor is gone, a [[shell|WEAPON:ARTILLERY]] took it, and they burned the shop downstairs.}} My father, God rest him, he died in [[2009|DATE]], from the sugar, the diabetes, before all of this. Good that he did not see.
INTERVIEWER: Is there anything else you want to add?
WITNESS: {{c1|Only that people say the clinic was hit by the [[mortars|WEAPON:MORTAR]] of the fighters.}} It was not. I know the sound of the [[Grad|WEAPON:ROCKET]], and it came from the hill.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Syrian government forces" site="Baba Amr" date=2012-02-10 basis=WITNESSED incident=sy-homs-20120210-zaarour-field-clinic
@@claim c2 harm=KILLED min=4 max=4 named="Rasha" weapon=ROCKET actor="Syrian government forces" site="Baba Amr" date=2012-02-10 basis=WITNESSED incident=sy-homs-20120210-zaarour-field-clinic
@@claim c3 harm=INJURED min=8 max=10 weapon=ROCKET actor="Syrian government forces" site="Baba Amr" date=2012-02-10 basis=WITNESSED incident=sy-homs-20120210-zaarour-field-clinic
@@claim c4 harm=KILLED min=7 max=7 named="Abu Ghassan" weapon=ROCKET actor="Syrian government forces" site="Baba Amr" date=2012-02-10..2012-02-11 basis=HEARSAY incident=sy-homs-20120210-zaarour-field-clinic
@@claim c5 harm=KILLED min=1 max=1 named="Walid Shakhashiro" weapon=SMALL_ARMS site="Baba Amr" date=2012-02-06 basis=HEARSAY incident=sy-homs-20120206-walid-shakhashiro-sniper
@@claim c6 harm=KILLED min=1 max=1 named="Walid Shakhashiro" weapon=SMALL_ARMS site="Baba Amr" date=2012-02-06 basis=WITNESSED incident=sy-homs-20120206-walid-shakhashiro-sniper
@@claim c7 harm=INJURED min=1 max=1 named="Umm Nabil" weapon=ROCKET actor="Syrian government forces" site="Baba Amr" date=2012-02-10 basis=WITNESSED incident=sy-homs-20120210-zaarour-field-clinic
@@claim c8 harm=DISPLACED min=11 max=11 actor="Syrian government forces" site="Bab Amr" date=2012-03-01 basis=EXPERIENCED incident=sy-homs-20120301-shakhashiro-family-flight
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Baba Amr" basis=HEARSAY incident=sy-homs-20120200-shakhashiro-house-shell
@@witness sy-homs-adnan-shakhashiro
