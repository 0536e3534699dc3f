id: sy-hajin-3507
interview_date: 2019-02-21
place: al-Hol camp, al-Hasakah, Syria
language: Arabic, interpreted into English

INTERVIEWER: You are from [[Hajin|PLACE]], on the [[Euphrates|PLACE]]?
WITNESS: Yes, [[Hajin|PLACE]]. My name is [[Wadha Hammadi al-Shaheen|PERSON]]. Thirty-eight. Five children, the small one was born in the war.
INTERVIEWER: What was life like in [[Hajin|PLACE]] in [[the last months|DATE:2018-09-01..2019-01-31]]?
WITNESS: Hunger. A sack of flour was more than a hundred dollars, people ate grass with oil, I swear. Bombing. Everybody from [[al-Mayadin|PLACE]], from [[al-Bukamal|PLACE]], all came down to [[Hajin|PLACE]], because [[Daesh|ACTOR:Islamic State]] went back there. Every house had three, four families.
INTERVIEWER: Was your own area hit?
WITNESS: {{c1|In [[November|DATE:2018-11-01..2018-11-30]], the [[rockets|WEAPON:ROCKET]], many together, [[Katyusha|WEAPON:ROCKET]] the men said, they fell on the girls' school where families from [[al-Susah|PLACE]] were sleeping. The school was flattened, the two floors one on the other. I passed it with my own eyes [[the next day|DATE:2018-11-01..2018-11-30]].}}
WITNESS: But nobody was killed in the school, thank God. The families had gone out [[the day before|DATE:2018-11-01..2018-11-30]], because a man from [[the State|ACTOR:Islamic State]] told them to leave, he said they will hit it. We don't know how he knew.
INTERVIEWER: And in [[December|DATE:2018-12-01..2018-12-31]]?
WITNESS: [[The 13th|DATE:2018-12-13]]. [[Thursday|DATE:2018-12-13]]. I remember because Thursday night my mother-in-law made the bread for Friday. In [[the afternoon|DATE:2018-12-13]], [[the planes|WEAPON:AIRSTRIKE]] came, [[the coalition|ACTOR:US-led coalition]], two times, three times, on the street behind the clinic.
WITNESS: {{c2|The houses of the [[Shalash|PERSON]] family, three houses side by side, were gone. Flat. The street was full of the stones of them.}}
WITNESS: {{c3|I saw them carry out [[Umm Turki|PERSON]] and her daughters [[Sabah|PERSON]] and [[Noura|PERSON]], and the old man [[Abu Turki|PERSON]], [[Hamad Shalash|PERSON]], eighty years. Nine people from that family died, nine. [[Turki|PERSON]] himself survived because he was at the well.}}
INTERVIEWER: Were there fighters in those houses?
WITNESS: I don't know. Honestly I don't know. [[Daesh|ACTOR:Islamic State]] men were everywhere in [[Hajin|PLACE]], in every street. But in the [[Shalash|PERSON]] houses I never saw them.
INTERVIEWER: Was anyone from your family hurt?
WITNESS: {{c4|My daughter [[Amal|PERSON]], eleven, was at the door of our house, and the glass and stones hit her face. Here, you see the marks.}} Amal means hope, I named her in the hard time.
INTERVIEWER: Tell me about your husband.
WITNESS: [[Khalil|PERSON]]. [[Khalil Muhammad al-Shaheen|PERSON]]. {{c5|In [[January|DATE:2019-01-01..2019-01-31]], [[the first week|DATE:2019-01-01..2019-01-07]], he paid a smuggler to take us out to the [[SDF|ACTOR:Syrian Democratic Forces]] side. Somebody told [[the State|ACTOR:Islamic State]]. They came at [[night|DATE:2019-01-01..2019-01-07]] and dragged him out of the house, with the smuggler's brother.}}
WITNESS: {{c6|Since [[that night|DATE:2019-01-01..2019-01-07]] we have no news. Some say he is in their prison in [[al-Baghouz|PLACE:Baghuz]], some say they killed him. I don't know where he is, if he is alive.}}
INTERVIEWER: How did you leave [[Hajin|PLACE]] in the end?
WITNESS: {{c7|In [[the end of January|DATE:2019-01-20..2019-01-31]], when [[Daesh|ACTOR:Islamic State]] left [[Hajin|PLACE]] and went to [[al-Shaafa|PLACE]] and [[Baghouz|PLACE:Baghuz]], we walked out with my brother-in-law, fourteen of us, to the [[SDF|ACTOR:Syrian Democratic Forces]] point.}}
WITNESS: At the point they checked the papers of everybody. My brother-in-law [[Fayez|PERSON]] they took aside, they asked him questions, they looked at his hands and shoulders for the marks of a [[rifle|WEAPON:SMALL_ARMS]]. Then they let him come with us. They said, you are lucky, you have no beard.
INTERVIEWER: Did you see anything on the way out?
WITNESS: {{c8,c9|On the road near [[al-Kishma|PLACE]] we saw a car burned, and a dead man beside it.}} {{c8|The people said the [[mine|WEAPON:LANDMINE]] took it [[that morning|DATE:2019-01-20..2019-01-31]].}} After that everybody walked only in the tracks of the cars in front.
INTERVIEWER: Is there anything else?
WITNESS: I only want [[Khalil|PERSON]]. If anybody has his name on a list, any list, I want to know. [crying]
@@witness sy-hajin-wadha-alshaheen
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Hajin" date=2018-11-01..2018-11-30 basis=WITNESSED incident=sy-hajin-20181100-girls-school-rockets
@@claim c2 harm=PROPERTY_DAMAGE min=3 max=3 weapon=AIRSTRIKE actor="US-led coalition" site="Hajin" date=2018-12-13 basis=WITNESSED incident=sy-hajin-20181213-clinic-street-shalash-houses
@@claim c3 harm=KILLED min=9 max=9 named="Umm Turki; Sabah; Noura; Hamad Shalash" weapon=AIRSTRIKE actor="US-led coalition" site="Hajin" date=2018-12-13 basis=WITNESSED incident=sy-hajin-20181213-clinic-street-shalash-houses
@@claim c4 harm=INJURED min=1 max=1 named="Amal" weapon=AIRSTRIKE actor="US-led coalition" site="Hajin" date=2018-12-13 basis=WITNESSED incident=sy-hajin-20181213-clinic-street-shalash-houses
@@claim c5 harm=DETAINED min=2 max=2 named="Khalil Muhammad al-Shaheen" actor="Islamic State" site="Hajin" date=2019-01-01..2019-01-07 basis=WITNESSED incident=sy-hajin-20190100-shaheen-smuggling-abduction
@@claim c6 harm=MISSING min=1 max=1 named="Khalil Muhammad al-Shaheen" actor="Islamic State" site="Hajin" basis=EXPERIENCED incident=sy-hajin-20190100-shaheen-smuggling-abduction
@@claim c7 harm=DISPLACED min=14 max=14 site="Hajin" date=2019-01-20..2019-01-31 basis=EXPERIENCED incident=sy-hajin-20190100-shaheen-family-flight
@@claim c8 harm=KILLED min=1 max=1 weapon=LANDMINE site="al-Kishma" date=2019-01-20..2019-01-31 basis=WITNESSED incident=sy-hajin-20190100-kishma-road-mine
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=LANDMINE site="al-Kishma" date=2019-01-20..2019-01-31 basis=WITNESSED incident=sy-hajin-20190100-kishma-road-mine
