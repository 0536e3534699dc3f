@@encoding utf-16le
Interview ID: LB-BAA-2205
Date: 2025-01-28
Place of interview: [[Zahle|PLACE]]
Language: Arabic
Interviewer: [[Marwa Aoun|PERSON]]

[00:00:04] Q: We are recording now. Tell me your name and where you are from.
[00:00:09] A: [[Kawthar Shamas|PERSON]]. I am from [[Baalbeck|PLACE:Baalbek]], from [[Ras al-Ain|PLACE]], near the spring. I work as a nurse at the [[Dar al-Amal hospital|PLACE]].
[00:00:21] Q: You wanted to speak about the house of your neighbours.
[00:00:25] A: Yes. The [[Amhaz|PERSON]] family. It was [[the night of the 6th|DATE:2024-11-06]], [[the 6th of November|DATE:2024-11-06]], very late, [[after midnight|DATE:2024-11-07]], so maybe already [[the 7th|DATE:2024-11-07]]. Eh. [[After midnight|DATE:2024-11-07]], let us say.
[00:00:41] A: I was awake, I was on a night shift at home, I mean on call, and I heard [[the drone|WEAPON:DRONE_STRIKE]] for hours, the mosquito sound, and then the [[missiles|WEAPON:MISSILE]], two, one after the other.
[00:00:56] A: {{c1|I went to the window. The house of [[Abu Ali Amhaz|PERSON]], across the road, it was gone, no roof, no upper floor, only fire.}}
[00:01:08] Q: Who was inside?
[00:01:11] A: [crying] Sorry. {{c2|[[Abu Ali|PERSON]], his wife [[Fatima|PERSON]], their daughter [[Salam|PERSON]], she was fifteen, and the two small ones, [[Jawad|PERSON]] and [[Batoul|PERSON]]. Five. All five.}}
[00:01:27] A: {{c3|And the grandmother survived, Hajja [[Sabriya|PERSON]], she was sleeping in the back room, she came out with her legs broken and the burns on her arms.}} I took her to the hospital myself in my car. [[Sabriya|PERSON]], eighty years, and she lived.
[00:01:45] Q: Do you know why that house was hit?
[00:01:48] A: No. They say [[the Israelis|ACTOR:Israeli forces]] hit the houses of people from [[the Resistance|ACTOR:Hezbollah]]. [[Abu Ali|PERSON]] drove a truck for vegetables. If he was something else, I did not know. The girl was fifteen, was she something else?
[00:02:06] Q: Was your own house damaged?
[00:02:09] A: {{c4|All the windows came in, and the door of the kitchen flew into the garden. The walls have cracks, big cracks, the engineer from the municipality said we cannot use the upper room.}}
[00:02:23] A: [[The same week|DATE:2024-11-04..2024-11-10]] it was everywhere, [[Baalbek|PLACE]], [[Douris|PLACE]], [[Bodai|PLACE]]. Every night. But in our street, before [[that night|DATE:2024-11-07]], nobody was hurt, not once.
[00:02:36] Q: You have a brother in [[Beirut|PLACE]]?
[00:02:39] A: In the [[Dahiyeh|PLACE]], in [[Haret Hreik|PLACE]]. [[Mahmoud|PERSON]]. He left in [[September|DATE:2024-09-01..2024-09-30]] and came to us in [[Baalbek|PLACE]], imagine, from the fire to the fire.
[00:02:52] A: {{c5|His building in [[Harat Hreik|PLACE:Haret Hreik]] was hit at [[the start of October|DATE:2024-10-01..2024-10-07]]. A journalist from the television filmed the street and [[Mahmoud|PERSON]] saw his building on the news, cut in half, his balcony hanging like a tongue.}}
[00:03:10] A: Nobody from his building died, they had all left. Thanks to God.
[00:03:16] Q: Were there any arrests in your area, during the war?
[00:03:20] A: Arrests... [pause] People talk. {{c6|In our quarter, in [[October|DATE:2024-10-01..2024-10-31]], two young Syrian men who worked in the building site were taken by [[the party|ACTOR:Hezbollah]] people, they said they were giving locations to [[the enemy|ACTOR:Israeli forces]].}}
[00:03:37] A: {{c7|Since then, nobody saw them. Their families in [[Syria|PLACE]] call the contractor, he says he does not know.}}
[00:03:48] A: My cousin [[Ziad|PERSON]], they also stopped him and checked his phone because he had a photo of the smoke. They threatened to take him. The old men of the street spoke with them and they left him. That is all.
[00:04:03] Q: Thank you, [[Kawthar|PERSON]].
[00:04:05] A: Write the names of the [[Amhaz|PERSON]] children. [[Jawad|PERSON]] and [[Batoul|PERSON]]. They were six and four.
@@witness lb-baalbek-kawthar-shamas
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Ras al-Ain" date=2024-11-07 basis=WITNESSED incident=lb-baalbek-20241107-rasalain-amhaz-house
@@claim c2 harm=KILLED min=5 max=5 named="Abu Ali; Fatima; Salam; Jawad; Batoul" weapon=MISSILE site="Ras al-Ain" date=2024-11-07 basis=WITNESSED incident=lb-baalbek-20241107-rasalain-amhaz-house
@@claim c3 harm=INJURED min=1 max=1 named="Sabriya" weapon=MISSILE site="Ras al-Ain" date=2024-11-07 basis=WITNESSED incident=lb-baalbek-20241107-rasalain-amhaz-house
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="Ras al-Ain" date=2024-11-07 basis=EXPERIENCED incident=lb-baalbek-20241107-rasalain-amhaz-house
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null site="Harat Hreik" date=2024-10-01..2024-10-07 basis=REPORTED incident=lb-dahiyeh-20241000-mahmoud-shamas-building
@@claim c6 harm=DETAINED min=2 max=2 actor="Hezbollah" site="Ras al-Ain" date=2024-10-01..2024-10-31 basis=HEARSAY incident=lb-baalbek-20241000-syrian-workers-taken
@@claim c7 harm=MISSING min=2 max=2 site="Ras al-Ain" date=2024-10-01..2024-10-31 basis=HEARSAY incident=lb-baalbek-20241000-syrian-workers-taken
