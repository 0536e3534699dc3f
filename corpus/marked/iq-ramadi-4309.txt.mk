@@newline crlf
Interview ID: IQ-RMD-4309
Interview date: 2020-11-07
Place of interview: [[Ramadi|PLACE]], [[Anbar|PLACE]]
Interviewer: [[Emma Laurent|PERSON]]
Interpreter: [[Yousra Hadithi|PERSON]]
Speaker: [[Muhannad al-Issawi|PERSON]]

Emma: Could you start with where you were living before [[2015|DATE:2015-01-01..2015-12-31]]?
Muhannad: Before, long before, I was in [[Baghdad|PLACE]]. I taught Arabic in a school in [[Adhamiya|PLACE]] from [[2003|DATE:2003-01-01..2003-12-31]], then I came home to [[Ramadi|PLACE]] in [[2007|DATE:2007-01-01..2007-12-31]], when [[Baghdad|PLACE]] became impossible for us. Here we lived in [[al-Dhubbat|PLACE]], the officers' neighbourhood, [[Hay al-Dhubbat|PLACE:al-Dhubbat]].
Emma: Did anything happen in [[al-Dhubbat|PLACE]] before [[Daesh|ACTOR:Islamic State]] came in?
Muhannad: The fighting was on the edges of the city all [[2014|DATE:2014-01-01..2014-12-31]]. But I remember [[one night in April|DATE:2015-04-01..2015-04-30]]. [[The 10th of April|DATE:2015-04-10]], I am sure, [[a Friday|DATE:2015-04-10]], because it was my sister's engagement that was cancelled. I was at home and I heard a loud blast, then another, near the [[Sheikh Jassim mosque|PLACE]]. I waited, then I went to see.
Muhannad: {{c2|Four or five dead, in front of the mosque. I saw a boy, and two old men.}} {{c3|And the shops around, the glass, all broken.}} People were shouting it was [[mortar|WEAPON:MORTAR]] from [[Daesh|ACTOR:Islamic State]] in [[al-Sijariya|PLACE]]. I did not see where it came from, I heard only.
Emma: What happened when they came into the city?
Muhannad: {{c4|When [[Daesh|ACTOR:Islamic State]] came in, in [[May|DATE:2015-05-01..2015-05-31]], we stayed three days, then we left on foot, me, my wife, my mother and my four children, to the [[Bzeibiz bridge|PLACE]].}} We walked two days. I carried my mother on my back part of the way.
Emma: Did you go back during [[Daesh|ACTOR:Islamic State]] time?
Muhannad: No. My cousin [[Rafi' al-Issawi|PERSON]] stayed, he told me everything on the phone when there was network.
Muhannad: {{c5|He said in [[September|DATE:2015-09-01..2015-09-30]] a [[drone|WEAPON:DRONE_STRIKE]] of [[the coalition|ACTOR:US-led coalition]] hit a car of [[Daesh|ACTOR:Islamic State]] on our street, and two boys from the [[Karbouli|PERSON]] family were passing on a bicycle, they were killed with the fighters.}}
Muhannad: The fighters in the car, that is war, they chose. The two boys, no. [[Hamid|PERSON]] and [[Saad|PERSON]], twelve and ten.
Emma: Was your house damaged?
Muhannad: {{c6|Our house, the [[Iraqi|ACTOR:Iraqi forces]] [[planes|WEAPON:AIRSTRIKE]] or [[the Americans|ACTOR:US-led coalition]], who knows, in [[December|DATE:2015-12-01..2015-12-31]], a [[missile|WEAPON:MISSILE]] went through the roof. Half the house is gone.}}
Yousra: He says "the Iraqi planes". He means maybe [[the Iraqi air force|ACTOR:Iraqi forces]].
Emma: There were reports of [[chemical weapons|WEAPON:CHEMICAL]] near [[Ramadi|PLACE]]. Did you hear about this?
Muhannad: At the university, [[Anbar University|PLACE]], [[Daesh|ACTOR:Islamic State]] fired [[chlorine|WEAPON:CHEMICAL]] at the soldiers, my cousin said, some soldiers were choking. That was fighting, soldiers against [[Daesh|ACTOR:Islamic State]]. In [[al-Dhubbat|PLACE]] people said the [[chlorine|WEAPON:CHEMICAL]] came also, but it was not, it was only the smoke of the burning tyres.
Emma: When did you come back?
Muhannad: In [[April 2016|DATE:2016-04-01..2016-04-30]]. [[The army|ACTOR:Iraqi forces]] said it is clean. It was not clean.
Muhannad: {{c7|[[Rafi'|PERSON]], the same cousin, [[the third week|DATE:2016-04-15..2016-04-21]], he went to his orchard near [[al-Hamidiya|PLACE]], and a [[mine|WEAPON:LANDMINE]] in the path took his leg.}} I was not there, his son ran to us. We took him to [[Ramadi Teaching Hospital|PLACE]] in my brother's pick-up.
Muhannad: And in our kitchen there was a [[bomb|WEAPON:IED]] inside the gas cooker, a [[booby trap|WEAPON:IED]], the engineers found it. Thank God they found it before my wife opened it.
Emma: So nobody was hurt by that one?
Muhannad: Nobody. If she had opened it, I would not have a wife now. The cooker they took and exploded outside, in the garden.
Emma: Is there anything else?
Muhannad: [[Hamid|PERSON]] and [[Saad|PERSON]]. Write their names. Their father, [[Abu Hamid|PERSON]], still goes to the place of the car every Friday.
@@witness iq-ramadi-muhannad-al-issawi
@@claim c2 harm=KILLED min=4 max=5 weapon=MORTAR actor="Islamic State" site="Sheikh Jassim mosque" date=2015-04-10 basis=WITNESSED incident=iq-ramadi-20150410-dhubbat-mosque-mortars
@@claim c3 harm=PROPERTY_DAMAGE min=null max=null weapon=MORTAR actor="Islamic State" site="Sheikh Jassim mosque" date=2015-04-10 basis=WITNESSED incident=iq-ramadi-20150410-dhubbat-mosque-mortars
@@claim c4 harm=DISPLACED min=7 max=7 actor="Islamic State" site="al-Dhubbat" date=2015-05-01..2015-05-31 basis=EXPERIENCED incident=iq-ramadi-20150500-issawi-family-bzeibiz
@@claim c5 harm=KILLED min=2 max=2 named="Karbouli; Hamid; Saad" weapon=DRONE_STRIKE actor="US-led coalition" site="al-Dhubbat" date=2015-09-01..2015-09-30 basis=HEARSAY incident=iq-ramadi-20150900-dhubbat-drone-karbouli-boys
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null weapon=MISSILE site="al-Dhubbat" date=2015-12-01..2015-12-31 basis=HEARSAY incident=iq-ramadi-20151200-issawi-house-missile
@@claim c7 harm=INJURED min=1 max=1 named="Rafi'" weapon=LANDMINE site="al-Hamidiya" date=2016-04-15..2016-04-21 basis=HEARSAY incident=iq-ramadi-20160400-rafi-issawi-orchard-mine
