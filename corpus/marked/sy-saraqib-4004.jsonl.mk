id: sy-saraqib-4004
interview_date: 2020-06-10
place: Kafr Lusin camp, Idlib governorate, Syria
language: Arabic, interpreted into English

INTERVIEWER: Thank you for agreeing to talk. Please, your name and your town.
WITNESS: [[Nisreen Jallul|PERSON]]. [[Umm Wael|PERSON]]. From [[Saraqeb|PLACE:Saraqib]], the east side, behind the grain centre. Now here in the camp.
INTERVIEWER: Before we talk about [[Saraqib|PLACE]], you mentioned the fuel station in [[Maarat al-Numan|PLACE]]. What do you know about it?
WITNESS: Only what I read and what [[Hussam|PERSON]] told me. [[Hussam|PERSON]] is the brother of my husband, he lived in [[Maarrat al-Nu'man|PLACE:Maarat al-Numan]]. It was [[two days before the feast of the Christians|DATE:2019-12-23]], [[the 23rd|DATE:2019-12-23]] I think. Or [[the 22nd|DATE:2019-12-22]]. [[Hussam|PERSON]] called us at [[night|DATE:2019-12-23]].
WITNESS: {{c1|He said [[the jets|WEAPON:AIRSTRIKE]] hit the station on the [[Hama road|PLACE]] where the people were taking fuel to leave, two [[missiles|WEAPON:MISSILE]], and the cars burned with the people inside.}} {{c2|He said his neighbour, [[Abu Rateb|PERSON]], died there with his wife.}} He was crying on the phone, a man of fifty.
WITNESS: {{c3,c4|And on Facebook, the page of the civil defence in [[Maarra|PLACE:Maarat al-Numan]], they wrote nine martyrs and dozens wounded.}} {{c3|Nine martyrs, I read it with my own eyes.}} Some people said more. I don't know.
INTERVIEWER: Who did your brother-in-law say carried out the attack?
WITNESS: [[The Russians|ACTOR:Russian forces]]. He said [[the Russians|ACTOR:Russian forces]], because at that hour it is always [[the Russians|ACTOR:Russian forces]] who come. But I was not there, so.
INTERVIEWER: Let's go to [[Saraqib|PLACE]]. When did you leave?
WITNESS: At [[the end of January|DATE:2020-01-25..2020-01-31]]. [[The Wednesday|DATE:2020-01-29]], [[the 29th|DATE:2020-01-29]], that was the worst day. I was at the window of the kitchen, on the second floor, I watched all of it from there, the whole morning, because my husband was outside and I was waiting for him.
WITNESS: {{c5|The [[artillery|WEAPON:ARTILLERY]] fell on our street one after the other, maybe ten [[shells|WEAPON:ARTILLERY]], maybe twelve.}} {{c5|The house of [[Abu Khaled Dabbour|PERSON]] lost its wall, the whole side, you could see inside the rooms like a doll house.}} {{c7|[[Mohamad Dabbour|PERSON]], his son, twenty-two, he was at the door. He was killed at the door.}} {{c8|And my husband's cousin, [[Raed|PERSON]], his legs, both of them, full of metal. They took him on a motorbike to [[Sarmin|PLACE]].}}
INTERVIEWER: Was anyone in your own house hurt?
WITNESS: No, nobody in our house was hurt, thanks God. Only the glass. My husband came back at [[noon|DATE:2020-01-29]], white like paper.
WITNESS: {{c5|And people said [[that day|DATE:2020-01-29]] the hospital was hit also, the hospital of [[Saraqib|PLACE]].}} It was not. It was closed already, the doctors had left [[a week before|DATE:2020-01-22]]. People say things.
INTERVIEWER: Were there fighters in your street?
WITNESS: Not in our street. The front was at [[al-Nayrab|PLACE]] and [[Tell Mardikh|PLACE]]. My cousin [[Jihad|PERSON]] was with [[the factions|ACTOR:Syrian armed opposition]], he was killed in the fighting near [[Nayrab|PLACE:al-Nayrab]], a fighter, at the front, in [[December|DATE:2019-12-01..2019-12-31]]. That is different, that is war.
WITNESS: {{c9|[[The next day|DATE:2020-01-30]] we left. Eleven of us, in the truck of a neighbour, with the blankets, to [[Sarmada|PLACE]], and after a month to this camp.}} We left the house with the key in the door.
INTERVIEWER: Has anyone from your family gone back?
WITNESS: {{c10|My nephew, [[Muhannad|PERSON]], fifteen, went back in [[March|DATE:2020-03-01..2020-03-31]], [[after the ceasefire|DATE:2020-03-06..2020-03-31]], to see our olive trees west of [[Sraqib|PLACE:Saraqib]]. He stepped on a [[mine|WEAPON:LANDMINE]] at the edge of the field. He lost his foot.}}
WITNESS: I was not with him. My sister told me on the phone, she was screaming. Now he is in [[Turkey|PLACE]] for the leg.
INTERVIEWER: Is there anything else you want to say?
WITNESS: My father died in [[Saraqib|PLACE]] of the sugar disease, long before, in [[2011|DATE:2011-01-01..2011-12-31]], before all this. I want to be buried near him one day. That is all.
@@witness sy-saraqib-nisreen-jallul
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Hama road" date=2019-12-23 basis=HEARSAY incident=sy-maaratalnuman-20191222-hama-road-fuel-station
@@claim c2 harm=KILLED min=2 max=2 named="Abu Rateb" weapon=AIRSTRIKE site="Hama road" date=2019-12-23 basis=HEARSAY incident=sy-maaratalnuman-20191222-hama-road-fuel-station
@@claim c3 harm=KILLED min=9 max=9 site="Maarra" date=2019-12-23 basis=REPORTED incident=sy-maaratalnuman-20191222-hama-road-fuel-station
@@claim c4 harm=INJURED min=24 max=null site="Maarra" date=2019-12-23 basis=REPORTED incident=sy-maaratalnuman-20191222-hama-road-fuel-station
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Saraqeb" date=2020-01-29 basis=WITNESSED incident=sy-saraqib-20200129-grain-centre-street-shelling
@@claim c7 harm=KILLED min=1 max=1 named="Mohamad Dabbour" weapon=ARTILLERY site="Saraqeb" date=2020-01-29 basis=WITNESSED incident=sy-saraqib-20200129-grain-centre-street-shelling
@@claim c8 harm=INJURED min=1 max=1 named="Raed" weapon=ARTILLERY site="Saraqeb" date=2020-01-29 basis=WITNESSED incident=sy-saraqib-20200129-grain-centre-street-shelling
@@claim c9 harm=DISPLACED min=11 max=11 site="Saraqeb" date=2020-01-30 basis=EXPERIENCED incident=sy-saraqib-20200130-jallul-family-sarmada
@@claim c10 harm=INJURED min=1 max=1 named="Muhannad" weapon=LANDMINE site="Sraqib" date=2020-03-01..2020-03-31 basis=HEARSAY incident=sy-saraqib-20200300-muhannad-olive-field-mine
