1
00:00:01,000 --> 00:00:04,200
INTERVIEWER: Kak [[Dler|PERSON]], thank you for coming.

2
00:00:04,600 --> 00:00:09,800
INTERVIEWER: You were a student in [[Helebce|PLACE:Halabja]] in [[1988|DATE:1988-01-01..1988-12-31]]?

3
00:00:10,300 --> 00:00:15,900
WITNESS: Yes, I was seventeen. I am [[Dler Abdulla|PERSON]], my father was
a teacher at the secondary school, [[Abdulla Mirza|PERSON]].

4
00:00:16,400 --> 00:00:22,000
WITNESS: The fighting started [[two days before|DATE:1988-03-14]]. The [[Peshmerga|ACTOR:Peshmerga]]
took the town, with help from over the border, and [[the army|ACTOR:Iraqi forces]] left.

5
00:00:22,500 --> 00:00:27,300
WITNESS: So we knew, eh, we knew they would punish us.
But nobody thought of gas. Nobody.

6
00:00:27,900 --> 00:00:33,100
INTERVIEWER: Tell me about the day itself, [[the sixteenth of March|DATE:1988-03-16]].

7
00:00:33,600 --> 00:00:38,900
WITNESS: It was [[Wednesday|DATE:1988-03-16]], no, I'm sure it was [[a Wednesday|DATE:1988-03-16]],
because my father was supposed to go to [[Sulaimani|PLACE:Sulaymaniyah]] on Thursday.

8
00:00:39,400 --> 00:00:45,500
WITNESS: {{c1|[[About eleven in the morning|DATE:1988-03-16]] the [[shelling|WEAPON:ARTILLERY]] from [[Saddam's army|ACTOR:Iraqi forces]] was strong, on the [[Pir Mohammed|PLACE]] quarter, houses falling.}}

9
00:00:46,000 --> 00:00:50,700
WITNESS: We went down into the basement of my uncle [[Hama Karim|PERSON]],
twenty people, maybe twenty-five.

10
00:00:51,200 --> 00:00:57,800
WITNESS: {{c2|Then in [[the afternoon|DATE:1988-03-16]] [[the jets|WEAPON:AIRSTRIKE]] came low, many times, eight times or ten, and the [[gas|WEAPON:CHEMICAL]] came into the basement, because gas is heavy, it goes down.}}

11
00:00:58,300 --> 00:01:03,900
WITNESS: {{c3|My uncle's wife, [[Gulizar|PERSON]], and his sons [[Karwan|PERSON]] and [[Rebin|PERSON]], they died there, in front of me.}}

12
00:01:04,400 --> 00:01:09,000
- How did you survive?
- My father put a wet cloth on my face.

13
00:01:09,500 --> 00:01:15,200
WITNESS: He said, go up, go up to the roof, the air is clean up.
I went up. He did not come.

14
00:01:15,700 --> 00:01:21,000
WITNESS: {{c4|My father, [[Abdulla|PERSON]], forty-six, he died on the stairs,
with my small sister [[Jwan|PERSON]] in his arms, she was three.}}

15
00:01:21,500 --> 00:01:26,800
[crying]

16
00:01:27,300 --> 00:01:33,600
WITNESS: {{c5|I was blind for some days. My lungs, until today, I cannot climb
a mountain, I take the spray every morning.}}

17
00:01:34,100 --> 00:01:39,200
INTERVIEWER: How many died in the whole of [[Halabja|PLACE]], in your opinion?

18
00:01:39,700 --> 00:01:45,900
WITNESS: {{c6|Official is five thousand. I think more, because whole families,
nobody was left to say their names. Maybe seven thousand.}}

19
00:01:46,400 --> 00:01:52,000
WITNESS: {{c7|And injured, ten thousand, more.}} Many died later,
in the hospitals in [[Iran|PLACE]], [[Bakhtaran|PLACE:Kermanshah]], and here.

20
00:01:52,500 --> 00:01:58,700
INTERVIEWER: Some people say the [[bombs|WEAPON:CHEMICAL]] fell also on [[Anab|PLACE]] and [[Sirwan|PLACE]]. Did you see that?

21
00:01:59,000 --> 00:02:04,600
WITNESS: No, I did not see it. I was in the town, in the basement, then on the roof.
My cousin [[Saman|PERSON]] told me later about the road to [[Anab|PLACE]].

22
00:02:05,000 --> 00:02:11,300
WITNESS: {{c9|He said on the road there were cars, a tractor with a trailer, full of people,
all of them dead, sitting, like they were sleeping, maybe thirty, forty.}}

23
00:02:11,800 --> 00:02:15,000
INTERVIEWER: Was there anything after that, for your family?

24
00:02:15,500 --> 00:02:21,700
WITNESS: {{c8|We walked to the border, to [[Iran|PLACE]], me and my mother, we lived
in the [[Shaheed|PLACE]] camp near [[Marivan|PLACE]] for eleven months.}}

25
00:02:22,200 --> 00:02:28,000
WITNESS: And in [[2006|DATE:2006-01-01..2006-12-31]], on the anniversary, I was there
when the people burned the monument. But that is politics, nobody was hurt.

26
00:02:28,500 --> 00:02:31,000
INTERVIEWER: Thank you, Kak [[Dler|PERSON]].

@@witness iq-halabja-dler-abdulla
@@claim c1 harm=PROPERTY_DAMAGE min=null max=null weapon=ARTILLERY actor="Iraqi forces" site="Pir Mohammed" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-pirmohammed-shelling
@@claim c2 harm=INJURED min=null max=null weapon=CHEMICAL site="Helebce" date=1988-03-16 basis=EXPERIENCED incident=iq-halabja-19880316-chemical-attack
@@claim c3 harm=KILLED min=3 max=3 named="Gulizar; Karwan; Rebin" weapon=CHEMICAL site="Helebce" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-chemical-attack
@@claim c4 harm=KILLED min=2 max=2 named="Abdulla; Jwan" weapon=CHEMICAL site="Helebce" date=1988-03-16 basis=WITNESSED incident=iq-halabja-19880316-chemical-attack
@@claim c5 harm=INJURED min=1 max=1 weapon=CHEMICAL site="Helebce" date=1988-03-16 basis=EXPERIENCED incident=iq-halabja-19880316-chemical-attack
@@claim c6 harm=KILLED min=5000 max=7000 weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=REPORTED incident=iq-halabja-19880316-chemical-attack
@@claim c7 harm=INJURED min=10000 max=null weapon=CHEMICAL site="Halabja" date=1988-03-16 basis=HEARSAY incident=iq-halabja-19880316-chemical-attack
@@claim c9 harm=KILLED min=30 max=40 weapon=CHEMICAL site="Anab" date=1988-03-16 basis=HEARSAY incident=iq-halabja-19880316-chemical-attack
@@claim c8 harm=DISPLACED min=2 max=2 weapon=CHEMICAL site="Helebce" date=1988-03-16 basis=EXPERIENCED incident=iq-halabja-19880316-chemical-attack
