@@newline crlf
Interview ID: CO-ANT-1217
Interview date: 14/03/2022
Location: [[Medellín|PLACE]]
Language: Spanish
Interviewer: [[Camilo Vergara|PERSON]]

INTERVIEWER: We are recording. Please, your name.
WITNESS: [[Esperanza Giraldo|PERSON]]. Yes, Esperanza, like hope. My mother said I was her last hope after four boys. [laughs]
INTERVIEWER: Where are you from, doña [[Esperanza|PERSON]]?
WITNESS: From [[Segovia|PLACE]], in the northeast of [[Antioquia|PLACE]]. The gold town. I lived in the [[El Tigrito|PLACE]] barrio, near the mines. I sold lottery tickets and arepas.
INTERVIEWER: When did you leave [[Segovia|PLACE]]?
WITNESS: In [[November|DATE:2021-11-01..2021-11-30]], [[last year|DATE:2021-01-01..2021-12-31]]. After what happened to my son.
INTERVIEWER: Can you tell me about that?
WITNESS: My son [[Julián Andrés|PERSON]] worked in a small mine, a socavón, with other miners. The mine paid the vacuna to [[the Clan|ACTOR:Clan del Golfo]], like all of them. In [[October|DATE:2021-10-01..2021-10-31]], the [[ELN|ACTOR:ELN]] sent a message that the miners must pay them also, or stop working.
INTERVIEWER: And what happened?
WITNESS: {{c1|On [[the 27th of October|DATE:2021-10-27]], [[a Wednesday|DATE:2021-10-27]], four men came to the mine in [[the morning|DATE:2021-10-27]], armed, and they took my son and two other boys, [[Cristian|PERSON]] and a boy they call [[el Mono|PERSON]].}} The others, [[Yeferson|PERSON]], [[Duván|PERSON]] and the old one, ran into the tunnel and hid.
INTERVIEWER: Do you know who the men were?
WITNESS: The miners said they had the red and black bands, that is the [[ELN|ACTOR:ELN]]. The [[elenos|ACTOR:ELN]], we say.
WITNESS: {{c2|[[Two days later|DATE:2021-10-29]] they found [[Cristian|PERSON]] by the road to [[Fraguas|PLACE]], dead, with [[shots|WEAPON:SMALL_ARMS]] in the head.}} {{c3|My son and the other boy, nothing. Until today, nothing.}} [crying]
INTERVIEWER: We can stop for a moment.
WITNESS: No, continue. I have told this story to the Fiscalía, to the Defensoría, to everybody. I can tell it again.
INTERVIEWER: Did something else happen in [[Segovia|PLACE]] while you were there?
WITNESS: Many things. In [[2021|DATE:2021-01-01..2021-12-31]] alone, I don't know how many. I tell you the ones I saw. {{c4,c9|In [[July|DATE:2021-07-01..2021-07-31]], on [[a Saturday night|DATE:2021-07-01..2021-07-31]], somebody threw a [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]] into the billiard bar on the main street, near the park, and I heard it from my house, and two men died and maybe six were wounded.}}
INTERVIEWER: You heard it?
WITNESS: I heard the blast, yes. I went in [[the morning|DATE]] and I saw the bar, all broken, the blood still on the floor. {{c5|The owner, don [[Rubén|PERSON]], lost his eye.}}
INTERVIEWER: Who threw the [[grenade|WEAPON:EXPLOSIVE_UNSPECIFIED]]?
WITNESS: Nobody knows. People say it was a message from one group to the other.
INTERVIEWER: Anything else?
WITNESS: {{c6|Yes, on the road to [[Remedios|PLACE]], in [[September|DATE:2021-09-01..2021-09-30]], a [[bomb|WEAPON:IED]] exploded under a truck that carried the miners, an [[explosive device|WEAPON:IED]], what they call a tatuco or a homemade mine, I don't know.}} {{c7|The driver, [[Óscar|PERSON]], was killed.}} That one I did not see; my neighbour told me, he was behind in a motorbike.
INTERVIEWER: Were there military operations too?
WITNESS: [[The army|ACTOR:Colombian armed forces]] comes, goes, comes. They fight with the [[ELN|ACTOR:ELN]] in the hills. There was no [[bombing|WEAPON:AIRSTRIKE]] in the town, no. In the town it is the killings, not the war of planes.
INTERVIEWER: You left after your son disappeared. How many of you?
WITNESS: {{c8|Me, my daughter-in-law and my two grandchildren. Four. We came here to [[Medellín|PLACE]], to the barrio [[Santo Domingo|PLACE]], to my sister [[Gloria|PERSON]].}} We are registered as displaced now, in the Registro.
INTERVIEWER: What do you hope for?
WITNESS: That they give me my son back. Alive or not. [[Julián Andrés Giraldo|PERSON]], twenty-six years. A mother needs a grave. That is my only esperanza, to bury him.
@@witness co-segovia-esperanza-giraldo
@@claim c1 harm=DETAINED min=3 max=3 named="Julián Andrés; Cristian; el Mono" actor="ELN" site="Segovia" date=2021-10-27 basis=HEARSAY incident=co-segovia-20211027-mine-abduction
@@claim c2 harm=KILLED min=1 max=1 named="Cristian" weapon=SMALL_ARMS actor="ELN" site="Fraguas" date=2021-10-29 basis=HEARSAY incident=co-segovia-20211027-mine-abduction
@@claim c3 harm=MISSING min=2 max=2 named="Julián Andrés; el Mono" actor="ELN" site="Segovia" date=2021-10-27 basis=EXPERIENCED incident=co-segovia-20211027-mine-abduction
@@claim c4 harm=KILLED min=2 max=2 weapon=EXPLOSIVE_UNSPECIFIED site="Segovia" date=2021-07-01..2021-07-31 basis=WITNESSED incident=co-segovia-20210700-billiard-bar-grenade
@@claim c5 harm=INJURED min=1 max=1 named="Rubén" weapon=EXPLOSIVE_UNSPECIFIED site="Segovia" date=2021-07-01..2021-07-31 basis=HEARSAY incident=co-segovia-20210700-billiard-bar-grenade
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=IED site="Remedios" date=2021-09-01..2021-09-30 basis=HEARSAY incident=co-segovia-20210900-remedios-road-truck
@@claim c7 harm=KILLED min=1 max=1 named="Óscar" weapon=IED site="Remedios" date=2021-09-01..2021-09-30 basis=HEARSAY incident=co-segovia-20210900-remedios-road-truck
@@claim c8 harm=DISPLACED min=4 max=4 site="Segovia" date=2021-11-01..2021-11-30 basis=EXPERIENCED incident=co-segovia-20211027-mine-abduction
@@claim c9 harm=INJURED min=6 max=6 weapon=EXPLOSIVE_UNSPECIFIED site="Segovia" date=2021-07-01..2021-07-31 basis=HEARSAY incident=co-segovia-20210700-billiard-bar-grenade
