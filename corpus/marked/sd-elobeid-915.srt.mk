1
00:00:01,200 --> 00:00:05,800
INTERVIEWER: Can you say your name for the recording?

2
00:00:06,400 --> 00:00:11,000
WITNESS: [[Hamid Adam Kabbashi|PERSON]]. From [[Babanusa|PLACE]], [[West Kordofan|PLACE]].
Now in [[El Obeid|PLACE]], in [[Al-Ubayyid|PLACE:El Obeid]] as we say it.

3
00:00:11,600 --> 00:00:17,300
INTERVIEWER: You left [[Babanusa|PLACE]] during the siege?

4
00:00:17,900 --> 00:00:24,600
WITNESS: Yes. [[The Rapid Support|ACTOR:Rapid Support Forces]] surrounded the town in [[January 2024|DATE:2024-01-01..2024-01-31]],
because the division of [[the army|ACTOR:Sudanese Armed Forces]] is there, the 22nd.

5
00:00:25,200 --> 00:00:31,900
{{c1|They were shelling every day the town, not only the army base,
the houses, the market, with [[Katyusha|WEAPON:ROCKET]] and with [[mortars|WEAPON:MORTAR]].}}

6
00:00:32,500 --> 00:00:38,000
- Was your house hit?
- {{c2|Our house, no. The house of my brother-in-law, [[Jibril|PERSON]], yes.}}

7
00:00:38,600 --> 00:00:45,200
{{c3|A [[rocket|WEAPON:ROCKET]] in [[the morning|DATE]], [[the second week of February|DATE:2024-02-08..2024-02-14]].
His daughter [[Hanan|PERSON]], fourteen, she was killed in the kitchen.}}

8
00:00:45,800 --> 00:00:51,000
{{c4|And his wife injured, in the back, she is still in a wheelchair.}}

9
00:00:51,600 --> 00:00:57,900
INTERVIEWER: How many people from the town were killed in [[that period|DATE]], do you know?

10
00:00:58,500 --> 00:01:05,100
WITNESS: {{c5|In our quarter, [[Hai al-Matar|PLACE]], I know nine dead from the [[shells|WEAPON:ARTILLERY]], nine or ten,
until we left.}} In all the town, God knows. People said hundreds but I don't know.

11
00:01:05,700 --> 00:01:11,200
INTERVIEWER: When did you leave?

12
00:01:11,800 --> 00:01:18,500
WITNESS: {{c6|[[Three days before Eid al-Fitr|DATE:2024-04-07]], [[last year|DATE:2024-01-01..2024-12-31]]. We went by lorry to [[El Obeid|PLACE]],
eighteen people, my family and the family of [[Jibril|PERSON]].}}

13
00:01:19,100 --> 00:01:24,700
INTERVIEWER: And in [[El Obeid|PLACE]], have you been safe?

14
00:01:25,300 --> 00:01:31,900
WITNESS: Allah karim. Mostly safe, but now [[the drones|WEAPON:DRONE_STRIKE]] come.
The [[RSF|ACTOR:Rapid Support Forces]] sends them from far.

15
00:01:32,500 --> 00:01:38,100
INTERVIEWER: Did you see a [[drone|WEAPON:DRONE_STRIKE]] attack?

16
00:01:38,700 --> 00:01:45,300
WITNESS: {{c7|Yes, in [[March|DATE:2025-03-01..2025-03-31]], [[this year|DATE]], at [[suhoor time|DATE:2025-03-01..2025-03-31]] in [[Ramadan|DATE:2025-03-01..2025-03-30]],
a [[drone|WEAPON:DRONE_STRIKE]] hit near the [[Sheikan|PLACE]] power station.}}

17
00:01:45,900 --> 00:01:52,400
{{c7|The electricity was cut for one week, the whole city.}}
{{c8|Two guards killed, I heard, I did not see them.}}

18
00:01:53,000 --> 00:01:59,500
INTERVIEWER: Whose [[drone|WEAPON:DRONE_STRIKE]], do you think?

19
00:02:00,100 --> 00:02:06,000
WITNESS: The [[RSF|ACTOR:Rapid Support Forces]] one. [[The army|ACTOR:Sudanese Armed Forces]] does not strike its own city.
Some people said a [[Shahed|WEAPON:DRONE_STRIKE]], but I don't know these names.

20
00:02:06,600 --> 00:02:13,000
WITNESS: {{c9|And in [[May|DATE:2025-05-01..2025-05-31]] they hit the fuel depot, near the airport,
the fire was burning two days, black smoke over all [[El Obeid|PLACE]].}}

21
00:02:13,600 --> 00:02:18,900
Nobody died there, thanks to God, the workers had run when they heard the motor.

22
00:02:19,500 --> 00:02:25,700
INTERVIEWER: Is there anything you want to add?

23
00:02:26,300 --> 00:02:32,800
WITNESS: My nephew, [[Karim|PERSON]], he stayed in [[Babanusa|PLACE]] with [[the army|ACTOR:Sudanese Armed Forces]].
He is a soldier. We have no news from him since [[December|DATE:2024-12-01..2024-12-31]].

24
00:02:33,400 --> 00:02:39,800
INTERVIEWER: Did anyone else from your family stay behind in [[Babanusa|PLACE]]?

25
00:02:40,500 --> 00:02:47,600
WITNESS: My old uncle, [[Yagoub Kabbashi|PERSON]]. He refused to leave his goats.
In [[October|DATE:2024-10-01..2024-10-31]] we heard he was killed.

26
00:02:48,300 --> 00:02:55,900
{{c10|A neighbour called from [[Muglad|PLACE]] and said a [[mortar|WEAPON:MORTAR]] fell in his yard,
[[one evening after the maghrib|DATE:2024-10-01..2024-10-31]], and my uncle and his goat-boy, [[Idris|PERSON]], died.}}

27
00:02:56,600 --> 00:03:02,000
We could not go to bury him. The road was closed, [[the Rapid Support|ACTOR:Rapid Support Forces]] everywhere.
@@witness sd-babanusa-hamid-kabbashi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Rapid Support Forces" site="Babanusa" date=2024-01-01..2024-04-07 basis=WITNESSED incident=sd-babanusa-20240100-siege-shelling
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Rapid Support Forces" site="Babanusa" date=2024-02-08..2024-02-14 basis=WITNESSED incident=sd-babanusa-20240200-jibril-house-rocket
@@claim c3 harm=KILLED min=1 max=1 named="Hanan" weapon=ROCKET actor="Rapid Support Forces" site="Babanusa" date=2024-02-08..2024-02-14 basis=WITNESSED incident=sd-babanusa-20240200-jibril-house-rocket
@@claim c4 harm=INJURED min=1 max=1 weapon=ROCKET actor="Rapid Support Forces" site="Babanusa" date=2024-02-08..2024-02-14 basis=WITNESSED incident=sd-babanusa-20240200-jibril-house-rocket
@@claim c5 harm=KILLED min=9 max=10 weapon=ARTILLERY actor="Rapid Support Forces" site="Hai al-Matar" date=2024-01-01..2024-04-07 basis=WITNESSED incident=sd-babanusa-20240100-siege-shelling
@@claim c6 harm=DISPLACED min=18 max=18 site="Babanusa" date=2024-04-07 basis=EXPERIENCED incident=sd-babanusa-20240100-siege-shelling
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Rapid Support Forces" site="Sheikan" date=2025-03-01..2025-03-30 basis=WITNESSED incident=sd-elobeid-20250300-power-station-drone
@@claim c8 harm=KILLED min=2 max=2 weapon=DRONE_STRIKE actor="Rapid Support Forces" site="Sheikan" date=2025-03-01..2025-03-30 basis=HEARSAY incident=sd-elobeid-20250300-power-station-drone
@@claim c9 harm=PROPERTY_DAMAGE min=null max=null weapon=DRONE_STRIKE actor="Rapid Support Forces" site="El Obeid" date=2025-05-01..2025-05-31 basis=WITNESSED incident=sd-elobeid-20250500-fuel-depot-drone
@@claim c10 harm=KILLED min=2 max=2 named="Yagoub Kabbashi; Idris" weapon=MORTAR site="Babanusa" date=2024-10-01..2024-10-31 basis=HEARSAY incident=sd-babanusa-20241000-uncle-yard-mortar
