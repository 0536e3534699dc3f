WEBVTT - testimony UA-KHE-4103

NOTE
Interview ID: UA-KHE-4103
Date of interview: 2023-12-05
Place of interview: Kherson, Ukraine, a volunteer centre
Language: Ukrainian and Russian, English voice-over
Witness: Svitlana Kozak, 49, shop assistant

c001
00:00:01.000 --> 00:00:04.937
<v Interviewer>Thank you for coming. You live in [[Kherson|PLACE]] now?

c002
00:00:05.390 --> 00:00:14.404
<v Svitlana Kozak>Yes, in [[Korabel|PLACE]], the island part, near the river port.
All the war I was in [[Herson|PLACE:Kherson]], in occupation and after.

c003
00:00:14.910 --> 00:00:19.481
<v Interviewer>I want to ask about the aid point on [[Perekopska street|PLACE]].

c004
00:00:20.040 --> 00:00:27.788
<v Svitlana Kozak>Yes. It was [[the Wednesday after our Christmas|DATE:2023-01-11]],
so [[the 11th of January|DATE:2023-01-11]]. [[About eleven in the morning|DATE:2023-01-11]].

c005
00:00:28.400 --> 00:00:36.665
<v Svitlana Kozak>They gave out bread and the sets with oil and sugar,
maybe sixty people in the line, mostly pensioners.

c006
00:00:37.330 --> 00:00:45.712
<v Svitlana Kozak>The [[Grad|WEAPON:ROCKET]] came from the left bank.
Six or seven [[rockets|WEAPON:ROCKET]], one after the other, you can't run from that.

c007
00:00:46.130 --> 00:00:54.649
<v Svitlana Kozak>{{c1|Two people left us right there on the asphalt,
a man with a cart and [[Tamara Ivanivna|PERSON]], from my building.}}

c008
00:00:55.120 --> 00:01:04.916
<v Svitlana Kozak>{{c2|And a boy, [[Danylo|PERSON]], sixteen, he came with his grandmother.
He passed away in the ambulance, his grandmother told me at the funeral.}}

c009
00:01:05.440 --> 00:01:12.693
<v Svitlana Kozak>{{c3|With cuts and pieces of metal, fourteen, fifteen people,
the volunteers loaded them into their own cars.}}

c010
00:01:13.270 --> 00:01:24.460
<v Svitlana Kozak>{{c4|Me, I was at the end of the line. I still cannot hear
on the left side, the doctor says the eardrum, it will not come back.}}

c011
00:01:25.090 --> 00:01:29.577
<v Interviewer>Some people say the hospital was also hit [[that day|DATE:2023-01-11]].

c012
00:01:30.260 --> 00:01:39.424
<v Svitlana Kozak>No, no. People said it, but it was not true.
The hospital is the next block, it was not touched [[that day|DATE:2023-01-11]].

c013
00:01:39.860 --> 00:01:42.321
<v Interviewer>Who fired, in your opinion?

c014
00:01:42.810 --> 00:01:51.868
<v Svitlana Kozak>From the left bank only [[the Russians|ACTOR:Russian armed forces in Ukraine]] are there.
Who else. Our side does not shoot at its own bread line.

c015
00:01:52.410 --> 00:02:03.105
<v Svitlana Kozak>After that we were afraid to stand in any line.
We thought they would shoot again at the next one. They did not, at that place.

c016
00:02:03.700 --> 00:02:06.552
<v Interviewer>You also talked about your husband.

c017
00:02:07.200 --> 00:02:14.749
<v Svitlana Kozak>Yes, [[Oleh|PERSON]]. In [[July|DATE:2023-07-01..2023-07-31]], it was hot,
he was carrying water from the pump near our entrance.

c018
00:02:15.150 --> 00:02:22.056
<v Svitlana Kozak>A small [[drone|WEAPON:DRONE_STRIKE]] came from the river side
and dropped something, a [[gas grenade|WEAPON:CHEMICAL]], grey smoke.

c019
00:02:22.510 --> 00:02:31.833
<v Svitlana Kozak>{{c5|He coughed until he vomited, and for a week
his eyes were like fire, he could not open them in the light.}}

c020
00:02:32.340 --> 00:02:39.140
<v Svitlana Kozak>Nobody else was outside, thank God.
The children of the neighbours were already in [[Odesa|PLACE]].

c021
00:02:39.700 --> 00:02:42.817
<v Interviewer>And before that, in [[June|DATE:2023-06-01..2023-06-30]], the flood?

c022
00:02:43.430 --> 00:02:55.044
<v Svitlana Kozak>{{c6|[[The day the dam was blown|DATE:2023-06-06]], the water came into the ground floors.
We moved to my sister [[Zoya|PERSON]] in [[Mykolaiv|PLACE]], the two of us and the cat.}}

c023
00:02:55.710 --> 00:03:05.561
<v Svitlana Kozak>Two months we lived there. My mother, she had a stroke
in [[2021|DATE:2021-01-01..2021-12-31]], before all this, she stayed with [[Zoya|PERSON]] and still does.

c024
00:03:05.980 --> 00:03:09.108
<v Interviewer>Is there anything else from [[this autumn|DATE:2023-09-01..2023-11-30]]?

c025
00:03:09.580 --> 00:03:20.825
<v Svitlana Kozak>{{c7|In [[the beginning of November|DATE:2023-11-01..2023-11-10]] they poured fire on the islands across,
[[thermite|WEAPON:INCENDIARY]], it comes down like golden rain. The dachas on [[Karantynnyi island|PLACE]] burned all night.}}

c026
00:03:21.350 --> 00:03:29.692
<v Svitlana Kozak>Nobody lives there now, the people left [[last year|DATE:2022-01-01..2022-12-31]].
Only the dogs, and nobody could go to the dogs.

c027
00:03:30.270 --> 00:03:32.169
<v Interviewer>Thank you, [[Svitlana|PERSON]].

c028
00:03:32.800 --> 00:03:40.636
<v Svitlana Kozak>Write [[Tamara Ivanivna|PERSON]] properly. She was seventy-one.
She gave me her recipe for the pickles [[the week before|DATE:2023-01-02..2023-01-08]].
@@witness ua-kherson-svitlana-kozak
@@claim c1 harm=KILLED min=2 max=2 named="Tamara Ivanivna" weapon=ROCKET actor="Russian armed forces in Ukraine" site="Perekopska street" date=2023-01-11 basis=WITNESSED incident=ua-kherson-20230111-perekopska-aid-point-grad
@@claim c2 harm=KILLED min=1 max=1 named="Danylo" weapon=ROCKET actor="Russian armed forces in Ukraine" site="Perekopska street" date=2023-01-11 basis=HEARSAY incident=ua-kherson-20230111-perekopska-aid-point-grad
@@claim c3 harm=INJURED min=14 max=15 weapon=ROCKET actor="Russian armed forces in Ukraine" site="Perekopska street" date=2023-01-11 basis=WITNESSED incident=ua-kherson-20230111-perekopska-aid-point-grad
@@claim c4 harm=INJURED min=1 max=1 weapon=ROCKET actor="Russian armed forces in Ukraine" site="Perekopska street" date=2023-01-11 basis=EXPERIENCED incident=ua-kherson-20230111-perekopska-aid-point-grad
@@claim c5 harm=INJURED min=1 max=1 named="Oleh" weapon=CHEMICAL site="Korabel" date=2023-07-01..2023-07-31 basis=WITNESSED incident=ua-kherson-20230700-korabel-pump-gas-drone
@@claim c6 harm=DISPLACED min=2 max=2 site="Korabel" date=2023-06-06 basis=EXPERIENCED incident=ua-kherson-20230606-korabel-flood-kozak
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=INCENDIARY site="Karantynnyi island" date=2023-11-01..2023-11-10 basis=WITNESSED incident=ua-kherson-20231100-karantynnyi-thermite-dachas
