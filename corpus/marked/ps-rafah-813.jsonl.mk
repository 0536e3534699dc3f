id: ps-rafah-813
interview_date: 2024-06-02
place: Khan Younis, Gaza
language: Arabic

Q: You are a paramedic?
A: Volunteer with the civil defence, yes, in [[Rafah|PLACE]], since the first week. My name is [[Muhammad Abu Shammala|PERSON]], but write [[Abu Hamza|PERSON]], everyone knows me as [[Abu Hamza|PERSON]].
Q: We are collecting accounts of the [[strike|WEAPON:AIRSTRIKE]] on the [[Abu Lebda|PERSON]] building in [[Tal al-Sultan|PLACE]], in [[February|DATE:2024-02-01..2024-02-29]]. Were you there?
A: Yes. [[22/2|DATE:2024-02-22]], [[the night|DATE:2024-02-22]]. We got the call [[maybe ten minutes after|DATE:2024-02-22]], we were at the point near the [[Kuwaiti hospital|PLACE]]. [[The aircraft|WEAPON:AIRSTRIKE]] were still in the sky, we waited a little, then we went.
Q: What did you find?
A: The building was like a sandwich, the floors one on the other. We had no machines, only hands and one jack. {{c1|We took out sixteen martyrs [[that night|DATE]] and [[the next day|DATE:2024-02-23]], sixteen bodies, I wrote them in my notebook.}} {{c2|And nine wounded, most of them from the ground floor and the house behind.}}
Q: Others have told us fourteen, or more than twenty.
A: I counted sixteen bodies. Maybe some pieces we did not find, maybe some families buried their people directly without us. I say what I counted. Sixteen.
Q: Do you remember any of the names?
A: {{c1|The old man, Hajj [[Salim Abu Lebda|PERSON]], and a baby girl, one year, two years, they called her [[Salam|PERSON]].}} I remember her because I carried her and she was not heavy, like a bag of bread. [pause] I don't want to talk about that more.
Q: That's fine. What happened in that street afterwards?
A: People came back to the ruins. They made tents on top, because it was their place. Then in [[May|DATE:2024-05-01..2024-05-31]] [[the army|ACTOR:Israeli forces]] came into [[Rafah|PLACE]] from the east, the tanks.
Q: Was the same street hit again?
A: Yes. {{c3,c6|On [[the 13th of May|DATE:2024-05-13]], in [[the afternoon|DATE]], a [[tank shell|WEAPON:ARTILLERY]] fell on the tents on the [[Abu Lebda|PERSON]] ruins, and two women died.}} {{c4|And a boy was wounded in the stomach, [[Yazan|PERSON]], ten, we took him to the field hospital.}} That is the same place but a different day, don't mix it with February.
Q: Who was firing?
A: The [[Israeli|ACTOR:Israeli forces]] [[tanks|WEAPON:ARTILLERY]] were at the [[Nejma roundabout|PLACE]] area and in [[Shaboura|PLACE]]. From there. [[The occupation army|ACTOR:Israeli forces]], who else has tanks in [[Rafah|PLACE]]?
Q: Were any of your colleagues hurt during this time?
A: {{c5|My colleague [[Islam|PERSON]], [[Islam Zu'arub|PERSON]], was killed in [[March|DATE:2024-03-01..2024-03-31]], near [[Khirbet al-Adas|PLACE]], by a [[drone|WEAPON:DRONE_STRIKE]] [[missile|WEAPON:MISSILE]] while we were carrying a wounded man.}} I was ten metres behind him. He was wearing the vest, with the letters. [crying]
Q: Thank you, [[Abu Hamza|PERSON]].
A: Salam, and thank you. There was no fighting in that building. Put that also. No fighting. Only the people.
@@witness ps-rafah-abu-hamza-paramedic
@@claim c1 harm=KILLED min=16 max=16 named="Salim Abu Lebda; Salam" weapon=AIRSTRIKE site="Tal al-Sultan" date=2024-02-22 basis=WITNESSED incident=ps-rafah-20240222-tal-al-sultan-abu-lebda-house
@@claim c2 harm=INJURED min=9 max=9 weapon=AIRSTRIKE site="Tal al-Sultan" date=2024-02-22 basis=WITNESSED incident=ps-rafah-20240222-tal-al-sultan-abu-lebda-house
@@claim c3 harm=KILLED min=2 max=2 weapon=ARTILLERY actor="Israeli forces" site="Tal al-Sultan" date=2024-05-13 basis=WITNESSED incident=ps-rafah-20240513-tal-al-sultan-ruins-tents
@@claim c4 harm=INJURED min=1 max=1 named="Yazan" weapon=ARTILLERY actor="Israeli forces" site="Tal al-Sultan" date=2024-05-13 basis=WITNESSED incident=ps-rafah-20240513-tal-al-sultan-ruins-tents
@@claim c5 harm=KILLED min=1 max=1 named="Islam; Islam Zu'arub" weapon=MISSILE actor="Israeli forces" site="Khirbet al-Adas" date=2024-03-01..2024-03-31 basis=WITNESSED incident=ps-rafah-20240300-khirbet-al-adas-paramedic-islam
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Israeli forces" site="Tal al-Sultan" date=2024-05-13 basis=WITNESSED incident=ps-rafah-20240513-tal-al-sultan-ruins-tents
