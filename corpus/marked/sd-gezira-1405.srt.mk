1
00:00:01,000 --> 00:00:04,600
INTERVIEWER: Please tell us your name
and where your home is.

2
00:00:05,200 --> 00:00:11,800
WITNESS: [[Osman Fadlallah|PERSON]]. I am a farmer from [[Wad al-Haddad|PLACE]],
in [[al-Gezira|PLACE:Gezira]], near the canal. Now we are in [[Gedaref|PLACE]].

3
00:00:12,400 --> 00:00:17,000
INTERVIEWER: When did [[the Rapid Support|ACTOR:Rapid Support Forces]] reach your village?

4
00:00:17,600 --> 00:00:24,000
WITNESS: After they took [[Wad Madani|PLACE]], in [[December|DATE:2023-12-01..2023-12-31]].
They came to us [[the last days of December|DATE:2023-12-25..2023-12-31]], many Land Cruisers.

5
00:00:24,600 --> 00:00:31,200
WITNESS: First they wanted the cars and the gold. They said, if you hide the cars
we will burn the village. So people gave.

6
00:00:31,800 --> 00:00:38,400
WITNESS: {{c1|Hajj [[al-Tayeb Ali|PERSON]], sixty-three, refused to give his pickup,
and one of them shot him in the chest in front of his door.}}

7
00:00:39,000 --> 00:00:42,500
INTERVIEWER: You saw this?

8
00:00:43,100 --> 00:00:47,800
WITNESS: I was in the street. I saw it. I carried him inside with his son.

9
00:00:48,400 --> 00:00:55,000
WITNESS: {{c2|Then on [[the 2nd of January|DATE:2024-01-02]] they came back and took the young men,
my two sons, [[Mujtaba|PERSON]] and [[Musab|PERSON]], and four boys more, in a Land Cruiser.}}

10
00:00:55,600 --> 00:01:00,200
INTERVIEWER: Why did they take them?

11
00:01:00,800 --> 00:01:06,400
WITNESS: They said they are with [[the army|ACTOR:Sudanese Armed Forces]], spies.
They are students. Only students.

12
00:01:07,000 --> 00:01:12,600
WITNESS: {{c3|Me also they took, when I went to ask. They put us in a store of fertiliser,
twenty men, three days, water only once a day.}}

13
00:01:13,200 --> 00:01:18,000
INTERVIEWER: And your sons?

14
00:01:18,600 --> 00:01:24,800
WITNESS: {{c4|[[Musab|PERSON]] they let go [[after ten days|DATE:2024-01-12]], with two of the boys.}}
{{c5|[[Mujtaba|PERSON]], no.}}

15
00:01:25,400 --> 00:01:31,000
WITNESS: {{c5|We have not heard from him since. Nobody knows where they took him.}}
He is twenty-four.

16
00:01:31,600 --> 00:01:36,000
- Do you know if he is alive?
- I don't know. {{c5|I don't know if he is alive.}}

17
00:01:36,600 --> 00:01:43,400
WITNESS: [[Musab|PERSON]] says the last time he saw his brother they were in a house
in [[al-Hasaheisa|PLACE]], with other prisoners.

18
00:01:44,000 --> 00:01:50,000
WITNESS: {{c6|He says in that house they kept more than thirty men,
from the villages of the canal.}}

19
00:01:50,600 --> 00:01:55,000
INTERVIEWER: Have you looked for [[Mujtaba|PERSON]] in any other way?

20
00:01:55,600 --> 00:02:03,400
WITNESS: {{c7|The page of the resistance committee of [[al-Hasaheisa|PLACE]], on Facebook,
wrote in [[February|DATE:2024-02-01..2024-02-29]] that hundreds of young men of the area are missing since the [[RSF|ACTOR:Rapid Support Forces]] came.}}

21
00:02:04,000 --> 00:02:09,000
WITNESS: They put his photo with the others. Until now, no answer.

22
00:02:09,600 --> 00:02:15,200
INTERVIEWER: Was there also fighting
in the area?

23
00:02:15,800 --> 00:02:23,600
WITNESS: Yes. {{c8,c9|In [[February|DATE:2024-02-01..2024-02-29]], [[the planes|WEAPON:AIRSTRIKE]] of [[the army|ACTOR:Sudanese Armed Forces]] hit the market of [[Wad al-Haddad|PLACE]], where the [[Janjaweed|ACTOR:Rapid Support Forces]] sold the things they stole.}}

24
00:02:24,200 --> 00:02:31,000
WITNESS: {{c8|Ten or twelve shops burned.}} {{c9|A woman who sold tea, [[Hawa|PERSON]],
was hurt in the legs.}} I was not far, I heard [[the plane|WEAPON:AIRSTRIKE]] and I ran.

25
00:02:31,600 --> 00:02:37,400
WITNESS: Nobody from the [[RSF|ACTOR:Rapid Support Forces]] was hurt. They were not there
at that hour.

26
00:02:38,000 --> 00:02:43,000
INTERVIEWER: Did you hear of other villages?

27
00:02:43,600 --> 00:02:51,200
WITNESS: {{c10|My brother-in-law in [[Rufaa|PLACE]] told me that in [[January|DATE:2024-01-01..2024-01-31]] the [[RSF|ACTOR:Rapid Support Forces]] killed between 10 and 15 men
in one village east of the [[Nile|PLACE]], because the young men there resisted them.}}

28
00:02:51,800 --> 00:02:56,000
WITNESS: The name of the village I did not understand well on the phone.

29
00:02:56,600 --> 00:03:02,800
INTERVIEWER: When did you leave [[Wad al-Haddad|PLACE]]?

30
00:03:03,400 --> 00:03:11,000
WITNESS: {{c11|In [[March|DATE:2024-03-01..2024-03-31]], we left, all the family,
fourteen people, on a donkey cart and walking, to [[al-Fao|PLACE]] and then [[Gedaref|PLACE]].}}

31
00:03:11,600 --> 00:03:18,000
WITNESS: [[Musab|PERSON]] did not want to go. He said, if [[Mujtaba|PERSON]] comes back,
who will open the door for him?

32
00:03:18,600 --> 00:03:22,000
INTERVIEWER: Thank you, [[Osman|PERSON]].

@@witness sd-gezira-osman-fadlallah
@@claim c1 harm=KILLED min=1 max=1 named="al-Tayeb Ali" weapon=SMALL_ARMS actor="Rapid Support Forces" site="Wad al-Haddad" date=2023-12-25..2023-12-31 basis=WITNESSED incident=sd-wadalhaddad-20231200-altayeb-pickup-shooting
@@claim c2 harm=DETAINED min=6 max=6 named="Mujtaba; Musab" actor="Rapid Support Forces" site="Wad al-Haddad" date=2024-01-02 basis=WITNESSED incident=sd-wadalhaddad-20240102-young-men-taken
@@claim c3 harm=DETAINED min=20 max=20 actor="Rapid Support Forces" site="Wad al-Haddad" date=2024-01-02..2024-01-05 basis=EXPERIENCED incident=sd-wadalhaddad-20240102-fadlallah-fertiliser-store
@@claim c4 harm=DETAINED min=3 max=3 named="Musab" actor="Rapid Support Forces" site="Wad al-Haddad" date=2024-01-02..2024-01-12 basis=WITNESSED incident=sd-wadalhaddad-20240102-young-men-taken
@@claim c5 harm=MISSING min=1 max=1 named="Mujtaba" actor="Rapid Support Forces" site="Wad al-Haddad" date=2024-01-02 basis=WITNESSED incident=sd-wadalhaddad-20240102-young-men-taken
@@claim c6 harm=DETAINED min=31 max=null actor="Rapid Support Forces" site="al-Hasaheisa" date=2024-01-01..2024-01-31 basis=HEARSAY incident=sd-hasaheisa-20240100-house-prison
@@claim c7 harm=MISSING min=200 max=null actor="Rapid Support Forces" site="al-Hasaheisa" date=2024-02-01..2024-02-29 basis=REPORTED incident=sd-hasaheisa-20240200-committee-missing-list
@@claim c8 harm=PROPERTY_DAMAGE min=10 max=12 weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Wad al-Haddad" date=2024-02-01..2024-02-29 basis=WITNESSED incident=sd-wadalhaddad-20240200-market-air-strike
@@claim c9 harm=INJURED min=1 max=1 named="Hawa" weapon=AIRSTRIKE actor="Sudanese Armed Forces" site="Wad al-Haddad" date=2024-02-01..2024-02-29 basis=WITNESSED incident=sd-wadalhaddad-20240200-market-air-strike
@@claim c10 harm=KILLED min=10 max=15 actor="Rapid Support Forces" date=2024-01-01..2024-01-31 basis=HEARSAY incident=sd-gezira-20240100-east-nile-village-killing
@@claim c11 harm=DISPLACED min=14 max=14 site="Wad al-Haddad" date=2024-03-01..2024-03-31 basis=EXPERIENCED incident=sd-wadalhaddad-20240300-fadlallah-family-flight
