@@newline crlf
Interview ID: LB-QN-602
Date of interview: 2 October 2006
Place of interview: [[Qana|PLACE]], south [[Lebanon|PLACE]]
Language: Arabic
Interviewer: [[Henrik Dahl|PERSON]]
Interpreter: [[Nadim Abi Khalil|PERSON]]

INTERVIEWER: Could you tell me your name and your work?
WITNESS: [[Kassem Srour|PERSON]]. I drive a taxi, a Mercedes, between [[Qana|PLACE]] and [[Tyre|PLACE]], thirty years. Everybody in [[Qana|PLACE]] knows the car.
INTERVIEWER: You told us you saw an attack on the road in [[July|DATE:2006-07-01..2006-07-31]].
WITNESS: Yes. It was [[the Sunday|DATE:2006-07-23]]. [[The 23rd|DATE:2006-07-23]], [[eleven days after the war started|DATE:2006-07-23]]. People were leaving to [[Tyre|PLACE]] and to [[Saida|PLACE]] because the leaflets said any car moving south of the [[Litani|PLACE]] will be hit. I had in my taxi my wife [[Hiyam|PERSON]] and my nephew [[Karim|PERSON]], and in front of me there was a white van, a Kia, with the family of [[Abu Ghazi|PERSON]] from [[Siddiqin|PLACE]]. Maybe twelve, thirteen people in it, with mattresses on the roof and white cloth tied on.
INTERVIEWER: Where exactly was this?
WITNESS: After [[Siddiqin|PLACE]], on the small road down to [[Qana|PLACE]], at the bend near the olive press. In [[the afternoon|DATE:2006-07-23]], after the asr.
INTERPRETER: The asr is the afternoon prayer.
WITNESS: I heard the sound of [[the MK|WEAPON:DRONE_STRIKE]] all day over us, zzzz, all day. Then something came down, fast, and the back of the van was fire.
INTERPRETER: He says MK. In the south people call the drone by the letters.
INTERVIEWER: What happened to the people in the van?
WITNESS: {{c1|[[Abu Ghazi|PERSON]] died at the wheel. Two of the children died, a girl [[Yasmina|PERSON]], maybe six, and a boy, I did not know his name.}} {{c2|The others were burned or cut, five or six of them, the mother very bad.}} I took two of them in my taxi to the hospital in [[Tyre|PLACE]], [[Jabal Amel hospital|PLACE]]. My seats are still red. [pause] [[Karim|PERSON]] was fourteen, he held the small boy on his legs all the way and did not say one word.
INTERVIEWER: Did you see what hit the van?
WITNESS: I saw it come down, I did not see the plane. It was a [[missile|WEAPON:MISSILE]] from [[the drone|WEAPON:DRONE_STRIKE]], a small one, because the van did not fly, only the back burned. Everybody says [[the Israelis|ACTOR:Israeli forces]] do this with [[the MK|WEAPON:DRONE_STRIKE]]. Who else is in the sky?
INTERVIEWER: Were there any fighters or weapons in the van or near it?
WITNESS: Mattresses. A gas cylinder. A cage with birds. No fighters, nobody with weapons on that road at that time, I am sure, I looked in my mirror all the time. [[The Resistance|ACTOR:Hezbollah]] fired the [[Katyushas|WEAPON:ROCKET]] from the orchards, yes, people know this, but not from the road, not from a van of children.
INTERVIEWER: Were you in [[Qana|PLACE]] on [[the 30th of July|DATE:2006-07-30]]?
WITNESS: No. Thanks to God, no. After the van I took the family to [[Tyre|PLACE]], we slept in a school in [[Sour|PLACE:Tyre]] for the rest of the war. {{c3|Our house in [[Qana|PLACE]] we left with the door open, eleven of us from my family and my brother's family.}} I heard about the building on the radio, in [[the sabah|DATE:2006-07-30]], I mean [[the morning|DATE:2006-07-30]]. {{c4|[[The first day|DATE]] the radio said more than fifty people died in it, in one shelter.}} {{c5|My cousin [[Imad|PERSON]] went with the Civil Defence to dig, and he told me they brought out twenty-eight, most of them children. Many of the [[Mrad|PERSON]] family, he said.}} The number I don't know, I only know what [[Imad|PERSON]] said.
INTERVIEWER: Was that building also hit by [[the planes|WEAPON:AIRSTRIKE]]?
WITNESS: [[Imad|PERSON]] said it was [[the planes|WEAPON:AIRSTRIKE]], an [[air strike|WEAPON:AIRSTRIKE]] in [[the night|DATE:2006-07-30]], [[one o'clock|DATE:2006-07-30]]. It was not the first time for [[Qana|PLACE]]. My father remembers [[1996|DATE:1996-01-01..1996-12-31]].
INTERVIEWER: How are you now?
WITNESS: The taxi works. God is karim. But on the bend after [[Siddiqin|PLACE]] I drive fast now, I don't look.
@@claim c1 harm=KILLED min=3 max=3 named="Abu Ghazi; Yasmina" weapon=MISSILE actor="Israeli forces" site="Siddiqin" date=2006-07-23 basis=WITNESSED incident=lb-qana-20060723-siddiqin-road-van
@@claim c2 harm=INJURED min=5 max=6 weapon=MISSILE actor="Israeli forces" site="Siddiqin" date=2006-07-23 basis=WITNESSED incident=lb-qana-20060723-siddiqin-road-van
@@claim c3 harm=DISPLACED min=11 max=11 site="Qana" date=2006-07-23 basis=EXPERIENCED incident=lb-qana-20060723-srour-family-flight
@@claim c4 harm=KILLED min=51 max=null weapon=AIRSTRIKE site="Qana" date=2006-07-30 basis=REPORTED incident=lb-qana-20060730-shelter-building
@@claim c5 harm=KILLED min=28 max=28 weapon=AIRSTRIKE site="Qana" date=2006-07-30 basis=HEARSAY incident=lb-qana-20060730-shelter-building
@@witness lb-qana-kassem-srour
