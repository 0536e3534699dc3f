Interview ID: LY-BNW-1118
Date of interview: 21 September 2020
Place of interview: [[Bani Walid|PLACE]], [[Misrata|PLACE]] road, private house
Language: Arabic, interpreted
Interviewer: [[Jonas Lindqvist|PERSON]]
Interpreter: [[Mahmoud Elkikhia|PERSON]]
Q: Please tell me about yourself.
A: [[Muftah Ali al-Warfalli|PERSON]], fifty-eight, I am a teacher of mathematics, retired. [[Bani Walid|PLACE]], [[Beni Walid|PLACE:Bani Walid]], my whole life. The tribe of Warfalla, you know.
Q: We want to ask about the [[drone strikes|WEAPON:DRONE_STRIKE]] in [[2020|DATE:2020-01-01..2020-12-31]].
A: Yes. After [[Haftar|ACTOR:Libyan National Army]] went to [[Tripoli|PLACE]], in [[2019|DATE:2019-01-01..2019-12-31]], [[Bani Walid|PLACE]] became the road. The trucks of fuel, the [[Wagner|ACTOR:Wagner Group]] people passing. So [[the drones|WEAPON:DRONE_STRIKE]] of the other side came, the [[Wifaq|ACTOR:Government of National Accord forces]], and the [[Turkish|ACTOR:Turkish forces]] [[drones|WEAPON:DRONE_STRIKE]] with them.
Q: Can you describe a [[strike|WEAPON:DRONE_STRIKE]] you witnessed?
A: {{c1|[[The 19th of May|DATE:2020-05-19]], no, [[the 20th|DATE:2020-05-20]]. [[Ramadan|DATE:2020-04-24..2020-05-23]], [[the last days|DATE]]. [[After the suhoor|DATE:2020-05-20]], around four. A [[drone|WEAPON:DRONE_STRIKE]] hit a fuel truck at the petrol station at the north entrance, near the [[al-Mardum|PLACE]] junction. The fire was huge, I saw it from my roof, one kilometre.}}
A: {{c2,c7|The driver died, I don't know his name, from [[Sabha|PLACE]] they said. And two boys who worked in the station, [[Anwar|PERSON]] and [[Moataz al-Zintani|PERSON]], brothers, burned. [[Anwar|PERSON]] died [[after three days|DATE]] in the [[Bani Walid General Hospital|PLACE]].}}
Q: Did you see [[the drone|WEAPON:DRONE_STRIKE]] itself?
A: We hear it. It fires a small [[missile|WEAPON:MISSILE]], the people say. For weeks we hear the sound, like a motorbike in the sky. Then you hear "shhhh" and then the explosion. We did not see, only the sound.
Q: Were there other [[strikes|WEAPON:DRONE_STRIKE]]?
A: {{c3|In [[January|DATE:2020-01-01..2020-01-31]], a [[strike|WEAPON:DRONE_STRIKE]] on a house in [[al-Dahra|PLACE]] area, the house of the [[Ghwail|PERSON]] family. They said there were [[LNA|ACTOR:Libyan National Army]] officers there. Four killed, one of them was a child, [[Khalil|PERSON]], nine.}} I went to the funeral. I did not see the [[strike|WEAPON:DRONE_STRIKE]].
A: {{c4|And in [[June|DATE:2020-06-01..2020-06-30]], when the [[LNA|ACTOR:Libyan National Army]] retreated from [[Tarhuna|PLACE]], the [[Wifaq|ACTOR:Government of National Accord forces]] [[drone|WEAPON:DRONE_STRIKE]] hit cars on the road to [[Bani Walid|PLACE]], near the valley. Many cars. Some were fighters, some families running from [[Tarhuna|PLACE]].}} I don't know numbers. {{c4|Dozens of cars burned, the people say.}}
Q: Did people from [[Tarhuna|PLACE]] come to [[Bani Walid|PLACE]]?
A: {{c5|Thousands. [[Tarhuna|PLACE]] emptied in one night, [[the 5th of June|DATE:2020-06-05]]. Families of the [[Kaniyat|ACTOR:al-Kaniyat]] and everybody. They slept in the schools here, in the streets.}} We gave them what we had. Whatever they did in [[Tarhuna|PLACE]], the children did nothing.
Q: You mentioned [[2012|DATE:2012-01-01..2012-12-31]] before we started recording.
A: Yes, [[2012|DATE:2012-01-01..2012-12-31]], the siege of [[Bani Walid|PLACE]]. That is a long story, another day. {{c6,c8|I will tell you only one thing: my house was hit by a [[shell|WEAPON:ARTILLERY]] in [[October 2012|DATE:2012-10-01..2012-10-31]], the kitchen and the roof, and my wife's brother, [[Saad|PERSON]], was injured in the shoulder.}} We did not know who to blame, there were so many brigades.
Q: Thank you. Was anyone in your family hurt in [[2020|DATE:2020-01-01..2020-12-31]]?
A: Nobody in my family, praise God. My son [[Karim|PERSON]] was at the station [[the day before the truck|DATE]], he worked there sometimes. If he was there [[that morning|DATE]]... [pause] God is karim, God is generous.
Q: Do you think the [[strikes|WEAPON:DRONE_STRIKE]] are over?
A: Since the ceasefire, no drones. It is quiet now. But we don't trust.
Q: Is there anything else you want to say?
A: The families of the two boys, the [[Zintani|PERSON]] family, they are poor. Nobody came to ask about them. Write their names: [[Anwar|PERSON]], nineteen, [[Moataz|PERSON]], seventeen.
@@witness ly-baniwalid-muftah-alwarfalli
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Government of National Accord forces" site="al-Mardum" date=2020-05-20 basis=WITNESSED incident=ly-baniwalid-20200520-fuel-truck
@@claim c2 harm=KILLED min=2 max=2 named="Anwar" weapon=DRONE_STRIKE actor="Government of National Accord forces" site="al-Mardum" date=2020-05-20 basis=HEARSAY incident=ly-baniwalid-20200520-fuel-truck
@@claim c7 harm=INJURED min=1 max=1 named="Moataz al-Zintani" weapon=DRONE_STRIKE actor="Government of National Accord forces" site="al-Mardum" date=2020-05-20 basis=HEARSAY incident=ly-baniwalid-20200520-fuel-truck
@@claim c3 harm=KILLED min=4 max=4 named="Khalil" weapon=DRONE_STRIKE site="al-Dahra" date=2020-01-01..2020-01-31 basis=HEARSAY incident=ly-baniwalid-20200100-ghwail-house
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Government of National Accord forces" date=2020-06-01..2020-06-30 basis=HEARSAY incident=ly-baniwalid-20200600-tarhuna-road
@@claim c5 harm=DISPLACED min=2000 max=null site="Tarhuna" date=2020-06-05 basis=WITNESSED incident=ly-tarhuna-20200605-exodus
@@claim c6 harm=INJURED min=1 max=1 named="Saad" weapon=ARTILLERY site="Bani Walid" date=2012-10-01..2012-10-31 basis=WITNESSED incident=ly-baniwalid-20121000-warfalli-house
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Bani Walid" date=2012-10-01..2012-10-31 basis=EXPERIENCED incident=ly-baniwalid-20121000-warfalli-house
