@@newline crlf
Interview ID: PS-KHY-2009
Interview date: 2024-10-15
Place of interview: [[al-Mawasi|PLACE]], [[Khan Younis|PLACE]]
Language: Arabic; interpreter on the line from [[Amman|PLACE]]
Interviewer: [[Pieter de Groot|PERSON]]
Interpreter: [[Lubna Haddad|PERSON]]

[00:00:04] Q: Thank you for agreeing to talk. Can you tell me your name?
[00:00:09] A: [[Suhair Sarsawi|PERSON]]. [[Umm Karim|PERSON]]. Thirty-eight. From [[Khan Yunis|PLACE:Khan Younis]], from [[Batn al-Samin|PLACE]], near the [[al-Sameen mosque|PLACE]].
[00:00:21] Interpreter: She says Batn al-Samin, some people write al-Batn al-Sameen, it is the same area, in the east of the city.
[00:00:30] Q: When did you leave your home?
[00:00:34] A: After the truce broke. [[The first days of December|DATE:2023-12-01..2023-12-05]], when the tanks came into [[Khan Yunis|PLACE:Khan Younis]]. The [[shelling|WEAPON:ARTILLERY]] was day and night, day and night.
[00:00:48] A: {{c1|One [[shell|WEAPON:ARTILLERY]] came through the roof of our house, the roof came down in the bedroom, thank God we were in the corridor.}} {{c2|Half the street was gone [[the next morning|DATE:2023-12-02..2023-12-06]], the house of my uncle, the shop of the [[Abu Rabee|PERSON]] family, the pharmacy.}}
[00:01:10] A: {{c3|So we left, me and my husband and the four children, first to [[Rafah|PLACE]], to the tents, then in [[May|DATE:2024-05-01..2024-05-31]] here to [[al-Mawasi|PLACE]].}}
[00:01:25] Q: Your brother worked at the hospital, you said?
[00:01:29] A: Yes, [[Anan|PERSON]]. [[Anan Sarsawi|PERSON]]. He is a nurse in [[Nasser hospital|PLACE]], in the surgery department. He did not leave the hospital, he said the patients need him.
[00:01:42] Q: What happened to him?
[00:01:45] A: When [[the army|ACTOR:Israeli forces]] went into [[Nasser|PLACE:Nasser hospital]], in [[February|DATE:2024-02-01..2024-02-29]]... [pause] [[the middle of February|DATE:2024-02-11..2024-02-20]], I think. {{c4|His friend, a doctor, [[Abu Yousef Barbakh|PERSON]], told us that [[the Israeli army|ACTOR:Israeli forces]] took [[Anan|PERSON]] with the other men of the staff, they tied them and took them in the trucks.}}
[00:02:05] Interpreter: She is asking if she can say the name of the prison.
[00:02:08] Q: Of course.
[00:02:10] A: {{c5|After three months a lawyer from an organisation called us and said he is in [[Ofer|PLACE]] prison, without charge, and they do not let anybody visit him.}} That is all we know. Nine months now.
[00:02:26] Q: I am sorry. I'd like to ask you about the water point here. Were you there?
[00:02:32] A: No, I was in the tent. My son [[Karim|PERSON]], twelve, he went with the jerrycans. It was [[August|DATE:2024-08-01..2024-08-31]], [[the week the tent school opened again|DATE:2024-08-18..2024-08-24]], because I remember he was complaining he will miss the lesson.
[00:02:50] A: I heard [[the drone|WEAPON:DRONE_STRIKE]], [[the zanana|WEAPON:DRONE_STRIKE]], all day it was there, and then a very loud one. I ran. Everybody was running the other way and I was running to it.
[00:03:04] A: {{c6|I found [[Karim|PERSON]] sitting on the ground, near the water containers, with blood on his shoulder and on his neck, a small piece went into the shoulder.}} Allah karim, it was small. They took it out at the field hospital.
[00:03:21] Q: How many people were killed there, do you know?
[00:03:25] A: {{c7|People at the water point said six died, five of them children.}} I saw two, covered, on a cart. I did not look more. I had my son.
[00:03:37] Q: Was there anything there, any armed men?
[00:03:41] A: No, there were no fighters at the water point, only children with jerrycans and some old men. Who stands in a water line with a gun?
[00:03:51] Q: Has anything happened in [[al-Mawasi|PLACE]] since?
[00:03:55] A: {{c8|[[Two weeks later|DATE:2024-09-03]], another [[strike|WEAPON:EXPLOSIVE_UNSPECIFIED]], but that was another place, near the [[Kuwaiti field hospital|PLACE]], not our area, my neighbour told me three died there.}} Don't mix it with the water point.
[00:04:10] A: And our tent, the wind took it [[last week|DATE]] and the rain came in. That is not the war, that is the winter. [laughs] But it is also the war.
[00:04:22] Q: Is there anything else you want to add, [[Umm Karim|PERSON]]?
[00:04:26] A: Only [[Anan|PERSON]]. If you can ask about him. He is a nurse. He was wearing the uniform when they took him.
@@witness ps-khanyounis-suhair-sarsawi
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Batn al-Samin" date=2023-12-01..2023-12-05 basis=EXPERIENCED incident=ps-khanyounis-20231200-batn-al-samin-street-shelling
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY site="Batn al-Samin" date=2023-12-01..2023-12-06 basis=WITNESSED incident=ps-khanyounis-20231200-batn-al-samin-street-shelling
@@claim c3 harm=DISPLACED min=6 max=6 site="Batn al-Samin" date=2023-12-01..2023-12-05 basis=EXPERIENCED incident=ps-khanyounis-20231200-sarsawi-family-displaced
@@claim c4 harm=DETAINED min=1 max=1 named="Anan" actor="Israeli forces" site="Nasser hospital" date=2024-02-11..2024-02-20 basis=HEARSAY incident=ps-khanyounis-20240200-nasser-hospital-nurse-anan
@@claim c5 harm=DETAINED min=1 max=1 named="Anan" actor="Israeli forces" site="Ofer" date=2024-02-11..2024-05-31 basis=HEARSAY incident=ps-khanyounis-20240200-nasser-hospital-nurse-anan
@@claim c6 harm=INJURED min=1 max=1 named="Karim" weapon=DRONE_STRIKE site="al-Mawasi" date=2024-08-18..2024-08-24 basis=WITNESSED incident=ps-khanyounis-20240820-mawasi-water-point-drone
@@claim c7 harm=KILLED min=6 max=6 weapon=DRONE_STRIKE site="al-Mawasi" date=2024-08-18..2024-08-24 basis=HEARSAY incident=ps-khanyounis-20240820-mawasi-water-point-drone
@@claim c8 harm=KILLED min=3 max=3 weapon=EXPLOSIVE_UNSPECIFIED site="Kuwaiti field hospital" date=2024-09-03 basis=HEARSAY incident=ps-khanyounis-20240903-mawasi-kuwaiti-field-hospital-strike
