WITNESS STATEMENT
Statement ID: SNJ-3503
Date of interview: 20/09/2017
Place of interview: [[Khanke|PLACE]] camp, [[Duhok|PLACE]]
Language: Kurmanji (Kurdish), interpreted into English
Interviewer: [[Marit Olsen|PERSON]]
Interpreter: [[Shireen Murad Ali|PERSON]]

My name is [[Hadiya Khalaf Qasim|PERSON]]. I am thirty-four years old. I am Yazidi, from [[Kocho|PLACE]] village, south of [[Sinjar|PLACE]]. Some write it Kojo. I lived there with my husband [[Khudeda|PERSON]], our three children and his mother.

On [[the 3rd of August 2014|DATE:2014-08-03]], in [[the morning|DATE:2014-08-03]], we heard that [[ISIS|ACTOR:Islamic State]] had come into [[Sinjar|PLACE]] and that people were running to the mountain. We could not run. The mountain was far, and [[Daesh|ACTOR:Islamic State]] cars were already on the roads around [[Kocho|PLACE]]. By [[noon|DATE:2014-08-03]] they were in the village. They took our phones. They said, stay in your houses, nobody will hurt you if you become Muslim.

For twelve days we were like prisoners in our own village. There was no [[shooting|WEAPON:SMALL_ARMS]] in the village in [[those days|DATE:2014-08-03..2014-08-15]], I want to say this truthfully, they did not kill anybody in front of us then. They only came every day, to the mukhtar, and asked, when will you convert.

[Interpreter's note: the witness uses "mukhtar" for the village head.]

On [[the 15th|DATE:2014-08-15]], [[a Friday|DATE:2014-08-15]], [[before noon|DATE:2014-08-15]], they told everybody to come to the school, the secondary school at the edge of the village. Men downstairs, women and children upstairs. They took our gold, our money, the rings. My mother-in-law gave them her earrings from her ears.

{{c1|Then they took the men out, in groups, in the pickups. My husband [[Khudeda|PERSON]] went in the second car. My brothers [[Saeed|PERSON]] and [[Elias|PERSON]] also, with my uncle [[Barakat|PERSON]], who was old, sixty-something.}} I saw them from the window upstairs. [[Khudeda|PERSON]] looked up, I think he was looking for me.

[[After some minutes|DATE:2014-08-15]] we heard [[shooting|WEAPON:SMALL_ARMS]] from the side of the farms, long, many [[guns|WEAPON:SMALL_ARMS]], then quiet, then again. The women started to scream. The fighters told us, they are only firing in the air.

{{c3|Later, in [[Tal Afar|PLACE]], I met a woman from our village whose son survived under the bodies, and she told me they shot all the men in the pits near the farms, more than three hundred of our men, maybe four hundred.}} I do not know the right number. Nobody knows.

{{c4|To this day I have no news of [[Khudeda|PERSON]], or of [[Saeed|PERSON]] and [[Elias|PERSON]]. We gave blood for the DNA, me and my daughter, but no answer.}} Until they find him, for me he is missing, not dead.

{{c5|[[The same evening|DATE:2014-08-15]] they took us, the women and the children, in buses to [[Solagh|PLACE]], to the institute there, and then to [[Mosul|PLACE]]. I was held with my children in a hall full of women, then in a house in [[Tal Afar|PLACE]], eleven months.}} My son [[Kheri|PERSON]], he was nine, they separated from me at [[Tal Afar|PLACE]] to take him to their camp for boys. I got him back only [[last winter|DATE:2016-12-01..2017-02-28]], through a smuggler. He speaks Arabic now, he forgot some words of Kurmanji.

I escaped in [[July 2015|DATE:2015-07-01..2015-07-31]] with my two daughters, [[Nisreen|PERSON]] and [[Jihan|PERSON]], with the help of a man my brother-in-law [[Naif|PERSON]] paid.

{{c6|After [[Kocho|PLACE]] was liberated, in [[the spring|DATE:2017-03-01..2017-05-31]], my cousin [[Dakhil|PERSON]] went with the [[Hashd|ACTOR:Popular Mobilization Forces]] to see. He told me our house is black inside, they burned it, the roof beams fell in, and the well in the yard is ruined, they threw rubbish and a dead dog in it.}} {{c6|He said most of the houses on our street were burned, and [[Daesh|ACTOR:Islamic State]] left [[mines|WEAPON:LANDMINE]] in the doorways, so people cannot go in yet.}}

I want the world to open the graves near [[Kojo|PLACE:Kocho]]. I want to bury my husband if he is there.

Signed with the witness's thumbprint.
@@witness iq-kocho-hadiya-qasim
@@claim c1 harm=DETAINED min=4 max=null named="Khudeda; Saeed; Elias; Barakat" actor="Islamic State" site="Kocho" date=2014-08-15 basis=WITNESSED incident=iq-kocho-20140815-school-men-taken
@@claim c3 harm=KILLED min=301 max=400 actor="Islamic State" site="Kocho" date=2014-08-15 basis=HEARSAY incident=iq-kocho-20140815-school-men-taken
@@claim c4 harm=MISSING min=3 max=3 named="Khudeda; Saeed; Elias" actor="Islamic State" site="Kocho" date=2014-08-15 basis=EXPERIENCED incident=iq-kocho-20140815-school-men-taken
@@claim c5 harm=DETAINED min=null max=null actor="Islamic State" site="Solagh" date=2014-08-15 basis=EXPERIENCED incident=iq-kocho-20140815-women-children-taken
@@claim c6 harm=PROPERTY_DAMAGE min=null max=null actor="Islamic State" site="Kocho" basis=HEARSAY incident=iq-kocho-20140800-qasim-house-burned
