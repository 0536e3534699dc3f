using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a claim REPORTED that the basis model gave WITNESSED or HEARSAY when its evidence gives an authority's count
/// ("The municipality said forty-two.", "the local council wrote that two men were killed") or says the speaker, or a
/// relative, saw or read it in the media ("I saw it in a video the soldiers filmed", "My brother saw his name on a
/// Facebook page") or names a medium that said it ("On the radio they said nine dead"), or when the speaker's next
/// sentence says so of "it" ("She read it on the channel of the mayor"), or, for a claim given WITNESSED, when its
/// evidence names the dead's names read out or listed ("At the burial the imam read the names.").
/// CONTRACT.md's REPORTED is "a document, the media, an organisation"; the sentence models read a said count as
/// hearsay and a photo or video as sight. Out of fold, of the matched claims with such a phrase, 48 are gold REPORTED,
/// 2 EXPERIENCED, 2 HEARSAY and 1 WITNESSED, and all 15 the model gave WITNESSED or HEARSAY are gold REPORTED
/// (models/README.md, "Claim-level basis").
/// </summary>
internal static class ReportedSource
{
    private static readonly string[] Joins = [",", "and"];
    private static readonly string[] The = ["the"];
    private static readonly string[] Of = ["of"];
    private static readonly string[] Comma = [","];
    private static readonly string[] Also = ["also"];
    private static readonly string[] My = ["my"];
    private static readonly string[] Photos = ["photos"];
    private static readonly string[] Qualifiers = ["local", "health", "city", "village", "provincial", "official"];

    private static readonly string[] Authorities =
    [
        "government", "city", "municipality", "committee", "council", "ministry", "hospital", "radio", "television",
        "tv", "news", "newspaper", "authorities", "authority", "officials", "directorate", "governor", "mayor", "un",
        "registry", "commission", "administration",
    ];

    /// <summary>Authorities of two words ("the Red Cross", "the civil defence").</summary>
    private static readonly string[][][] AuthorityPairs =
    [
        [["united"], ["nations"]],
        [["red"], ["cross", "crescent"]],
        [["civil"], ["defence", "defense"]],
    ];

    private static readonly string[] Announced = ["said", "says", "wrote", "writes", "announced", "reported", "published", "counted", "put"];
    private static readonly string[] Linking = ["that", "after", "later"];

    /// <summary>Words that open a count after an authority's verb ("more than thirty", "about 40").</summary>
    private static readonly string[][][] Approximations =
    [
        [["more"], ["than"]],
        [["at"], ["least"]],
        [["over"]],
        [["about"]],
        [["almost"]],
        [["nearly"]],
        [["a"], ["hundred", "thousand"]],
    ];

    private static readonly string[] NumberWords =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
    ];

    private static readonly string[] Tens = ["twenty-", "thirty-", "forty-", "fifty-", "sixty-", "seventy-", "eighty-", "ninety-"];

    private static readonly string[] Subjects = ["i", "we", "he", "she"];
    private static readonly string[] Looked = ["saw", "read", "heard", "found"];
    private static readonly string[] Pronouns = ["it", "this", "that", "them"];
    private static readonly string[] Determiners = ["a", "the", "his", "her"];
    private static readonly string[] Shown = ["photo", "photos", "video", "name", "names", "news"];
    private static readonly string[] Since = ["later", "after", "first"];
    private static readonly string[] Where = ["on", "in"];
    private static readonly string[] Outlets = ["the", "a", "their", "his", "her"];
    private static readonly string[] Own = ["own"];
    private static readonly string[] MediaDeterminers = ["the", "their", "its", "a", "his", "her", "our"];
    private static readonly string[] MediaSubjects = ["they", "it"];
    private static readonly string[] MediaVerbs = ["said", "says", "wrote", "writes", "showed", "shows", "put", "published", "announced", "reported"];

    private static readonly string[] Read = ["read"];
    private static readonly string[] Listed = ["names", "list"];

    /// <summary>"read them" after the names ("Eleven names. I read them myself.").</summary>
    private static readonly string[][][] ReadThem = [[["read"], ["them"]]];

    /// <summary>The names written down: "the names on the paper at the church", "eleven names on that list", "the
    /// list had twelve names".</summary>
    private static readonly string[][][] NamesOnList =
    [
        [["names"], ["on"], ["the", "their", "a", "that", "this"], ["list", "paper", "board", "page"]],
        [["list"], ["had"]],
    ];

    private static readonly string[] Media =
    [
        "news", "radio", "television", "tv", "facebook", "internet", "video", "videos", "page", "channel", "telegram",
        "list", "lists", "paper", "newspaper", "whatsapp", "youtube",
    ];

    /// <summary>
    /// Turns to <see cref="Basis.Reported"/> each <see cref="Basis.Witnessed"/> or <see cref="Basis.Hearsay"/> claim of
    /// <paramref name="claims"/> from <paramref name="from"/> on whose evidence gives an authority's count or a media
    /// source, or whose speaker's next sentence (not the interviewer's, nor another claim's evidence) names a media
    /// source of "it".
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        var evidence = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Basis is not (Basis.Witnessed or Basis.Hearsay) || claim.Evidence.IsEmpty)
            {
                continue;
            }

            evidence.Clear();
            ClaimBasisModel.EvidenceSentences(document, claim.Evidence, evidence);
            var found = false;
            foreach (var s in evidence)
            {
                var sentence = document.Sentences[s];
                if (AuthorityCount(document, sentence) || MediaSeen(document, sentence, false) || MediaSaid(document, sentence))
                {
                    found = true;
                    break;
                }
            }

            if (!found && claim.Basis == Basis.Witnessed)
            {
                found = NamesRead(document, evidence);
            }

            if (!found)
            {
                var end = AfterEvidence.End(claim);
                var (next, last) = AfterEvidence.SpeakerSentences(document, end, AfterEvidence.NextClaimStart(claims, from, c, end), 1);
                found = next < last && MediaSeen(document, document.Sentences[next], true);
            }

            if (found)
            {
                claims[c] = claim with { Basis = Basis.Reported };
            }
        }
    }

    /// <summary>True when <paramref name="sentence"/> opens, or has after a comma or "and", "the" (a qualifier) an
    /// authority ("of" a word) (a comma) a verb of saying (that/after/later) (a comma) and a count.</summary>
    private static bool AuthorityCount(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (t > sentence.FirstToken && !Is(tokens, text, t - 1, end, Joins))
            {
                continue;
            }

            if (!Is(tokens, text, t, end, The))
            {
                continue;
            }

            var i = t + 1;
            // "city" both qualifies ("the city council") and names ("the city said").
            if (Is(tokens, text, i, end, Qualifiers)
                && (Is(tokens, text, i + 1, end, Authorities) || WordSequence.MatchAt(tokens, text, i + 1, end, AuthorityPairs) > 0))
            {
                i++;
            }

            var pair = WordSequence.MatchAt(tokens, text, i, end, AuthorityPairs);
            if (pair > 0)
            {
                i += pair;
            }
            else if (Is(tokens, text, i, end, Authorities))
            {
                i++;
            }
            else
            {
                continue;
            }

            if (Is(tokens, text, i, end, Of) && i + 1 < end && tokens[i + 1].Kind == TokenKind.Word)
            {
                i += 2;
            }

            if (Is(tokens, text, i, end, Comma))
            {
                i++;
            }

            if (!Is(tokens, text, i, end, Announced))
            {
                continue;
            }

            i++;
            if (Is(tokens, text, i, end, Linking))
            {
                i++;
            }

            if (Is(tokens, text, i, end, Comma))
            {
                i++;
            }

            if (IsCount(tokens, text, i, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="sentence"/> says I/we/he/she or "my" someone saw, read, heard or found (it,
    /// a photo ...) (later, first) on or in (the, their (own)) a medium ("I saw it on Facebook", "my brother saw his
    /// name on a list", "she read it first in the paper", "my uncle found it on their own channel");
    /// with <paramref name="ofIt"/>, only with a pronoun, photo, video, name or news between.</summary>
    private static bool MediaSeen(Document document, Sentence sentence, bool ofIt)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var i = t;
            if (Is(tokens, text, i, end, Subjects))
            {
                i++;
            }
            else if (Is(tokens, text, i, end, My) && i + 1 < end && tokens[i + 1].Kind == TokenKind.Word)
            {
                i += 2;
            }
            else
            {
                continue;
            }

            if (Is(tokens, text, i, end, Also))
            {
                i++;
            }

            if (!Is(tokens, text, i, end, Looked))
            {
                continue;
            }

            i++;
            var shown = false;
            if (Is(tokens, text, i, end, Pronouns))
            {
                i++;
                shown = true;
            }
            else if (Is(tokens, text, i, end, Determiners) && Is(tokens, text, i + 1, end, Shown))
            {
                i += 2;
                shown = true;
            }
            else if (Is(tokens, text, i, end, Photos))
            {
                i++;
                shown = true;
            }

            if (ofIt && !shown)
            {
                continue;
            }

            if (Is(tokens, text, i, end, Since))
            {
                i++;
            }

            if (!Is(tokens, text, i, end, Where))
            {
                continue;
            }

            i++;
            if (Is(tokens, text, i, end, Outlets))
            {
                i++;
                // "on their own channel": the ones who did it filmed it.
                if (Is(tokens, text, i, end, Own))
                {
                    i++;
                }
            }

            if (Is(tokens, text, i, end, Media))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="sentence"/> has on or in (the, their, its ...) a medium (of up to
    /// <see cref="Defaults.OwnerWords"/> words) (a comma) (they, it) and a verb of saying or showing: "On the radio they
    /// said eight dead", "on the channel of the rescue team they wrote five", "in the paper it said".</summary>
    /// <summary>True when the evidence sentences of <paramref name="document"/> at <paramref name="evidence"/> name the
    /// dead's names read out or written on a list ("The priest read the names at the burial.", "they read a list in the
    /// mosque", "I know six names, since they read them at the church", "the names on the paper at the church",
    /// "Later the mayor's list had fifteen names"): the count is the list's, REPORTED by CONTRACT.md's "a
    /// document". "Read them" counts only when the evidence names the names or a list.</summary>
    private static bool NamesRead(Document document, List<int> evidence)
    {
        var listed = WordSequence.HasWordInAny(document, evidence, Listed);
        foreach (var s in evidence)
        {
            var sentence = document.Sentences[s];
            if (WordSequence.In(document, sentence, NamesOnList) || (listed && WordSequence.In(document, sentence, ReadThem)))
            {
                return true;
            }

            var tokens = document.Tokens;
            var text = document.Text;
            var end = WordSequence.End(document, sentence);
            for (var t = sentence.FirstToken; t < end; t++)
            {
                if (!Is(tokens, text, t, end, Read))
                {
                    continue;
                }

                for (var i = t + 1; i < end && i <= t + 1 + Defaults.WordsBeforeNames && tokens[i].Kind == TokenKind.Word; i++)
                {
                    if (Is(tokens, text, i, end, Listed))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool MediaSaid(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (!Is(tokens, text, t, end, Where))
            {
                continue;
            }

            var i = t + 1;
            if (Is(tokens, text, i, end, MediaDeterminers))
            {
                i++;
            }

            if (!Is(tokens, text, i, end, Media))
            {
                continue;
            }

            i++;
            if (Is(tokens, text, i, end, Of))
            {
                var last = Math.Min(end, i + 1 + Defaults.OwnerWords);
                i++;
                while (i < last && tokens[i].Kind == TokenKind.Word && !Is(tokens, text, i, end, MediaVerbs) && !Is(tokens, text, i, end, MediaSubjects))
                {
                    i++;
                }
            }

            if (Is(tokens, text, i, end, Comma))
            {
                i++;
            }

            if (Is(tokens, text, i, end, MediaSubjects))
            {
                i++;
            }

            if (Is(tokens, text, i, end, MediaVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the token at <paramref name="at"/> is a number or a number word, or opens an approximate
    /// count ("more than", "about").</summary>
    private static bool IsCount(List<Token> tokens, string text, int at, int end)
    {
        if (at >= end)
        {
            return false;
        }

        if (tokens[at].Kind == TokenKind.Number || WordSequence.MatchAt(tokens, text, at, end, Approximations) > 0)
        {
            return true;
        }

        var word = tokens[at].Span(text);
        return WordList.Contains(word, NumberWords) || WordList.StartsWithAny(word, Tens);
    }

    private static bool Is(List<Token> tokens, string text, int at, int end, string[] words) =>
        at < end && WordList.Contains(tokens[at].Span(text), words);

    /// <summary>Default values.</summary>
    internal static class Defaults
    {
        /// <summary>How many words after "of" may name the medium's owner ("the channel of the rescue team").</summary>
        public const int OwnerWords = 4;

        /// <summary>How many words may stand between "read" and the names or list ("read out a list", "read the
        /// names").</summary>
        public const int WordsBeforeNames = 2;
    }
}
