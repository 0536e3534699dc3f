@@newline crlf
WITNESS STATEMENT
Interview ID: MM-STW-405
Date of interview: 4 July 2024
Location: secure video call, witness in [[Sittwe|PLACE]], [[Rakhine|PLACE]] State
Language: Rakhine and Burmese, interpreted into English
Interviewer: [[Clara Mendes|PERSON]]
Interpreter: [[Ko Wai Yan|PERSON]]

My name is [[Ma Thida Aung|PERSON]]. I am Rakhine, Buddhist, thirty-four years old. I was a teacher in the primary school in [[Pauktaw|PLACE]] town. Now I stay in [[Sittwe|PLACE]] with my mother, [[Daw Aye Aye Than|PERSON]], in the house of my aunt, in the [[Mingan|PLACE]] quarter.

I want to tell about [[Pauktaw|PLACE]] first. In [[the middle of November|DATE:2023-11-10..2023-11-20]], [[last year|DATE:2023-01-01..2023-12-31]], the fighting started between [[the Arakan Army|ACTOR:Arakan Army]] and [[the military|ACTOR:Tatmadaw]]. The [[AA|ACTOR:Arakan Army]] took the police station, people said, in [[the early morning|DATE]]. After that, from the river, [[the navy ships|WEAPON:ARTILLERY]] of [[the military|ACTOR:Tatmadaw]] started the [[shelling|WEAPON:ARTILLERY]] into the town. Big [[shells|WEAPON:ARTILLERY]], one after the other, and all night the [[bombardment|WEAPON:EXPLOSIVE_UNSPECIFIED]] did not stop. [[The helicopter|WEAPON:AIRSTRIKE]] also came and fired [[rockets|WEAPON:ROCKET]] at the houses near the jetty.

{{c1|My father, [[U Aung Kyaw Moe|PERSON]], he was sixty-one, he was killed on [[the second day|DATE]], a [[shell|WEAPON:ARTILLERY]] fell on the kitchen when he was making tea for us.}} I was in the other room with my mother. {{c3|The roof came down.}} We took him out, but he was not breathing already. {{c2|On [[the same day|DATE]], the son of our neighbour, [[Maung Tun Tun|PERSON]], eight years, was killed in the street, I saw his body when we ran.}} His mother, [[Daw Saw Hla Mya|PERSON]], was screaming and nobody could stop her.

{{c6|We left [[Pauktaw|PLACE]] by boat, [[that night|DATE]], with maybe forty people in one small boat, to [[Sittwe|PLACE]].}} {{c3|I don't know how many houses were destroyed, the people who went back said more than fifty houses in our quarter, my school also, half of it.}} I have not been back. The town is now with the [[AA|ACTOR:Arakan Army]], and the road and the river are closed.

[Interpreter's note: she says "AA" in English, for [[the Arakan Army|ACTOR:Arakan Army]].]

The second thing is my brother. [[Ko Zaw Min Htun|PERSON]], he is twenty-six, he drives a tuk-tuk in [[Sittwe|PLACE]]. {{c4|On [[10 March|DATE:2024-03-10]] [[the soldiers|ACTOR:Tatmadaw]] stopped him at the checkpoint near the [[Sittwe University road|PLACE]] and they looked in his phone, and they took him, because he had photos from [[Pauktaw|PLACE]] and a song of [[the Arakan Army|ACTOR:Arakan Army]].}} His friend [[Nyi Nyi|PERSON]] was with him and they let him go; he told us. Since then we went to the police, to the military office, two times, three times. They say he is "under investigation". We have not seen him. We send food to the prison but we don't know if he gets it.

In [[Sittwe|PLACE]] now it is not fighting inside the town, not yet. There was no [[shelling|WEAPON:ARTILLERY]] in our quarter, only the sound from far. But everybody is afraid. [[The military|ACTOR:Tatmadaw]] said on the loudspeaker that if the [[AA|ACTOR:Arakan Army]] come into the town they will treat every Rakhine house like an enemy house. I think if that happens, we will die here, all of us, because there is no road to go.

One more thing, and this I did not see. {{c5|In [[May|DATE:2024-05-01..2024-05-31]], the television of [[the military|ACTOR:Tatmadaw]] said that [[rockets|WEAPON:ROCKET]] of the [[AA|ACTOR:Arakan Army]] fell near the market in [[Sittwe|PLACE]] and five people died.}} {{c7|My aunt went to the market [[that morning|DATE]] and she says she saw only broken glass and the police.}} I cannot say who is telling the truth.

I give this statement so that the name of my father is written somewhere. His name is [[U Aung Kyaw Moe|PERSON]]. He was a teacher also.
@@witness mm-pauktaw-ma-thida-aung
@@claim c1 harm=KILLED min=1 max=1 named="U Aung Kyaw Moe" weapon=ARTILLERY actor=Tatmadaw site="Pauktaw" date=2023-11-10..2023-11-21 basis=WITNESSED incident=mm-pauktaw-20231100-navy-shelling
@@claim c2 harm=KILLED min=1 max=1 named="Maung Tun Tun" site="Pauktaw" date=2023-11-10..2023-11-21 basis=WITNESSED incident=mm-pauktaw-20231100-navy-shelling
@@claim c3 harm=PROPERTY_DAMAGE min=51 max=null site="Pauktaw" basis=HEARSAY incident=mm-pauktaw-20231100-navy-shelling
@@claim c4 harm=DETAINED min=1 max=1 named="Ko Zaw Min Htun" actor=Tatmadaw site="Sittwe University road" date=2024-03-10 basis=HEARSAY incident=mm-sittwe-20240310-checkpoint-arrest
@@claim c5 harm=KILLED min=5 max=5 weapon=ROCKET actor="Arakan Army" site="Sittwe" date=2024-05-01..2024-05-31 basis=REPORTED incident=mm-sittwe-20240500-market-rockets
@@claim c6 harm=DISPLACED min=40 max=40 site="Pauktaw" date=2023-11-10..2023-11-21 basis=EXPERIENCED incident=mm-pauktaw-20231100-witness-405-displaced
@@claim c7 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Arakan Army" site="Sittwe" date=2024-05-01..2024-05-31 basis=HEARSAY incident=mm-sittwe-20240500-market-rockets
