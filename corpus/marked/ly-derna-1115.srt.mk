1
00:00:01,000 --> 00:00:05,400
INTERVIEWER: We are recording. Please tell us who you are.

2
00:00:05,900 --> 00:00:11,800
WITNESS: [[Ezzeddin Ragheb|PERSON]], male nurse. I worked at [[al-Harish|PLACE:al-Harish hospital]],
the hospital of [[Darna|PLACE:Derna]], all the siege.

3
00:00:12,300 --> 00:00:17,100
INTERVIEWER: We are interested in the attack on the bakery in [[Sheha|PLACE:Shiha]]
in [[Ramadan 2018|DATE:2018-05-16..2018-06-14]].

4
00:00:17,600 --> 00:00:23,900
WITNESS: Yes. [[Tuesday|DATE:2018-05-29]] [[the 29th|DATE:2018-05-29]]. I was on shift since [[the morning|DATE]]. The [[Grad|WEAPON:ROCKET]]
started [[around five|DATE:2018-05-29]], five and a half, [[one hour before the iftar|DATE:2018-05-29]].

5
00:00:24,400 --> 00:00:30,200
WITNESS: {{c1|The first cars came with the wounded from the bakery of [[Bouzid|PLACE:Bouzid bakery]],
I knew because they were white, all of them, flour on their clothes.}}

6
00:00:30,700 --> 00:00:36,500
WITNESS: {{c2|We received six dead from that place. Six. I wrote them in the book myself.}}
{{c2|The baker [[Abu Bakr|PERSON]], I knew him, he gave us bread free}}

7
00:00:37,000 --> 00:00:41,300
{{c2|for the hospital staff during all the siege. He came dead.}}

8
00:00:41,800 --> 00:00:47,600
WITNESS: {{c3|And injured, from the bakery, twenty-eight, thirty, I don't remember exactly,
maybe eleven of them children.}}

9
00:00:48,100 --> 00:00:53,900
- Was there a boy called [[Anas|PERSON]]?
- [[Anas|PERSON]]? Maybe. Many boys. I don't remember names of all.

10
00:00:54,400 --> 00:01:00,700
WITNESS: {{c4|There was one boy with injury in the stomach, the doctor [[Abdelsalam|PERSON]] operated
with no electricity, with the phones, I held the phone.}} He lived, I think.

11
00:01:01,200 --> 00:01:06,300
INTERVIEWER: Where did the fire come from?

12
00:01:06,800 --> 00:01:12,900
WITNESS: From the [[LNA|ACTOR:Libyan National Army]], from the south, [[Dhahr al-Hamar|PLACE:Dahr al-Hamar]].
The [[Shura|ACTOR:Derna Protection Force]] people, they had no [[Grad|WEAPON:ROCKET]] then, they were finished.

13
00:01:13,400 --> 00:01:18,200
INTERVIEWER: Was the hospital itself hit at any time?

14
00:01:18,700 --> 00:01:24,900
WITNESS: {{c5|Yes. In [[early June|DATE:2018-06-01..2018-06-07]], a [[mortar|WEAPON:MORTAR]], maybe two, fell in the yard of [[al-Harish hospital|PLACE]],
near the generator.}} {{c6|A driver of the ambulance, [[Ashraf|PERSON]], was hurt in the arm.}}

15
00:01:25,400 --> 00:01:31,000
WITNESS: The generator stopped. We had already little fuel.
After that we worked only in the basement.

16
00:01:31,500 --> 00:01:36,300
INTERVIEWER: Did you also receive casualties from [[al-Maghar|PLACE]] [[that day|DATE:2018-05-29]], [[the 29th|DATE:2018-05-29]]?

17
00:01:36,800 --> 00:01:43,200
WITNESS: No, not me. The [[al-Maghar|PLACE]] dead went to the field clinic, in the [[al-Sahaba mosque|PLACE:Sahaba mosque]] area.
I heard of the [[strike|WEAPON:AIRSTRIKE]] there but I did not see them.

18
00:01:43,700 --> 00:01:50,100
WITNESS: {{c7|I heard five died there, a family, under a house, [[the jets|WEAPON:AIRSTRIKE]] of [[Haftar|ACTOR:Libyan National Army]],
or someone else, the people did not agree.}}

19
00:01:50,600 --> 00:01:56,000
INTERVIEWER: What happened to you after the city fell?

20
00:01:56,500 --> 00:02:03,400
WITNESS: {{c8|They arrested me. [[The army|ACTOR:Libyan National Army]], at the hospital, [[the end of June|DATE:2018-06-20..2018-06-30]], me and two other nurses,
[[Mohamad Shaaban|PERSON]] and [[Nasser|PERSON]]. They said we treated the terrorists.}}

21
00:02:03,900 --> 00:02:09,600
WITNESS: I said, I treat everybody, this is my work. They kept me forty days
in [[Gernada|PLACE]] prison, [[Qarnada|PLACE:Gernada]] some say.

22
00:02:10,100 --> 00:02:15,200
WITNESS: {{c9|[[Nasser|PERSON]], until now, we don't know. He did not come out with us.}}

23
00:02:15,700 --> 00:02:20,800
- Has his family asked for him?
- Every month. Every month they go to [[Benghazi|PLACE]]. Nothing.

24
00:02:21,300 --> 00:02:27,600
WITNESS: Now I work in a clinic in [[Tobruk|PLACE]]. I want to go back one day.
If I go back now, they will take me again, I am sure.

25
00:02:28,100 --> 00:02:31,000
INTERVIEWER: Thank you, [[Ezzeddin|PERSON]].

@@witness ly-derna-ezzeddin-ragheb
@@claim c1 harm=INJURED min=null max=null weapon=ROCKET actor="Libyan National Army" site="Bouzid" date=2018-05-29 basis=WITNESSED incident=ly-derna-20180529-shiha-bakery
@@claim c2 harm=KILLED min=6 max=6 named="Abu Bakr" weapon=ROCKET actor="Libyan National Army" site="Bouzid" date=2018-05-29 basis=WITNESSED incident=ly-derna-20180529-shiha-bakery
@@claim c3 harm=INJURED min=28 max=30 weapon=ROCKET actor="Libyan National Army" site="Bouzid" date=2018-05-29 basis=WITNESSED incident=ly-derna-20180529-shiha-bakery
@@claim c4 harm=INJURED min=1 max=1 weapon=ROCKET actor="Libyan National Army" site="Bouzid" date=2018-05-29 basis=WITNESSED incident=ly-derna-20180529-shiha-bakery
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="al-Harish hospital" date=2018-06-01..2018-06-07 basis=WITNESSED incident=ly-derna-20180600-harish-hospital
@@claim c6 harm=INJURED min=1 max=1 named="Ashraf" weapon=MORTAR site="al-Harish hospital" date=2018-06-01..2018-06-07 basis=WITNESSED incident=ly-derna-20180600-harish-hospital
@@claim c7 harm=KILLED min=5 max=5 weapon=AIRSTRIKE site="al-Maghar" date=2018-05-29 basis=HEARSAY incident=ly-derna-20180529-maghar-house
@@claim c8 harm=DETAINED min=3 max=3 named="Mohamad Shaaban; Nasser" actor="Libyan National Army" site="al-Harish hospital" date=2018-06-20..2018-06-30 basis=EXPERIENCED incident=ly-derna-20180600-harish-nurses
@@claim c9 harm=MISSING min=1 max=1 named="Nasser" actor="Libyan National Army" site="Gernada" date=2018-06-20..2018-06-30 basis=WITNESSED incident=ly-derna-20180600-harish-nurses
