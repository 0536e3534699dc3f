Interview ID: IQ-HLB-1123
Date of interview: 2018-03-17
Place of interview: [[Sulaimaniya|PLACE:Sulaymaniyah]], witness's home
Language: Sorani, interpreted
Interviewer: [[Mark Tennant|PERSON]]
Interpreter: [[Hozan Jaff|PERSON]]

INTERVIEWER: Yesterday was the anniversary. Were you at the ceremony in [[Halabcha|PLACE:Halabja]]?
WITNESS: No. I don't go any more. Every year the politicians speak, and we sit. I remember at home. I sit with my wife, we drink tea, we don't speak much. She lost her mother [[that day|DATE]], so we both know.
INTERVIEWER: I understand. Can you tell me your name and what you did in [[1988|DATE:1988-01-01..1988-12-31]]?
WITNESS: [[Bakhtiyar Othman Rasul|PERSON]]. I was a medical assistant, twenty-six, in the health centre of [[Halabja|PLACE]]. Not a doctor, I want to be clear. I put bandages, injections.
INTERVIEWER: Where were you on [[16 March|DATE:1988-03-16]]?
WITNESS: At the health centre, near the [[Bazar street|PLACE]], in the centre. Since [[the 15th|DATE:1988-03-15]] we had wounded from the [[shelling|WEAPON:ARTILLERY]] and the fighting. {{c1,c10|On [[the morning of the 16th|DATE:1988-03-16]], [[the aircraft|WEAPON:AIRSTRIKE]] of the [[Baath|ACTOR:Iraqi forces]] bombed with normal [[bombs|WEAPON:AIRSTRIKE]] first, and we received maybe fifteen wounded, two died in the centre.}}
WITNESS: {{c2|Then [[about three o'clock|DATE:1988-03-16]], the [[chemical|WEAPON:CHEMICAL]]. People came running to the centre, their eyes red, they could not breathe, some were laughing, crazy laughing, and then falling. This I will never forget, the laughing.}}
[Interpreter: he says "kimyabarán", the chemical bombardment, the word everyone uses in Kurdish for it.]
WITNESS: {{c3|We had nothing. No atropine, no masks. I put water on the faces. In one hour I think forty, fifty people died in the centre, in the corridor, outside the door.}} {{c4|Our nurse, [[Kazhal|PERSON]], she was nineteen, she breathed it from the clothes of the patients and she died [[that night|DATE:1988-03-16]].}}
INTERVIEWER: Were you affected yourself?
WITNESS: {{c5|Yes. My eyes, my lungs. I was blind for ten days. In [[Iran|PLACE]], in [[Kermanshah|PLACE]], they said I had [[mustard|WEAPON:CHEMICAL]] in the skin, and the doctors said also the [[nerve gas|WEAPON:CHEMICAL]], the [[sarin|WEAPON:CHEMICAL]], because of the pupils.}}
INTERVIEWER: How many people died in the town, in your estimation?
WITNESS: {{c6|I read five thousand. I think three thousand to five thousand, because I saw the streets. But nobody knows, nobody counted, the families were buried together.}}
INTERVIEWER: Was [[Halabja|PLACE]] the first time you saw such an attack?
WITNESS: No. {{c7|The year before, in [[April 1987|DATE:1987-04-01..1987-04-30]], in the [[Balisan|PLACE]] valley, [[Sheikh Wasan|PLACE]] and [[Balisan|PLACE]] villages, [[the planes|WEAPON:AIRSTRIKE]] of [[Saddam|ACTOR:Iraqi forces]] dropped the [[chemical|WEAPON:CHEMICAL]] also.}} {{c8,c11|My cousin [[Soran|PERSON]] was a [[Peshmerga|ACTOR:Peshmerga]] there, he told me more than a hundred people died in the villages, and the wounded who went to [[Erbil|PLACE]] hospital were taken by the security and disappeared.}}
INTERVIEWER: Did anything happen to your own family in [[1988|DATE:1988-01-01..1988-12-31]]?
WITNESS: {{c9,c12|My father, [[Othman|PERSON]], and my two brothers, [[Sherko|PERSON]] and [[Dara|PERSON]], were in the house in [[Halabja|PLACE]]. My father survived, blind. [[Sherko|PERSON]] and [[Dara|PERSON]] died, eighteen and fourteen.}} I found them on [[the 19th|DATE:1988-03-19]], when I came back from the border with the Iranian soldiers, to collect bodies.
INTERVIEWER: That must have been unbearable.
WITNESS: [pause] We put them in the blankets. We buried them in the [[Halabja|PLACE]] cemetery, the new one, the [[Martyrs' Cemetery|PLACE]]. There are many graves with no names.
INTERVIEWER: Is there anything you want to add?
WITNESS: Only that in the hospitals in [[Europe|PLACE]] they treated some, and those people came back with papers. The people who went to [[Iran|PLACE]] have no papers. Nobody wrote them. Write us.

@@witness iq-halabja-bakhtiyar-rasul
@@claim c1 harm=INJURED min=15 max=15 weapon=AIRSTRIKE site="Halabja" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-roads-bombing
@@claim c10 harm=KILLED min=2 max=2 weapon=AIRSTRIKE site="Halabja" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-roads-bombing
@@claim c2 harm=INJURED min=null max=null weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-chemical-attack
@@claim c3 harm=KILLED min=40 max=50 weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-chemical-attack
@@claim c4 harm=KILLED min=1 max=1 named="Kazhal" weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-chemical-attack
@@claim c5 harm=INJURED min=1 max=1 weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=EXPERIENCED incident=iq-halabja-19880316-chemical-attack
@@claim c6 harm=KILLED min=3000 max=5000 weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-chemical-attack
@@claim c7 harm=INJURED min=null max=null weapon=CHEMICAL actor="Iraqi forces" site="Balisan" date=1987-04-01..1987-04-30 basis=HEARSAY incident=iq-balisan-19870400-chemical-attack
@@claim c8 harm=KILLED min=101 max=null weapon=CHEMICAL actor="Iraqi forces" site="Balisan" date=1987-04-01..1987-04-30 basis=HEARSAY incident=iq-balisan-19870400-chemical-attack
@@claim c11 harm=MISSING min=null max=null actor="Iraqi forces" site="Erbil" date=1987-04-01..1987-04-30 basis=HEARSAY incident=iq-balisan-19870400-chemical-attack
@@claim c9 harm=KILLED min=2 max=2 named="Sherko; Dara" weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-chemical-attack
@@claim c12 harm=INJURED min=1 max=1 named="Othman" weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-chemical-attack
