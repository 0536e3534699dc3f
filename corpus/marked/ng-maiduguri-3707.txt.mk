@@encoding utf-16le
Interview ID: NG-MDG-3707
Date of interview: 2021-02-11
Location: [[Maiduguri|PLACE]], [[Borno|PLACE]]
Language: Hausa and English
Interviewer: [[Peter Lindgren|PERSON]]

[00:00:04] Q: For the recording, your name?
[00:00:07] A: [[Muhammad Kachalla|PERSON]]. People call me [[Kachalla|PERSON]]. I repair phones, at [[Monday Market|PLACE]], here in [[Maiduguri|PLACE]].
[00:00:19] Q: You said your sister lives in [[Rann|PLACE]].
[00:00:23] A: Lived. She was in [[Ran|PLACE:Rann]], with her husband's people. Now she is in [[Bakassi|PLACE]] camp, here.
[00:00:35] Q: What did she tell you about the attack there?
[00:00:39] A: It was [[the week after new year|DATE:2019-01-07..2019-01-14]], [[the Shekau group|ACTOR:Boko Haram]] came. Not the [[ISWAP|ACTOR:ISWAP]] ones, she says, the other ones, the ones that burn everything. She heard them shout "[[JAS|ACTOR:Boko Haram]]".
[00:01:02] A: {{c1|She told me in her ward alone they killed fourteen men. Fourteen. They gathered them by the borehole and shot them.}}
[00:01:15] A: {{c2|Her house, nothing is left. Ash and the metal of the bed. The whole ward, all the zinc roofs black.}}
[00:01:26] A: {{c3|On the radio, BBC Hausa, they said at least sixty people died in [[Rann|PLACE]].}} I think it is more. My sister thinks it is more.
[00:01:38] Q: Did she see the attackers fire on the soldiers?
[00:01:42] A: She says there were no soldiers. They had left. Only some [[CJTF|ACTOR:Civilian JTF]] boys with Dane guns, they ran.
[00:01:55] Q: Let us talk about [[Maiduguri|PLACE]]. You were hurt yourself?
[00:01:59] A: Yes. Here, you see the marks on my neck. That was the [[bomb|WEAPON:IED]] at [[Monday Market|PLACE]]. [[The third day of Ramadan|DATE:2018-05-19]], in [[2018|DATE:2018-01-01..2018-12-31]]. Almost three years now.
[00:02:17] Q: Tell me what happened.
[00:02:20] A: It was [[before the asr prayer|DATE:2018-05-19]]. Busy, busy, people buying for the breaking of the fast. A girl, maybe sixteen, in a big hijab, she came to the gate where the fruit sellers are. The vigilante at the gate, [[Abdullahi|PERSON]], he was calling to her to stop.
[00:02:41] A: Then the [[bomb|WEAPON:IED]]. I was in my shop, twenty metres.
[00:02:47] A: {{c4|Something hit me here, in the neck and the shoulder, I fell. I was in the hospital at [[UMTH|PLACE]] for eleven days.}}
[00:02:58] A: {{c5|My apprentice, [[Abba|PERSON]], he was outside the shop buying dates. He died. Seventeen years.}} {{c6|And [[Abdullahi|PERSON]] the vigilante also died, he was the closest.}}
[00:03:12] A: {{c7|The glass of my shop, all blown in, the phones on the floor, the ceiling boards fell. The fruit stalls by the gate were flattened, like a wind passed.}}
[00:03:26] Q: Do you know how many people died?
[00:03:29] A: {{c8|The list of the council said nine dead with the girl.}} {{c9|Injured, I heard more than forty, the hospital was full in the corridors.}}
[00:03:41] Q: You mentioned your nephew before we started.
[00:03:45] A: [[Zanna|PERSON]]. My elder brother's son. This was before, [[2016|DATE:2016-01-01..2016-12-31]], in [[the dry season|DATE:2016-01-01..2016-04-30]].
[00:03:54] A: {{c10|He was coming back from [[Konduga|PLACE]] with a lorry of firewood. At the checkpoint at [[Custom House|PLACE]] [[the army|ACTOR:Nigerian armed forces]] took him down, him and the driver's mate.}}
[00:04:08] A: {{c11|They kept him in [[Giwa barracks|PLACE]]. One year and seven months. No court, nothing.}} When he came out he was thin like a stick, he does not talk much.
[00:04:20] Q: And the driver's mate?
[00:04:23] A: {{c12|[[Bulus|PERSON]]. We never saw him again. His mother still goes to ask at the barracks.}}
[00:04:33] Q: Were you ever arrested?
[00:04:36] A: No. Once the [[yan gora|ACTOR:Civilian JTF]] stopped me near [[Gwange|PLACE]], they searched my bag, they took my phones and said we will take you to the barracks if you talk. Then they let me go. Without the phones.
[00:04:52] Q: Is there anything else?
[00:04:55] A: In [[Bakassi|PLACE]] camp, where my sister is now, [[last August|DATE:2020-08-01..2020-08-31]]. People were angry because there was no food for three weeks. They went to the gate, women, old people.
[00:05:10] A: {{c13|The soldiers at the gate fired [[tear gas|WEAPON:CHEMICAL]]. My sister's mother-in-law, Hajja [[Kaka|PERSON]], she fell and could not breathe, they carried her on a mat. Many children were coughing, vomiting.}}
[00:05:26] A: I was not there, my sister told me [[that evening|DATE:2020-08-01..2020-08-31]] on the phone, crying.
[00:05:33] Q: Thank you, [[Kachalla|PERSON]].
[00:05:35] A: Write [[Abba|PERSON]]. [[Abba Mustapha|PERSON]]. He wanted to open his own shop.
@@witness ng-maiduguri-muhammad-kachalla
@@claim c1 harm=KILLED min=14 max=14 weapon=SMALL_ARMS actor="Boko Haram" site="Ran" date=2019-01-14 basis=HEARSAY incident=ng-rann-20190114-town-burned
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null actor="Boko Haram" site="Ran" date=2019-01-14 basis=HEARSAY incident=ng-rann-20190114-town-burned
@@claim c3 harm=KILLED min=60 max=null site="Rann" date=2019-01-14 basis=REPORTED incident=ng-rann-20190114-town-burned
@@claim c4 harm=INJURED min=1 max=1 weapon=IED site="Monday Market" date=2018-05-19 basis=EXPERIENCED incident=ng-maiduguri-20180519-monday-market-bomber
@@claim c5 harm=KILLED min=1 max=1 named="Abba" weapon=IED site="Monday Market" date=2018-05-19 basis=WITNESSED incident=ng-maiduguri-20180519-monday-market-bomber
@@claim c6 harm=KILLED min=1 max=1 named="Abdullahi" weapon=IED site="Monday Market" date=2018-05-19 basis=WITNESSED incident=ng-maiduguri-20180519-monday-market-bomber
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Monday Market" date=2018-05-19 basis=EXPERIENCED incident=ng-maiduguri-20180519-monday-market-bomber
@@claim c8 harm=KILLED min=9 max=9 weapon=IED site="Monday Market" date=2018-05-19 basis=REPORTED incident=ng-maiduguri-20180519-monday-market-bomber
@@claim c9 harm=INJURED min=41 max=null weapon=IED site="Monday Market" date=2018-05-19 basis=HEARSAY incident=ng-maiduguri-20180519-monday-market-bomber
@@claim c10 harm=DETAINED min=2 max=2 named="Zanna" actor="Nigerian armed forces" site="Custom House" date=2016-01-01..2016-04-30 basis=HEARSAY incident=ng-maiduguri-20160000-custom-house-checkpoint-arrest
@@claim c11 harm=DETAINED min=1 max=1 named="Zanna" actor="Nigerian armed forces" site="Giwa barracks" date=2016-01-01..2016-04-30 basis=HEARSAY incident=ng-maiduguri-20160000-custom-house-checkpoint-arrest
@@claim c12 harm=MISSING min=1 max=1 named="Bulus" actor="Nigerian armed forces" date=2016-01-01..2016-04-30 basis=WITNESSED incident=ng-maiduguri-20160000-custom-house-checkpoint-arrest
@@claim c13 harm=INJURED min=null max=null named="Kaka" weapon=CHEMICAL site="Bakassi" date=2020-08-01..2020-08-31 basis=HEARSAY incident=ng-maiduguri-20200800-bakassi-camp-teargas
