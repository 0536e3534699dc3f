1
00:00:00,800 --> 00:00:04,900
INTERVIEWER: Can you say your name, and where you live?

2
00:00:05,400 --> 00:00:11,600
WITNESS: [[Wissam Jaber|PERSON]]. I drive a van, passengers,
between [[Sour|PLACE:Tyre]] and [[Saida|PLACE]]. I live in [[Hosh|PLACE:al-Hosh]], near the sea road.

3
00:00:12,100 --> 00:00:17,300
INTERVIEWER: We want to ask about the building that was hit in [[al-Hosh|PLACE]]
at [[the end of October|DATE:2024-10-25..2024-10-31]].

4
00:00:17,900 --> 00:00:23,200
WITNESS: The building of the [[Sharara|PERSON]] family, yes. It was a [[Monday|DATE:2024-10-28]],
the end of the month, [[the 28|DATE:2024-10-28]] or so.

5
00:00:23,800 --> 00:00:29,900
I was not inside the quarter, I was on the sea road with the van,
because they put the warning one hour before, on the phone groups.

6
00:00:30,400 --> 00:00:36,200
{{c1|I watched it from the van. First a small [[missile|WEAPON:MISSILE]], to warn, then after some minutes
[[the jets|WEAPON:AIRSTRIKE]] hit with the big ones, and the whole building folded down.}}

7
00:00:36,800 --> 00:00:40,100
INTERVIEWER: Do you know how many people were inside?

8
00:00:40,700 --> 00:00:46,900
WITNESS: Eh... some say five, some say six.
{{c2,c10|The news on the television said six martyrs, and twelve wounded.}}

9
00:00:47,400 --> 00:00:53,000
{{c3|I know three of them myself. The old man, Hajj [[Ahmad|PERSON]], we called him
[[Abu Hadi|PERSON]], and his son, and the Syrian boy [[Khaled|PERSON]] who cleaned the stairs.}}

10
00:00:53,600 --> 00:00:58,800
I carried [[Khaled|PERSON]] out with my hands, what there was of him.
I will not say more about this.

11
00:00:59,300 --> 00:01:05,000
- Take your time.
- It is fine. It is fine.

12
00:01:05,600 --> 00:01:12,300
{{c4|My van was parked in the street behind. It did not burn,
but a stone went through the roof, and the windscreen is finished.}}

13
00:01:12,900 --> 00:01:19,500
{{c1|My neighbour's car, a Kia, was right in front of the building,
that one melted, the tyres, the seats, nothing left but the iron.}}

14
00:01:20,100 --> 00:01:24,000
INTERVIEWER: Was there anything else [[that day|DATE:2024-10-28]]?

15
00:01:24,600 --> 00:01:31,200
WITNESS: [[The same day|DATE:2024-10-28]], [[maybe one hour later|DATE:2024-10-28]],
[[the drone|WEAPON:DRONE_STRIKE]] hit a motorcycle on the road to [[Abbasiyeh|PLACE]].

16
00:01:31,800 --> 00:01:38,500
{{c6|Two young men on it, both died, cousins from the [[Berjawi|PERSON]] family.}}
I did not see, my brother-in-law [[Mahdi|PERSON]] passed by after and told me.

17
00:01:39,000 --> 00:01:43,400
INTERVIEWER: And the [[Sharara|PERSON]] building, was the street hit again later?

18
00:01:44,000 --> 00:01:50,600
WITNESS: Not that building, there was nothing more to hit there.
The one beside it, on the corner, with the pharmacy under it.

19
00:01:51,200 --> 00:01:58,900
{{c7|Two weeks after, [[a Wednesday|DATE:2024-11-13]], [[the 13th of November|DATE:2024-11-13]],
[[the planes|WEAPON:AIRSTRIKE]] came again and took half of that one, and the pharmacy with it.}}

20
00:01:59,400 --> 00:02:05,100
That time nobody was inside. Everybody had left [[al-Hosh|PLACE]] already,
only me and two or three men who watch the houses from thieves.

21
00:02:05,700 --> 00:02:10,800
INTERVIEWER: Has anyone from your family been hurt, or taken,
during the war?

22
00:02:11,400 --> 00:02:18,000
WITNESS: Hurt, no, thank God. Taken... once they stopped me at the checkpoint
of the [[Qasmiyeh bridge|PLACE]], our checkpoint, Lebanese I mean.

23
00:02:18,600 --> 00:02:24,300
They opened everything in the van, they asked me one hour
where I go, who I carry. Then they said go. It was nothing.

24
00:02:24,900 --> 00:02:31,700
{{c8|But my cousin [[Ali Jaber|PERSON]], he was a shepherd near [[Rmeish|PLACE]], near the border,
in [[the summer|DATE:2024-06-01..2024-08-31]] [[the Israeli army|ACTOR:Israeli forces]] took him with his goats.}}

25
00:02:32,300 --> 00:02:38,900
{{c8|We heard it first on a Facebook page of the village, then the Red Cross called
his mother. He is in a prison there, in [[Israel|PLACE]]. Until today.}}

26
00:02:39,500 --> 00:02:45,200
INTERVIEWER: Who do you think fired on the [[Sharara|PERSON]] building?

27
00:02:45,800 --> 00:02:51,600
WITNESS: Who else has [[planes|WEAPON:AIRSTRIKE]] over [[Sour|PLACE:Tyre]]? [[The Israelis|ACTOR:Israeli forces]].
They said on their page there was a commander. I don't know any commander there.

28
00:02:52,200 --> 00:02:57,000
There was a man who repaired nets, and a boy who cleaned stairs.
That is what I know.
@@witness lb-tyre-wissam-jaber
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="Hosh" date=2024-10-28 basis=WITNESSED incident=lb-tyre-20241028-hosh-building
@@claim c2 harm=KILLED min=6 max=6 weapon=AIRSTRIKE site="Hosh" date=2024-10-28 basis=REPORTED incident=lb-tyre-20241028-hosh-building
@@claim c10 harm=INJURED min=12 max=12 weapon=AIRSTRIKE site="Hosh" date=2024-10-28 basis=REPORTED incident=lb-tyre-20241028-hosh-building
@@claim c3 harm=KILLED min=3 max=3 named="Ahmad; Abu Hadi; Khaled" weapon=AIRSTRIKE actor="Israeli forces" site="Hosh" date=2024-10-28 basis=WITNESSED incident=lb-tyre-20241028-hosh-building
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="Hosh" date=2024-10-28 basis=EXPERIENCED incident=lb-tyre-20241028-hosh-building
@@claim c6 harm=KILLED min=2 max=2 named="Berjawi" weapon=DRONE_STRIKE site="Abbasiyeh" date=2024-10-28 basis=HEARSAY incident=lb-tyre-20241028-abbasiyeh-road-motorcycle
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE actor="Israeli forces" site="al-Hosh" date=2024-11-13 basis=WITNESSED incident=lb-tyre-20241113-hosh-corner-pharmacy
@@claim c8 harm=DETAINED min=1 max=1 named="Ali Jaber" actor="Israeli forces" site="Rmeish" date=2024-06-01..2024-08-31 basis=REPORTED incident=lb-rmeish-20240000-shepherd-taken
