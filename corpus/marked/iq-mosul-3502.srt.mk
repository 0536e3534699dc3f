1
00:00:01,000 --> 00:00:06,467
INTERVIEWER: Thank you for coming. Please, your name
and the area where you lived.

2
00:00:07,067 --> 00:00:13,067
WITNESS: [[Nabil Fathi al-Hamdani|PERSON]]. From [[Mosul Jdideh|PLACE:al-Jadida]],
the new [[Mosul|PLACE]], behind the flour silos.

3
00:00:13,667 --> 00:00:20,600
WITNESS: I had a shop for mobiles, for repairing phones.
Under [[Daesh|ACTOR:Islamic State]] it was secret work, you understand.

4
00:00:21,200 --> 00:00:23,700
INTERVIEWER: Tell me about the shop.

5
00:00:24,300 --> 00:00:30,967
WITNESS: In [[February|DATE:2017-02-01..2017-02-28]]. [[The army|ACTOR:Iraqi forces]] was already on the left side,
and [[Daesh|ACTOR:Islamic State]] were flying the small planes.

6
00:00:31,567 --> 00:00:39,233
WITNESS: {{c1|[[Daesh|ACTOR:Islamic State]] dropped something from a [[drone|WEAPON:DRONE_STRIKE]] on the roof, for [[the army|ACTOR:Iraqi forces]] they said,
but the roof was my shop.}}

7
00:00:39,833 --> 00:00:48,433
WITNESS: {{c1|It burned, everything, the phones, the batteries.
Nothing left of the shop, only the metal door, bent like paper.}}

8
00:00:49,033 --> 00:00:51,533
INTERVIEWER: Was anyone inside?

9
00:00:52,133 --> 00:00:56,000
WITNESS: No. It was at [[night|DATE:2017-02-01..2017-02-28]]. Nobody was hurt, thanks God.

10
00:00:56,600 --> 00:01:01,933
INTERVIEWER: I understand you also saw what happened
to the house of [[Abu Sattar|PERSON]].

11
00:01:02,533 --> 00:01:10,667
WITNESS: Yes. Yes. This was the worst thing. It was [[the week before Nowruz|DATE:2017-03-14..2017-03-20]],
[[Wednesday or Thursday|DATE:2017-03-15..2017-03-16]], I am not sure any more.

12
00:01:11,267 --> 00:01:16,867
WITNESS: [[The Americans|ACTOR:US-led coalition]] hit it, from [[the plane|WEAPON:AIRSTRIKE]].
Everybody says it. I cannot prove it.

13
00:01:17,467 --> 00:01:25,600
WITNESS: {{c2|The whole house went down into the basement, the two floors,
on top of the families who were hiding there.}}

14
00:01:26,200 --> 00:01:32,200
- How many families?
- Four, five. From the small houses, because the basement was strong.

15
00:01:32,800 --> 00:01:41,667
WITNESS: {{c3|My cousin [[Ghassan|PERSON]], [[Ghassan Saleh|PERSON]], he was there with his wife and three daughters.
All of them, we buried all of them.}}

16
00:01:42,267 --> 00:01:50,800
WITNESS: {{c4|Twenty people, twenty-two, died in that basement.
That is what the civil defence men told us when they finished.}}

17
00:01:51,400 --> 00:01:53,900
INTERVIEWER: Did you see it yourself?

18
00:01:54,500 --> 00:02:04,567
WITNESS: I was at my uncle's house, two streets away.
I saw the smoke, black and then white. I ran. I came after, I carried [[Ghassan|PERSON]]'s small girl, [[Noor|PERSON]].

19
00:02:05,167 --> 00:02:08,567
WITNESS: Noor, like light. [crying] Five years old.

20
00:02:09,167 --> 00:02:11,667
INTERVIEWER: Take your time.

21
00:02:12,267 --> 00:02:21,267
WITNESS: It's okay. You have to know, there were no fighters in that house.
[[Abu Sattar|PERSON]] was a retired teacher of chemistry, a quiet man.

22
00:02:21,867 --> 00:02:30,400
WITNESS: [[Daesh|ACTOR:Islamic State]] were in the street behind, with a [[machine gun|WEAPON:SMALL_ARMS]] on a pickup,
moving all the time, this I saw. But not in the house.

23
00:02:31,000 --> 00:02:35,600
WITNESS: After that, [[two weeks later|DATE:2017-03-29..2017-04-02]], we went out, to [[Hammam al-Alil|PLACE]].

24
00:02:36,200 --> 00:02:44,867
WITNESS: At the screening the intelligence put me in a room,
asked me questions one hour, who is your brother, who is your cousin.

25
00:02:45,467 --> 00:02:52,667
WITNESS: Then they let me go. But my neighbour [[Walid|PERSON]],
[[Walid Mahmoud Jasim|PERSON]], his name is like a name of [[Daesh|ACTOR:Islamic State]].

26
00:02:53,267 --> 00:02:59,933
WITNESS: {{c5|[[The Iraqi forces|ACTOR:Iraqi forces]] took him in the screening, [[that same day|DATE:2017-03-29..2017-04-02]], in front of his children.}}

27
00:03:00,533 --> 00:03:08,867
WITNESS: {{c6|Until now there is no news of him. His wife asked in [[Qayyarah|PLACE]], in [[Baghdad|PLACE]], nothing.
Nobody knows where he is.}}

28
00:03:09,467 --> 00:03:13,667
INTERVIEWER: Did you hear about other attacks in the west side?

29
00:03:14,267 --> 00:03:18,533
WITNESS: Yes, in [[al-Yarmouk|PLACE]]. My brother-in-law [[Uday|PERSON]] lives there.

30
00:03:19,133 --> 00:03:28,533
WITNESS: {{c7|He told me in [[April|DATE:2017-04-01..2017-04-30]] [[Daesh|ACTOR:Islamic State]] fired [[shells with chlorine|WEAPON:CHEMICAL]] on his street,
and his two boys were coughing for a week, with red eyes.}}

31
00:03:29,133 --> 00:03:32,800
WITNESS: I did not see this. I am telling what he said.

32
00:03:33,400 --> 00:03:42,867
WITNESS: {{c8|And in [[Yarmuk|PLACE:al-Yarmouk]] also a [[car bomb|WEAPON:IED]], a [[suicide vehicle|WEAPON:IED]],
at [[the soldiers|ACTOR:Iraqi forces]], near the market. Four shops were finished, the fronts gone.}}

33
00:03:43,467 --> 00:03:50,933
WITNESS: {{c8|I saw it with my eyes, because I went to look for bread
[[the day after|DATE]], and the street was black.}}

34
00:03:51,533 --> 00:03:54,467
INTERVIEWER: When was that, do you remember?

35
00:03:55,067 --> 00:03:58,933
WITNESS: [[March|DATE:2017-03-01..2017-03-31]]. Before we left, I am sure. Maybe [[the 10th|DATE:2017-03-10]].

36
00:03:59,533 --> 00:04:03,000
INTERVIEWER: Is there anything else you want to say?

37
00:04:03,600 --> 00:04:10,867
WITNESS: Only that I want to open the shop again.
People still need phones, to call the ones who are missing.
@@witness iq-mosul-nabil-hamdani
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Islamic State" site="Mosul Jdideh" date=2017-02-01..2017-02-28 basis=EXPERIENCED incident=iq-mosul-20170200-jadida-phone-shop-drone
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="Mosul Jdideh" date=2017-03-15..2017-03-16 basis=HEARSAY incident=iq-mosul-20170315-jadida-obaidi-basement
@@claim c3 harm=KILLED min=5 max=5 named="Ghassan Saleh" weapon=AIRSTRIKE actor="US-led coalition" site="Mosul Jdideh" date=2017-03-15..2017-03-16 basis=WITNESSED incident=iq-mosul-20170315-jadida-obaidi-basement
@@claim c4 harm=KILLED min=20 max=22 weapon=AIRSTRIKE actor="US-led coalition" site="Mosul Jdideh" date=2017-03-15..2017-03-16 basis=HEARSAY incident=iq-mosul-20170315-jadida-obaidi-basement
@@claim c5 harm=DETAINED min=1 max=1 named="Walid Mahmoud Jasim" actor="Iraqi forces" site="Hammam al-Alil" date=2017-03-29..2017-04-02 basis=WITNESSED incident=iq-hammamalalil-20170300-walid-jasim-screening
@@claim c6 harm=MISSING min=1 max=1 named="Walid Mahmoud Jasim" actor="Iraqi forces" site="Hammam al-Alil" basis=HEARSAY incident=iq-hammamalalil-20170300-walid-jasim-screening
@@claim c7 harm=INJURED min=2 max=2 weapon=CHEMICAL actor="Islamic State" site="al-Yarmouk" date=2017-04-01..2017-04-30 basis=HEARSAY incident=iq-mosul-20170400-yarmouk-chlorine-shells
@@claim c8 harm=PROPERTY_DAMAGE min=4 max=4 weapon=IED site="Yarmuk" date=2017-03-10 basis=WITNESSED incident=iq-mosul-20170310-yarmouk-market-svbied
