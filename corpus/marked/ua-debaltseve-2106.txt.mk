@@encoding utf-16le
Interview ID: DON-DBL-2106
Date: 2015-06-17
Location: [[Kramatorsk|PLACE]], collective centre
Language: Russian
Interviewer: [[Marek Sobczak|PERSON]]

INT: Please tell me your name and where you are from.
RESP: [[Tamara Hryhorivna Shevchuk|PERSON]]. From [[Debaltseve|PLACE]], [[Debaltsevo|PLACE:Debaltseve]] in Russian, I was a railway dispatcher thirty years.
INT: When did you leave [[Debaltseve|PLACE]]?
RESP: {{c1|At the end, [[the 4th of February|DATE:2015-02-04]], on the bus the police organised, with my granddaughter. Me and [[Dasha|PERSON]], she is seven. The rest stayed.}}
INT: What was it like before you left?
RESP: From [[New Year|DATE:2015-01-01]] it was hell, I don't have other words. The [[Grads|WEAPON:ROCKET]] from the side of [[Vuhlehirsk|PLACE]], and the [[artillery|WEAPON:ARTILLERY]], day and night. We lived in the cellar of our five-storey on [[Lenina street|PLACE]], twenty people, candles.
INT: Was your building hit?
RESP: {{c2|On [[the Old New Year|DATE:2015-01-14]], [[the 14th|DATE:2015-01-14]], the [[Grad|WEAPON:ROCKET]] came in a row, four, five, one after the other.}} {{c3|One hit the roof of our entrance. The fifth floor burned, the fourth too, all the glass in the building went out, even in the cellar window.}} {{c4|My neighbour from the fifth floor, [[Anatoliy Zinchenko|PERSON]], sixty-three, he went up to get his blood pressure pills, and he did not come down. We found him on the stairs.}} [crying] Excuse me.
INT: Take your time. Who was firing on the town?
RESP: Who? [[The separatists|ACTOR:Russian-backed separatist forces]], [[DNR|ACTOR:Russian-backed separatist forces]], from [[Vuhlehirsk|PLACE]] and [[Horlivka|PLACE]]. People say also [[the Russians|ACTOR:Russian armed forces in Ukraine]] with them, soldiers without insignia. There were no [[Ukrainian soldiers|ACTOR:Ukrainian armed forces]] in our yard, never. They were on the hill at the railway.
INT: You said the rest of the family stayed.
RESP: My daughter [[Iryna|PERSON]] and her husband [[Oleksandr|PERSON]], [[Sasha|PERSON]]. {{c5|After the town was taken, at [[the end of February|DATE:2015-02-18..2015-02-28]], men from the [[DNR|ACTOR:Russian-backed separatist forces]] came to their flat and dragged [[Sasha|PERSON]] out in his slippers. Someone told them he had a Ukrainian flag on his phone.}} {{c5|They held him in a cellar in [[Vuhlehirsk|PLACE]] for nineteen days. He dug trenches for them, they beat him with a rifle on the kidneys.}}
INT: How do you know this?
RESP: [[Iryna|PERSON]] told me, on the phone, and [[Sasha|PERSON]] himself when they came to [[Kramatorsk|PLACE]] in [[April|DATE:2015-04-01..2015-04-30]].
INT: Were other people taken?
RESP: {{c6|The son of the stationmaster, [[Roman Hrytsenko|PERSON]], they took him [[the same week|DATE:2015-02-18..2015-02-28]]. Since then nothing, we still don't know where he is. His mother goes to [[Donetsk|PLACE]] every month and asks.}} Our old neighbour [[Klavdiya Ivanivna|PERSON]] they also wanted to take, because her son is in the army, but the other women stood in the door and shouted, and they left her. An old woman, who needs her?
INT: Do you have family anywhere else in the [[Donbas|PLACE]]?
RESP: My sister is in [[Avdiivka|PLACE]]. [[Avdeevka|PLACE:Avdiivka]], next to the coke plant. {{c7|In [[March|DATE:2015-03-01..2015-03-31]], I think [[the week of the women's day|DATE:2015-03-02..2015-03-08]], [[mortar rounds|WEAPON:MORTAR]] fell in her street, [[Kolosova street|PLACE]], and she got glass and metal in her face and arm.}} {{c8|Her greenhouse, the fence, the summer kitchen, all torn to pieces.}} She stays anyway. She says where would I go with my goats.
INT: And your nephew? You mentioned him at the start.
RESP: [pause] [[Vitaliy|PERSON]], my brother's son. He was a volunteer in a battalion, in [[August|DATE:2014-08-01..2014-08-31]] they were at [[Ilovaisk|PLACE]]. {{c9|When they came out by the corridor, [[the 29th of August|DATE:2014-08-29]], they were shot at, by [[the Russian army|ACTOR:Russian armed forces in Ukraine]], the boys who came back say. [[Vitaliy|PERSON]] did not come back. No body, no prisoner list, nothing. My brother saw his name on a Facebook page of the missing from [[Ilovaysk|PLACE:Ilovaisk]], that's all.}}
INT: Is there anything else you would like to say?
RESP: {{c10|One more. In [[May|DATE:2015-05-01..2015-05-31]] [[Iryna|PERSON]] wrote me that our dacha near [[Debaltseve|PLACE]], a man from the street opened the gate and there was a [[tripwire|WEAPON:IED]], a [[grenade|WEAPON:IED]] on the gate. He lost his eye. [[Hryhoriy|PERSON]], the beekeeper.}} Who put it, I cannot say, both sides were in our gardens in [[the winter|DATE:2014-12-01..2015-02-28]].
@@claim c1 harm=DISPLACED min=2 max=2 named="Dasha" site="Debaltseve" date=2015-02-04 basis=EXPERIENCED incident=ua-debaltseve-20150204-bus-evacuation
@@claim c2 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Russian-backed separatist forces" site="Lenina street" date=2015-01-14 basis=WITNESSED incident=ua-debaltseve-20150114-lenina-street-grad
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=ROCKET actor="Russian-backed separatist forces" site="Lenina street" date=2015-01-14 basis=EXPERIENCED incident=ua-debaltseve-20150114-lenina-street-grad
@@claim c4 harm=KILLED min=1 max=1 named="Anatoliy Zinchenko" weapon=ROCKET actor="Russian-backed separatist forces" site="Lenina street" date=2015-01-14 basis=WITNESSED incident=ua-debaltseve-20150114-lenina-street-grad
@@claim c5 harm=DETAINED min=1 max=1 named="Sasha" actor="Russian-backed separatist forces" site="Debaltseve" date=2015-02-18..2015-02-28 basis=HEARSAY incident=ua-debaltseve-20150200-shevchuk-son-in-law-arrest
@@claim c6 harm=MISSING min=1 max=1 named="Roman Hrytsenko" actor="Russian-backed separatist forces" site="Debaltseve" date=2015-02-18..2015-02-28 basis=HEARSAY incident=ua-debaltseve-20150200-hrytsenko-arrest
@@claim c7 harm=INJURED min=1 max=1 weapon=MORTAR site="Kolosova street" date=2015-03-02..2015-03-08 basis=HEARSAY incident=ua-avdiivka-20150300-kolosova-street-mortars
@@claim c8 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR site="Kolosova street" date=2015-03-02..2015-03-08 basis=HEARSAY incident=ua-avdiivka-20150300-kolosova-street-mortars
@@claim c9 harm=MISSING min=1 max=1 named="Vitaliy" actor="Russian armed forces in Ukraine" site="Ilovaisk" date=2014-08-29 basis=REPORTED incident=ua-ilovaisk-20140829-corridor
@@claim c10 harm=INJURED min=1 max=1 weapon=IED site="Debaltseve" date=2015-05-01..2015-05-31 named="Hryhoriy" basis=HEARSAY incident=ua-debaltseve-20150500-dacha-tripwire
@@witness ua-debaltseve-tamara-shevchuk
