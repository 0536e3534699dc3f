using System.Text;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

public sealed class MarkupParserTests
{
    private const string File = "marked/sy-test-001.txt.mk";
    private const string Witness = "\n@@witness sy-test-witness";
    private const string ClaimLine = "@@claim c1 harm=KILLED min=1 max=1 basis=WITNESSED incident=sy-aleppo-20160304-haddad-house";

    private static readonly MarkupParser Parser = new(CanonicalActors.Parse(CorpusTestFolder.Markup, out _)!);

    private static MarkedSource Parsed(string text, string file = File)
    {
        var result = Parser.Parse(file, text);
        Assert.Equal(string.Empty, string.Join("\n", result.Errors));
        return result.Source!;
    }

    private static string Errors(string text, string file = File) => string.Join("\n", Parser.Parse(file, text).Errors);

    [Fact]
    public void Parse_EntityMarks_RemovedWithOffsetsIntoPlainText()
    {
        var source = Parsed("A: [[Rami Haddad|PERSON]] left [[Deir al-Zour|PLACE:Deir ez-Zor]] in [[al-Firdous|PLACE]].\n" + Witness);

        Assert.Equal("A: Rami Haddad left Deir al-Zour in al-Firdous.\n\n", source.PlainText);
        Assert.Equal(
            [
                new MarkedEntity(3, 14, "Rami Haddad", EntityType.Person, null, 1, 4),
                new MarkedEntity(20, 32, "Deir al-Zour", EntityType.Place, "Deir ez-Zor", 1, 32),
                new MarkedEntity(36, 46, "al-Firdous", EntityType.Place, null, 1, 70),
            ],
            source.Entities.ToArray());
        Assert.Equal([null, "Deir ez-Zor", "al-Firdous"], source.Entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Parse_WeaponActorAndDateMarks_CarryCategoryCanonicalAndDays()
    {
        var source = Parsed("[[barrel bomb|WEAPON:BARREL_BOMB]] [[the regime|ACTOR:Syrian government forces]] [[August 2014|DATE:2014-08-01..2014-08-31]] [[that night|DATE]]" + Witness);

        var weapon = source.Entities[0];
        Assert.Equal(WeaponCategory.BarrelBomb, weapon.Category);
        Assert.Null(weapon.Normalized);
        Assert.Equal("Syrian government forces", source.Entities[1].Normalized);
        Assert.Equal(new IsoDateRange(new DateOnly(2014, 8, 1), new DateOnly(2014, 8, 31)), source.Entities[2].Date);
        Assert.Equal("2014-08-01..2014-08-31", source.Entities[2].Normalized);
        Assert.Null(source.Entities[3].Date);
        Assert.Null(source.Entities[3].Normalized);
        Assert.Equal("barrel bomb the regime August 2014 that night\n", source.PlainText);
    }

    [Fact]
    public void Parse_ClaimSpans_OffsetsIdsAndClaimFields()
    {
        var source = Parsed(
            "A: {{c1,c2|Seven died and [[Salma|PERSON]] was hurt.}}\nQ: Where?\nA: {{c1|In [[Hay al-Shaar|PLACE]],\nby the mosque.}}\n"
            + "@@claim c1 harm=KILLED min=7 max=7 weapon=MORTAR actor=\"Islamic State\" site=\"Hay al-Shaar\" date=2016-09-09 basis=HEARSAY incident=sy-aleppo-20160909-mosque-mortar\n"
            + "@@claim c2 harm=INJURED min=1 max=null named=\"Salma\" basis=WITNESSED incident=sy-aleppo-20160909-mosque-mortar"
            + Witness);

        Assert.Equal("A: Seven died and Salma was hurt.\nQ: Where?\nA: In Hay al-Shaar,\nby the mosque.\n", source.PlainText);
        Assert.Equal(2, source.ClaimSpans.Length);
        Assert.Equal(["c1", "c2"], source.ClaimSpans[0].ClaimIds.ToArray());
        Assert.Equal((3, 33, 1, 4), (source.ClaimSpans[0].Start, source.ClaimSpans[0].End, source.ClaimSpans[0].Line, source.ClaimSpans[0].Column));
        Assert.Equal((47, 78), (source.ClaimSpans[1].Start, source.ClaimSpans[1].End));
        var c1 = source.Claims[0];
        Assert.Equal(
            (Harm.Killed, 7, 7, WeaponCategory.Mortar, "Islamic State", "Hay al-Shaar", Basis.Hearsay, "sy-aleppo-20160909-mosque-mortar", 5),
            (c1.Harm, c1.Min, c1.Max, c1.Weapon, c1.Actor, c1.Site, c1.Basis, c1.Incident, c1.Line));
        Assert.Equal(new IsoDateRange(new DateOnly(2016, 9, 9), new DateOnly(2016, 9, 9)), c1.Date);
        var c2 = source.Claims[1];
        Assert.Equal((Harm.Injured, 1, (int?)null, (WeaponCategory?)null, Basis.Witnessed), (c2.Harm, c2.Min, c2.Max, c2.Weapon, c2.Basis));
        Assert.Equal(["Salma"], c2.Named.ToArray());
        Assert.Equal("sy-test-witness", source.Witness);
    }

    [Fact]
    public void Parse_Directives_SetEncodingAndNewlineAndAreRemoved()
    {
        var source = Parsed("@@encoding utf-16le\n@@newline crlf\nQ: Yes?\nA: Yes." + Witness);

        Assert.Equal((SourceEncoding.Utf16Le, NewlineStyle.Crlf), (source.Encoding, source.Newline));
        Assert.Equal("Q: Yes?\nA: Yes.\n", source.PlainText);
    }

    [Fact]
    public void Parse_NoDirectives_PlainUtf8AndLf()
    {
        var source = Parsed("A: Yes." + Witness);

        Assert.Equal((SourceEncoding.Utf8, NewlineStyle.Lf), (source.Encoding, source.Newline));
    }

    [Fact]
    public void Parse_JsonlSource_HeaderFieldsAndTextWithoutFinalNewline()
    {
        var source = Parsed(
            "id: SY-ALP-905\ninterview_date: 2019-05-03\nplace: Şanlıurfa\n\nQ: Where?\nA: [[Aleppo|PLACE]].\n\n" + Witness,
            "marked/sy-aleppo-905.jsonl.mk");

        Assert.Equal(
            [new("id", "SY-ALP-905"), new("interview_date", "2019-05-03"), new("place", "Şanlıurfa")],
            source.Header.ToArray());
        Assert.Equal("Q: Where?\nA: Aleppo.", source.PlainText);
        Assert.Equal((13, 19), (source.Entities[0].Start, source.Entities[0].End));
    }

    [Fact]
    public void Parse_DocxSource_TrailingNewlinesDropped()
    {
        var source = Parsed("Q: Where?\n\nA: Here.\n" + Witness, "marked/sy-test-001.docx.mk");

        Assert.Equal("Q: Where?\n\nA: Here.", source.PlainText);
    }

    [Fact]
    public void Parse_ClaimLinesBetweenTextLines_RemovedWithTheirLineEnds()
    {
        var source = Parsed("A: {{c1|One died.}}\n" + ClaimLine + "\nA: After." + Witness);

        Assert.Equal("A: One died.\nA: After.\n", source.PlainText);
    }

    [Theory]
    [InlineData("A: [[Rami Haddad|PERSON saw it.", "1:4: unclosed entity mark: no ']]' on this line (entity marks do not cross lines)")]
    [InlineData("A: Rami]] saw it.", "1:8: ']]' without '[['")]
    [InlineData("A: [[Rami Haddad]] saw it.", "1:4: entity mark 'Rami Haddad' has no '|TYPE' part")]
    [InlineData("[[Rami|NAME]]", "1:1: unknown entity type 'NAME' in mark 'Rami' (expected PERSON, PLACE, WEAPON, ACTOR or DATE)")]
    [InlineData("[[Rami|person]]", "1:1: unknown entity type 'person' in mark 'Rami' (expected PERSON, PLACE, WEAPON, ACTOR or DATE)")]
    [InlineData("[[the [[Haddad|PERSON]] house|PLACE]]", "1:1: entity marks do not nest ('the [[Haddad')\n1:36: ']]' without '[['")]
    [InlineData("[[ Rami|PERSON]]", "1:1: entity surface ' Rami' has leading or trailing space")]
    [InlineData("[[Rami |PERSON]]", "1:1: entity surface 'Rami ' has leading or trailing space")]
    [InlineData("A: [[|PERSON]]", "1:4: empty entity surface")]
    [InlineData("[[Rami|PERSON|PLACE]]", "1:1: entity mark 'Rami' has more than one '|'")]
    [InlineData("[[Rami|PERSON:Rami H]]", "1:1: PERSON mark 'Rami' takes no value")]
    [InlineData("[[mortar|WEAPON]]", "1:1: WEAPON mark 'mortar' needs a category (WEAPON:BARREL_BOMB)")]
    [InlineData("[[mortar|WEAPON:MORTARS]]", "1:1: unknown weapon category 'MORTARS' in mark 'mortar'")]
    [InlineData("[[Daesh|ACTOR]]", "1:1: ACTOR mark 'Daesh' needs a canonical actor (ACTOR:Islamic State)")]
    [InlineData("[[Daesh|ACTOR:ISIS]]", "1:1: unknown canonical actor 'ISIS' in mark 'Daesh' (see the table in MARKUP.md)")]
    [InlineData("[[the 4th|DATE:2016-3-4]]", "1:1: invalid DATE value '2016-3-4' in mark 'the 4th' (expected yyyy-mm-dd or yyyy-mm-dd..yyyy-mm-dd)")]
    [InlineData("[[March|DATE:2016-03-31..2016-03-01]]", "1:1: DATE range '2016-03-31..2016-03-01' in mark 'March' ends before it starts")]
    [InlineData("[[Aleppo|PLACE:]]", "1:1: empty value after 'PLACE:' in mark 'Aleppo'")]
    [InlineData("[[Aleppo|PLACE: Halab]]", "1:1: value ' Halab' in mark 'Aleppo' has leading or trailing space")]
    [InlineData("[[{{c1|Aleppo|PLACE]]", "1:1: entity mark '{{c1' contains '{{' or '}}': claim spans go outside entity marks")]
    [InlineData("A: One died.}}", "1:13: '}}' without '{{'")]
    [InlineData("A: {{c 1|One died.}}", "1:4: a claim span starts with claim ids and '|' ({{c1|...}} or {{c1,c2|...}})\n1:19: '}}' without '{{'")]
    [InlineData("A: {{c1|One died.\n" + ClaimLine, "1:4: claim span not closed (no '}}')\n2:1: claim c1 has no evidence span ({{c1|...}})")]
    [InlineData("A: {{c1|}}\n" + ClaimLine, "1:4: empty claim span\n2:1: claim c1 has no evidence span ({{c1|...}})")]
    [InlineData("A: {{c1| One died.}}\n" + ClaimLine, "1:4: claim span has leading or trailing space\n2:1: claim c1 has no evidence span ({{c1|...}})")]
    [InlineData("A: {{c1,c1|One died.}}\n" + ClaimLine, "1:4: claim c1 listed twice in one span")]
    [InlineData("A: {{c1|One {{c1|died}}.}}\n" + ClaimLine, "1:13: claim span inside another claim span (opened at line 1, column 4): spans do not nest\n1:25: '}}' without '{{'")]
    [InlineData("A: {{c2|One died.}}\n" + ClaimLine, "1:4: claim span refers to c2, which has no @@claim line\n2:1: claim c1 has no evidence span ({{c1|...}})")]
    [InlineData("A: One died.\n" + ClaimLine, "2:1: claim c1 has no evidence span ({{c1|...}})")]
    [InlineData("A: {{c1|One died.}}\n" + ClaimLine + "\n" + ClaimLine, "3:1: claim c1 defined twice (first on line 2)")]
    [InlineData("A: {{c1|One died.}}\n@@claim c1 min=1 max=1 basis=WITNESSED incident=sy-aleppo-20160304-haddad-house", "2:1: claim c1 has no harm")]
    [InlineData("A: {{c1|One died.}}\n@@claim c1 harm=KILLED min=1 max=1 incident=sy-aleppo-20160304-haddad-house", "2:1: claim c1 has no basis")]
    [InlineData("A: {{c1|One died.}}\n@@claim c1 harm=KILLED max=1 basis=WITNESSED incident=sy-aleppo-20160304-haddad-house", "2:1: claim c1 has no min")]
    [InlineData("A: {{c1|One died.}}\n@@claim c1 harm=KILLED min=1 max=1 basis=WITNESSED", "2:1: claim c1 has no incident")]
    [InlineData("A: {{c1|One died.}}\n@@claim c1 harm=DEAD min=1 max=1 basis=WITNESSED incident=sy-aleppo-20160304-haddad-house", "2:12: unknown harm 'DEAD' (expected KILLED, INJURED, MISSING, DETAINED, DISPLACED or PROPERTY_DAMAGE)")]
    [InlineData("A: {{c1|One died.}}\n@@claim c1 harm=KILLED min=1 max=1 basis=SEEN incident=sy-aleppo-20160304-haddad-house", "2:36: unknown basis 'SEEN' (expected WITNESSED, EXPERIENCED, HEARSAY or REPORTED)")]
    [InlineData("A: {{c1|One died.}}\n@@claim c1 harm=KILLED min=5 max=3 basis=WITNESSED incident=sy-aleppo-20160304-haddad-house", "2:24: min 5 is greater than max 3")]
    [InlineData("A: {{c1|One died.}}\n@@claim c1 harm=KILLED min=seven max=null basis=WITNESSED incident=sy-aleppo-20160304-haddad-house", "2:24: invalid min 'seven' (a whole number or null)")]
    [InlineData("A: {{c1|One died.}}\n@@claim c1 harm=KILLED min=-1 max=null basis=WITNESSED incident=sy-aleppo-20160304-haddad-house", "2:24: invalid min '-1' (a whole number or null)")]
    [InlineData("A: {{c1|[[Rami|PERSON]] died.}}\n" + ClaimLine + " named=\"Rami; Salma\"", "2:93: named person 'Salma' is not marked as PERSON in this file")]
    [InlineData("A: {{c1|[[Rami|PERSON]] died.}}\n" + ClaimLine + " named=\"Rami;\"", "2:93: empty name in 'named' (names are separated by ';')")]
    [InlineData("A: {{c1|[[Rami|PERSON]] died.}}\n" + ClaimLine + " site=Rami", "2:93: site 'Rami' is not marked as PLACE in this file")]
    [InlineData("A: {{c1|One died.}}\n" + ClaimLine + " weapon=GRAD", "2:93: unknown weapon category 'GRAD'")]
    [InlineData("A: {{c1|One died.}}\n" + ClaimLine + " actor=Daesh", "2:93: unknown canonical actor 'Daesh' (see the table in MARKUP.md)")]
    [InlineData("A: {{c1|One died.}}\n" + ClaimLine + " date=2016-02-30", "2:93: invalid date '2016-02-30' (expected yyyy-mm-dd or yyyy-mm-dd..yyyy-mm-dd)")]
    [InlineData("A: {{c1|One died.}}\n" + ClaimLine + " date=2016-03-02..2016-03-01", "2:93: date range '2016-03-02..2016-03-01' ends before it starts")]
    [InlineData("A: {{c1|One died.}}\n@@claim c1 harm=KILLED min=1 max=1 basis=WITNESSED incident=Aleppo-house", "2:52: invalid incident key 'Aleppo-house' (expected <cc>-<town>-<yyyymmdd>-<slug>, lower case)")]
    [InlineData("A: {{c1|One died.}}\n@@claim c1 harm=KILLED min=1 max=1 basis=WITNESSED incident=sy-aleppo-20160304", "2:52: invalid incident key 'sy-aleppo-20160304' (expected <cc>-<town>-<yyyymmdd>-<slug>, lower case)")]
    [InlineData("A: {{c1|One died.}}\n" + ClaimLine + " victims=1", "2:93: unknown claim field 'victims' (expected harm, min, max, named, weapon, actor, site, date, basis, incident)")]
    [InlineData("A: {{c1|One died.}}\n" + ClaimLine + " harm=INJURED", "2:93: claim field 'harm' given twice")]
    [InlineData("A: {{c1|One died.}}\n" + ClaimLine + " actor=\"Islamic State", "2:99: unclosed quote in the value of 'actor'")]
    [InlineData("A: {{c1|One died.}}\n" + ClaimLine + " KILLED", "2:93: expected key=value, found 'KILLED'")]
    [InlineData("A: {{c1|One died.}}\n" + ClaimLine + " actor=Islamic\"State", "2:99: stray quote in the value of 'actor'")]
    [InlineData("A: {{c1|One died.}}\n" + ClaimLine + " actor=\"Islamic State\"x", "2:114: expected a space after the quoted value of 'actor'")]
    [InlineData("A: {{c1|One died.}}\n@@claim 1c harm=KILLED", "1:4: claim span refers to c1, which has no @@claim line\n2:9: invalid claim id '1c' (letters and digits: c1)")]
    [InlineData("A: {{c1|One died.}}\n@@claim harm=KILLED", "1:4: claim span refers to c1, which has no @@claim line\n2:1: @@claim needs a claim id first (@@claim c1 harm=KILLED ...)")]
    [InlineData("A: Yes.\n@@witness other-witness", "3:1: @@witness given twice (first on line 2)")]
    [InlineData("@@note hello\nA: Yes.", "1:1: unknown directive '@@note' (expected @@encoding, @@newline, @@claim or @@witness)")]
    [InlineData("A: Yes.\n@@encoding utf-16le", "2:1: @@encoding must come before the text")]
    [InlineData("@@encoding latin-1\nA: Yes.", "1:12: unknown value 'latin-1' for @@encoding (expected utf-8, utf-8-bom or utf-16le)")]
    [InlineData("@@newline crlf\n@@newline lf\nA: Yes.", "2:1: @@newline given twice")]
    [InlineData("A: Yes.\r\nA: No.", "1:8: carriage return: marked sources use LF line endings (write '@@newline crlf' for a CRLF transcript)")]
    [InlineData("A: Yes.\u0007", "1:8: control character U+0007 is not allowed")]
    [InlineData("\uFEFFA: Yes.", "1:1: byte order mark at the start: marked sources are UTF-8 without one (write '@@encoding utf-8-bom' for a transcript with one)")]
    [InlineData("@@encoding utf-8", "no transcript text")]
    public void Parse_Mistake_ReportsExactError(string text, string expected)
    {
        var prefixed = string.Join("\n", expected.Split('\n').Select(e => char.IsAsciiDigit(e[0]) ? File + ":" + e : File + ": " + e));

        Assert.Equal(prefixed, Errors(text + Witness));
    }

    [Fact]
    public void Parse_NoWitnessLine_ReportsFileError()
    {
        Assert.Equal(File + ": no @@witness line", Errors("A: Yes."));
    }

    [Theory]
    [InlineData("@@witness", "@@witness needs a key (@@witness sy-deirezzor-nabil-hamdan)", 1)]
    [InlineData("@@witness Nabil Hamdan", "invalid witness key 'Nabil Hamdan': lower-case letters, digits and hyphens", 11)]
    public void Parse_BadWitnessLine_ReportsError(string line, string message, int column)
    {
        Assert.Equal($"{File}: no @@witness line\n{File}:2:{column}: {message}", Errors("A: Yes.\n" + line));
    }

    [Fact]
    public void Parse_ClaimSpanOverBlankLineInSubtitles_ReportsCueBoundary()
    {
        const string Srt = "1\n00:00:01,000 --> 00:00:02,000\n{{c1|One died.\n\n2\n00:00:02,000 --> 00:00:03,000\nThen two.}}\n";

        Assert.Equal(
            "marked/sy-test-001.srt.mk:3:1: claim span crosses a cue boundary (a blank line): close it in its cue and open another span with the same id",
            Errors(Srt + ClaimLine + Witness, "marked/sy-test-001.srt.mk"));
    }

    [Fact]
    public void Parse_ClaimSpanOverBlankLineInText_Allowed()
    {
        var source = Parsed("A: {{c1|One died.\n\nThen two.}}\n" + ClaimLine + Witness);

        Assert.Equal((3, 23), (source.ClaimSpans[0].Start, source.ClaimSpans[0].End));
    }

    [Theory]
    [InlineData("@@encoding utf-16le\nQ: Yes?", "1:1: @@encoding applies only to txt, srt and vtt sources")]
    [InlineData("@@newline crlf\nQ: Yes?", "1:1: @@newline applies only to txt, srt and vtt sources")]
    public void Parse_DirectiveOnDocx_ReportsError(string text, string expected)
    {
        Assert.Equal("marked/sy-test-001.docx.mk:" + expected, Errors(text + Witness, "marked/sy-test-001.docx.mk"));
    }

    [Theory]
    [InlineData("id: X\nlanguage Arabic\n\nQ: Yes?", "2:1: header line must be 'key: value' (the header block ends at the first empty line)")]
    [InlineData("id: X\nwitness: W-1\n\nQ: Yes?", "2:1: unknown header key 'witness' (expected id, interview_id, interview_date, place, language, interviewer, interpreter, speaker)")]
    [InlineData("id: X\nid: Y\n\nQ: Yes?", "2:1: header key 'id' given twice")]
    [InlineData("id: X\nplace:\n\nQ: Yes?", "2:7: empty value for header key 'place'")]
    [InlineData("id: X\nplace: [[Aleppo|PLACE]]\n\nQ: Yes?", "2:1: marks are not allowed in the header block")]
    [InlineData("id: X\nplace: Aleppo", "no transcript text\n1:1: the header block must end with an empty line before the text")]
    public void Parse_JsonlHeaderMistake_ReportsError(string text, string expected)
    {
        const string Jsonl = "marked/sy-test-001.jsonl.mk";
        var prefixed = string.Join("\n", expected.Split('\n').Select(e => char.IsAsciiDigit(e[0]) ? Jsonl + ":" + e : Jsonl + ": " + e));

        Assert.Equal(prefixed, Errors(text + Witness, Jsonl));
    }

    [Theory]
    [InlineData("notes.txt", "marked/notes.txt: file name must be <id>.<format>.mk (sy-raqqa-041.txt.mk)")]
    [InlineData("sy-test-001.mk", "marked/sy-test-001.mk: file name must be <id>.<format>.mk (sy-raqqa-041.txt.mk)")]
    [InlineData("sy-test-001.pdf.mk", "marked/sy-test-001.pdf.mk: unknown format 'pdf' (expected txt, srt, vtt, docx or jsonl)")]
    [InlineData("SY-Test-001.txt.mk", "marked/SY-Test-001.txt.mk: invalid id 'SY-Test-001': lower-case letters, digits and hyphens, country code first (sy-raqqa-041)")]
    [InlineData("syria--001.txt.mk", "marked/syria--001.txt.mk: invalid id 'syria--001': lower-case letters, digits and hyphens, country code first (sy-raqqa-041)")]
    public void Parse_BadFileName_ReportsError(string name, string expected)
    {
        Assert.Equal(expected, Errors("A: Yes." + Witness, "marked/" + name));
    }

    [Fact]
    public void Parse_BytesWithByteOrderMark_ReportsError()
    {
        var result = Parser.Parse(File, [0xEF, 0xBB, 0xBF, (byte)'A']);

        Assert.Equal(
            File + ":1:1: byte order mark at the start: marked sources are UTF-8 without one (write '@@encoding utf-8-bom' for a transcript with one)",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Parse_InvalidUtf8Bytes_ReportsLineAndOffset()
    {
        var result = Parser.Parse(File, [(byte)'A', (byte)'\n', (byte)'B', 0xC3, (byte)'(']);

        Assert.Equal(File + ":2: not valid UTF-8 (first bad byte at offset 3)", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Parse_Utf8Bytes_SameAsText()
    {
        var text = "A: [[Şanlıurfa|PLACE]]." + Witness;

        var fromBytes = Parser.Parse(File, Encoding.UTF8.GetBytes(text)).Source!;

        Assert.Equal("A: Şanlıurfa.\n", fromBytes.PlainText);
        Assert.Equal((3, 12), (fromBytes.Entities[0].Start, fromBytes.Entities[0].End));
    }

    [Theory]
    [InlineData("sy-deirezzor-20160909-darwish-house", true)]
    [InlineData("sy-maaratalnuman-20200100-m5-van-drone", true)]
    [InlineData("sd-el-fasher-20240510-abu-shouk-market", true)]
    [InlineData("sy-deirezzor-20160909", false)]
    [InlineData("syr-deirezzor-20160909-house", false)]
    [InlineData("sy-deirezzor-2016-house", false)]
    [InlineData("sy-Deirezzor-20160909-house", false)]
    public void IsValidIncidentKey_Key_Classified(string key, bool valid)
    {
        Assert.Equal(valid, MarkupParser.IsValidIncidentKey(key));
    }

    [Fact]
    public void Parse_ManyMistakes_ReportsAtMostTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("A: ]]\n", 150));

        Assert.Equal(MarkupParser.Defaults.MaxErrorsPerFile, Parser.Parse(File, text + Witness).Errors.Length);
    }
}
