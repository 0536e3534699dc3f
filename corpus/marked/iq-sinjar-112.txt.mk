Interview ID: SNJ-112 (second interview, see SNJ-111)
Interview date: 20/03/2018
Location: [[Sharya|PLACE]] camp, [[Duhok|PLACE]]
Language: Kurmanji
Interviewer: [[Anna Lindqvist|PERSON]]
Interpreter: [[Shivan Omar|PERSON]]

Q: [[Nasima|PERSON]], thank you for seeing me again. Last time, in [[the summer of 2015|DATE:2015-06-01..2015-08-31]], you asked us to find your sister [[Jihan|PERSON]].
A: Yes. [[Jihan|PERSON]] is back. She is here, in the next tent. She does not want to speak to anybody, not yet. But I can tell you what she told me.
Q: When did she come back?
A: In [[October|DATE:2017-10-01..2017-10-31]], when the [[SDF|ACTOR:Syrian Democratic Forces]] took [[Raqqa|PLACE]]. She was in [[Raqqa|PLACE]] for the last year. My cousin [[Barakat|PERSON]] went to [[Hasakah|PLACE]] to bring her.
[Interpreter: she says [[Hasakah|PLACE]], in [[Syria|PLACE]]. The family paid for the road.]
Q: What did she tell you about those three years?
A: {{c1|They sold her four times. In [[Mosul|PLACE]], then in [[Tal Afar|PLACE]], then a Saudi man, [[Abu Khattab|PERSON]], took her to [[Raqqa|PLACE]].}} I will not say the rest. It is hers.
Q: Of course. Did she tell you anything about the fighting in [[Raqqa|PLACE]]?
A: Yes. In [[the summer|DATE:2017-06-01..2017-08-31]] [[the planes|WEAPON:AIRSTRIKE]] came every night. {{c2,c6|The house next to the house of [[Abu Khattab|PERSON]] was hit, and two Yazidi girls who were kept there died, [[Rozin|PERSON]] and [[Nazdar|PERSON]], from [[Hardan|PLACE]].}} [[Jihan|PERSON]] knew them from [[Mosul|PLACE]]. She says the [[strikes|WEAPON:AIRSTRIKE]] were from [[the coalition|ACTOR:US-led coalition]].
Q: Last time you told me about the checkpoint on the road to the mountain. Has anything more been learned about the men?
A: Yes. [[Last spring|DATE:2017-03-01..2017-05-31]] the committee opened the grave near [[Til Qasab|PLACE:Tel Qasab]], behind the hill, where we heard the [[shooting|WEAPON:SMALL_ARMS]]. {{c3|They told us they found nineteen bodies. The ID card of my father, [[Khudeda|PERSON]], was there, and the watch of my brother [[Qasim|PERSON]].}} [crying]
Q: I am very sorry.
A: [[Saeed Khudeda|PERSON]] they did not find. Maybe he is in another grave. Maybe... [pause] my mother says maybe he is alive. I do not think so.
[Interpreter: her mother is [[Gule|PERSON]], who was with her in [[Tal Afar|PLACE]] in [[2014|DATE:2014-01-01..2014-12-31]].]
Q: Have you been back to [[Til Qasab|PLACE:Tel Qasab]]?
A: One time, in [[August|DATE:2017-08-01..2017-08-31]], three days only, with my uncle. {{c4|Our house was burned, no roof, nothing. [[Daesh|ACTOR:Islamic State]] burned all the houses of the Yazidis in our street.}}
Q: Was it safe to go there?
A: No. There are [[mines|WEAPON:LANDMINE]] in the fields still. {{c5|[[The second day we were there|DATE:2017-08-01..2017-08-31]], the son of our neighbour, [[Dakhil|PERSON]], nineteen, went to the field behind the village to see their olive trees. He stepped on a [[mine|WEAPON:LANDMINE]]. We heard it from the house and we ran. He died before the car came.}}
Q: Do you know who placed the [[mines|WEAPON:LANDMINE]]?
A: [[Daesh|ACTOR:Islamic State]], before they left [[Shingal|PLACE:Sinjar]]. Who else? Nobody else was there.
Q: Where do you see your family in the future?
A: My mother wants to go back. I want [[Jihan|PERSON]] to go to [[Germany|PLACE]], for the doctors. If we go back to [[Shingal|PLACE:Sinjar]] now, with no houses and [[mines|WEAPON:LANDMINE]] in the fields, where do we live? In the ruins?
@@claim c1 harm=DETAINED min=1 max=1 named="Jihan" actor="Islamic State" site="Raqqa" date=2014-08-03..2017-10-31 basis=HEARSAY incident=iq-sinjar-20140803-telqasab-checkpoint
@@claim c2 harm=KILLED min=2 max=2 named="Rozin; Nazdar" weapon=AIRSTRIKE actor="US-led coalition" site="Raqqa" date=2017-06-01..2017-08-31 basis=HEARSAY incident=sy-raqqa-20170000-abukhattab-neighbour-house
@@claim c3 harm=KILLED min=19 max=19 named="Khudeda; Qasim" weapon=SMALL_ARMS actor="Islamic State" site="Til Qasab" date=2014-08-03 basis=REPORTED incident=iq-sinjar-20140803-telqasab-checkpoint
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null actor="Islamic State" site="Til Qasab" basis=WITNESSED incident=iq-sinjar-20140800-telqasab-houses-burned
@@claim c5 harm=KILLED min=1 max=1 named="Dakhil" weapon=LANDMINE site="Til Qasab" date=2017-08-01..2017-08-31 basis=WITNESSED incident=iq-sinjar-20170800-telqasab-field-mine
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="Raqqa" date=2017-06-01..2017-08-31 basis=HEARSAY incident=sy-raqqa-20170000-abukhattab-neighbour-house
@@witness iq-sinjar-nasima-khudeda
