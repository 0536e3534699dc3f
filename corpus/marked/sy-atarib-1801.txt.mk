Interview ID: ATR-1801
Date of interview: 14/01/2018
Location: [[al-Atarib|PLACE:Atarib]], western [[Aleppo|PLACE]] countryside
Language: Arabic, interpreted
Interviewer: [[Lena Brandt|PERSON]]
Interpreter: [[Rami Sweid|PERSON]]

INTERVIEWER: Can you tell me your name and your work?
WITNESS: [[Mahmoud Qaddour|PERSON]], people say [[Abu Khaldoun|PERSON]]. I sell flour, wholesale, to the bakeries around [[Atarib|PLACE]], [[Darat Izza|PLACE]], [[Kafr Nasih|PLACE]], sometimes as far as [[Anadan|PLACE]] before it became the front.
INTERVIEWER: You told my colleague you were at the bakery in [[Darat Izza|PLACE]] when it was hit.
WITNESS: Yes. It was [[the 5th of September|DATE:2017-09-05]], [[a Tuesday|DATE:2017-09-05]], [[the last days of Eid|DATE:2017-09-03..2017-09-05]] still. I brought twenty sacks in the pick-up, I was at the back door, eh, unloading with the boy. Then [[the planes|WEAPON:AIRSTRIKE]], two times they came around. The [[Russian|ACTOR:Russian forces]] ones, the sound is different, higher.
INTERPRETER: He says he knows the [[Russian|ACTOR:Russian forces]] [[aircraft|WEAPON:AIRSTRIKE]] from the sound, they fly higher than the [[Syrian|ACTOR:Syrian government forces]] ones.
WITNESS: {{c1|The first [[strike|WEAPON:AIRSTRIKE]] hit the front where the people stand in line for the bread. I saw with my eyes, I counted after, five dead. Five. [[Abdulrahman Shaker|PERSON]], the baker, he was fifty-something, and four from the line, one of them a girl.}} [pause] {{c2|The wounded, more than ten, they went in cars to [[al-Atarib hospital|PLACE]] because the clinic in [[Darat Izza|PLACE]] was small.}}
INTERVIEWER: And you?
WITNESS: {{c3|Me, only my ear. Until now I hear with this ear like under water.}} {{c4|The bakery, it burned all of it, the ovens were open to the sky, the roof came down on the dough machines. My pick-up also, the windows were blown in and the flour was all over the street like snow.}}
INTERVIEWER: Was anything else hit [[that day|DATE:2017-09-05]]?
WITNESS: I did not see, but in the market [[the next morning|DATE:2017-09-06]] people said {{c5|the same [[planes|WEAPON:AIRSTRIKE]] hit the water well of [[Kafr Naseh|PLACE:Kafr Nasih]] in [[the afternoon|DATE:2017-09-05]], and the pump and the pipes were ruined, finished.}} Nobody was hurt at the well, they said, it was empty.
INTERVIEWER: Were there fighters near the bakery?
WITNESS: No. No fighters. There was no checkpoint there, nothing, it is a bakery in the middle of houses.
INTERVIEWER: Let's talk about [[Atarib|PLACE]]. What happened to your shop?
WITNESS: Eh, this was in [[October|DATE:2017-10-01..2017-10-31]], I think [[the 20th|DATE:2017-10-20]], [[a Friday|DATE:2017-10-20]], because I had closed for the prayer. {{c6|The shop is nothing now. Nothing left of it, the front and the stock and the scale, my father's scale.}} {{c7|Half the street had cracks all through the walls, and the car of my neighbour [[Hassan Jomaa|PERSON]] melted in front of his door.}} Thank God nobody was inside. If it was a Thursday, I would have been in the shop with my two sons.
INTERVIEWER: Do you know what it was?
WITNESS: [[Airstrike|WEAPON:AIRSTRIKE]], one [[missile|WEAPON:MISSILE]] from [[the jets|WEAPON:AIRSTRIKE]]. I don't know if [[regime|ACTOR:Syrian government forces]] or [[Russian|ACTOR:Russian forces]], [[that day|DATE:2017-10-20]] both were flying.
INTERVIEWER: Your colleague mentioned a [[car bomb|WEAPON:IED]] in the town.
WITNESS: That I only know from the radio. {{c8|They said on Radio Fresh... no, it was Hawa SMART, eh, the radio, that a [[car bomb|WEAPON:IED]] near the roundabout killed three men at [[the end of November|DATE:2017-11-20..2017-11-30]].}} I was in [[Idlib|PLACE]] [[those days|DATE:2017-11-20..2017-11-30]].
INTERVIEWER: And your brother?
WITNESS: [sighs] [[Fares|PERSON]]. {{c9|On [[the 2nd of December|DATE:2017-12-02]], [[Nusra|ACTOR:Hayat Tahrir al-Sham]], [[Hay'at Tahrir al-Sham|ACTOR:Hayat Tahrir al-Sham]] now they call it, took him at their checkpoint on the [[Bab al-Hawa road|PLACE]], with his friend [[Bilal Hamwi|PERSON]]. I was in the car behind, I saw them pull him out by the jacket.}} Me, they searched me, they looked at my card, and they let me go. {{c10|[[Fares|PERSON]] they held in a basement for twenty-three days, he told me, because he wrote something on Facebook.}}
INTERVIEWER: And his friend [[Bilal|PERSON]]?
WITNESS: {{c11|[[Bilal|PERSON]] never came back. Until today, no news. His mother [[Umm Bilal|PERSON]] goes every week to ask, they say they don't know him.}} Allah karim. What can we do.
INTERVIEWER: Thank you, [[Abu Khaldoun|PERSON]].
@@witness sy-atarib-mahmoud-qaddour
@@claim c1 harm=KILLED min=5 max=5 named="Abdulrahman Shaker" weapon=AIRSTRIKE actor="Russian forces" site="Darat Izza" date=2017-09-05 basis=WITNESSED incident=sy-daratizza-20170905-bakery-airstrike
@@claim c2 harm=INJURED min=11 max=null weapon=AIRSTRIKE actor="Russian forces" site="Darat Izza" date=2017-09-05 basis=WITNESSED incident=sy-daratizza-20170905-bakery-airstrike
@@claim c3 harm=INJURED min=1 max=1 weapon=AIRSTRIKE actor="Russian forces" site="Darat Izza" date=2017-09-05 basis=EXPERIENCED incident=sy-daratizza-20170905-bakery-airstrike
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Darat Izza" date=2017-09-05 basis=WITNESSED incident=sy-daratizza-20170905-bakery-airstrike
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian forces" site="Kafr Naseh" date=2017-09-05 basis=HEARSAY incident=sy-kafrnasih-20170905-water-well
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Atarib" date=2017-10-20 basis=EXPERIENCED incident=sy-atarib-20171020-qaddour-shop
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null named="Hassan Jomaa" weapon=AIRSTRIKE site="Atarib" date=2017-10-20 basis=WITNESSED incident=sy-atarib-20171020-qaddour-shop
@@claim c8 harm=KILLED min=3 max=3 weapon=IED site="Atarib" date=2017-11-20..2017-11-30 basis=REPORTED incident=sy-atarib-20171100-roundabout-car-bomb
@@claim c9 harm=DETAINED min=2 max=2 named="Fares; Bilal Hamwi" actor="Hayat Tahrir al-Sham" site="Bab al-Hawa road" date=2017-12-02 basis=WITNESSED incident=sy-atarib-20171202-fares-detention
@@claim c10 harm=DETAINED min=1 max=1 named="Fares" actor="Hayat Tahrir al-Sham" date=2017-12-02 basis=HEARSAY incident=sy-atarib-20171202-fares-detention
@@claim c11 harm=MISSING min=1 max=1 named="Bilal" actor="Hayat Tahrir al-Sham" basis=WITNESSED incident=sy-atarib-20171202-fares-detention
