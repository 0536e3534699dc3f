1
00:00:01,000 --> 00:00:05,200
INTERVIEWER: Thank you, [[Ibrahim|PERSON]]. You work at the clinic here in [[Tawilla|PLACE:Tawila]]?

2
00:00:05,900 --> 00:00:11,400
WITNESS: Yes, I am a nurse, a medical assistant.
Before, I worked in the hospital in [[Kutum|PLACE]].

3
00:00:12,000 --> 00:00:17,800
INTERVIEWER: I want to ask about the [[shelling|WEAPON:ARTILLERY]] on the [[Dali|PLACE]] camp,
at [[the start of May|DATE:2025-05-01..2025-05-31]].

4
00:00:18,300 --> 00:00:24,000
WITNESS: Yes. [[The 4th of May|DATE:2025-05-04]]. No, wait. [pause]
It was [[the Saturday|DATE:2025-05-03]], so [[the 3rd|DATE:2025-05-03]]. I was on duty from [[the night|DATE]].

5
00:00:24,600 --> 00:00:30,100
{{c1|Around [[nine in the morning|DATE:2025-05-03]] they started bringing the wounded, on carts, on backs.}}

6
00:00:30,700 --> 00:00:36,900
{{c1|I registered twenty-six injured [[that day|DATE:2025-05-03]], eleven of them children.}}
- Twenty-six.

7
00:00:37,400 --> 00:00:43,600
- Yes. {{c2|And ten dead were brought to us, or died with us.}}
{{c2|Two more died in [[the night|DATE]], so twelve.}}

8
00:00:44,200 --> 00:00:50,800
INTERVIEWER: Did you see what kind of weapon?
WITNESS: We took out pieces from the wounds, big pieces.

9
00:00:51,400 --> 00:00:57,000
These are [[artillery|WEAPON:ARTILLERY]], I think, or big [[hawn|WEAPON:MORTAR]],
the people say hawn, it means mortar. From the north.

10
00:00:57,600 --> 00:01:03,900
INTERVIEWER: Did anyone tell you who fired them?
WITNESS: [[The Rapid Support|ACTOR:Rapid Support Forces]], the [[RSF|ACTOR:Rapid Support Forces]].

11
00:01:04,500 --> 00:01:10,200
They were sitting around [[Tabit|PLACE]] and [[Shagra|PLACE]] those weeks. Everybody knew.

12
00:01:10,800 --> 00:01:16,000
INTERVIEWER: Do you remember any of the patients by name?

13
00:01:16,600 --> 00:01:23,400
WITNESS: {{c3|A boy, [[Abakar Hassaballa|PERSON]], eleven years. He lost his hand.}}
{{c3|And an old man, Haj [[Suleiman Dawood|PERSON]], in the chest, he survived, thanks to God.}}

14
00:01:24,000 --> 00:01:29,700
INTERVIEWER: Was that the only attack on [[Tawila|PLACE]] while you were here?

15
00:01:30,300 --> 00:01:36,800
WITNESS: No. There was [[the drone|WEAPON:DRONE_STRIKE]] also, on the market,
in [[June|DATE:2025-06-01..2025-06-30]], [[the 11th of June|DATE:2025-06-11]], in [[the afternoon|DATE:2025-06-11]].

16
00:01:37,400 --> 00:01:44,000
{{c4|It hit near the place of the phone chargers, in [[Tawila|PLACE]] market.
Four people killed there, I saw them at the clinic.}}

17
00:01:44,600 --> 00:01:50,100
{{c4|One was the charger man, [[Jaafar|PERSON]], a young man, we all knew him.}}

18
00:01:50,700 --> 00:01:56,900
{{c5|And the fire took maybe ten shops, the market people told me.}}

19
00:01:57,500 --> 00:02:03,200
INTERVIEWER: Whose [[drone|WEAPON:DRONE_STRIKE]], do you know?
WITNESS: People said [[Rapid Support|ACTOR:Rapid Support Forces]] [[drone|WEAPON:DRONE_STRIKE]]. But [[the army|ACTOR:Sudanese Armed Forces]] also has drones.

20
00:02:03,800 --> 00:02:09,300
So I cannot say. I only know what came into the clinic.

21
00:02:09,900 --> 00:02:15,800
INTERVIEWER: Have you had more [[shelling|WEAPON:ARTILLERY]] since then?
WITNESS: No, since then no [[shelling|WEAPON:ARTILLERY]] here, thanks to God.

22
00:02:16,400 --> 00:02:22,000
But every night the people listen to the sky, and if the children hear a motor,
they run. Even a lorry.

23
00:02:22,600 --> 00:02:28,900
INTERVIEWER: The people who died on [[the 3rd of May|DATE:2025-05-03]], do you remember their names?

24
00:02:29,500 --> 00:02:36,200
WITNESS: {{c6|Some. [[Haroun Ishag|PERSON]], a water seller, and his wife [[Zahra|PERSON]].
A little girl, [[Jamila|PERSON]], I think four years.}}

25
00:02:36,800 --> 00:02:42,500
{{c6|And [[Fatna|PERSON]] from [[Daba Naira|PLACE]] block, with her daughter.}}
I wrote all the names in the register, it is with the organisation now.

26
00:02:43,100 --> 00:02:49,000
- Thank you, [[Ibrahim|PERSON]].
- It is my work. Write that we need bandages.
@@witness sd-tawila-ibrahim-nurse
@@claim c1 harm=INJURED min=26 max=26 weapon=ARTILLERY actor="Rapid Support Forces" site="Dali" date=2025-05-03 basis=WITNESSED incident=sd-tawila-20250503-camp-shelling
@@claim c2 harm=KILLED min=12 max=12 weapon=ARTILLERY actor="Rapid Support Forces" site="Dali" date=2025-05-03 basis=WITNESSED incident=sd-tawila-20250503-camp-shelling
@@claim c3 harm=INJURED min=2 max=2 named="Abakar Hassaballa; Suleiman Dawood" weapon=ARTILLERY actor="Rapid Support Forces" site="Dali" date=2025-05-03 basis=WITNESSED incident=sd-tawila-20250503-camp-shelling
@@claim c4 harm=KILLED min=4 max=4 named="Jaafar" weapon=DRONE_STRIKE site="Tawila" date=2025-06-11 basis=WITNESSED incident=sd-tawila-20250611-market-drone
@@claim c5 harm=PROPERTY_DAMAGE min=10 max=10 weapon=DRONE_STRIKE site="Tawila" date=2025-06-11 basis=HEARSAY incident=sd-tawila-20250611-market-drone
@@claim c6 harm=KILLED min=5 max=5 named="Haroun Ishag; Zahra; Jamila; Fatna" weapon=ARTILLERY actor="Rapid Support Forces" site="Dali" date=2025-05-03 basis=WITNESSED incident=sd-tawila-20250503-camp-shelling
