id: iq-mosul-2305
interview_date: 2017-02-11
place: Khazir camp, Nineveh, Iraq
language: Arabic, interpreted into English

INTERVIEWER: You are [[Faris|PERSON]], from [[al-Intisar|PLACE]] in east [[Mosul|PLACE]]?
WITNESS: Yes. [[Faris Taha Mohammed|PERSON]]. Nineteen. I worked in the bakery of [[Abu Nashwan|PERSON]], he is our neighbour, was.
INTERVIEWER: Tell me about your house, in your own way.
WITNESS: It was [[the Saturday|DATE:2016-12-03]]. [[The 3rd of December|DATE:2016-12-03]]. People tell me it was [[Sunday|DATE:2016-12-04]], but I know, because Saturday was the day we baked the samoon for [[the soldiers|ACTOR:Iraqi forces]]. [[After the isha prayer|DATE:2016-12-03]] I was still at the bakery, two streets away. I heard [[the plane|WEAPON:AIRSTRIKE]], a long sound, and then the ground jumped.
WITNESS: {{c1|I ran. Our house was not there. Our house and the house of [[Abu Nashwan|PERSON]] next to it, both, flat, only the stairs standing.}}
INTERVIEWER: Who was inside?
WITNESS: {{c2|Nine. My mother [[Samira|PERSON]]. My grandmother [[Khadija|PERSON]]. My sisters [[Amal|PERSON]], who was eleven, and [[Rusul|PERSON]], six. My brothers [[Omar|PERSON]] and [[Zaid|PERSON]]. The wife of my uncle, [[Sundus|PERSON]], and her two small ones.}} [crying]
INTERPRETER: He asks for a minute.
WITNESS: {{c2|The neighbours and [[the soldiers|ACTOR:Iraqi forces]] dug all the night. In [[the morning|DATE:2016-12-04]] they had all nine out. I saw each one.}} My father was in [[Hammam al-Alil|PLACE]] for work before the battle, he was not there, he lived.
INTERVIEWER: Some people say a [[Daesh|ACTOR:Islamic State]] [[sniper|WEAPON:SMALL_ARMS]] was on your roof.
WITNESS: No. No. There was no [[Daesh|ACTOR:Islamic State]] in our house, never. They were on the roof of the school behind us, the girls' school. Maybe [[the plane|WEAPON:AIRSTRIKE]] missed. Maybe they think our roof is the school roof. I don't know.
INTERVIEWER: Whose [[plane|WEAPON:AIRSTRIKE]] was it?
WITNESS: A journalist from a Kurdish channel came to the camp, she told me [[the coalition|ACTOR:US-led coalition]] wrote on its website that they hit "a [[sniper|WEAPON:SMALL_ARMS]] position" in [[Intisar|PLACE:al-Intisar]] [[that night|DATE:2016-12-03]]. So, [[the Americans|ACTOR:US-led coalition]]. Or [[the Iraqis|ACTOR:Iraqi forces]]. For me there is no amal, no hope, that somebody will say sorry.
INTERVIEWER: Did you see other attacks in [[al-Intisar|PLACE]]?
WITNESS: {{c3|[[Two days after|DATE:2016-12-05]], the [[suicide car|WEAPON:IED]] at the petrol station. [[Daesh|ACTOR:Islamic State]] sent it against [[the army|ACTOR:Iraqi forces]] humvees.}}
WITNESS: {{c3|The car came at the humvees, and the shops in front of the petrol station, the tyre shop, the sweets shop, six shops, all of them burned and the roofs fell.}}
WITNESS: {{c4|[[The soldiers|ACTOR:Iraqi forces]] told me three of them died, and a boy who sold tea. I did not see the bodies, I was at the funeral of my family, we were burying them in the garden.}}
INTERVIEWER: You said your cousin was arrested.
WITNESS: {{c5|[[Ammar|PERSON]], the son of my uncle. When we came out to [[Gogjali|PLACE]], [[the army|ACTOR:Iraqi forces]] intelligence put all the men in a hall and checked the names. [[Ammar|PERSON]]'s name was like a name on the list of [[Daesh|ACTOR:Islamic State]], [[Ammar Khalil|PERSON]]. They took him to a prison in [[Qayyarah|PLACE]].}}
WITNESS: {{c5|Five weeks. Then they said, sorry, wrong [[Ammar|PERSON]], and let him go.}}
INTERVIEWER: And you?
WITNESS: Me they asked for one hour. Who is your father, who is your imam, which mosque. They wanted to take me also because I had no ID card, it was under the house, but the mukhtar of [[al-Intisar|PLACE]], Hajji no, sorry, Hajj [[Salem|PERSON]], he came and said I know this boy, he lost his family. They let me go.
INTERVIEWER: When did you come to this camp?
WITNESS: {{c6|In [[the middle of December|DATE:2016-12-10..2016-12-20]]. Me and my father, and [[Ammar|PERSON]]'s mother. We have nothing to go back to.}}
INTERVIEWER: Is there anything you want people to know?
WITNESS: Write the names. [[Samira|PERSON]], [[Khadija|PERSON]], [[Amal|PERSON]], [[Rusul|PERSON]], [[Omar|PERSON]], [[Zaid|PERSON]], [[Sundus|PERSON]], and [[Hiba|PERSON]] and [[Yunus|PERSON]], the small ones of [[Sundus|PERSON]]. Nine.
@@witness iq-mosul-faris-taha
@@claim c1 harm=PROPERTY_DAMAGE min=2 max=2 named="Abu Nashwan" weapon=AIRSTRIKE site="al-Intisar" date=2016-12-03 basis=WITNESSED incident=iq-mosul-20161204-intisar-taha-house-airstrike
@@claim c2 harm=KILLED min=9 max=9 named="Samira; Khadija; Amal; Rusul; Omar; Zaid; Sundus; Hiba; Yunus" weapon=AIRSTRIKE site="al-Intisar" date=2016-12-03 basis=WITNESSED incident=iq-mosul-20161204-intisar-taha-house-airstrike
@@claim c3 harm=PROPERTY_DAMAGE min=6 max=6 weapon=IED actor="Islamic State" site="al-Intisar" date=2016-12-05 basis=WITNESSED incident=iq-mosul-20161205-intisar-petrol-station-car-bomb
@@claim c4 harm=KILLED min=4 max=4 weapon=IED actor="Islamic State" site="al-Intisar" date=2016-12-05 basis=HEARSAY incident=iq-mosul-20161205-intisar-petrol-station-car-bomb
@@claim c5 harm=DETAINED min=1 max=1 named="Ammar" actor="Iraqi forces" site="Gogjali" date=2016-12-10..2016-12-20 basis=WITNESSED incident=iq-mosul-20161200-ammar-taha-screening-arrest
@@claim c6 harm=DISPLACED min=3 max=3 site="al-Intisar" date=2016-12-10..2016-12-20 basis=EXPERIENCED incident=iq-mosul-20161200-taha-family-flight
