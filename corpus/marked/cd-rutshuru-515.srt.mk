1
00:00:00,800 --> 00:00:05,200
INTERVIEWER: Good afternoon. You worked
at the hospital in [[Rutshuru|PLACE]]?

2
00:00:05,700 --> 00:00:11,900
WITNESS: Yes, at [[Rutshuru General Hospital|PLACE]],
in the maternity. I am a midwife. [[Jeanine Kahambu|PERSON]].

3
00:00:12,400 --> 00:00:16,800
INTERVIEWER: Can you tell us about
[[the 29th of October|DATE:2022-10-29]]?

4
00:00:17,300 --> 00:00:23,900
WITNESS: [[That Saturday|DATE:2022-10-29]], yes. [[The night before|DATE]],
all night, the [[shelling|WEAPON:ARTILLERY]] on the hills around [[Rutshuru|PLACE]],

5
00:00:24,400 --> 00:00:31,700
and the [[rockets|WEAPON:ROCKET]], we heard them go over.
We kept the mothers in the corridor, away from windows.

6
00:00:32,200 --> 00:00:38,400
{{c1|[[Around seven in the morning|DATE:2022-10-29]] one [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]] fell
inside the hospital compound, near the kitchen.}}

7
00:00:38,900 --> 00:00:47,300
{{c2|A woman who was cooking for her sister, Mama [[Riziki|PERSON]],
she died there. And a guard, [[Nzabonimpa|PERSON]], the husband of [[Nyiransabimana|PERSON]].}}

8
00:00:47,800 --> 00:00:55,800
{{c3|Five or six were wounded, two of them our patients,
[[Bahati|PERSON]] and old [[Sebisaba|PERSON]], who were walking in the yard.}}

9
00:00:56,300 --> 00:01:00,700
- Did you see it fall?
- I heard it.

10
00:01:01,200 --> 00:01:08,800
I came out after, I saw the hole and the kitchen
without roof, and the bodies under the blankets.

11
00:01:09,300 --> 00:01:15,500
Dr. [[Kakule|PERSON]] operated all day with the generator,
because the power was cut since [[Thursday|DATE:2022-10-27]].

12
00:01:16,000 --> 00:01:24,400
I held the lamp for him. My colleague [[Sifa|PERSON]] washed the wounds
with water from the tank, we had nothing else.

13
00:01:24,900 --> 00:01:30,400
INTERVIEWER: Other people told us a [[shell|WEAPON:ARTILLERY]] fell
in [[Kiwanja|PLACE]] [[the same morning|DATE:2022-10-29]].

14
00:01:30,900 --> 00:01:38,500
WITNESS: Yes, [[Kiwanja|PLACE]] is just there, two kilometres.
[[That day|DATE]] [[bombs|WEAPON:EXPLOSIVE_UNSPECIFIED]] fell in many places. Ours was the hospital.

15
00:01:39,000 --> 00:01:43,800
INTERVIEWER: Do you know who fired
the [[bomb|WEAPON:EXPLOSIVE_UNSPECIFIED]] at the hospital?

16
00:01:44,300 --> 00:01:50,900
WITNESS: No. The [[M23|ACTOR:M23]] was on one side,
[[the army|ACTOR:FARDC]] and the [[Wazalendo|ACTOR:Wazalendo]] on the other.

17
00:01:51,400 --> 00:01:57,200
I am a midwife, I cannot know from where.
Nobody came to check after.

18
00:01:57,700 --> 00:02:01,700
INTERVIEWER: Were there soldiers
or weapons in the hospital?

19
00:02:02,200 --> 00:02:08,000
WITNESS: No. Only two wounded soldiers
from [[the army|ACTOR:FARDC]], in the surgery, without weapons.

20
00:02:08,500 --> 00:02:14,300
After the [[M23|ACTOR:M23]] came into the town,
in [[the afternoon|DATE:2022-10-29]], they took them away.

21
00:02:14,800 --> 00:02:18,500
{{c4|Those two soldiers, we never saw them again.}}

22
00:02:19,000 --> 00:02:22,000
INTERVIEWER: Did you stay in [[Rutshuru|PLACE]]?

23
00:02:22,500 --> 00:02:30,500
WITNESS: I stayed until [[March|DATE:2023-03-01..2023-03-31]]. Then they started
to take the young men from the quarters, for training, they said.

24
00:02:31,000 --> 00:02:37,900
{{c5|My son [[Kambere|PERSON]], seventeen, they took him
from the market on [[a Sunday|DATE:2023-03-01..2023-03-31]], with nine other boys.}}

25
00:02:38,400 --> 00:02:45,000
{{c5|We have had no news since.}} So I came here
to [[Goma|PLACE]], with my two daughters.

26
00:02:45,500 --> 00:02:51,700
- Who took him?
- Men of the [[M23|ACTOR:M23]], in uniform. The neighbours saw it.
@@witness cd-rutshuru-jeanine-kahambu
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=EXPLOSIVE_UNSPECIFIED site="Rutshuru General Hospital" date=2022-10-29 basis=WITNESSED incident=cd-rutshuru-20221029-hospital-bomb
@@claim c2 harm=KILLED min=2 max=2 named="Riziki; Nzabonimpa" weapon=EXPLOSIVE_UNSPECIFIED site="Rutshuru General Hospital" date=2022-10-29 basis=WITNESSED incident=cd-rutshuru-20221029-hospital-bomb
@@claim c3 harm=INJURED min=5 max=6 named="Bahati; Sebisaba" weapon=EXPLOSIVE_UNSPECIFIED site="Rutshuru General Hospital" date=2022-10-29 basis=WITNESSED incident=cd-rutshuru-20221029-hospital-bomb
@@claim c4 harm=MISSING min=2 max=2 actor="M23" site="Rutshuru General Hospital" date=2022-10-29 basis=WITNESSED incident=cd-rutshuru-20221029-wounded-soldiers-taken
@@claim c5 harm=MISSING min=10 max=10 named="Kambere" actor="M23" site="Rutshuru" date=2023-03-01..2023-03-31 basis=HEARSAY incident=cd-rutshuru-20230300-boys-taken
