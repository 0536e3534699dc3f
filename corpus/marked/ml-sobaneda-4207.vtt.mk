WEBVTT - ML-SBD-4207

NOTE
Interview ML-SBD-4207, recorded 14 April 2022 in Bandiagara, Mopti region, Mali.
Language: French (witness's own), lightly edited for the subtitles.
Witness: schoolteacher, formerly of Sobane Da.

s01
00:00:01.000 --> 00:00:05.500
<v Interviewer>You were the teacher in [[Sobame Da|PLACE:Sobane Da]]?

s02
00:00:06.000 --> 00:00:12.400
<v Issa Ongoïba>Yes, eight years. [[Issa Ongoïba|PERSON]]. But I closed the school in [[2018|DATE:2018-01-01..2018-12-31]],
because the letters came, the threats. They did not want French school.

s03
00:00:13.000 --> 00:00:17.800
<v Interviewer>Where were you on [[the night of the attack|DATE:2019-06-09..2019-06-10]], in [[June 2019|DATE:2019-06-01..2019-06-30]]?

s04
00:00:18.300 --> 00:00:24.600
<v Issa Ongoïba>In my house, in [[Sobane-Kou|PLACE:Sobane Da]], the lower part.
[[The night of the 9th to the 10th|DATE:2019-06-09..2019-06-10]]. [[Sunday to Monday|DATE:2019-06-09..2019-06-10]].

s05
00:00:25.100 --> 00:00:31.000
<v Issa Ongoïba>I heard the [[gunfire|WEAPON:SMALL_ARMS]] first from the upper part,
from the quarter of the chief. I took my wife and the children into the millet.

s06
00:00:31.500 --> 00:00:38.200
<v Issa Ongoïba>{{c1|My daughter [[Aminata|PERSON]] was slow, she is nine.
A burning piece of the roof fell on her back. She has the marks now, all the back.}}

s07
00:00:38.800 --> 00:00:44.000
<v Interviewer>What did you find in [[the morning|DATE:2019-06-10]]?

s08
00:00:44.600 --> 00:00:51.300
<v Issa Ongoïba>{{c2|In the upper part, I walked from house to house with the chief's son.
I counted seventeen bodies. Seventeen, with my own eyes.}}

s09
00:00:51.900 --> 00:00:57.800
<v Issa Ongoïba>{{c2|Among them my brother-in-law, [[Antimè Dolo|PERSON]]. They shot him at his door.}}
Many of the others were burned inside.

s10
00:00:58.400 --> 00:01:04.000
<v Interviewer>Some people said the school was burned.

s11
00:01:04.500 --> 00:01:09.800
<v Issa Ongoïba>No. I went to see. The doors were open, the benches were there.
Nothing was burned in the school. Only the flag was gone.

s12
00:01:10.400 --> 00:01:17.000
<v Issa Ongoïba>{{c3|Later, in [[Bandiagara|PLACE]], at the prefecture, they read the list
to the families. Thirty-five names. I think the list is short.}}

s13
00:01:17.600 --> 00:01:22.000
<v Interviewer>Why do you think so?

s14
00:01:22.500 --> 00:01:29.300
<v Issa Ongoïba>Because some were strangers, herders passing, nobody wrote them.
And some were never found. But I only say seventeen, what I saw.

s15
00:01:29.900 --> 00:01:34.500
<v Interviewer>You also wanted to tell me about your cousin.

s16
00:01:35.000 --> 00:01:41.600
<v Issa Ongoïba>[[Boureima|PERSON]]. [[Boureima Ongoïba|PERSON]]. He sold onions at the market of [[Dinangourou|PLACE]],
on the [[Koro|PLACE]] side. In [[March|DATE:2022-03-01..2022-03-31]], the market day, [[a Thursday|DATE:2022-03-01..2022-03-31]].

s17
00:01:42.200 --> 00:01:49.000
<v Issa Ongoïba>{{c4|He and three or four other young men were going back on motorcycles,
and [[the drone|WEAPON:DRONE_STRIKE]] fired a [[missile|WEAPON:MISSILE]] on them, on the track.}}

s18
00:01:49.600 --> 00:01:55.300
<v Issa Ongoïba>{{c4|All of them died. My uncle called me [[the same night|DATE:2022-03-01..2022-03-31]]. I was here.}}
I did not see. I tell you what my uncle told me.

s19
00:01:55.900 --> 00:02:00.600
<v Interviewer>Whose [[drone|WEAPON:DRONE_STRIKE]] was it?

s20
00:02:01.200 --> 00:02:08.000
<v Issa Ongoïba>[[The army|ACTOR:Malian armed forces]], the [[FAMa|ACTOR:Malian armed forces]]. [[The jihadists|ACTOR:JNIM]] have no drones.
On the radio [[the army|ACTOR:Malian armed forces]] said they killed terrorists near [[Dinangourou|PLACE]].

s21
00:02:08.600 --> 00:02:14.000
<v Issa Ongoïba>Terrorists with sacks of onions? If he was with [[the men of the bush|ACTOR:JNIM]],
I would know. He was not.

s22
00:02:14.500 --> 00:02:18.400
<v Interviewer>Thank you, [[Issa|PERSON]].
@@witness ml-sobaneda-issa-ongoiba
@@claim c1 harm=INJURED min=1 max=1 named="Aminata" site="Sobane-Kou" date=2019-06-09..2019-06-10 basis=WITNESSED incident=ml-sobaneda-20190610-night-attack
@@claim c2 harm=KILLED min=17 max=17 named="Antimè Dolo" site="Sobame Da" date=2019-06-09..2019-06-10 basis=WITNESSED incident=ml-sobaneda-20190610-night-attack
@@claim c3 harm=KILLED min=35 max=35 site="Sobame Da" date=2019-06-09..2019-06-10 basis=REPORTED incident=ml-sobaneda-20190610-night-attack
@@claim c4 harm=KILLED min=4 max=5 named="Boureima Ongoïba" weapon=DRONE_STRIKE actor="Malian armed forces" site="Dinangourou" date=2022-03-01..2022-03-31 basis=HEARSAY incident=ml-koro-20220300-dinangourou-motorbike-drone
