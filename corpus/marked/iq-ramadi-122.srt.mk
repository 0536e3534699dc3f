1
00:00:02,000 --> 00:00:07,300
INTERVIEWER: We are recording. Please say your name
and where you lived.

2
00:00:07,900 --> 00:00:14,600
WITNESS: [[Yasir Mahdi al-Fahdawi|PERSON]]. From [[Ramadi|PLACE]],
[[al-Malaab|PLACE]] neighbourhood, near the stadium.

3
00:00:15,200 --> 00:00:19,800
INTERVIEWER: What happened when [[Daesh|ACTOR:Islamic State]]
took [[Ramadi|PLACE]] in [[May 2015|DATE:2015-05-01..2015-05-31]]?

4
00:00:20,400 --> 00:00:27,100
WITNESS: They came with the [[car bombs|WEAPON:IED]]. Not one,
not two. Twenty, thirty, in three days.

5
00:00:27,700 --> 00:00:33,500
Trucks full of [[explosives|WEAPON:IED]], one even a bulldozer
with iron plates, so [[the soldiers|ACTOR:Iraqi forces]] cannot stop it.

6
00:00:34,100 --> 00:00:39,800
- Which day was the worst for you?
- [[Friday|DATE:2015-05-15]]. [[The 15th|DATE:2015-05-15]].

7
00:00:40,400 --> 00:00:47,200
{{c1,c2|A [[suicide vehicle|WEAPON:IED]] exploded at the police station}}
{{c1|at the end of our street, [[after the noon prayer|DATE:2015-05-15]].}}

8
00:00:47,800 --> 00:00:54,600
{{c1|My cousin [[Ihab|PERSON]] was a policeman there.
He died, with six, seven others from the station.}}

9
00:00:55,200 --> 00:01:01,400
{{c2|All the windows of our house came in,
and the door of the garden flew like paper.}}

10
00:01:02,000 --> 00:01:05,300
INTERVIEWER: Did you see the [[vehicle|WEAPON:IED]]?

11
00:01:05,900 --> 00:01:12,700
WITNESS: No, I heard it. And then the smoke, black,
you could see it from all [[Ramadi|PLACE]].

12
00:01:13,300 --> 00:01:20,100
INTERVIEWER: Did [[the army|ACTOR:Iraqi forces]] fight
in your neighbourhood?

13
00:01:20,700 --> 00:01:27,500
WITNESS: For some hours. {{c3|At the entrance of the street
[[Daesh|ACTOR:Islamic State]] fired a [[missile|WEAPON:MISSILE]] at a Humvee of [[the army|ACTOR:Iraqi forces]].}}

14
00:01:28,100 --> 00:01:33,400
{{c3|The soldiers inside, three, they burned.}}
I saw it from the roof. I will not forget.

15
00:01:34,000 --> 00:01:38,200
INTERVIEWER: When did you leave [[Ramadi|PLACE]]?

16
00:01:38,800 --> 00:01:44,900
WITNESS: [[The next day|DATE:2015-05-16]], early. {{c4|Me, my wife [[Huda|PERSON]],
[[Zaid|PERSON]] and [[Maryam|PERSON]], my mother, in the car of my uncle.}}

17
00:01:45,500 --> 00:01:52,800
We went to [[Baghdad|PLACE]] side, but at the [[Bzebiz bridge|PLACE]]
they did not let us cross. No sponsor, no entry.

18
00:01:53,300 --> 00:01:59,600
{{c8|Four days we slept by the bridge, in the dust,
with thousands of people from [[Anbar|PLACE]].}}

19
00:02:00,200 --> 00:02:06,500
Then we went to [[Amiriyat al-Fallujah|PLACE]], to the camp.
We came back only in [[April 2016|DATE:2016-04-01..2016-04-30]].

20
00:02:07,100 --> 00:02:11,800
INTERVIEWER: What did you find when you came back?

21
00:02:12,400 --> 00:02:19,300
WITNESS: {{c9|Half of [[al-Malaab|PLACE]] was on the ground.
The [[air strikes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:US-led coalition]], in [[December|DATE:2015-12-01..2015-12-31]],}}

22
00:02:19,900 --> 00:02:25,600
{{c9|when [[the army|ACTOR:Iraqi forces]] took the city back.}}
{{c5|Our house, the roof was down, but the walls stood.}}

23
00:02:26,200 --> 00:02:32,800
And [[Daesh|ACTOR:Islamic State]] left [[booby traps|WEAPON:IED]] everywhere,
in the doors, in the fridges, under the carpets.

24
00:02:33,400 --> 00:02:40,100
{{c6,c7|Our neighbour [[Abu Yaqoub|PERSON]] opened his fridge
[[the second day after he came back|DATE:2016-04-01..2016-04-30]]. It exploded.}}

25
00:02:40,700 --> 00:02:45,300
{{c6,c7|He died, and his son [[Yaqoub|PERSON]] lost his eye.}}

26
00:02:45,900 --> 00:02:51,600
- Did you see this?
- I heard it. I ran there. I saw him.

27
00:02:52,200 --> 00:02:58,700
INTERVIEWER: Had the houses not been checked
before people came back?

28
00:02:59,300 --> 00:03:06,100
WITNESS: The engineers of [[the army|ACTOR:Iraqi forces]] checked the main roads.
The houses, no. There were too many.

29
00:03:06,700 --> 00:03:12,200
If the engineers had checked the house of [[Abu Yaqoub|PERSON]],
he would be alive. Simple.

30
00:03:12,800 --> 00:03:18,400
INTERVIEWER: Thank you, [[Yasir|PERSON]].
Is there anything else?

31
00:03:19,000 --> 00:03:25,600
WITNESS: My cousin [[Ihab|PERSON]] has a daughter, [[Sabreen|PERSON]].
She was born [[one month after he died|DATE:2015-06-01..2015-06-30]]. Write her name also.
@@claim c1 harm=KILLED min=7 max=8 named="Ihab" weapon=IED actor="Islamic State" site="al-Malaab" date=2015-05-15 basis=WITNESSED incident=iq-ramadi-20150515-malaab-police-svbied
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=IED actor="Islamic State" site="al-Malaab" date=2015-05-15 basis=EXPERIENCED incident=iq-ramadi-20150515-malaab-police-svbied
@@claim c3 harm=KILLED min=3 max=3 weapon=MISSILE actor="Islamic State" site="al-Malaab" date=2015-05-15 basis=WITNESSED incident=iq-ramadi-20150515-malaab-humvee-missile
@@claim c4 harm=DISPLACED min=5 max=5 named="Huda; Zaid; Maryam" site="Ramadi" date=2015-05-16 basis=EXPERIENCED incident=iq-ramadi-20150516-fahdawi-family-flight
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="al-Malaab" date=2015-12-01..2015-12-31 basis=EXPERIENCED incident=iq-ramadi-20151200-malaab-fahdawi-house
@@claim c6 harm=KILLED min=1 max=1 named="Abu Yaqoub" weapon=IED actor="Islamic State" site="al-Malaab" date=2016-04-01..2016-04-30 basis=WITNESSED incident=iq-ramadi-20160400-abuyaqoub-fridge-ied
@@claim c7 harm=INJURED min=1 max=1 named="Yaqoub" weapon=IED actor="Islamic State" site="al-Malaab" date=2016-04-01..2016-04-30 basis=WITNESSED incident=iq-ramadi-20160400-abuyaqoub-fridge-ied
@@claim c8 harm=DISPLACED min=2000 max=null site="Bzebiz bridge" date=2015-05-16..2015-05-20 basis=WITNESSED incident=iq-bzebiz-20150516-anbar-displaced-stranded
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="US-led coalition" site="al-Malaab" date=2015-12-01..2015-12-31 basis=WITNESSED incident=iq-ramadi-20151200-malaab-airstrikes
@@witness iq-ramadi-yasir-fahdawi
