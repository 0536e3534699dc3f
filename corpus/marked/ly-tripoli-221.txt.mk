@@newline crlf
Interview ID: LY-TRP-221
Interview date: 24/02/2020
Place of interview: [[Tripoli|PLACE]], [[Libya|PLACE]]
Language: Arabic
Interviewer: [[Marco Bellini|PERSON]]
Interpreter: [[Rim Ghannouchi|PERSON]]

Q: Where do you live?
A: In [[al-Hadba al-Khadra|PLACE]], in the blocks, the tall buildings. Fourth floor. I work at the electricity company, I am an engineer, [[Anwar|PERSON]] is my name, you can write it.
Q: What happened in your area in [[December|DATE:2019-12-01..2019-12-31]]?
A: The [[Grad|WEAPON:ROCKET]]. [[The 7th of December|DATE:2019-12-07]], [[Saturday night|DATE:2019-12-07]], around [[eleven|DATE:2019-12-07]]. We were watching the news. First we heard them go out, far, from the south, from [[Qasr bin Ghashir|PLACE]] side, where [[Haftar's forces|ACTOR:Libyan National Army]] were. You count one, two, three... and you wait.
Q: How many [[rockets|WEAPON:ROCKET]] fell?
A: In our blocks, I think six, seven. Maybe more in the area around. {{c1|One came into the third building, the one facing ours, on the fifth floor, in the apartment of the [[Ben Halim|PERSON]] family.}}
Q: Were people killed?
A: {{c2|Yes. [[Faraj Ben Halim|PERSON]] and his wife and their children. I saw three of them carried down, the father and two small ones, wrapped.}} {{c3|The neighbours said five died, all from that apartment.}} {{c4|And [[Ali al-Fituri|PERSON]], from the second floor, he was injured by glass, in the neck, he was bleeding very much, I drove him myself to [[Abu Salim hospital|PLACE]].}}
Q: Was there any military position near your buildings?
A: No. I swear there was no position, no [[GNA|ACTOR:Government of National Accord forces]] fighters in the blocks. The front was far, five, six kilometres. The [[rockets|WEAPON:ROCKET]] of the [[LNA|ACTOR:Libyan National Army]], they are not accurate, they fall like rain, wherever.
[Interpreter: He says "Katyusha" and "Grad" for the same thing.]
Q: Did anything else happen near you?
A: {{c7|In [[November|DATE:2019-11-01..2019-11-30]], a [[drone|WEAPON:DRONE_STRIKE]] hit a car near the [[Fornaj roundabout|PLACE]], in [[the afternoon|DATE:2019-11-01..2019-11-30]].}} {{c5|Two men inside died.}} People said they were [[Wifaq|ACTOR:Government of National Accord forces]] fighters going to the front, some said they were just two brothers going to work. I did not see the car, I heard the explosion from my office.
Q: Whose [[drone|WEAPON:DRONE_STRIKE]], do people say?
A: [[The drones|WEAPON:DRONE_STRIKE]] of [[Haftar|ACTOR:Libyan National Army]] are from the [[Emirates|PLACE:United Arab Emirates]], people say, the Chinese ones. The [[Turkish|ACTOR:Turkish forces]] [[drones|WEAPON:DRONE_STRIKE]] came later, for the [[GNA|ACTOR:Government of National Accord forces]]. In [[November|DATE:2019-11-01..2019-11-30]] it was [[Haftar|ACTOR:Libyan National Army]]'s sky.
Q: You mentioned something about your cousin before we started.
A: Yes. My cousin [[Khaled al-Mishri|PERSON]], he lives in [[Salah al-Din|PLACE]]. {{c6|In [[January|DATE:2020-01-01..2020-01-31]], after [[the planes|WEAPON:AIRSTRIKE]] of the [[LNA|ACTOR:Libyan National Army]] bombed the street near his house, his son [[Moatasem|PERSON]] found a [[small bomb|WEAPON:CLUSTER_MUNITION]] in the garden, with a small parachute, and it exploded when he picked it. He lost two fingers.}} The people from the demining told him it is a [[cluster bomb|WEAPON:CLUSTER_MUNITION]], from the air.
Q: Where is your family now?
A: Still in the blocks. Where will we go? The rent in the centre is too much. If a [[Grad|WEAPON:ROCKET]] comes into our window, it comes. [pause] My wife [[Huda|PERSON]] does not sleep. Since [[that Saturday|DATE:2019-12-07]] she does not sleep.
@@witness ly-tripoli-anwar-hadba
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Libyan National Army" site="al-Hadba al-Khadra" date=2019-12-07 basis=WITNESSED incident=ly-tripoli-20191207-hadba-grad
@@claim c2 harm=KILLED min=3 max=3 named="Faraj Ben Halim" weapon=ROCKET actor="Libyan National Army" site="al-Hadba al-Khadra" date=2019-12-07 basis=WITNESSED incident=ly-tripoli-20191207-hadba-grad
@@claim c3 harm=KILLED min=5 max=5 weapon=ROCKET actor="Libyan National Army" site="al-Hadba al-Khadra" date=2019-12-07 basis=HEARSAY incident=ly-tripoli-20191207-hadba-grad
@@claim c4 harm=INJURED min=1 max=1 named="Ali al-Fituri" weapon=ROCKET actor="Libyan National Army" site="al-Hadba al-Khadra" date=2019-12-07 basis=WITNESSED incident=ly-tripoli-20191207-hadba-grad
@@claim c5 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE site="Fornaj roundabout" date=2019-11-01..2019-11-30 basis=HEARSAY incident=ly-tripoli-20191100-fornaj-drone-car
@@claim c6 harm=INJURED min=1 max=1 named="Moatasem" weapon=CLUSTER_MUNITION actor="Libyan National Army" site="Salah al-Din" date=2020-01-01..2020-01-31 basis=HEARSAY incident=ly-tripoli-20200100-salahaldin-cluster
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE site="Fornaj roundabout" date=2019-11-01..2019-11-30 basis=HEARSAY incident=ly-tripoli-20191100-fornaj-drone-car
