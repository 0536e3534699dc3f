namespace TestimonyNlp.Tests.Training.Corpus;

/// <summary>Small marked sources, one per format. All people are fictional; places and actors are real.</summary>
internal static class CorpusSamples
{
    public const string TxtName = "sy-aleppo-901.txt.mk";

    public const string TxtBody =
        "Interview ID: SY-ALP-901\n"
        + "Date of interview: 3 May 2019\n"
        + "\n"
        + "INTERVIEWER: What happened in [[Hay al-Shaar|PLACE]]?\n"
        + "WITNESS: {{c1|A [[barrel bomb|WEAPON:BARREL_BOMB]] killed my neighbour [[Rami Haddad|PERSON]] on [[4 March 2016|DATE:2016-03-04]].}} "
        + "[[The regime|ACTOR:Syrian government forces]] dropped it.\n";

    public const string TxtClaims =
        "@@claim c1 harm=KILLED min=1 max=1 named=\"Rami Haddad\" weapon=BARREL_BOMB actor=\"Syrian government forces\" site=\"Hay al-Shaar\" "
        + "date=2016-03-04 basis=WITNESSED incident=sy-aleppo-20160304-haddad-house\n"
        + "@@witness sy-aleppo-layla-nasser\n";

    public const string Txt = TxtBody + TxtClaims;

    public const string SrtName = "sy-homs-001.srt.mk";

    public const string Srt =
        "1\n"
        + "00:00:01,000 --> 00:00:04,000\n"
        + "INTERVIEWER: Where were you in [[Homs|PLACE]]?\n"
        + "\n"
        + "2\n"
        + "00:00:04,500 --> 00:00:09,000\n"
        + "WITNESS: In <i>[[al-Waer|PLACE]]</i>. {{c1|The [[shelling|WEAPON:ARTILLERY]]\n"
        + "wounded [[Hani Aswad|PERSON]].}}\n"
        + "\n"
        + "3\n"
        + "00:00:09,500 --> 00:00:12,000\n"
        + "{{c1|[[Hani Aswad|PERSON]] lost his hand.}}\n"
        + "@@claim c1 harm=INJURED min=1 max=1 named=\"Hani Aswad\" weapon=ARTILLERY site=\"al-Waer\" basis=WITNESSED incident=sy-homs-20140210-alwaer-shelling\n"
        + "@@witness sy-homs-samir-aswad\n";

    public const string VttName = "ye-taiz-001.vtt.mk";

    public const string Vtt =
        "WEBVTT - interview TAZ-001\n"
        + "\n"
        + "NOTE\n"
        + "Interview ID: YE-TAZ-001\n"
        + "\n"
        + "c001\n"
        + "00:00:01.000 --> 00:00:04.000\n"
        + "<v Interviewer>Thank you, [[Salma Khalil|PERSON]]. Where is your son?\n"
        + "\n"
        + "c002\n"
        + "00:00:04.500 --> 00:00:09.000 line:85%\n"
        + "<v Salma Khalil>{{c1|[[Nour|PERSON]], my son, was wounded by a [[mortar|WEAPON:MORTAR]] in [[Taiz|PLACE]].}}</v>\n"
        + "@@claim c1 harm=INJURED min=1 max=1 named=\"Nour\" weapon=MORTAR site=\"Taiz\" basis=EXPERIENCED incident=ye-taiz-20160805-nour-mortar\n"
        + "@@witness ye-taiz-salma-khalil\n";

    public const string DocxName = "iq-mosul-003.docx.mk";

    public const string Docx =
        "WITNESS STATEMENT\n"
        + "Interview ID: IQ-MSL-003\n"
        + "Date of interview: 12 July 2017\n"
        + "\n"
        + "Q: Where were you?\n"
        + "A: In the [[al-Nouri mosque|PLACE]] area of [[Mosul|PLACE]]. {{c1|[[Daesh|ACTOR:Islamic State]] took my brother [[Yasin Hamdan|PERSON]].}}\n"
        + "@@claim c1 harm=DETAINED min=1 max=1 named=\"Yasin Hamdan\" actor=\"Islamic State\" site=\"al-Nouri mosque\" basis=WITNESSED incident=iq-mosul-20170301-hamdan-arrest\n"
        + "@@witness iq-mosul-amira-hamdan\n";

    public const string JsonlName = "sy-homs-002.jsonl.mk";

    public const string Jsonl =
        "id: SY-HMS-002\n"
        + "interview_date: 2019-05-03\n"
        + "place: Şanlıurfa\n"
        + "language: Arabic\n"
        + "\n"
        + "Q: What did you see in [[Baba Amr|PLACE]]?\n"
        + "A: {{c1|A \"[[rocket|WEAPON:ROCKET]]\" hit the bakery.}}\n"
        + "@@claim c1 harm=PROPERTY_DAMAGE min=1 max=1 weapon=ROCKET site=\"Baba Amr\" basis=WITNESSED incident=sy-homs-20120204-babaamr-bakery\n"
        + "@@witness sy-homs-khaled-omar\n";
}
