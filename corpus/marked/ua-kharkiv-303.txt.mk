@@encoding utf-16le
Interview ID: UA-KHA-303
Interview date: 14/06/2024
Location: [[Kharkiv|PLACE]], [[Ukraine|PLACE]]
Language: English (the witness's own)
Interviewer: [[Daniel Okonjo|PERSON]]

Q: Can you introduce yourself, without your full name if you prefer?
A: I am a surgeon, trauma surgeon. I am Syrian, from [[Hama|PLACE]], the city. I came to [[Kharkiv|PLACE]] in [[2009|DATE:2009-01-01..2009-12-31]] to study medicine and I stayed, I married here, my wife is [[Marichka|PERSON]], from [[Lviv|PLACE]]. So I have seen two wars, I am unlucky man, or maybe lucky, I am alive.
Q: Where were you working in [[March 2022|DATE:2022-03-01..2022-03-31]]?
A: In the hospital on [[Traktorobudivnykiv avenue|PLACE]], in [[Saltivka|PLACE]]. We moved the operating room to the basement in [[the first week|DATE]].
Q: We have heard about the aid point near the school on [[Natalii Uzhvii street|PLACE]]. Did you receive patients from there?
A: Yes. It was [[the 7th|DATE:2022-03-07]], I have it in my notebook, [[7 March|DATE:2022-03-07]], a [[Monday|DATE:2022-03-07]]. They came [[around midday|DATE]], in private cars, in a bread van. {{c1|We received eleven or twelve wounded from that place, most of them with many small fragments, legs, backs, faces.}} This is typical for the [[cluster|WEAPON:CLUSTER_MUNITION]], you see the same wound twenty times on one body.
A: {{c2|Two died with us, one on the table, one in the corridor before we could take him. A man of about forty, [[Oleh|PERSON]], and a woman, I never knew her name.}}
Q: Were there soldiers among the wounded?
A: No. All civilians, old people mostly, and one boy. I did not see any soldier [[that day|DATE:2022-03-07]], not one uniform.
Q: You said you have seen two wars. How does this compare with [[Syria|PLACE]]?
A: People ask me this. In [[Syria|PLACE]] my family knew the [[barrel bombs|WEAPON:BARREL_BOMB]]. {{c3|In [[2014|DATE:2014-01-01..2014-12-31]], my uncle's house in [[Kafr Zita|PLACE]], north of [[Hama|PLACE]], it was destroyed by a [[barrel|WEAPON:BARREL_BOMB]] from a [[helicopter|WEAPON:AIRSTRIKE]], my mother told me on Skype.}} The [[barrel|WEAPON:BARREL_BOMB]] is stupid, it falls where the wind wants.
Q: And here?
A: Here, now, it is the [[KABs|WEAPON:AIRSTRIKE]], the [[guided bombs|WEAPON:AIRSTRIKE]]. [[The planes|WEAPON:AIRSTRIKE]] drop them from far, from [[Belgorod|PLACE]] side, and the [[bomb|WEAPON:AIRSTRIKE]] has wings, it flies forty, fifty kilometres. Much bigger than any [[barrel|WEAPON:BARREL_BOMB]]. And the [[S-300 missiles|WEAPON:MISSILE]], from [[Belgorod|PLACE]] they arrive in one minute, no time for the sirens. Some of my Ukrainian colleagues say "this is like [[Aleppo|PLACE]]", and I say no, it is worse, because it is precise and still it hits the houses.
Q: Has your hospital treated victims of these [[bombs|WEAPON:AIRSTRIKE]]?
A: Many. {{c4,c8|In [[May|DATE:2024-05-01..2024-05-31]], [[the 22nd|DATE:2024-05-22]], a [[KAB|WEAPON:AIRSTRIKE]] hit a building on [[Akademika Pavlova street|PLACE]], in [[Saltivka|PLACE]] again, and we received nine people.}} {{c5|One of them died in [[the night|DATE]], a girl of nineteen, [[Daria Tkachenko|PERSON]].}} [pause] Sorry. Her mother was with her.
Q: Do you know who dropped it?
A: [[The Russian air force|ACTOR:Russian armed forces in Ukraine]], who else. There is no other aviation over [[Kharkiv|PLACE]] that drops [[bombs|WEAPON:AIRSTRIKE]] on us.
Q: What about [[the drones|WEAPON:DRONE_STRIKE]]?
A: [[The Shaheds|WEAPON:DRONE_STRIKE]] come at night, you hear them like a moped in the sky. {{c6|In [[the winter|DATE]], [[January|DATE:2024-01-01..2024-01-31]] I think, a [[Shahed|WEAPON:DRONE_STRIKE]] hit the garage block behind the hospital and burned maybe thirty cars.}} Mine also. Nobody was hurt that time, it was [[three in the morning|DATE]].
Q: Has anyone from the hospital staff been hurt?
A: {{c7|Our anaesthetist, [[Svitlana Oliinyk|PERSON]], was wounded in [[2022|DATE:2022-01-01..2022-12-31]] on the way to work, by [[shelling|WEAPON:ARTILLERY]] at the bus stop on [[Heroiv Pratsi|PLACE]].}} She came back after two months. She is stronger than me.
Q: Is there anything you want to add?
A: Only this: I left [[Hama|PLACE]] because of [[bombs|WEAPON:AIRSTRIKE]] from the sky, and they found me in [[Kharkiv|PLACE]]. I am tired of the sky.
@@witness ua-kharkiv-surgeon-303
@@claim c1 harm=INJURED min=11 max=12 weapon=CLUSTER_MUNITION site="Natalii Uzhvii street" date=2022-03-07 basis=WITNESSED incident=ua-kharkiv-20220307-saltivka-aid-point
@@claim c2 harm=KILLED min=2 max=2 named="Oleh" weapon=CLUSTER_MUNITION site="Natalii Uzhvii street" date=2022-03-07 basis=WITNESSED incident=ua-kharkiv-20220307-saltivka-aid-point
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=BARREL_BOMB site="Kafr Zita" date=2014-01-01..2014-12-31 basis=HEARSAY incident=sy-kafrzita-20140000-surgeon-uncle-house
@@claim c4 harm=INJURED min=9 max=9 weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Akademika Pavlova street" date=2024-05-22 basis=WITNESSED incident=ua-kharkiv-20240522-saltivka-pavlova-kab
@@claim c5 harm=KILLED min=1 max=1 named="Daria Tkachenko" weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Akademika Pavlova street" date=2024-05-22 basis=WITNESSED incident=ua-kharkiv-20240522-saltivka-pavlova-kab
@@claim c6 harm=PROPERTY_DAMAGE min=30 max=30 weapon=DRONE_STRIKE site="Traktorobudivnykiv avenue" date=2024-01-01..2024-01-31 basis=WITNESSED incident=ua-kharkiv-20240100-saltivka-hospital-garages
@@claim c7 harm=INJURED min=1 max=1 named="Svitlana Oliinyk" weapon=ARTILLERY site="Heroiv Pratsi" date=2022-01-01..2022-12-31 basis=HEARSAY incident=ua-kharkiv-20220000-heroiv-pratsi-bus-stop
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Russian armed forces in Ukraine" site="Akademika Pavlova street" date=2024-05-22 basis=WITNESSED incident=ua-kharkiv-20240522-saltivka-pavlova-kab
