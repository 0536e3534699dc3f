@@newline crlf
Interview ID: CO-CAU-2809
Date of interview: 2 April 2022
Location: [[Jambaló|PLACE]], [[Cauca|PLACE]], in the house of the cabildo
Language: Spanish (some Nasa Yuwe words)
Interviewer: [[Sofía Muñoz|PERSON]]

Sofía: Can you tell me your name, and what you do?
Leidy: [[Leidy Johana Campo Ipia|PERSON]]. I am a teacher in the school of the resguardo, third and fourth grade. And I am in the Guardia, the Kiwe Thegnas, since I was sixteen.
Sofía: You were in the plaza of [[Jambaló|PLACE]] when the car exploded?
Leidy: Yes, I was. It was in [[2020|DATE:2020-01-01..2020-12-31]], [[three days after the Sek Buy|DATE:2020-06-24]], the new sun, the Nasa new year, so [[the 24th of June|DATE:2020-06-24]]. In [[the morning|DATE:2020-06-24]], market day.
Sofía: What did you see?
Leidy: A grey car was parked by the side of the church, nobody knew whose. At [[nine|DATE:2020-06-24]], more or less, it blew up. A [[car bomb|WEAPON:IED]]. I was at the corner with my cousin [[Esperanza|PERSON]], buying panela, and the air pushed us both to the ground.
Leidy: {{c2|My cousin [[Esperanza|PERSON]] had glass in her back, and I had the ears ringing for days. A lady, Doña [[Ofelia Quitumbo|PERSON]], she sells the tamales, her arm was broken.}} {{c3|The police said later on the radio nine wounded, but in the health post I counted more, twelve, fourteen maybe.}}
Sofía: Was anyone killed?
Leidy: No. Nobody died there. That is the miracle, the people say. If it had exploded at the mass, at ten, the church would have been full, we would be burying many.
Sofía: And the buildings?
Leidy: {{c4|The church lost all its coloured windows. And the houses around the plaza, eleven houses, cracks all through the walls, two of them the roof came down, the pharmacy of don [[Aldemar|PERSON]], nothing is left of the shop, only the counter.}}
Sofía: Who did it?
Leidy: [[The dissidents|ACTOR:FARC dissidents]], the column [[Dagoberto Ramos|ACTOR:FARC dissidents]]. They said so in a pamphlet, [[the next week|DATE:2020-06-29..2020-07-05]], that the police were the target. The police station is on the same plaza. The police had nobody hurt.
Sofía: You also wanted to speak about [[Toribío|PLACE]].
Leidy: Yes, my mother is from there, from the vereda [[San Julián|PLACE]]. {{c5|[[Last year|DATE:2021-01-01..2021-12-31]], in [[Lent|DATE:2021-02-17..2021-04-03]], I think [[March|DATE:2021-03-01..2021-03-31]], my nephew [[Jhoiner|PERSON]], he was eleven, stepped on a [[mine|WEAPON:LANDMINE]] going for the cows by the fence of the old coffee field.}} {{c5|He lost the left foot. My sister [[Rubiela Ipia|PERSON]] called me crying, I did not see it, I was here in [[Jambalo|PLACE:Jambaló]] with my students.}}
Sofía: Who had put the [[mines|WEAPON:LANDMINE]] there?
Leidy: Nobody says. There is a camp of [[the dissidents|ACTOR:FARC dissidents]] up the mountain, people say it was to stop [[the army|ACTOR:Colombian armed forces]]. The Guardia put a fence and signs. {{c7|The [[Secue|PERSON]] family also, [[Tiberio Secue|PERSON]], his cow died there on a [[mine|WEAPON:LANDMINE]] [[the month before|DATE:2021-02-01..2021-02-28]], and the well of the vereda was left ruined because the cows fell in it running.}}
Sofía: Have you yourself had trouble with the armed groups?
Leidy: [pause] In [[November|DATE:2021-11-01..2021-11-30]], in [[November of last year|DATE:2021-11-01..2021-11-30]], they came to the school to take two boys of fourteen, for the war, the recruitment. They wanted to take also my colleague [[Wilson Tumbo|PERSON]], the other teacher, because he spoke against them in the assembly. But the Guardia came, more than fifty, with the bastones, and the elders, and we did not let them. They went away.
Leidy: {{c8|But the boys, [[Brayner Velasco|PERSON]] and [[Yordan|PERSON]], they took them. They put them on motorcycles.}} {{c9|[[Brayner|PERSON]] escaped [[after one month|DATE:2021-12-15]] and came back through the páramo. [[Yordan|PERSON]] we do not know. No news since then.}}
Sofía: I am sorry.
Leidy: Write that we are not afraid. It is a lie, we are afraid, but write it.

@@witness co-jambalo-leidy-campo
@@claim c2 harm=INJURED min=3 max=3 named="Esperanza; Ofelia Quitumbo" weapon=IED actor="FARC dissidents" site="Jambaló" date=2020-06-24 basis=WITNESSED incident=co-jambalo-20200624-plaza-car-bomb
@@claim c3 harm=INJURED min=9 max=14 weapon=IED actor="FARC dissidents" site="Jambaló" date=2020-06-24 basis=REPORTED incident=co-jambalo-20200624-plaza-car-bomb
@@claim c4 harm=PROPERTY_DAMAGE min=11 max=11 named="Aldemar" weapon=IED actor="FARC dissidents" site="Jambaló" date=2020-06-24 basis=WITNESSED incident=co-jambalo-20200624-plaza-car-bomb
@@claim c5 harm=INJURED min=1 max=1 named="Jhoiner" weapon=LANDMINE site="San Julián" date=2021-03-01..2021-03-31 basis=HEARSAY incident=co-toribio-20210300-sanjulian-mine
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null named="Tiberio Secue" weapon=LANDMINE site="San Julián" date=2021-02-01..2021-02-28 basis=HEARSAY incident=co-toribio-20210200-sanjulian-cow-mine
@@claim c8 harm=DETAINED min=2 max=2 named="Brayner Velasco; Yordan" actor="FARC dissidents" site="Jambaló" date=2021-11-01..2021-11-30 basis=WITNESSED incident=co-jambalo-20211100-school-recruitment
@@claim c9 harm=MISSING min=1 max=1 named="Yordan" actor="FARC dissidents" site="Jambaló" date=2021-11-01..2021-11-30 basis=EXPERIENCED incident=co-jambalo-20211100-school-recruitment
