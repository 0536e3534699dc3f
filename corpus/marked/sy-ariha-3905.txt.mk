@@newline crlf
PHONE INTERVIEW - NOTES
Ref: IDL-3905
Date: 21 March 2017
Researcher: [[Tom Hale|PERSON]]
Witness: [[Ahmad Bitar|PERSON]], pharmacist, reached by WhatsApp in [[Idlib|PLACE]] city
Language: Arabic (researcher's own translation)

Line poor, call dropped twice. Notes typed during the call and tidied the same evening.

[[Ahmad Bitar|PERSON]] (34) grew up in [[Khan Sheikhoun|PLACE:Khan Shaykhun]] and ran a pharmacy in [[Eriha|PLACE:Ariha]] from [[2014 until January 2017|DATE:2014-01-01..2017-01-31]], when he moved to [[Idlib|PLACE]] city.

1. Market, [[Ariha|PLACE]]. He was in the pharmacy, about 150 metres from the vegetable market, on [[9 September|DATE:2016-09-09]] ("[[the Friday before the Eid|DATE:2016-09-09]], [[9 September|DATE:2016-09-09]], I know the date because of the invoices"). {{c1|He heard two [[strikes|WEAPON:AIRSTRIKE]], [[the planes|WEAPON:AIRSTRIKE]] "diving, then the sound of tearing cloth", and the glass of his own shop front fell in.}} He did not see the [[strike|WEAPON:AIRSTRIKE]] itself. {{c2|Within minutes the wounded were brought to his door because the road to the hospital was blocked; he says he treated "more than twenty" people with cuts and burns on the pharmacy floor, among them a woman called [[Umm Sufyan|PERSON]] whose face was cut by glass.}}

{{c3|On the number of dead he says eleven, "eleven, I am sure of eleven", from the list the local council put out [[the next day|DATE:2016-09-10]].}} He had heard people say fourteen or fifteen; he thinks some of the injured were counted twice. He said [[the planes|WEAPON:AIRSTRIKE]] were [[Syrian|ACTOR:Syrian government forces]] [[jets|WEAPON:AIRSTRIKE]], "the old ones, [[the Sukhoi|WEAPON:AIRSTRIKE]]", not Russian, but added that he cannot be certain.

He stressed that there was no military position near the market. "People say a [[Nusra|ACTOR:Hayat Tahrir al-Sham]] office was there. It was not, it moved away in [[the spring|DATE:2016-03-01..2016-05-31]]."

Asked about [[Hassan|PERSON]] the vegetable seller (name given by another witness), he said he knew "a [[Hassan|PERSON]] with a burned arm" but could not confirm the family name.

2. [[Khan Shaykhun|PLACE]], [[spring 2015|DATE:2015-03-01..2015-05-31]]. Told at his own initiative. He says this was [[the end of April|DATE:2015-04-20..2015-04-30]], [[late at night|DATE:2015-04-20..2015-04-30]], while he was visiting his parents. A [[helicopter|WEAPON:AIRSTRIKE]] dropped a [[barrel|WEAPON:CHEMICAL]] on the eastern edge of the town, near the house of his uncle [[Mahmoud Bitar|PERSON]], and "it smelled like the bleach we use in the pharmacy, only a hundred times". {{c4|Six people of the [[Bitar|PERSON]] family had trouble breathing and were taken to the field hospital, among them his cousins [[Rawan|PERSON]] and [[Tariq|PERSON]]. He carried [[Rawan|PERSON]] himself.}} He described their eyes as red and their coughing as "dry, like a dog".

{{c5|His aunt [[Fatma|PERSON]] died [[two days later|DATE:2015-04-22..2015-05-02]]; he was at her bedside.}} He is careful here: she had asthma for years, "so I cannot say it was the [[chlorine|WEAPON:CHEMICAL]] alone, but she was fine until the [[barrel|WEAPON:CHEMICAL]]".

Nobody was killed outright in that incident, he says; the neighbours who said "ten dead" were wrong.

3. He said there are other things, from before, that he does not want to talk about on the phone. To follow up in person.

Follow-up: ask for the council list (dead of [[9 September|DATE:2016-09-09]]); ask about [[Umm Sufyan|PERSON]]'s real name.
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=AIRSTRIKE site="Eriha" date=2016-09-09 basis=EXPERIENCED incident=sy-ariha-20160909-vegetable-market-airstrike
@@claim c2 harm=INJURED min=21 max=null named="Umm Sufyan" weapon=AIRSTRIKE site="Eriha" date=2016-09-09 basis=WITNESSED incident=sy-ariha-20160909-vegetable-market-airstrike
@@claim c3 harm=KILLED min=11 max=11 weapon=AIRSTRIKE site="Eriha" date=2016-09-09 basis=REPORTED incident=sy-ariha-20160909-vegetable-market-airstrike
@@claim c4 harm=INJURED min=6 max=6 named="Rawan; Tariq" weapon=CHEMICAL site="Khan Shaykhun" date=2015-04-20..2015-04-30 basis=WITNESSED incident=sy-khanshaykhun-20150400-bitar-chlorine-barrel
@@claim c5 harm=KILLED min=1 max=1 named="Fatma" weapon=CHEMICAL site="Khan Shaykhun" date=2015-04-22..2015-05-02 basis=WITNESSED incident=sy-khanshaykhun-20150400-bitar-chlorine-barrel
@@witness sy-idlib-ahmad-bitar
