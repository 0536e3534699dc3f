Interview ID: MSL-106
Interview date: 2018-02-14
Location: [[Erbil|PLACE]], [[Iraq|PLACE]]
Language: Arabic and English
Interviewer: [[Kristin Berg|PERSON]]
Interpreter: none, the witness answered partly in English

[00:00:04] Q: Could you say your name and what you did during the battle?
[00:00:09] A: [[Shaymaa|PERSON]]. I am a nurse. In [[2017|DATE:2017-01-01..2017-12-31]] I worked in a field hospital on the right side of [[Mosul|PLACE]], in [[Hay al-Mamoun|PLACE]], with the doctors of the ministry and some foreign doctors.
[00:00:31] Q: What kind of patients did you receive?
[00:00:35] A: Everything. Wounds from [[snipers|WEAPON:SMALL_ARMS]], from [[mortars|WEAPON:MORTAR]], people under houses. Soldiers also, but mostly civilians. Women, children, old men.
[00:00:52] Q: I want to ask about one day in particular. [[The sixth of May|DATE:2017-05-06]], [[a Saturday|DATE:2017-05-06]]. Do you remember patients from [[al-Tanak|PLACE:Hay al-Tanak]]?
[00:01:04] A: Yes, yes. I remember because it was many from one place. In [[the evening|DATE:2017-05-06]], maybe [[seven o'clock|DATE:2017-05-06]], the pickups came, one after one. {{c1|Twelve wounded, I counted them for the list, from [[Tanak|PLACE:Hay al-Tanak]]. All from one house, they said, one family and the neighbours.}}
[00:01:30] Q: What kind of injuries?
[00:01:33] A: Crush. The legs, the chest. Dust in the lungs. A father and his son, the son was maybe fourteen, his arm broken. [[Yusuf|PERSON]], I remember the name because he cried for his grandfather all night.
[00:01:52] Q: Did the people who brought them say how many died?
[00:01:56] A: {{c2|The men said nineteen were still under the house, dead. Nineteen, this is what they said to the doctor.}} I did not see the dead. We only received the living.
[00:02:10] Q: Did they say what hit the house?
[00:02:13] A: An [[air strike|WEAPON:AIRSTRIKE]]. Because there was a [[sniper|WEAPON:SMALL_ARMS]] of [[Daesh|ACTOR:Islamic State]] on the roof. This is what the men said. [pause] I don't know more.
[00:02:25] Q: You also mentioned [[drones|WEAPON:DRONE_STRIKE]] before we started recording.
[00:02:29] A: Yes. This was earlier, in [[January|DATE:2017-01-01..2017-01-31]], on the left side, when I was still living in [[al-Zahraa|PLACE]]. [[ISIS|ACTOR:Islamic State]] had small [[drones|WEAPON:DRONE_STRIKE]], like toys, and they put a [[grenade|WEAPON:DRONE_STRIKE]] under them. People were standing in a line for the water tank. {{c3|[[The drone|WEAPON:DRONE_STRIKE]] dropped the [[grenade|WEAPON:DRONE_STRIKE]] on the line. Two men were killed, [[Abu Raad|PERSON]] and another I did not know.}} {{c4|A boy, [[Mustafa|PERSON]], ten years, lost his eye. I was standing maybe twenty metres away.}}
[00:03:05] Q: So you saw it yourself.
[00:03:07] A: I saw it. I put the bandage on [[Mustafa|PERSON]] myself. After this day I decided to go to work in the hospitals.
[00:03:19] Q: Was your field hospital ever attacked?
[00:03:23] A: The hospital itself, no. There was no [[shelling|WEAPON:ARTILLERY]] on our point, never, thank God. But on [[the twelfth night of Ramadan|DATE:2017-06-06..2017-06-07]], a [[suicide vehicle|WEAPON:IED]] came to the checkpoint of the police, maybe one hundred metres from us.
[00:03:45] A: {{c5|Four policemen were killed and one man who was bringing his wife to us.}} {{c6|Our nurse [[Rafal|PERSON]] was hit in the neck by glass, from the windows. She is fine now, she works in [[Dohuk|PLACE]].}} {{c7|The windows, the doors of the hospital, all broken.}}
[00:04:10] Q: Do you know who sent the [[vehicle|WEAPON:IED]]?
[00:04:13] A: [[Daesh|ACTOR:Islamic State]]. They said it on their radio, al-Bayan, [[the same night|DATE:2017-06-06..2017-06-07]]. They were proud.
[00:04:22] Q: How do you feel now, about that time?
[00:04:26] A: [laughs] Tired. Doctor [[Ammar Fathi|PERSON]], he was our chief, he said to us every night, to me and to [[Sana|PERSON]] and to all the nurses, sleep two hours and come back. I still sleep two hours. [pause] Sorry. That is enough for today, I think.
@@claim c1 harm=INJURED min=12 max=12 weapon=AIRSTRIKE site="Tanak" date=2017-05-06 basis=WITNESSED incident=iq-mosul-20170506-tanak-hayali-house
@@claim c2 harm=KILLED min=19 max=19 weapon=AIRSTRIKE site="Tanak" date=2017-05-06 basis=HEARSAY incident=iq-mosul-20170506-tanak-hayali-house
@@claim c3 harm=KILLED min=2 max=2 named="Abu Raad" weapon=DRONE_STRIKE actor="Islamic State" site="al-Zahraa" date=2017-01-01..2017-01-31 basis=WITNESSED incident=iq-mosul-20170100-zahraa-water-drone
@@claim c4 harm=INJURED min=1 max=1 named="Mustafa" weapon=DRONE_STRIKE actor="Islamic State" site="al-Zahraa" date=2017-01-01..2017-01-31 basis=WITNESSED incident=iq-mosul-20170100-zahraa-water-drone
@@claim c5 harm=KILLED min=5 max=5 weapon=IED actor="Islamic State" site="Hay al-Mamoun" date=2017-06-06..2017-06-07 basis=WITNESSED incident=iq-mosul-20170607-mamoun-checkpoint-svbied
@@claim c6 harm=INJURED min=1 max=1 named="Rafal" weapon=IED actor="Islamic State" site="Hay al-Mamoun" date=2017-06-06..2017-06-07 basis=WITNESSED incident=iq-mosul-20170607-mamoun-checkpoint-svbied
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="Hay al-Mamoun" date=2017-06-06..2017-06-07 basis=WITNESSED incident=iq-mosul-20170607-mamoun-checkpoint-svbied
@@witness iq-mosul-shaymaa-nurse
