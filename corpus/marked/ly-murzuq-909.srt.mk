1
00:00:00,900 --> 00:00:05,000
INTERVIEWER: Thank you for talking with us, [[Barka|PERSON]].
You are from [[Murzuq|PLACE]]?

2
00:00:05,700 --> 00:00:11,200
WITNESS: From [[Murzuq|PLACE]], yes, the [[Shabab|PLACE]] quarter.
I am Tebu, my family is there since the old time.

3
00:00:11,900 --> 00:00:17,400
INTERVIEWER: I want to ask about the [[strike|WEAPON:DRONE_STRIKE]] in [[August 2019|DATE:2019-08-01..2019-08-31]].

4
00:00:18,100 --> 00:00:24,800
WITNESS: [[The 4th of August|DATE:2019-08-04]]. [[Sunday|DATE:2019-08-04]] [[night|DATE:2019-08-04]].
It was a few days before [[Eid al-Adha|DATE:2019-08-11]], people were preparing.

5
00:00:25,500 --> 00:00:32,000
There was a gathering in the yard of the house of Hajj [[Ali Kelli|PERSON]],
for a reconciliation, the elders and the young men, and guests from [[Tmassah|PLACE]].

6
00:00:32,700 --> 00:00:38,600
- Were you there?
- I was coming there. I was in the street, maybe two hundred metres.

7
00:00:39,300 --> 00:00:46,000
We heard [[the drone|WEAPON:DRONE_STRIKE]], everybody knows the sound, it was turning since [[the maghrib|DATE:2019-08-04]].

8
00:00:46,700 --> 00:00:53,400
{{c1|Then the [[missile|WEAPON:MISSILE]] hit the yard. Direct. And [[after a few minutes|DATE:2019-08-04]],
when people ran to help, a second [[missile|WEAPON:MISSILE]].}}

9
00:00:54,100 --> 00:01:00,900
{{c2|I saw, when I arrived, maybe thirty, forty people on the ground.
Many dead. I cannot say the number, it was dark, only the phones.}}

10
00:01:01,600 --> 00:01:07,300
{{c3|My uncle [[Wardougou|PERSON]] was there. He died.}}
{{c4|And my cousin [[Sidi Ahmad|PERSON]], he lost his eye.}}

11
00:01:08,000 --> 00:01:14,900
INTERVIEWER: How many people died in total?
WITNESS: {{c5|The municipality said forty-two. Some said forty-three, because one died in [[Sabha|PLACE]] later.}}

12
00:01:15,600 --> 00:01:21,000
{{c6|And more than sixty wounded, the hospital of [[Murzuq|PLACE]] had no place.}}

13
00:01:21,700 --> 00:01:28,300
INTERVIEWER: Whose [[drone|WEAPON:DRONE_STRIKE]] was it?

14
00:01:29,000 --> 00:01:36,500
WITNESS: [[Haftar's forces|ACTOR:Libyan National Army]], the [[LNA|ACTOR:Libyan National Army]]. They said on their TV
that they hit the Chadian opposition, terrorists. There was no Chadian there.

15
00:01:37,200 --> 00:01:43,000
All were people of [[Murzuq|PLACE]]. My uncle was sixty-eight years, what Chadian opposition?

16
00:01:43,700 --> 00:01:49,900
INTERVIEWER: Did [[the drone|WEAPON:DRONE_STRIKE]] come back after [[that night|DATE:2019-08-04]]?

17
00:01:50,600 --> 00:01:57,300
WITNESS: It came [[the next day|DATE:2019-08-05]], during the burial, over the cemetery.
It did not strike, nobody was hurt, but the people ran and left the graves open.

18
00:01:58,000 --> 00:02:04,400
INTERVIEWER: Before this, in [[February|DATE:2019-02-01..2019-02-28]], did the fighting touch your family?

19
00:02:05,100 --> 00:02:12,800
WITNESS: {{c7|Yes. When [[the Libyan National Army|ACTOR:Libyan National Army]] came into [[Murzuq|PLACE]], they hit the houses
with [[the tanks|WEAPON:ARTILLERY]] and the [[Grad|WEAPON:ROCKET]].}} {{c8|Our house in [[Shabab|PLACE]] was damaged, the wall and the roof.}}

20
00:02:13,500 --> 00:02:19,900
{{c9|We went out to [[Um al-Aranib|PLACE]], to relatives,
eleven of us, for one month.}}

21
00:02:20,600 --> 00:02:26,000
INTERVIEWER: And now, can people move freely?

22
00:02:26,700 --> 00:02:33,500
WITNESS: Half of the city is gone. The Ahali went to one side, the Tebu to the other.
If you ask me, [[Murzuq|PLACE]] is finished.

23
00:02:34,200 --> 00:02:40,600
INTERVIEWER: The guests from [[Tmassah|PLACE]], were any of them hurt?

24
00:02:41,300 --> 00:02:48,000
WITNESS: {{c10|Yes, two of them died, [[Sidi Wardi|PERSON]] and an old man, Hajj... no, I mean Hajj [[Brahim Tougoui|PERSON]].}}

25
00:02:48,700 --> 00:02:55,400
{{c11|And the son of [[Sidi Wardi|PERSON]], [[Abakar Sidi|PERSON]], he was burned on the face.
They took him to [[Tunis|PLACE]] for treatment, people collected money.}}

26
00:02:56,100 --> 00:03:01,800
INTERVIEWER: Thank you, [[Barka|PERSON]]. I'm sorry for your uncle.
WITNESS: Thank you. Write his name right, [[Wardougou|PERSON]].
@@witness ly-murzuq-barka
@@claim c1 harm=KILLED min=null max=null weapon=MISSILE actor="Libyan National Army" site="Murzuq" date=2019-08-04 basis=WITNESSED incident=ly-murzuq-20190804-gathering-drone
@@claim c2 harm=KILLED min=null max=null weapon=MISSILE actor="Libyan National Army" site="Murzuq" date=2019-08-04 basis=WITNESSED incident=ly-murzuq-20190804-gathering-drone
@@claim c3 harm=KILLED min=1 max=1 named="Wardougou" weapon=MISSILE actor="Libyan National Army" site="Murzuq" date=2019-08-04 basis=WITNESSED incident=ly-murzuq-20190804-gathering-drone
@@claim c4 harm=INJURED min=1 max=1 named="Sidi Ahmad" weapon=MISSILE actor="Libyan National Army" site="Murzuq" date=2019-08-04 basis=WITNESSED incident=ly-murzuq-20190804-gathering-drone
@@claim c5 harm=KILLED min=42 max=43 weapon=MISSILE actor="Libyan National Army" site="Murzuq" date=2019-08-04 basis=REPORTED incident=ly-murzuq-20190804-gathering-drone
@@claim c6 harm=INJURED min=61 max=null weapon=MISSILE actor="Libyan National Army" site="Murzuq" date=2019-08-04 basis=HEARSAY incident=ly-murzuq-20190804-gathering-drone
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Libyan National Army" site="Murzuq" date=2019-02-01..2019-02-28 basis=WITNESSED incident=ly-murzuq-20190200-lna-entry
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null actor="Libyan National Army" site="Shabab" date=2019-02-01..2019-02-28 basis=EXPERIENCED incident=ly-murzuq-20190200-lna-entry
@@claim c9 harm=DISPLACED min=11 max=11 site="Shabab" date=2019-02-01..2019-02-28 basis=EXPERIENCED incident=ly-murzuq-20190200-lna-entry
@@claim c10 harm=KILLED min=2 max=2 named="Sidi Wardi; Brahim Tougoui" weapon=MISSILE actor="Libyan National Army" site="Murzuq" date=2019-08-04 basis=WITNESSED incident=ly-murzuq-20190804-gathering-drone
@@claim c11 harm=INJURED min=1 max=1 named="Abakar Sidi" weapon=MISSILE actor="Libyan National Army" site="Murzuq" date=2019-08-04 basis=WITNESSED incident=ly-murzuq-20190804-gathering-drone
