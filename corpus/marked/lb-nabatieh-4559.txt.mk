Interview ID: LB-NAB-4559 (second interview, see LB-DAH-4556)
Date of interview: 2026-11-04
Place of interview: [[Chiyah|PLACE]], [[Beirut|PLACE]]
Interviewer: [[Marta Ruiz|PERSON]]
Interpreter: [[Rawan Haidar|PERSON]]

[00:00:04] Q: Thank you for seeing us again, [[Abu Rida|PERSON]].
[00:00:09] A: You are welcome. My wife says I talk too much, so, you came to the right man. [laughs]
[00:00:15] Q: Last time you told us about the [[Mrad|PERSON]] building in [[Haret Hreik|PLACE]]. Is there anything you want to add?
[00:00:24] A: Yes, one correction. I said eleven died, because [[Ali|PERSON]] from the civil defence said eleven. {{c1|But [[after the ceasefire|DATE]] the municipality put a paper on the wall of the [[Mrad|PERSON]] building, with the names. Thirteen names. I read them with my own eyes.}} Thirteen. Two were small children from [[Aitaroun|PLACE]] that I didn't know.
[00:00:51] Q: Thank you. Today you wanted to talk about your brother in [[Nabatieh|PLACE]].
[00:00:57] A: [[Abbas|PERSON]]. He is older than me, sixty-two. He did not want to leave [[Nabatiyeh|PLACE:Nabatieh]], he has the shop of shoes, he said, I left in [[2006|DATE:2006-01-01..2006-12-31]] and when I came back there were thieves, I will not leave again.
[00:01:15] A: So every night I call him. Every night.
[00:01:19] Q: What did he tell you?
[00:01:22] A: The worst was [[a Friday|DATE:2024-10-25]]. [[After the Friday prayer|DATE:2024-10-25]]. [[The 25th|DATE:2024-10-25]], I think, [[the end of October|DATE:2024-10-20..2024-10-31]]. He called me, not at night, in the day, so I knew something was wrong.
[00:01:38] A: {{c2|He said: the house of the [[Hammoud|PERSON]] family, in [[Nabatieh al-Fawqa|PLACE]], up the hill, is finished. The [[air strike|WEAPON:AIRSTRIKE]] took the whole house.}}
[00:01:50] A: {{c3|Five of them died. The father, [[Youssef Hammoud|PERSON]], he was the teacher of my sons once. And his mother, and three of the children.}} {{c4|One daughter, [[Amal|PERSON]], survived, because she was in the bathroom, they took her to the [[Ragheb Harb hospital|PLACE]] with her legs broken.}}
[00:02:13] Q: Was your brother there?
[00:02:15] A: No, he was in the shop, in the town. He heard it. He went up after one hour and saw. [pause] He said, there is nothing, [[Hussein|PERSON]], there is nothing there. And he is not a man who cries.
[00:02:31] Q: Was your brother hurt at any time?
[00:02:34] A: No, thank God. Nobody in our family in [[Nabatieh|PLACE]] was hurt. Our street was never hit. The shop is fine, only dust.
[00:02:44] Q: You mentioned your father's land last time.
[00:02:48] A: Yes, in [[Kfar Kila|PLACE]], on the border, the village of my mother. Olive trees, old, from the grandfather. {{c5|In the first autumn, [[October 2023|DATE:2023-10-01..2023-10-31]], [[Abbas|PERSON]] told me the [[white phosphorus|WEAPON:INCENDIARY]] of [[the Israelis|ACTOR:Israeli forces]] came on the hill and burned the olives, the half of them, more or less.}} I did not see it. I cannot go, still now you cannot go there.
[00:03:12] A: And my uncle, may God give him health, he has one leg since [[2006|DATE:2006-01-01..2006-12-31]]. {{c6|After that war, in [[September|DATE:2006-09-01..2006-09-30]], he went to pick tobacco in the field near [[Kfar Kila|PLACE]] and the [[cluster bombs|WEAPON:CLUSTER_MUNITION]] that were in the ground, one exploded under him.}} Uncle [[Hassan|PERSON]]. I was in [[Beirut|PLACE]] then, my father called me.
[00:03:35] Q: Does your family plan to go back to the land?
[00:03:39] A: How? We are afraid. The [[bomblets|WEAPON:CLUSTER_MUNITION]] from before, and now maybe new things, [[mines|WEAPON:LANDMINE]], who knows what they left. If you step wrong, finished. My sons say, baba, sell it. I say to who?
[00:03:58] Q: Did anything else happen to you in [[Beirut|PLACE]] after we spoke?
[00:04:02] A: After we spoke? No. [laughs] Now it is quiet, more or less. Sometimes the drone in the sky, the "MK", we hear it, but nothing.
[00:04:12] Q: And the [[Mrad|PERSON]] building, has anything been rebuilt?
[00:04:16] A: Nothing. The stones are taken away. There is an empty place, and cars park there. [[Zahraa|PERSON]]'s bicycle, they found it, somebody hung it on the wall of the next building. Pink. Everybody who passes sees it.
@@witness lb-dahiyeh-hussein-fakhreddine
@@claim c1 harm=KILLED min=13 max=13 site="Haret Hreik" date=2024-10-06 basis=REPORTED incident=lb-dahiyeh-20241006-harethreik-mrad-building
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Nabatieh al-Fawqa" date=2024-10-25 basis=HEARSAY incident=lb-nabatieh-20241025-fawqa-hammoud-house
@@claim c3 harm=KILLED min=5 max=5 named="Youssef Hammoud" weapon=AIRSTRIKE site="Nabatieh al-Fawqa" date=2024-10-25 basis=HEARSAY incident=lb-nabatieh-20241025-fawqa-hammoud-house
@@claim c4 harm=INJURED min=1 max=1 named="Amal" weapon=AIRSTRIKE site="Nabatieh al-Fawqa" date=2024-10-25 basis=HEARSAY incident=lb-nabatieh-20241025-fawqa-hammoud-house
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY actor="Israeli forces" site="Kfar Kila" date=2023-10-01..2023-10-31 basis=HEARSAY incident=lb-kfarkila-20231000-fakhreddine-olives
@@claim c6 harm=INJURED min=1 max=1 named="Hassan" weapon=CLUSTER_MUNITION site="Kfar Kila" date=2006-09-01..2006-09-30 basis=HEARSAY incident=lb-kfarkila-20060900-hassan-bomblet
