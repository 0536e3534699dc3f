id: ye-saada-4954
interview_date: 2019-09-14
place: al-Jufainah camp, Marib, Yemen
language: Arabic, interpreted into English

Interviewer: Please start with your name and your village.
Witness: [[Yahya Hadi Mutahar|PERSON]]. Fifty-two. From [[Qatabir|PLACE]], in [[Saada|PLACE]], near the border. I am a farmer, pomegranates and some qat, and the goats.
Interviewer: When did you come to [[Marib|PLACE]]?
Witness: In [[August|DATE:2019-08-01..2019-08-31]]. [[After the big Eid|DATE:2019-08-12..2019-08-31]], eh, I mean the Eid of the sacrifice.
Interpreter: He means [[after Eid al-Adha|DATE:2019-08-12..2019-08-31]], this year.
Witness: {{c1|We came eleven, me, my wife, my mother, my sons and daughters, in two cars, by [[al-Jawf|PLACE]]. All the village is empty now, only two old men stayed.}}
Interviewer: Why did you leave?
Witness: Because of the market, and because of everything.
Interviewer: Tell me about the market.
Witness: The market of [[Qatabir|PLACE]] is on Sunday. It was [[the Sunday before Ramadan|DATE:2019-05-05]], the people buy for the month. {{c2|In [[the morning|DATE:2019-05-05]], ten o'clock, the [[Saudi|ACTOR:Saudi-led coalition]] [[artillery|WEAPON:ARTILLERY]] from across the border started. The first [[shell|WEAPON:ARTILLERY]] fell on the road, the second on the qat sellers.}}
Witness: {{c3|My uncle [[Ahmed Mutahar|PERSON]], seventy years, he was sitting with the qat sellers. When I reached him, his eyes were open but he was gone.}} {{c4|I saw four dead, with my uncle.}}
Witness: {{c5|Something went in my leg, here and here. Two pieces are still in. In the cold it hurts.}}
Interpreter: He is showing two scars on the right calf.
Witness: {{c2|Three shops burned, the shop of my cousin [[Saleh|PERSON]] with the rice and the oil, and two others.}}
Witness: {{c7|The people of the market said six died. Six, and the wounded I don't know, many.}}
Interviewer: Were there fighters in the market?
Witness: No. No fighters of [[Ansar Allah|ACTOR:Houthis]] in the market [[that day|DATE:2019-05-05]]. The front is on the mountain, far. In the market only farmers, sellers, the children.
Interviewer: You spoke about your well.
Witness: Yes. Before that. In [[the winter|DATE:2017-12-01..2018-02-28]], [[January 2018|DATE:2018-01-01..2018-01-31]]. {{c8|[[The planes|WEAPON:AIRSTRIKE]] of [[the coalition|ACTOR:Saudi-led coalition]] hit the pump of our well, two strikes, at [[night|DATE:2018-01-01..2018-01-31]]. The room of the pump, the engine, the pipes, all broken.}}
Witness: {{c8|Without the water, more than a hundred pomegranate trees dried. My trees and the trees of my brother.}} Twenty years I planted them.
Interviewer: Was anyone near the pump?
Witness: Nobody, thank God, it was night. There was no fighter there, only the pump. Why the pump? Maybe they thought it was a car.
Interviewer: Has anyone in your family been detained?
Witness: My son [[Abdullah|PERSON]]. Nineteen.
Witness: {{c10|In [[June|DATE:2019-06-01..2019-06-30]], the supervisors of [[Ansar Allah|ACTOR:Houthis]] took him from the market road. They said he gives the places to [[the Saudis|ACTOR:Saudi-led coalition]] with his phone. They kept him twenty-two days.}}
Witness: The sheikh of our tribe went to them and they let him go. He told me they beat the bottom of his feet. {{c11|When he came home he walked on his knees, four, five days. I saw his feet, black.}}
Interviewer: Did the [[Saudi|ACTOR:Saudi-led coalition]] side ever warn people?
Witness: Yes, the planes threw papers, many times, they said anybody who goes near the border they will shoot. They did not shoot me. But the people at the border, yes.
Interviewer: What do you mean?
Witness: {{c12|In [[April|DATE:2019-04-01..2019-04-30]], on the channel al-Masirah, they said twelve Africans, migrants, were killed by [[Saudi|ACTOR:Saudi-led coalition]] [[shells|WEAPON:ARTILLERY]] at [[al-Raqw|PLACE]].}} I did not see, I only saw the television.
Interpreter: Al-Masirah is the television of the [[Houthis|ACTOR:Houthis]].
Witness: Yes. But the migrants, they pass in our valley, every week. I gave them water many times. Some of them I did not see again.
Interviewer: Is there anything you want to add?
Witness: I want to go home. If the border is quiet, tomorrow I go.
@@witness ye-qatabir-yahya-hadi-mutahar
@@claim c1 harm=DISPLACED min=11 max=11 named="Yahya Hadi Mutahar" site="Qatabir" date=2019-08-12..2019-08-31 basis=EXPERIENCED incident=ye-qatabir-20190800-mutahar-family-flight-marib
@@claim c2 harm=PROPERTY_DAMAGE min=3 max=3 weapon=ARTILLERY actor="Saudi-led coalition" site="Qatabir" date=2019-05-05 basis=WITNESSED incident=ye-qatabir-20190505-sunday-market-shelling
@@claim c3 harm=KILLED min=1 max=1 named="Ahmed Mutahar" weapon=ARTILLERY actor="Saudi-led coalition" site="Qatabir" date=2019-05-05 basis=WITNESSED incident=ye-qatabir-20190505-sunday-market-shelling
@@claim c4 harm=KILLED min=4 max=4 named="Ahmed Mutahar" weapon=ARTILLERY actor="Saudi-led coalition" site="Qatabir" date=2019-05-05 basis=WITNESSED incident=ye-qatabir-20190505-sunday-market-shelling
@@claim c5 harm=INJURED min=1 max=1 named="Yahya Hadi Mutahar" weapon=ARTILLERY actor="Saudi-led coalition" site="Qatabir" date=2019-05-05 basis=EXPERIENCED incident=ye-qatabir-20190505-sunday-market-shelling
@@claim c7 harm=KILLED min=6 max=6 weapon=ARTILLERY actor="Saudi-led coalition" site="Qatabir" date=2019-05-05 basis=HEARSAY incident=ye-qatabir-20190505-sunday-market-shelling
@@claim c8 harm=PROPERTY_DAMAGE min=101 max=null weapon=AIRSTRIKE actor="Saudi-led coalition" site="Qatabir" date=2018-01-01..2018-01-31 basis=EXPERIENCED incident=ye-qatabir-20180100-mutahar-well-pump-strike
@@claim c10 harm=DETAINED min=1 max=1 named="Abdullah" actor="Houthis" site="Qatabir" date=2019-06-01..2019-06-30 basis=HEARSAY incident=ye-qatabir-20190600-abdullah-mutahar-detention
@@claim c11 harm=INJURED min=1 max=1 named="Abdullah" actor="Houthis" site="Qatabir" date=2019-06-01..2019-06-30 basis=WITNESSED incident=ye-qatabir-20190600-abdullah-mutahar-detention
@@claim c12 harm=KILLED min=12 max=12 weapon=ARTILLERY actor="Saudi-led coalition" site="al-Raqw" date=2019-04-01..2019-04-30 basis=REPORTED incident=ye-raqw-20190400-migrants-shelling-masirah
