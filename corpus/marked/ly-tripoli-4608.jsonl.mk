id: LY-TRP-4608
interview_date: 2021-02-11
place: Tripoli, Libya
language: Arabic (English translation)

Q: You have the grocery on the corner in [[Abu Slim|PLACE:Abu Salim]]?
A: Yes, at the start of [[Shari al-Kindi|PLACE:Kindi street]], twenty-six years. [[Nasser Milad Abushaala|PERSON]]. The children of the street call me Ammi [[Nasser|PERSON]], even the grandfathers.
Q: I want to ask about the house of Hajja [[Zakia|PERSON]], when it was hit.
A: I know which. [[The beginning of December|DATE:2019-12-01..2019-12-07]], [[2019|DATE:2019-01-01..2019-12-31]], [[a Monday|DATE:2019-12-02]]. The sky was red, the sun going down, I was bringing in the crates of tomatoes.
A: {{c1|The [[Katyusha|WEAPON:ROCKET]] came, six, seven, I did not count, one on the street, one on the school wall, and one on the house of Hajja [[Zakia|PERSON]], God have mercy on her.}}
A: {{c2|Four people died. Hajja [[Zakia|PERSON]], the two little boys of her son, and a Sudanese young man who was passing with his cart of gas bottles, [[Adam|PERSON]]. I saw [[Adam|PERSON]] myself, on the ground beside my door, the bottles rolling in the street.}}
A: {{c3|Injured, many. Ten, maybe more. Glass, stones.}}
Q: Another neighbour told us three died.
A: She counts the family. I count [[Adam|PERSON]] too. Nobody came for him, no family, we buried him ourselves in the cemetery of [[Abu Selim|PLACE:Abu Salim]], the men of the mosque.
Q: Where did the [[rockets|WEAPON:ROCKET]] come from?
A: From [[Khallat al-Furjan|PLACE]] side, where [[Haftar|ACTOR:Libyan National Army]] was. Everybody knew. The [[LNA|ACTOR:Libyan National Army]], as they call themselves.
Q: Was your shop damaged?
A: {{c4|[[That evening|DATE:2019-12-02]] only the window, it is nothing.}} But in [[March|DATE:2020-03-01..2020-03-31]], [[the last week of March|DATE:2020-03-24..2020-03-31]], [[mortars|WEAPON:MORTAR]], the [[hawn|WEAPON:MORTAR]], fell in the street in [[the morning|DATE:2020-03-24..2020-03-31]].
A: {{c5|The shade of my shop and the fridge of the drinks, finished, full of holes.}} Nobody was hurt [[that day|DATE:2020-03-24..2020-03-31]], the street was empty because of the corona, they closed everything. You see, the corona saved us.
Q: Are you from [[Tripoli|PLACE]] originally?
A: No, from [[Benghazi|PLACE]]. I came in [[1995|DATE:1995-01-01..1995-12-31]] for work. My family is still there, in [[Ganfouda|PLACE]].
A: {{c6|My uncle [[Abdelhamid|PERSON]], his house in [[Ganfouda|PLACE]] was hit by a [[barrel|WEAPON:BARREL_BOMB]] from a [[helicopter|WEAPON:AIRSTRIKE]], in [[2016|DATE:2016-01-01..2016-12-31]], when [[Karama|ACTOR:Libyan National Army]] was fighting there. The upper floor was destroyed.}} My cousin [[Wanis|PERSON]] told me on the phone. Nobody was in the upper floor, they were all down.
Q: Has anyone in your family been arrested in [[Tripoli|PLACE]]?
A: {{c7|My son [[Bilal Abushaala|PERSON]]. In [[the summer of 2020|DATE:2020-06-01..2020-08-31]], a brigade took him from the checkpoint at the bridge, because his card says born in [[Benghazi|PLACE]]. Twelve days they held him.}}
A: I went to every office. A man from our mosque knew someone. Then they let him go. I will not say the brigade, you understand, I live here.
Q: Did you ever think of leaving [[Abu Salim|PLACE]]?
A: Where to go? [[Benghazi|PLACE]] has its own fire. If the [[Grad|WEAPON:ROCKET]] had fallen on my shop instead of the house of [[Zakia|PERSON]], then yes, I would not be here to answer. God decides.
@@witness ly-tripoli-nasser-abushaala
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null named="Zakia" weapon=ROCKET actor="Libyan National Army" site="Shari al-Kindi" date=2019-12-02 basis=WITNESSED incident=ly-tripoli-20191202-abusalim-kindi-street-grad
@@claim c2 harm=KILLED min=4 max=4 named="Zakia; Adam" weapon=ROCKET actor="Libyan National Army" site="Shari al-Kindi" date=2019-12-02 basis=WITNESSED incident=ly-tripoli-20191202-abusalim-kindi-street-grad
@@claim c3 harm=INJURED min=10 max=null weapon=ROCKET actor="Libyan National Army" site="Shari al-Kindi" date=2019-12-02 basis=WITNESSED incident=ly-tripoli-20191202-abusalim-kindi-street-grad
@@claim c4 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Libyan National Army" site="Shari al-Kindi" date=2019-12-02 basis=EXPERIENCED incident=ly-tripoli-20191202-abusalim-kindi-street-grad
@@claim c5 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Shari al-Kindi" date=2020-03-24..2020-03-31 basis=EXPERIENCED incident=ly-tripoli-20200300-abusalim-kindi-street-abushaala-shop-hawn
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null named="Abdelhamid" weapon=BARREL_BOMB actor="Libyan National Army" site="Ganfouda" date=2016-01-01..2016-12-31 basis=HEARSAY incident=ly-benghazi-20160000-ganfouda-abdelhamid-house-barrel
@@claim c7 harm=DETAINED min=1 max=1 named="Bilal Abushaala" site="Tripoli" date=2020-06-01..2020-08-31 basis=HEARSAY incident=ly-tripoli-20200600-bilal-abushaala-checkpoint-held
