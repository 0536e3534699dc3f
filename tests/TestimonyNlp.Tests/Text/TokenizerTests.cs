using TestimonyNlp.Model;
using TestimonyNlp.Text;
using static TestimonyNlp.Tests.Text.TextTestHelper;

namespace TestimonyNlp.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_InnerApostrophesAndHyphens_OneWordEach()
    {
        const string text = "Sa'ad al-Rashidiya ez-Zor Umm-Khalid well-known";

        var tokens = Tokenize(text);

        Assert.Equal(
            [
                new Token(0, 5, TokenKind.Word),
                new Token(6, 12, TokenKind.Word),
                new Token(19, 6, TokenKind.Word),
                new Token(26, 10, TokenKind.Word),
                new Token(37, 10, TokenKind.Word),
            ],
            tokens);
    }

    [Theory]
    [InlineData("Sa’ad", "Sa’ad|Word")]
    [InlineData("Ma'arrat al-Nu'man", "Ma'arrat|Word al-Nu'man|Word")]
    [InlineData("Ma‘arrat", "Ma‘arrat|Word")]
    [InlineData("don't", "don't|Word")]
    public void Tokenize_InnerApostrophe_StaysInWord(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Fact]
    public void Tokenize_TwoTransliteratedWords_ExactOffsets()
    {
        var tokens = Tokenize("Ma'arrat al-Nu'man");

        Assert.Equal([new Token(0, 8, TokenKind.Word), new Token(9, 9, TokenKind.Word)], tokens);
    }

    [Theory]
    [InlineData("Hussein's house", "Hussein|Word 's|Word house|Word")]
    [InlineData("Hussein’s house", "Hussein|Word ’s|Word house|Word")]
    [InlineData("HUSSEIN'S", "HUSSEIN|Word 'S|Word")]
    [InlineData("al-Nu'man's", "al-Nu'man|Word 's|Word")]
    [InlineData("it's", "it|Word 's|Word")]
    [InlineData("F-16's", "F-16|Alphanumeric 's|Word")]
    [InlineData("1990's", "1990|Number 's|Word")]
    public void Tokenize_Possessive_SplitOffAsWord(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Fact]
    public void Tokenize_Possessive_ExactOffsets()
    {
        var tokens = Tokenize("Hussein's");

        Assert.Equal([new Token(0, 7, TokenKind.Word), new Token(7, 2, TokenKind.Word)], tokens);
    }

    [Theory]
    [InlineData("Umm- Khalid", "Umm|Word -|Punctuation Khalid|Word")]
    [InlineData("students' bags", "students|Word '|Punctuation bags|Word")]
    [InlineData("students’", "students|Word ’|Punctuation")]
    [InlineData("'Aleppo", "'|Punctuation Aleppo|Word")]
    [InlineData("-Homs", "-|Punctuation Homs|Word")]
    public void Tokenize_TrailingOrLeadingHyphenOrApostrophe_NotInWord(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Theory]
    [InlineData("U.S.", "U.S.|Word")]
    [InlineData("U.N.", "U.N.|Word")]
    [InlineData("e.g.", "e.g.|Word")]
    [InlineData("i.e.,", "i.e.|Word ,|Punctuation")]
    [InlineData("U.S.A.", "U.S.A.|Word")]
    [InlineData("U.S", "U.S|Word")]
    [InlineData("6 p.m.", "6|Number p.m.|Word")]
    public void Tokenize_DottedAbbreviation_OneWord(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Theory]
    [InlineData("Mr.")]
    [InlineData("Dr.")]
    [InlineData("St.")]
    [InlineData("Mrs.")]
    [InlineData("Prof.")]
    [InlineData("Gen.")]
    [InlineData("Col.")]
    [InlineData("Lt.")]
    [InlineData("Sgt.")]
    [InlineData("etc.")]
    [InlineData("dr.")]
    public void Tokenize_TableAbbreviation_KeepsPeriod(string text)
    {
        var tokens = Tokenize(text);

        Assert.Equal(new Token(0, text.Length, TokenKind.Word), Assert.Single(tokens));
    }

    [Theory]
    [InlineData("No. 5", "No.|Word 5|Number")]
    [InlineData("no.12", "no.|Word 12|Number")]
    [InlineData("said no. Then", "said|Word no|Word .|Punctuation Then|Word")]
    public void Tokenize_NumberSign_KeepsPeriodOnlyBeforeDigit(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Theory]
    [InlineData("in Aleppo.", "in|Word Aleppo|Word .|Punctuation")]
    [InlineData("Block A.", "Block|Word A|Word .|Punctuation")]
    [InlineData("Aleppo.Then", "Aleppo|Word .|Punctuation Then|Word")]
    [InlineData("in 2016.", "in|Word 2016|Number .|Punctuation")]
    [InlineData("F-16.", "F-16|Alphanumeric .|Punctuation")]
    public void Tokenize_SentenceFinalPeriod_OwnToken(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Theory]
    [InlineData("12,000", "12,000|Number")]
    [InlineData("1.5", "1.5|Number")]
    [InlineData("1,200.50", "1,200.50|Number")]
    [InlineData("1,000,000", "1,000,000|Number")]
    [InlineData("5,6,7", "5|Number ,|Punctuation 6|Number ,|Punctuation 7|Number")]
    [InlineData("12,0000", "12|Number ,|Punctuation 0000|Number")]
    [InlineData("١٢", "١٢|Number")]
    [InlineData("1.5km", "1.5|Number km|Word")]
    public void Tokenize_Number_OneToken(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Theory]
    [InlineData("10-15", "10|Number -|Punctuation 15|Number")]
    [InlineData("1990-1995", "1990|Number -|Punctuation 1995|Number")]
    [InlineData("-5", "-|Punctuation 5|Number")]
    [InlineData("12-year-old", "12|Number -|Punctuation year-old|Word")]
    public void Tokenize_HyphenAfterNumber_SeparateToken(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Fact]
    public void Tokenize_Range_ExactOffsets()
    {
        var tokens = Tokenize("10-15");

        Assert.Equal(
            [new Token(0, 2, TokenKind.Number), new Token(2, 1, TokenKind.Punctuation), new Token(3, 2, TokenKind.Number)],
            tokens);
    }

    [Theory]
    [InlineData("4/11/2016")]
    [InlineData("14.10.2016")]
    [InlineData("2019-04-02")]
    [InlineData("9/9/16")]
    [InlineData("02-04-2019")]
    [InlineData("2016/10/14")]
    public void Tokenize_NumericDate_OneDateToken(string text)
    {
        var tokens = Tokenize(text);

        Assert.Equal(new Token(0, text.Length, TokenKind.Date), Assert.Single(tokens));
    }

    [Theory]
    [InlineData("4/11", "4|Number /|Punctuation 11|Number")]
    [InlineData("40/50/2016", "40|Number /|Punctuation 50|Number /|Punctuation 2016|Number")]
    [InlineData("2019-13-02", "2019|Number -|Punctuation 13|Number -|Punctuation 02|Number")]
    [InlineData("1.2.3", "1.2|Number .|Punctuation 3|Number")]
    public void Tokenize_NotADate_NumbersAndPunctuation(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Theory]
    [InlineData("1pm")]
    [InlineData("10:30")]
    [InlineData("10:30pm")]
    [InlineData("01:12:05")]
    [InlineData("6.30am")]
    [InlineData("11AM")]
    public void Tokenize_ClockTime_OneTimeToken(string text)
    {
        var tokens = Tokenize(text);

        Assert.Equal(new Token(0, text.Length, TokenKind.Time), Assert.Single(tokens));
    }

    [Theory]
    [InlineData("1 pm", "1|Number pm|Word")]
    [InlineData("10:30 pm", "10:30|Time pm|Word")]
    [InlineData("10:75", "10|Number :|Punctuation 75|Number")]
    [InlineData("6.30", "6.30|Number")]
    [InlineData("1pmx", "1pmx|Alphanumeric")]
    public void Tokenize_NotAWholeTime_SeparateTokens(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Theory]
    [InlineData("12th")]
    [InlineData("3rd")]
    [InlineData("W-042")]
    [InlineData("F-16")]
    [InlineData("AK-47")]
    [InlineData("BM-21")]
    public void Tokenize_LettersAndDigits_OneAlphanumericToken(string text)
    {
        var tokens = Tokenize(text);

        Assert.Equal(new Token(0, text.Length, TokenKind.Alphanumeric), Assert.Single(tokens));
    }

    [Theory]
    [InlineData("[inaudible]")]
    [InlineData("[crying]")]
    [InlineData("[inaudible 00:12:30]")]
    [InlineData("[laughs]")]
    public void Tokenize_BracketedNote_OneNoteToken(string text)
    {
        var tokens = Tokenize(text);

        Assert.Equal(new Token(0, text.Length, TokenKind.Note), Assert.Single(tokens));
    }

    [Fact]
    public void Tokenize_NoteBetweenWords_ExactOffsets()
    {
        var tokens = Tokenize("we [crying] ran");

        Assert.Equal(
            [new Token(0, 2, TokenKind.Word), new Token(3, 8, TokenKind.Note), new Token(12, 3, TokenKind.Word)],
            tokens);
    }

    [Theory]
    [InlineData("[he ran", "[|Punctuation he|Word ran|Word")]
    [InlineData("[he\nran]", "[|Punctuation he|Word ran|Word ]|Punctuation")]
    [InlineData("[ ]", "[|Punctuation ]|Punctuation")]
    [InlineData("[[x]", "[|Punctuation [x]|Note")]
    public void Tokenize_BracketNotClosedOnLine_PunctuationBracket(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Fact]
    public void Tokenize_BracketClosedTooFarAway_PunctuationBracket()
    {
        var text = "[" + new string('a', Tokenizer.Defaults.MaxNoteLength) + "]";

        var tokens = Tokenize(text);

        Assert.Equal(
            [
                new Token(0, 1, TokenKind.Punctuation),
                new Token(1, Tokenizer.Defaults.MaxNoteLength, TokenKind.Word),
                new Token(Tokenizer.Defaults.MaxNoteLength + 1, 1, TokenKind.Punctuation),
            ],
            tokens);
    }

    [Fact]
    public void Tokenize_LongestNote_OneNoteToken()
    {
        var text = "[" + new string('a', Tokenizer.Defaults.MaxNoteLength - 2) + "]";

        var tokens = Tokenize(text);

        Assert.Equal(new Token(0, Tokenizer.Defaults.MaxNoteLength, TokenKind.Note), Assert.Single(tokens));
    }

    [Fact]
    public void Tokenize_QuotesBracketsAndMarks_OnePunctuationTokenEach()
    {
        const string text = "\"“”‘’(),:;?";

        var tokens = Tokenize(text);

        Assert.Equal(Enumerable.Range(0, text.Length).Select(i => new Token(i, 1, TokenKind.Punctuation)), tokens);
    }

    [Theory]
    [InlineData("...", "...|Punctuation")]
    [InlineData("…", "…|Punctuation")]
    [InlineData("--", "--|Punctuation")]
    [InlineData("—", "—|Punctuation")]
    [InlineData("–", "–|Punctuation")]
    [InlineData("?!", "?!|Punctuation")]
    [InlineData("!!?", "!!?|Punctuation")]
    [InlineData("wait...what", "wait|Word ...|Punctuation what|Word")]
    [InlineData("Homs—Hama", "Homs|Word —|Punctuation Hama|Word")]
    [InlineData("word--word", "word|Word --|Punctuation word|Word")]
    [InlineData("?...", "?|Punctuation ...|Punctuation")]
    [InlineData(",,", ",|Punctuation ,|Punctuation")]
    [InlineData("? !", "?|Punctuation !|Punctuation")]
    public void Tokenize_PunctuationRun_OneTokenPerRun(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Fact]
    public void Tokenize_AnyWhitespace_SeparatesAndIsNeverInToken()
    {
        const string text = "Idlib\r\nHama\u00A0Homs\tRaqqa\u2003Daraa";

        var tokens = Tokenize(text);

        Assert.Equal(
            [
                new Token(0, 5, TokenKind.Word),
                new Token(7, 4, TokenKind.Word),
                new Token(12, 4, TokenKind.Word),
                new Token(17, 5, TokenKind.Word),
                new Token(23, 5, TokenKind.Word),
            ],
            tokens);
    }

    [Theory]
    [InlineData("\uFEFFHama", 1, 4)]
    [InlineData("\u200BHama\u200B", 1, 4)]
    [InlineData("\u200FHama\u200E", 1, 4)]
    public void Tokenize_InvisibleFormatMarks_Separate(string text, int start, int length)
    {
        var tokens = Tokenize(text);

        Assert.Equal(new Token(start, length, TokenKind.Word), Assert.Single(tokens));
    }

    [Theory]
    [InlineData("قصف حلب", "قصف|Word حلب|Word")]
    [InlineData("مَدْرَسَة", "مَدْرَسَة|Word")]
    [InlineData("Харків, Маріуполь", "Харків|Word ,|Punctuation Маріуполь|Word")]
    [InlineData("می‌خواهم", "می‌خواهم|Word")]
    [InlineData("café", "café|Word")]
    public void Tokenize_NonLatinLetters_WordTokens(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Theory]
    [InlineData("😢", 2)]
    [InlineData("👍🏽", 4)]
    [InlineData("👨‍👩‍👧", 8)]
    [InlineData("🇸🇾", 4)]
    [InlineData("❤️", 2)]
    [InlineData("$", 1)]
    [InlineData("+", 1)]
    public void Tokenize_EmojiOrSymbol_OneSymbolToken(string text, int length)
    {
        var tokens = Tokenize(text);

        Assert.Equal(new Token(0, length, TokenKind.Symbol), Assert.Single(tokens));
    }

    [Fact]
    public void Tokenize_TwoFlags_TwoSymbolTokens()
    {
        var tokens = Tokenize("🇸🇾🇮🇶");

        Assert.Equal([new Token(0, 4, TokenKind.Symbol), new Token(4, 4, TokenKind.Symbol)], tokens);
    }

    [Fact]
    public void Tokenize_EmojiBetweenWords_SurrogatePairKeptWhole()
    {
        var tokens = Tokenize("we😢ran");

        Assert.Equal(
            [new Token(0, 2, TokenKind.Word), new Token(2, 2, TokenKind.Symbol), new Token(4, 3, TokenKind.Word)],
            tokens);
    }

    [Fact]
    public void Tokenize_LetterOutsideBasicPlane_PairKeptInWord()
    {
        var tokens = Tokenize("𝐀𝐁c");

        Assert.Equal(new Token(0, 5, TokenKind.Word), Assert.Single(tokens));
    }

    // Built in code: attribute arguments cannot carry lone surrogates intact.
    public static TheoryData<string, string> LoneSurrogates => new()
    {
        { "a" + '\uD800' + "b", "a|Word \uD800|Symbol b|Word" },
        { "" + '\uDC00', "\uDC00|Symbol" },
        { "ab" + '\uD83D', "ab|Word \uD83D|Symbol" },
        { "" + '\uDE22' + '\uD83D', "\uDE22|Symbol \uD83D|Symbol" },
        { "1" + '\uD800', "1|Number \uD800|Symbol" },
        { "x" + '\u200D' + '\uDC00', "x|Word \u200D|Symbol \uDC00|Symbol" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void Tokenize_LoneSurrogate_OneSymbolToken(string text, string expected)
    {
        Assert.Equal(expected, RenderTokens(text));
    }

    [Fact]
    public void Tokenize_LoneSurrogates_ExactOffsets()
    {
        var text = new string(['a', '\uD800', 'b', '\uDC00']);

        var tokens = Tokenize(text);

        Assert.Equal(
            [
                new Token(0, 1, TokenKind.Word),
                new Token(1, 1, TokenKind.Symbol),
                new Token(2, 1, TokenKind.Word),
                new Token(3, 1, TokenKind.Symbol),
            ],
            tokens);
    }

    [Fact]
    public void Tokenize_Range_OffsetsAbsoluteIntoText()
    {
        const string text = "xx Aleppo yy";
        var tokens = new List<Token>();

        new Tokenizer().Tokenize(text, 3, 9, tokens);

        Assert.Equal(new Token(3, 6, TokenKind.Word), Assert.Single(tokens));
    }

    [Fact]
    public void Tokenize_RangeEndingInsideAbbreviation_NeverLooksPastEnd()
    {
        const string text = "Dr. Karim";
        var tokens = new List<Token>();

        new Tokenizer().Tokenize(text, 0, 2, tokens);

        Assert.Equal(new Token(0, 2, TokenKind.Word), Assert.Single(tokens));
    }

    [Fact]
    public void Tokenize_ListWithTokens_Appends()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Word) };

        new Tokenizer().Tokenize("a b", 2, 3, tokens);

        Assert.Equal([new Token(0, 1, TokenKind.Word), new Token(2, 1, TokenKind.Word)], tokens);
    }

    [Fact]
    public void Tokenize_SpanOverloadWithOffset_SameTokensAsStringOverload()
    {
        const string text = "On 4/11/2016 at 6.30am, Dr. Sa'ad's [inaudible] — 12,000!";
        var fromString = new List<Token>();
        var fromSpan = new List<Token>();

        new Tokenizer().Tokenize(text, 3, text.Length, fromString);
        new Tokenizer().Tokenize(text.AsSpan(3), 3, fromSpan);

        Assert.Equal(fromString, fromSpan);
        Assert.Equal(
            "4/11/2016|Date at|Word 6.30am|Time ,|Punctuation Dr.|Word Sa'ad|Word 's|Word [inaudible]|Note —|Punctuation 12,000|Number !|Punctuation",
            Render(text, fromSpan));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(2, 1)]
    [InlineData(0, 4)]
    public void Tokenize_RangeOutsideText_Throws(int start, int end)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Tokenizer().Tokenize("abc", start, end, []));
    }

    [Fact]
    public void Tokenize_EmptyRange_NoTokens()
    {
        var tokens = new List<Token>();

        new Tokenizer().Tokenize("abc", 1, 1, tokens);

        Assert.Empty(tokens);
    }

    [Fact]
    public void Tokenize_TestimonyLikeSentence_ExpectedTokens()
    {
        const string text = "At 10:30pm on 14.10.2016, Mr. Darwish's house in al-Rashidiya was hit by an F-16... [crying] 12 died.";

        Assert.Equal(
            "At|Word 10:30pm|Time on|Word 14.10.2016|Date ,|Punctuation Mr.|Word Darwish|Word 's|Word house|Word "
            + "in|Word al-Rashidiya|Word was|Word hit|Word by|Word an|Word F-16|Alphanumeric ...|Punctuation "
            + "[crying]|Note 12|Number died|Word .|Punctuation",
            RenderTokens(text));
    }
}
