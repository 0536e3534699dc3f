@@newline crlf
Interview ID: LY-TRP-2206
Interview date: 14/03/2020
Place of interview: [[Tripoli|PLACE]], [[Souq al-Juma|PLACE]]
Language: Arabic, with interpreter
Interviewer: [[Helen Marsh|PERSON]]
Interpreter: [[Tarek Ben Ali|PERSON]]

INTERVIEWER: Thank you for coming. Please tell us your name and where you lived before.
WITNESS: [[Abdelbaset Ghuma|PERSON]]. I am forty-five. We lived in [[Ain Zara|PLACE]], near the [[Ain Zara school|PLACE]], and we had a farm, a small one, tomatoes and olives, further south, toward [[Wadi al-Rabie|PLACE]].
INTERVIEWER: What happened in [[November|DATE:2019-11-01..2019-11-30]]?
WITNESS: {{c1|On [[the 20th|DATE:2019-11-20]], [[the 20th of November|DATE:2019-11-20]], my brother [[Jamal|PERSON]] and our two cousins, [[Osama|PERSON]] and [[Fathi Ghuma|PERSON]], went to the farm in [[the morning|DATE:2019-11-20]] to bring the water pump, and at the checkpoint on the farm road the men of [[Haftar|ACTOR:Libyan National Army]] stopped them and took all three.}}
INTERVIEWER: How do you know this?
WITNESS: A shepherd, Ammi [[Masoud|PERSON]], he was there with his sheep, he saw everything. He came to us in [[the evening|DATE:2019-11-20]]. He said they tied their hands and put them in the back of a pickup, a Toyota, and drove south. He said the fighters had the patch of the [[LNA|ACTOR:Libyan National Army]], and some spoke like people from the east.
[Interpreter: Ammi means uncle, he is not his real uncle, it is respect.]
INTERVIEWER: Did you hear anything from them after that?
WITNESS: {{c2|[[Fathi|PERSON]] came back. After forty days. They held him in a basement, he does not know where, maybe [[Tarhuna|PLACE]], maybe [[Qasr Bin Ghashir|PLACE]]. They beat him on the feet.}} He was released in an exchange of prisoners, through the elders of [[Zintan|PLACE]].
INTERVIEWER: And [[Jamal|PERSON]] and [[Osama|PERSON]]?
WITNESS: {{c3|Nothing. [[Fathi|PERSON]] says he saw them [[the first week|DATE:2019-11-20..2019-11-27]], in the same basement, then [[one night|DATE]] they took them out and he did not see them again. Since then we do not know where they are.}} [pause] We went to the Red Crescent, we wrote to the ministry. Nothing.
INTERVIEWER: Were you yourself ever detained?
WITNESS: No. Me, I was stopped many times, on our side too. At the checkpoint of [[Salah al-Din|PLACE]] the [[Wifaq|ACTOR:Government of National Accord forces]] boys took my papers and my phone, they asked why I go south, for one hour, and then they gave everything back and said go home, uncle. This is normal. This is not arrest.
INTERVIEWER: What happened to your house in [[Ain Zara|PLACE]]?
WITNESS: {{c4|[[A few days before Eid al-Adha|DATE:2019-08-05..2019-08-10]], in [[August|DATE:2019-08-01..2019-08-31]], a [[Grad|WEAPON:ROCKET]] came into the yard. It made a hole in the wall of the room of the children, and the water tank on the roof was torn like paper.}} {{c5|My wife was hurt in the hand, small, from the glass, I took the pieces out myself with the tweezers.}} Nobody else. Thanks to God the children were with my mother.
INTERVIEWER: Where do you think the [[Grad|WEAPON:ROCKET]] came from?
WITNESS: From the south. From their side. Every night they were sending [[Grad|WEAPON:ROCKET]] and [[mortars|WEAPON:MORTAR]] on [[Ain Zara|PLACE]], every night, you could not sleep.
INTERVIEWER: You also mentioned the school.
WITNESS: {{c6|The [[Ain Zara school|PLACE]], yes, [[two or three days later|DATE]], a [[mortar|WEAPON:MORTAR]] fell on the roof. Half the classrooms on the top are open to the sky now, and the desks burned.}} It was [[the summer|DATE:2019-06-01..2019-08-31]], no children there. If it was the school time, God knows.
INTERVIEWER: Have you been able to go back to the farm since the [[LNA|ACTOR:Libyan National Army]] took that road?
WITNESS: No. [laughs] Go back? We cannot go. The farm is on their side still. A neighbour told us the olive trees were cut for firewood, by the fighters. I do not know if this is true.
INTERVIEWER: Is there anything else you want to say?
WITNESS: Only [[Jamal|PERSON]] and [[Osama|PERSON]]. [[Jamal|PERSON]] is thirty-nine, he has three daughters. The small one is called [[Noor|PERSON]]. Every day she asks. Put their names.
@@witness ly-tripoli-abdelbaset-ghuma
@@claim c1 harm=DETAINED min=3 max=3 named="Jamal; Osama; Fathi Ghuma" actor="Libyan National Army" date=2019-11-20 basis=HEARSAY incident=ly-tripoli-20191120-ainzara-farm-road-men-taken
@@claim c2 harm=DETAINED min=1 max=1 named="Fathi" actor="Libyan National Army" date=2019-11-20 basis=HEARSAY incident=ly-tripoli-20191120-ainzara-farm-road-men-taken
@@claim c3 harm=MISSING min=2 max=2 named="Jamal; Osama" date=2019-11-20..2019-11-27 basis=HEARSAY incident=ly-tripoli-20191120-ainzara-farm-road-men-taken
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET site="Ain Zara" date=2019-08-05..2019-08-10 basis=EXPERIENCED incident=ly-tripoli-20190800-ainzara-ghuma-house-grad
@@claim c5 harm=INJURED min=1 max=1 weapon=ROCKET site="Ain Zara" date=2019-08-05..2019-08-10 basis=WITNESSED incident=ly-tripoli-20190800-ainzara-ghuma-house-grad
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Ain Zara school" date=2019-08-01..2019-08-31 basis=HEARSAY incident=ly-tripoli-20190800-ainzara-school-mortar
