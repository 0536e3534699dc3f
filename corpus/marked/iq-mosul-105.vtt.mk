WEBVTT - interview MSL-105

NOTE
Interview MSL-105, Arabic, interpreted consecutively.
Captions are the English voice-over of the interpreter.

q01
00:00:01.000 --> 00:00:04.500
<v Interviewer>Where did you live in [[the spring of 2017|DATE:2017-03-01..2017-05-31]]?

q02
00:00:05.000 --> 00:00:12.000
<v Umm Hassan>In [[al-Tenek|PLACE:Hay al-Tanak]], in [[Mosul|PLACE]], on the right side.
Our house was the third house after the house of Hajj [[Younis|PERSON]].

q03
00:00:12.500 --> 00:00:16.000
<v Interviewer>Hajj [[Younis al-Hayali|PERSON]], the tailor?

q04
00:00:16.500 --> 00:00:22.000
<v Umm Hassan>Yes, the tailor. All the street knew him.
He made the school clothes for my sons.

q05
00:00:22.500 --> 00:00:26.000
<v Interviewer>Can you tell me what happened to his house?

q06
00:00:26.500 --> 00:00:33.000
<v Umm Hassan>It was [[the first week of May|DATE:2017-05-01..2017-05-07]].
[[Saturday, or Sunday|DATE:2017-05-06..2017-05-07]], I am not sure any more.

q07
00:00:33.500 --> 00:00:40.000
<v Umm Hassan>In those days we did not know the days,
there was no school, no work, no phone,
only the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]].

q08
00:00:40.500 --> 00:00:47.000
<v Umm Hassan>In [[the afternoon|DATE:2017-05-06..2017-05-07]] [[the plane|WEAPON:AIRSTRIKE]] hit.
{{c1|Our windows came into the room, all of them.}}

q09
00:00:47.500 --> 00:00:54.000
<v Umm Hassan>{{c1|When the dust went down, the house of Hajj [[Younis|PERSON]]
was not there, and the house of [[Abu Mahir|PERSON]] next to it also.}}

q10
00:00:54.500 --> 00:00:58.000
<v Interviewer>Do you know how many people were inside?

q11
00:00:58.500 --> 00:01:06.000
<v Umm Hassan>{{c2|More than thirty died, in the two houses.
The family of Hajj [[Younis|PERSON]], and [[Abu Mahir|PERSON]] with his people, nine of them.}}

q12
00:01:06.500 --> 00:01:13.000
<v Umm Hassan>{{c2|I saw them bring out [[Raghad|PERSON]], his daughter.
She was studying to be a nurse.}} [crying]

q13
00:01:13.500 --> 00:01:17.000
<v Interviewer>We can stop for a moment.

q14
00:01:17.500 --> 00:01:23.000
<v Umm Hassan>No, it is fine. My husband [[Jassim|PERSON]] and my sons
went to dig with the neighbours. Two days they dug.

q15
00:01:23.500 --> 00:01:27.000
<v Interviewer>Who do you think carried out the [[strike|WEAPON:AIRSTRIKE]]?

q16
00:01:27.500 --> 00:01:35.000
<v Umm Hassan>The [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]] or [[the Americans|ACTOR:US-led coalition]], who knows.
[[Daesh|ACTOR:Islamic State]] had no planes. That is all I know.

q17
00:01:35.500 --> 00:01:39.000
<v Interviewer>Were there [[Daesh|ACTOR:Islamic State]] fighters in that house?

q18
00:01:39.500 --> 00:01:47.000
<v Umm Hassan>On the roof, a [[sniper|WEAPON:SMALL_ARMS]], for some days.
Hajj [[Younis|PERSON]] did not want them. Nobody wanted them.

q19
00:01:47.500 --> 00:01:51.000
<v Interviewer>Did anything else happen [[that day|DATE:2017-05-06..2017-05-07]]?

q20
00:01:51.500 --> 00:01:58.000
<v Umm Hassan>[[The same day|DATE:2017-05-06..2017-05-07]], yes. My cousin [[Wafaa|PERSON]] lived in [[al-Yarmouk|PLACE]],
the next neighbourhood, ten minutes walking.

q21
00:01:58.500 --> 00:02:06.000
<v Umm Hassan>{{c3|[[Mortar rounds|WEAPON:MORTAR]] fell on their street in [[the evening|DATE:2017-05-06..2017-05-07]].
Her husband [[Saad Mahmoud|PERSON]] was killed, and their boy [[Noor|PERSON]], eleven.}}

q22
00:02:06.500 --> 00:02:12.000
<v Umm Hassan>This I did not see. [[Wafaa|PERSON]] told me,
after, in the camp. [[Noor|PERSON]] was the noor of her eyes.

q23
00:02:12.500 --> 00:02:17.000
<v Interviewer>The [[mortars|WEAPON:MORTAR]], do you know who fired them?

q24
00:02:17.500 --> 00:02:24.000
<v Umm Hassan>She said from the side of [[Daesh|ACTOR:Islamic State]], from the old city,
but in [[Yarmuk|PLACE:al-Yarmouk]] people said many things.

q25
00:02:24.500 --> 00:02:28.000
<v Interviewer>When did you leave [[Tanak|PLACE:Hay al-Tanak]]?

q26
00:02:28.500 --> 00:02:36.000
<v Umm Hassan>{{c4|[[Three days after|DATE:2017-05-09..2017-05-10]], [[Daesh|ACTOR:Islamic State]] came at [[night|DATE:2017-05-09..2017-05-10]] and said,
everybody goes to the old city, now.}}

q27
00:02:36.500 --> 00:02:43.000
<v Umm Hassan>{{c4|They took us in front of them, like a shield, all our street,
maybe two hundred people, into [[al-Zanjili|PLACE]].}}

q28
00:02:43.500 --> 00:02:50.000
<v Umm Hassan>{{c5|We stayed in [[al-Zanjili|PLACE]] one month and a half,
then we ran to [[the army|ACTOR:Iraqi forces]] with white flags.}}

q29
00:02:50.500 --> 00:02:55.000
<v Interviewer>[[Umm Hassan|PERSON]], is there anything else
you want us to write?

q30
00:02:55.500 --> 00:03:02.000
<v Umm Hassan>Write that Hajj [[Younis|PERSON]] was not [[Daesh|ACTOR:Islamic State]].
That is all. He sewed clothes.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="al-Tenek" date=2017-05-06..2017-05-07 basis=WITNESSED incident=iq-mosul-20170506-tanak-hayali-house
@@claim c2 harm=KILLED min=31 max=null named="Raghad; Abu Mahir" weapon=AIRSTRIKE site="al-Tenek" date=2017-05-06..2017-05-07 basis=WITNESSED incident=iq-mosul-20170506-tanak-hayali-house
@@claim c3 harm=KILLED min=2 max=2 named="Saad Mahmoud; Noor" weapon=MORTAR actor="Islamic State" site="al-Yarmouk" date=2017-05-06..2017-05-07 basis=HEARSAY incident=iq-mosul-20170506-yarmouk-mortars
@@claim c4 harm=DISPLACED min=200 max=200 actor="Islamic State" site="al-Tenek" date=2017-05-09..2017-05-10 basis=EXPERIENCED incident=iq-mosul-20170509-tanak-forced-transfer
@@claim c5 harm=DISPLACED min=null max=null site="al-Zanjili" date=2017-06-15..2017-07-05 basis=EXPERIENCED incident=iq-mosul-20170000-zanjili-flight
@@witness iq-mosul-umm-hassan-tenek
