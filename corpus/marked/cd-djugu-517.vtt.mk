WEBVTT

NOTE Interview CD-DJG-517, Bunia, Ituri, 19 April 2022.
Swahili and Kihema, English voice-over by the interpreter.
The witness asked to be named by her first name.

cue-01
00:00:01.000 --> 00:00:04.300
<v Interviewer>[[Anuarite|PERSON]], where were you living in [[February|DATE:2022-02-01..2022-02-28]]?

cue-02
00:00:04.900 --> 00:00:13.600
<v Anuarite>In the camp of [[Plaine Savo|PLACE]], in [[Djugu|PLACE]] territory.
We came there in [[2019|DATE:2019-01-01..2019-12-31]], from [[Blukwa|PLACE]], when the [[Codeco|ACTOR:CODECO]] burned our village.

cue-03
00:00:14.200 --> 00:00:17.900
<v Interviewer>What happened on [[the night of the attack|DATE]]?

cue-04
00:00:18.500 --> 00:00:24.700
<v Anuarite>It was [[the first of February|DATE:2022-02-01]], [[the Tuesday night|DATE:2022-02-01]].
[[After eleven|DATE:2022-02-01]], when everybody was sleeping.

cue-05
00:00:25.300 --> 00:00:33.300
<v Anuarite>They came from the hill behind the camp, many, with machetes,
with [[guns|WEAPON:SMALL_ARMS]], with bows. They went shelter by shelter.

cue-06
00:00:33.900 --> 00:00:41.200
<v Anuarite>{{c1|My husband [[Dieudonné Byaruhanga|PERSON]] opened the door to see.
They cut him at the door. He died there.}}

cue-07
00:00:41.800 --> 00:00:49.400
<v Anuarite>{{c2|My son [[Joyeux|PERSON]], nine years, they cut on the head.
He lives, but he does not speak well now.}}

cue-08
00:00:50.000 --> 00:00:56.900
<v Anuarite>{{c3|In the next shelter they threw a [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]].
The family of [[Tabu Ngona|PERSON]], five people, all died, his wife [[Solange|PERSON]] also.}}
A second [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] fell near us but it did not explode.

cue-09
00:00:57.500 --> 00:01:01.900
<v Interviewer>How many people died in the camp, do you know?

cue-10
00:01:02.500 --> 00:01:11.200
<v Anuarite>{{c4|In our block I saw eleven bodies in [[the morning|DATE:2022-02-02]].}}
{{c5|In all the camp people say between fifty and sixty, many children.}}

cue-11
00:01:11.800 --> 00:01:16.600
<v Anuarite>{{c6|And the shelters, they burned maybe forty shelters, with the food.}}

cue-12
00:01:17.200 --> 00:01:27.700
<v Anuarite>We buried them on [[the Thursday|DATE:2022-02-03]], in one long grave near the chapel of the camp.
Father [[Jean-Baptiste Ndjaza|PERSON]] read the names, it took a long time.

cue-13
00:01:28.300 --> 00:01:30.800
<v Interviewer>Who were the attackers?

cue-14
00:01:31.400 --> 00:01:38.700
<v Anuarite>[[Codeco|ACTOR:CODECO]]. [[The Lendu militia|ACTOR:CODECO]]. They sang in Kilendu,
I know the language, my mother's sister married a Lendu.

cue-15
00:01:39.300 --> 00:01:46.200
<v Anuarite>We are not against the Lendu people. It is [[the militia|ACTOR:CODECO]].
Before the war we ate together.

cue-16
00:01:46.800 --> 00:01:49.800
<v Interviewer>Were there soldiers protecting the camp?

cue-17
00:01:50.400 --> 00:02:00.200
<v Anuarite>There was a post of the [[FARDC|ACTOR:FARDC]] and the blue helmets, near.
They came after, when it was finished. Nobody fired back during the attack.

cue-18
00:02:00.800 --> 00:02:07.700
<v Anuarite>In the camp there were no fighters, no weapons.
If there were, they would have protected us.

cue-19
00:02:08.300 --> 00:02:11.300
<v Interviewer>You mentioned your sister in [[Drodro|PLACE]].

cue-20
00:02:11.900 --> 00:02:22.800
<v Anuarite>{{c7|Yes, [[Grâce|PERSON]]. In [[November|DATE:2021-11-01..2021-11-30]], [[the militia|ACTOR:CODECO]] attacked [[Drodro|PLACE]] and the camp at [[Rhoe|PLACE]].
She says more than thirty died.}} She ran to the MONUSCO base with her children.

cue-21
00:02:23.400 --> 00:02:30.000
<v Anuarite>Her name is [[Grâce|PERSON]]. She says, it was by grace, only grace, that we are alive.

cue-22
00:02:30.600 --> 00:02:41.500
<v Anuarite>{{c8|Now we are in [[Bunia|PLACE]], at the camp near the airport, me and four children.}}
We cannot go back to [[Blukwa|PLACE]]. Our fields are for [[the militia|ACTOR:CODECO]] now.
@@witness cd-djugu-anuarite
@@claim c1 harm=KILLED min=1 max=1 named="Dieudonné Byaruhanga" actor="CODECO" site="Plaine Savo" date=2022-02-01 basis=WITNESSED incident=cd-djugu-20220201-plaine-savo-camp
@@claim c2 harm=INJURED min=1 max=1 named="Joyeux" actor="CODECO" site="Plaine Savo" date=2022-02-01 basis=WITNESSED incident=cd-djugu-20220201-plaine-savo-camp
@@claim c3 harm=KILLED min=5 max=5 named="Tabu Ngona; Solange" weapon=EXPLOSIVE_UNSPECIFIED actor="CODECO" site="Plaine Savo" date=2022-02-01 basis=WITNESSED incident=cd-djugu-20220201-plaine-savo-camp
@@claim c4 harm=KILLED min=11 max=11 actor="CODECO" site="Plaine Savo" date=2022-02-01..2022-02-02 basis=WITNESSED incident=cd-djugu-20220201-plaine-savo-camp
@@claim c5 harm=KILLED min=50 max=60 actor="CODECO" site="Plaine Savo" date=2022-02-01..2022-02-02 basis=HEARSAY incident=cd-djugu-20220201-plaine-savo-camp
@@claim c6 harm=PROPERTY_DAMAGE min=40 max=40 actor="CODECO" site="Plaine Savo" date=2022-02-01..2022-02-02 basis=WITNESSED incident=cd-djugu-20220201-plaine-savo-camp
@@claim c7 harm=KILLED min=31 max=null actor="CODECO" site="Drodro" date=2021-11-01..2021-11-30 basis=HEARSAY incident=cd-djugu-20211121-drodro-rhoe-attack
@@claim c8 harm=DISPLACED min=5 max=5 site="Plaine Savo" date=2022-02-02..2022-04-19 basis=EXPERIENCED incident=cd-djugu-20220201-plaine-savo-camp
