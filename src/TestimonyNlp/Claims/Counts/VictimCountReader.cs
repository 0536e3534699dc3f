using System.Buffers;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Counts;

/// <summary>
/// Finds the count expressions of a sentence and what they count: people (<c>more than thirty people</c>,
/// <c>all six of them</c>, <c>seven died</c>, <c>my father, my mother and my brother</c>), families, or things
/// (<c>two houses</c>, for PROPERTY_DAMAGE counts). Ages, times, dates, durations, money, measures, ordinals and
/// phone numbers are not counts and give nothing. Stateless and thread-safe; one instance serves every thread.
/// </summary>
/// <remarks>
/// Bounds follow the corpus conventions (corpus/MARKUP.md): <c>seven</c> 7/7, <c>a dozen</c> 12/12, <c>dozens</c>
/// 24/null, <c>more than thirty</c> and <c>over 30</c> 31/null, <c>at least 12</c> 12/null, <c>about ten</c> 10/10,
/// <c>between 10 and 15</c> 10/15, <c>up to ten</c> null/10, and a listed group with more implied
/// (<c>my father, my mother and others</c>) the listed number as min and null as max.
/// </remarks>
public sealed class VictimCountReader
{
    /// <summary>Participles of suffering after a figure the witness saw: "I saw dozens choking".</summary>
    private static readonly string[] SufferingParticiples = ["choking", "coughing", "bleeding", "burning", "vomiting", "screaming"];

    /// <summary>Verbs of going after "and I" in a list of people (<see cref="Scanner.IsJourneyVerb"/>).</summary>
    private static readonly string[] JourneyVerbs = ["left", "moved", "went", "walked", "ran", "came", "escaped", "crossed", "fled", "reached"];

    /// <summary>Nouns a distance is counted in ("two houses away", "three streets from us";
    /// <see cref="Scanner.IsDistance"/>).</summary>
    private static readonly string[] DistanceNouns = ["houses", "streets", "doors", "blocks", "buildings", "roads", "shops", "alleys", "lanes"];

    /// <summary>Words after such a noun that make the figure a distance.</summary>
    private static readonly string[] DistanceWords = ["away", "further", "farther"];

    /// <summary>Limits of the reader.</summary>
    public static class Defaults
    {
        /// <summary>Sentences up to this many tokens keep their word table on the stack.</summary>
        public const int StackTokens = 128;

        /// <summary>Most adjectives skipped between a number and its noun (<c>two other young men</c>).</summary>
        public const int MaxAdjectives = 2;

        /// <summary>Most words between a bare number and its harm word (<c>seven of them were all killed</c>).</summary>
        public const int MaxAuxiliaries = 3;

        /// <summary>Most words of the subject before a verb of reporting that opens a second figure ("the people in the
        /// mosque said ten").</summary>
        public const int ReporterWords = 6;

        /// <summary>Most words of hedging ("I think", "or", "maybe") between a count and a second figure for it.</summary>
        public const int MaxHedges = 4;

        /// <summary>Most tokens looked back from a comma for the people a count stands beside.</summary>
        public const int AppositionWindow = 10;

        /// <summary>Years a bare four-digit number is read as (<c>2016</c>).</summary>
        public const int FirstYear = 1900;

        /// <summary>See <see cref="FirstYear"/>.</summary>
        public const int LastYear = 2099;
    }

    /// <summary>Appends the count expressions of one sentence to <paramref name="into"/>, in text order.</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="sentenceTokens">The tokens of the sentence.</param>
    /// <param name="into">Receives the counts found.</param>
    public void Find(string text, ReadOnlySpan<Token> sentenceTokens, List<CountMention> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        if (sentenceTokens.Length == 0)
        {
            return;
        }

        var quotes = 0;
        foreach (var token in sentenceTokens)
        {
            quotes += IsQuoteMark(text, token) ? 1 : 0;
        }

        if (quotes == 0)
        {
            FindUnquoted(text, sentenceTokens, into);
            return;
        }

        // A witness's words quoted in a researcher's note are counted as if unquoted: took "twenty, maybe thirty" men.
        var unquoted = ArrayPool<Token>.Shared.Rent(sentenceTokens.Length - quotes);
        try
        {
            var kept = 0;
            foreach (var token in sentenceTokens)
            {
                if (!IsQuoteMark(text, token))
                {
                    unquoted[kept++] = token;
                }
            }

            FindUnquoted(text, unquoted.AsSpan(0, kept), into);
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(unquoted);
        }
    }

    /// <summary>A double quotation mark or a guillemet standing as a token of its own.</summary>
    private static bool IsQuoteMark(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB';

    private static void FindUnquoted(string text, ReadOnlySpan<Token> sentenceTokens, List<CountMention> into)
    {
        var n = sentenceTokens.Length;
        if (n == 0)
        {
            return;
        }

        WordInfo[]? rented = null;
        var infos = n <= Defaults.StackTokens
            ? stackalloc WordInfo[n]
            : (rented = ArrayPool<WordInfo>.Shared.Rent(n)).AsSpan(0, n);
        try
        {
            CountLexicon.Describe(text, sentenceTokens, infos);
            var scanner = new Scanner(text, sentenceTokens, infos, into);
            var i = 0;
            while (i < n)
            {
                i = scanner.MatchAt(i);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<WordInfo>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Reads a sentence that opens with a hedged second figure for a toll told just before it: <c>Maybe fifteen,
    /// one died later.</c>, <c>Some said forty-three.</c>, <c>Maybe more, we lost count.</c> (no upper bound).
    /// </summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="sentenceTokens">The tokens of the sentence.</param>
    /// <param name="min">The figure, or null for <c>more</c>.</param>
    /// <param name="max">The upper figure, or null for <c>more</c>.</param>
    /// <returns>True when the sentence opens with such a figure.</returns>
    public static bool TryReadAlternative(string text, ReadOnlySpan<Token> sentenceTokens, out int? min, out int? max)
    {
        ArgumentNullException.ThrowIfNull(text);
        min = max = null;
        var j = 0;
        if (j < sentenceTokens.Length && (NumberReader.Is(text, sentenceTokens[j], "and") || NumberReader.Is(text, sentenceTokens[j], "but")))
        {
            j++;
        }

        if (j < sentenceTokens.Length && (NumberReader.Is(text, sentenceTokens[j], "maybe") || NumberReader.Is(text, sentenceTokens[j], "perhaps")))
        {
            j++;
        }
        else if (j + 1 < sentenceTokens.Length
                 && (NumberReader.Is(text, sentenceTokens[j], "some") || NumberReader.Is(text, sentenceTokens[j], "others"))
                 && (NumberReader.Is(text, sentenceTokens[j + 1], "say") || NumberReader.Is(text, sentenceTokens[j + 1], "said")
                     || NumberReader.Is(text, sentenceTokens[j + 1], "says")))
        {
            j += 2;
        }
        else if (ReportedBy(text, sentenceTokens, j) is var figureAt && figureAt > j)
        {
            // "The people in the mosque said ten.", "A journalist from Sanaa wrote fifteen."
            j = figureAt;
        }
        else
        {
            return false;
        }

        if (j >= sentenceTokens.Length)
        {
            return false;
        }

        if (NumberReader.Is(text, sentenceTokens[j], "more"))
        {
            if (j + 2 < sentenceTokens.Length && NumberReader.Is(text, sentenceTokens[j + 1], ",")
                && NumberReader.TryRead(text, sentenceTokens, j + 2, out var upper))
            {
                // "The families say more, two thousand."; not "they say more, fifty, sixty", a count of its own
                if (upper.Max is not { } most || upper.Form == NumberForm.Collective || upper.EndToken + 1 < sentenceTokens.Length)
                {
                    return false;
                }

                min = max = most;
                return true;
            }

            return j + 1 >= sentenceTokens.Length || sentenceTokens[j + 1].Kind == TokenKind.Punctuation;
        }

        if (!NumberReader.TryRead(text, sentenceTokens, j, out var figure) || figure.Max is null || figure.Form == NumberForm.Collective)
        {
            return false;
        }

        var after = figure.EndToken;
        if (after < sentenceTokens.Length && sentenceTokens[after].Kind != TokenKind.Punctuation)
        {
            // "Maybe fifteen people from the other village": another count, read by Find
            return false;
        }

        min = figure.Min;
        max = figure.Max;
        return true;
    }

    /// <summary>
    /// The token after a verb of reporting that follows a short subject from <paramref name="start"/> ("the radio
    /// gave", "a journalist from Sanaa wrote", "the people in the mosque said"), or -1. The subject holds no number.
    /// </summary>
    private static int ReportedBy(string text, ReadOnlySpan<Token> tokens, int start)
    {
        for (var r = start + 1; r < tokens.Length && r <= start + Defaults.ReporterWords; r++)
        {
            var token = tokens[r - 1];
            if (token.Kind != TokenKind.Word || NumberReader.TryRead(text, tokens, r - 1, out _))
            {
                return -1;
            }

            var verb = tokens[r];
            if (NumberReader.Is(text, verb, "said") || NumberReader.Is(text, verb, "says") || NumberReader.Is(text, verb, "say")
                || NumberReader.Is(text, verb, "wrote") || NumberReader.Is(text, verb, "gave") || NumberReader.Is(text, verb, "reported")
                || NumberReader.Is(text, verb, "counted"))
            {
                return r + 1;
            }
        }

        return -1;
    }

    /// <summary>A word before a number that changes its bounds.</summary>
    private enum Modifier
    {
        None,
        MoreThan,
        AtLeast,
        UpTo,
        LessThan,
        Between,
    }

    /// <summary>Kunya particles: "Abu Ali" is the father of Ali, "Umm Omar" the mother of Omar.</summary>
    private static readonly string[] KunyaParticles = ["abu", "umm", "um", "ab"];

    /// <summary>Words before capitalised words that make them a place, not a name ("wounded in Idlib, four or five").</summary>
    private static readonly string[] PlacePrepositions = ["in", "at", "from", "near", "to", "of", "on", "by", "into", "toward", "around", "behind"];

    /// <summary>True for a kunya particle (<see cref="KunyaParticles"/>): the name after it is another's, its child's.</summary>
    internal static bool IsKunyaParticle(ReadOnlySpan<char> word) => WordList.Contains(word, KunyaParticles);

    private ref struct Scanner
    {
        private readonly string _text;
        private readonly ReadOnlySpan<Token> _tokens;
        private readonly ReadOnlySpan<WordInfo> _infos;
        private readonly List<CountMention> _into;

        public Scanner(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<WordInfo> infos, List<CountMention> into)
        {
            _text = text;
            _tokens = tokens;
            _infos = infos;
            _into = into;
        }

        private readonly int Count => _tokens.Length;

        /// <summary>Tries every pattern at token <paramref name="i"/>; returns where to look next.</summary>
        public readonly int MatchAt(int i)
        {
            if (TryNobody(i, out var next))
            {
                return next;
            }

            if (TryWeWere(i, out next))
            {
                return next;
            }

            if (TryList(i, out next))
            {
                return next;
            }

            if (TryQuantity(i, out next))
            {
                return next;
            }

            if (TryIndefinite(i, out next))
            {
                return next;
            }

            return i + 1;
        }

        /// <summary><c>we were five</c>, <c>we are five here</c>, <c>we were all together, fifteen</c>, <c>we came eleven</c>:
        /// the speaker's group, the speaker included.</summary>
        private readonly bool TryWeWere(int i, out int next)
        {
            next = i + 1;
            if (!Is(i, "we") || !(Is(i + 1, "were") || Is(i + 1, "are") || (IsJourneyVerb(i + 1) && Info(i + 2).Has(WordTags.NumberWord))))
            {
                return false;
            }

            var j = i + 2;
            while (j < Count && j < i + 6 && (Is(j, "all") || Is(j, "together") || IsPunct(j, ',')))
            {
                j++;
            }

            if (j >= Count || !NumberReader.TryRead(_text, _tokens, _infos, j, out var number) || number.Max is null
                || number.Form == NumberForm.Collective)
            {
                return false;
            }

            var end = number.EndToken;
            if (Is(end, "people") || Is(end, "persons"))
            {
                end++;
            }
            else if (end < Count && _tokens[end].Kind != TokenKind.Punctuation && !Is(end, "here") && !Is(end, "in")
                     && !Is(end, "then") && !Is(end, "there"))
            {
                // "we were five minutes from the school": no group
                return false;
            }

            Emit(i, end, number.Min, number.Max, CountTarget.People, CountCue.Pronoun);
            next = end;
            return true;
        }

        /// <summary><c>no one was hurt</c>, <c>nobody died</c>, <c>none of us were injured</c>: 0.</summary>
        private readonly bool TryNobody(int i, out int next)
        {
            next = i + 1;
            int end;
            if (Is(i, "nobody") || Is(i, "noone"))
            {
                end = i + 1;
            }
            else if (Is(i, "no") && (Is(i + 1, "one") || Is(i + 1, "body")))
            {
                end = i + 2;
            }
            else if (Is(i, "none") && Is(i + 1, "of") && Info(i + 2).Has(WordTags.ObjectPronoun))
            {
                end = i + 3;
            }
            else
            {
                return false;
            }

            if (!HarmFollows(end))
            {
                return false;
            }

            Emit(i, end, 0, 0, CountTarget.People, CountCue.Nobody);
            next = end;
            return true;
        }

        /// <summary>
        /// A listed group of two or more people (<c>my father, my mother and my brother</c>, <c>me, Nadiya and our
        /// son</c>), or one person named by a relation (<c>my brother</c>).
        /// </summary>
        private readonly bool TryList(int i, out int next)
        {
            next = i + 1;
            var items = 0;
            var counted = 0;
            var min = 0;
            var open = false;
            var single = false;
            var j = i;
            var end = i;
            var commaOnly = false;

            // People named in apposition to what came before are not counted again: "two children, Yasmin and
            // her brother Arafat" are two; "our neighbour, Uncle Osman" is one.
            var absorb = 0;
            var previousSingle = false;
            var total = false;
            var onlyNames = true;
            var previousAbsorbed = false;
            var absorbedAny = false;
            var previousName = false;
            // "my son Taras, Kateryna": a relation that carries its name already is not named again by the next name
            var previousNamedRelation = false;
            // "me, my wife, Oskar": in a list the speaker heads, a name set off after the speaker's own kin is one more
            // person, not the kin's name
            var previousOwnKin = false;
            // "the father, the mother and the girl": two kin nouns set off by a comma are two people
            var previousDefinite = false;
            var previousEnd = i;
            var previousStart = i;
            var speakerHead = false;
            var openKinHead = false;
            var namesAfterHead = 0;
            var openKinItem = 0;
            var namedKin = false;
            // "a woman with the leg, a young guy": an aside after a person ends them, so a person described next is no
            // apposition (a name still is: "a boy with the buffalo, Maung Kyaw Gyi")
            var afterAside = false;
            while (true)
            {
                if (!TryItem(j, items > 0, out var itemEnd, out var item))
                {
                    break;
                }

                if (items == 1 && commaOnly && Is(i - 1, "of") && IsThirdPossessive(j))
                {
                    // "the house of my neighbour Ussene, his wife Rabia died": the owner, then one of his; no list
                    break;
                }

                var absorbed = false;
                if (items == 1 && commaOnly && item.Relation && item.Count == 1 && (Is(j, "my") || Is(j, "our")) && OwnerNamedAt(previousEnd)
                    && !Is(itemEnd, "and"))
                {
                    // "two children of Deeqa, our neighbour": the owner described, not one more person
                    item = item with { Count = 0 };
                    absorbed = true;
                    absorbedAny = true;
                }

                if (items > 0 && commaOnly && item.Numbered && (onlyNames || item.Total))
                {
                    // "Abba Haile, three hundred people", "my wife and four children, six people": a total in
                    // apposition, not one more item.
                    break;
                }

                if (items == 0 && item.Speaker && i > 0 && _tokens[i - 1].Kind != TokenKind.Punctuation && !Is(itemEnd, "and")
                    && !Info(i - 1).Has(WordTags.HarmVerb))
                {
                    // "next to me, Volodymyr": an object, then a man named beside it
                    return false;
                }

                if (items == 0 && Is(i - 1, "to") && IsPunct(itemEnd, ',') && Info(itemEnd + 1).Has(WordTags.Speaker))
                {
                    // "we went to Jinderes, to my sister Naze, me and my four children": where they went, then who went
                    return false;
                }

                if (items == 0 && Is(i - 1, "of") && item.Open && !item.Numbered && Info(i - 2).Has(WordTags.Person) && !Info(i - 2).Has(WordTags.Plural))
                {
                    // "a boy of her neighbours, Sayed Alam": whose the one person is, not a group
                    return false;
                }

                if (items == 0 && item.Name && !Is(itemEnd, "and"))
                {
                    // A list starts with a name only before "and": "Ali, my brother" is one man, "Kabul, ten
                    // people" a place.
                    return false;
                }

                if (total || (absorb > 0 && !item.Numbered
                              && (item.Name || item.Indefinite || item.Bare || (previousAbsorbed && !commaOnly)
                                  || (commaOnly && item.Count == 1 && (Is(itemEnd, "also") || Is(itemEnd, "too")))))
                    || (previousAbsorbed && commaOnly && item.Open && item.Bare && !item.Numbered))
                {
                    // "Two brothers, Yemane and Berhane Gidey, students at the university": what the named were
                    // "two men, brothers, ...": a plural description names nobody new; "eleven boys, my sister's son Mahad
                    // also": one of them
                    absorb -= item.Open ? 0 : 1;
                    item = item with { Count = 0, Open = false };
                    absorbed = true;
                    absorbedAny = true;
                }
                else if (items > 0 && commaOnly && previousSingle && !(afterAside && item.Indefinite) && !(previousName && item.Name && !SameWord(previousStart, j))
                         && !(speakerHead && !item.Name) && !(speakerHead && previousOwnKin && item.Name) && !(previousNamedRelation && item.Name && !SameWord(previousEnd - 1, j) && !SameWord(previousEnd - 1, itemEnd - 1) && !IsKunya(j) && !IsSpelling(itemEnd))
                         && !(previousDefinite && item.Definite && IsOtherKin(previousEnd - 1, itemEnd - 1))
                         && (item.Name || item.Indefinite || (item.Definite && !item.Numbered)
                             || (previousName && item.Count == 1 && !item.Numbered)
                             || (item.Relation && IsThirdPossessive(previousStart) && (Is(j, "my") || Is(j, "our")) && IsName(itemEnd - 1)
                                 && !Is(itemEnd, "and") && !(IsPunct(itemEnd, ',') && Is(itemEnd + 1, "and")))))
                {
                    // "my brother, Ali" is one man; "me, Omar, Nour" are three, "Yeison, Yeison Tobon" and "my cousin Vagheni,
                    // Mumbere Vagheni" one; "his son, my
                    // cousin Rahmatullah" one, told again as the speaker's kin
                    item = item with { Count = 0 };
                }
                else
                {
                    absorb = 0;
                }

                // "his sons, Uday and Bilal", "me and my girls, Rima and Dana": the names after an unnumbered group of kin
                // say how many they are
                if (items == 0 || (!open && !openKinHead && item.Open && !item.Numbered && (IsChildren(itemEnd - 1) || NamedKinAt(j, itemEnd))))
                {
                    // "my sisters Rima and Dana": the first name right after the kin, the others joined after it
                    namedKin = item.Open && !item.Numbered && NamedKinAt(j, itemEnd);
                    openKinHead = item.Open && (item.Relation || IsChildren(itemEnd - 1)) && !item.Numbered && IsPunct(itemEnd, ',') || namedKin;
                    openKinItem = items;
                    namesAfterHead = 0;
                }
                else
                {
                    namesAfterHead += item.Name ? 1 : 0;
                    openKinHead &= item.Name;
                }

                // "me, Nadiya, our son", "me, Wael, my husband": in a list the speaker heads, a relation set off after a
                // name is one more person, and so is a name after the speaker's own kin ("me, my wife, Oskar"); a name
                // after another's kin still names them ("me, my husband and his mother, Hajja Mona")
                speakerHead |= items == 0 && item.Speaker;
                items++;
                if (item.Count > 0 || item.Open)
                {
                    counted++;
                }

                onlyNames &= item.Name;
                min += item.Count;
                open |= item.Open;
                single = items == 1 && item.Relation && !item.Open;
                previousSingle = (!item.Open && item.Count == 1 && !item.Speaker) || (previousSingle && item.Count == 0);
                previousName = item.Name;
                previousNamedRelation = item.Relation && itemEnd - 1 > j && IsName(itemEnd - 1);
                previousOwnKin = item.Relation && item.Count == 1 && !previousNamedRelation && (Is(j, "my") || Is(j, "our"));
                previousDefinite = item.Definite;
                previousEnd = itemEnd;
                previousStart = j;
                previousAbsorbed = absorbed;
                end = itemEnd;

                // separators: "," "and" ", and" "&"
                var s = end;
                afterAside = false;
                if (Is(s, "with") && (IsThirdPossessive(s + 1) || Is(s + 1, "the")) && s + 2 < Count && _tokens[s + 2].Kind == TokenKind.Word && !Info(s + 2).Has(WordTags.Person)
                    && IsPunct(s + 3, ','))
                {
                    // "Me, Maksym with his bandages, and Halyna", "a woman with the leg, a young guy with the arm": what one
                    // of them bore, set off before the next
                    s += 3;
                    afterAside = true;
                }
                else if (Is(s, "with") && IsThirdPossessive(s + 1) && IsKin(s + 2) && !Info(s + 2).Has(WordTags.Plural)
                         && (s + 3 >= Count || _tokens[s + 3].Kind == TokenKind.Punctuation || Is(s + 3, "and")))
                {
                    // "Me, Olena, her mother Nadiia, and her brother Bohdan with his wife": one more, who went with them
                    min++;
                    s += 3;
                    end = s;
                }

                var comma = false;
                if (s < Count && (IsPunct(s, ',') || IsPunct(s, '&')))
                {
                    comma = IsPunct(s, ',');
                    s++;
                    s = speakerHead ? SkipAgeAside(s) : s;
                }

                var and = false;
                if (Is(s, "and"))
                {
                    s++;
                    and = true;
                }

                if (s == end)
                {
                    break;
                }

                commaOnly = comma && !and;
                if (commaOnly && item.Numbered && item.Count > 1)
                {
                    absorb = item.Count;
                    total = item.Total;
                }

                j = s;
            }

            // the name told right after the kin is one of them
            min += namedKin ? 1 : 0;
            if (openKinHead && namesAfterHead >= (namedKin ? 1 : 2) && namesAfterHead == items - 1 - openKinItem)
            {
                open = false;
            }

            if (items >= 2 && (counted >= 2 || absorbedAny) && min > 0 && HasNonName(i, end))
            {
                if (!open && TotalAfter(end, min, items, out var totalEnd, out var sum))
                {
                    // "me, my wife, Tesfay and my mother, four": the figure after the people is how many they are
                    min = sum;
                    end = totalEnd;
                }

                Emit(i, end, min, open ? null : min, CountTarget.People, CountCue.List);
                next = end;
                return true;
            }

            if (items == 1 && single && min == 2)
            {
                // "my parents": one noun of kin that names two people
                Emit(i, end, 2, 2, CountTarget.People, CountCue.List);
                next = end;
                return true;
            }

            if (items >= 1 && (single || (items >= 2 && counted == 1 && min == 1 && !open && IsRelationStart(i))))
            {
                Emit(i, end, 1, 1, CountTarget.People, CountCue.Single);
                next = end;
                return true;
            }

            return false;
        }

        /// <summary>A child named by a noun of age alone ("boy", "girl", "baby"): after a possessive, someone's child.</summary>
        private readonly bool IsChild(int i) => Is(i, "boy") || Is(i, "girl") || Is(i, "baby") || Is(i, "child") || Is(i, "kid");

        /// <summary>True when the item from <paramref name="start"/> to <paramref name="end"/> is a plural noun of kin or
        /// children and a name right after it: "my sisters Rima", "his sons Karim".</summary>
        private readonly bool NamedKinAt(int start, int end)
        {
            for (var t = start; t < end - 1; t++)
            {
                if (Info(t).Has(WordTags.Person) && Info(t).Has(WordTags.Plural) && (Info(t).Has(WordTags.Relation) || IsChildren(t)))
                {
                    return SkipName(t + 1) == end && end > t + 1 && IsName(t + 1);
                }
            }

            return false;
        }

        /// <summary>Children named by a plural noun of age alone ("girls", "boys", "children", "kids").</summary>
        private readonly bool IsChildren(int i) => Is(i, "girls") || Is(i, "boys") || Is(i, "children") || Is(i, "kids");

        /// <summary>True when "we say", "we call" or "they call" follows a name: another spelling or name of the one
        /// before it ("My cousin Nabil, Nabeel we say").</summary>
        private readonly bool IsSpelling(int k) => (Is(k, "we") || Is(k, "they")) && (Is(k + 1, "say") || Is(k + 1, "call"));

        /// <summary>True when the item ending at <paramref name="end"/> ends with "of" and a name: "two children of Deeqa".</summary>
        private readonly bool OwnerNamedAt(int end)
        {
            var k = end - 1;
            while (k > 0 && IsName(k))
            {
                k--;
            }

            return k < end - 1 && Is(k, "of");
        }

        private readonly bool IsThirdPossessive(int i) => Is(i, "his") || Is(i, "her") || Is(i, "their");

        /// <summary>True when the words at <paramref name="a"/> and <paramref name="b"/> are two different nouns of kin
        /// ("father" and "mother", "son" and "daughter"): two people, never one named twice.</summary>
        private readonly bool IsOtherKin(int a, int b) =>
            a >= 0 && b < Count && IsKin(a) && IsKin(b) && !SameWord(a, b);

        private readonly bool IsKin(int i) => Info(i) is var info && info.Has(WordTags.Relation) && (info.Has(WordTags.Male) || info.Has(WordTags.Female));

        /// <summary>"Abu Ali", "Umm Khalid": a kunya, another name of someone named before it.</summary>
        private readonly bool IsKunya(int i) => i >= 0 && i < Count && IsKunyaParticle(_tokens[i].Span(_text));

        private readonly bool SameWord(int a, int b) =>
            a < Count && b < Count && _tokens[a].Span(_text).Equals(_tokens[b].Span(_text), StringComparison.OrdinalIgnoreCase);

        private readonly bool IsRelationStart(int i) =>
            Info(i).Has(WordTags.Possessive) || Info(i).Has(WordTags.Article) || Info(i).Has(WordTags.Speaker);

        /// <summary>True when the tokens hold a person word, not names alone.</summary>
        private readonly bool HasNonName(int from, int to)
        {
            for (var t = from; t < to; t++)
            {
                if (_infos[t].Has(WordTags.Person | WordTags.Speaker | WordTags.Others))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What one item of a listed group holds.</summary>
        private readonly record struct ListItem(int Count, bool Open, bool Name, bool Relation, bool Numbered, bool Indefinite = false, bool Total = false, bool Speaker = false, bool Definite = false, bool Bare = false);

        /// <summary>
        /// True when a bare figure set off by a comma after a listed group of <paramref name="listed"/> people in
        /// <paramref name="items"/> items ends its phrase and counts them: no fewer than listed (the same figure closes
        /// the list: "me, my wife, Oskar and my mother, four"), and no more than one more per item, where a name set
        /// off after a relation was taken for the same person ("my husband, Tariq and my mother, three").
        /// </summary>
        private readonly bool TotalAfter(int end, int listed, int items, out int totalEnd, out int total)
        {
            totalEnd = end;
            total = listed;
            if (!IsPunct(end, ',') || end + 1 >= Count || !NumberReader.TryRead(_text, _tokens, end + 1, out var figure)
                || figure.Min is var value && figure.Max != value || figure.Form == NumberForm.Collective || value < listed || value > listed + items
                || !(figure.EndToken >= Count || _tokens[figure.EndToken].Kind == TokenKind.Punctuation || Is(figure.EndToken, "in")
                     || Is(figure.EndToken, "on") || Is(figure.EndToken, "to")))
            {
                return false;
            }

            totalEnd = figure.EndToken;
            total = value;
            return true;
        }

        /// <summary>
        /// After a comma in a list the speaker heads, the "and" after an aside that gives the age of the one just listed
        /// ("me, my son Matvii, he is nine, and my mother"), or <paramref name="s"/> when there is none. Not in other
        /// lists, where the aside follows a name the list does not hold ("Yagana, my brother's daughter, she is
        /// fifteen, and Hauwa": the list starts after the name).
        /// </summary>
        private readonly int SkipAgeAside(int s)
        {
            if (!(Is(s, "he") || Is(s, "she")) || !(Is(s + 1, "is") || Is(s + 1, "was"))
                || !NumberReader.TryRead(_text, _tokens, s + 2, out var age) || !IsPunct(age.EndToken, ','))
            {
                return s;
            }

            return Is(age.EndToken + 1, "and") ? age.EndToken + 1 : s;
        }

        /// <summary>One item of a listed group.</summary>
        private readonly bool TryItem(int i, bool afterSeparator, out int end, out ListItem item)
        {
            end = i;
            item = new ListItem(1, false, false, false, false);
            if (i >= Count)
            {
                return false;
            }

            var info = Info(i);
            if (!afterSeparator && (Is(i, "she") || Is(i, "he")) && IsPunct(i + 1, ',') && Info(i + 2).Has(WordTags.Possessive))
            {
                // "she, her husband and her daughter left": the one told of heads the list of those with them
                end = i + 1;
                return true;
            }

            if (info.Has(WordTags.Speaker) && _tokens[i].Kind == TokenKind.Word && !Info(i + 1).Has(WordTags.Noun))
            {
                // "I" is a listed person only beside a separator and before the verb that it shares:
                // "my brother and I were hurt", "I, my wife and my son left", not "and I don't know".
                if (Is(i, "i") && !(afterSeparator && (EndsItem(i + 1) || Info(i + 1).Has(WordTags.Aux | WordTags.Harm) || (IsJourneyVerb(i + 1) && !IsPunct(i - 2, ','))))
                    && !(!afterSeparator && (IsPunct(i + 1, ',') || Is(i + 1, "and"))))
                {
                    return false;
                }

                end = i + 1;
                item = item with { Speaker = true };
                return true;
            }

            if (afterSeparator && (Is(i, "him") || Is(i, "her")) && Is(i - 2, "me") && (IsPunct(i + 1, ',') || Is(i + 1, "and")))
            {
                // "we went, me, him, our three children": the one told of beside the speaker
                end = i + 1;
                item = new ListItem(1, false, false, false, false);
                return true;
            }

            if (afterSeparator && info.Has(WordTags.Others))
            {
                end = i + 1;
                item = new ListItem(0, true, false, false, false);
                return true;
            }

            if (afterSeparator && (Is(i, "the") || Is(i, "many") || Is(i, "some")) && Info(i + 1).Has(WordTags.Others))
            {
                end = i + 2;
                item = new ListItem(0, true, false, false, false);
                return true;
            }

            if (afterSeparator && Is(i, "other") && Info(i + 1).Has(WordTags.Person) && Info(i + 1).Has(WordTags.Plural))
            {
                end = i + 2;
                item = new ListItem(0, true, false, false, false);
                return true;
            }

            // "Omar and the other men": a group beyond the named ones, uncounted, so the list stays open above
            if (afterSeparator && (Is(i, "the") || Is(i, "many") || Is(i, "some")) && Is(i + 1, "other")
                && Info(i + 2).Has(WordTags.Person) && Info(i + 2).Has(WordTags.Plural))
            {
                end = i + 3;
                item = new ListItem(0, true, false, false, false);
                return true;
            }

            if (afterSeparator && Is(i, "we") && Info(i + 1).Has(WordTags.NumberWord))
            {
                // "my father, my mother and we six children": the speaker is one of the group counted
                if (TryItem(i + 1, afterSeparator, out end, out item) && item.Numbered)
                {
                    item = item with { Speaker = true };
                    return true;
                }

                return false;
            }

            var j = i;
            var possessive = info.Has(WordTags.Possessive) && !Info(i + 1).Has(WordTags.Noun & ~WordTags.Person);
            var article = false;
            var definite = false;
            if (possessive)
            {
                j++;
            }
            else if (Is(i, "the") && (afterSeparator || !Info(i + 1).Has(WordTags.NumberWord)))
            {
                // "my wife and the two girls", "the mother and three children"
                definite = true;
                j++;
            }
            else if (info.Has(WordTags.Article) && !Info(i + 1).Has(WordTags.NumberWord))
            {
                article = true;
                j++;
            }

            if ((definite || possessive || article) && j < Count && _tokens[j].Kind == TokenKind.Word
                && (!_infos[j].Has(WordTags.Person) || (definite && (IsChild(j + 2) || ((afterSeparator || Is(i - 1, "and")) && Info(j + 2).Has(WordTags.Person)))))
                && Is(j + 1, "'s") && (Info(j + 2).Has(WordTags.Relation) || Info(j + 2).Has(WordTags.Person)) && !Info(j + 2).Has(WordTags.Plural))
            {
                // "and the headman's son", "with the smuggler's brother", "and the driver's boy", "him and the driver's
                // mate": one person, whoever owns them
                end = SkipName(j + 3);
                item = new ListItem(1, false, false, true, false, Definite: definite);
                return true;
            }

            var numbered = false;
            var count = 1;
            if (j < Count && NumberReader.TryRead(_text, _tokens, _infos, j, out var number)
                && number.Form != NumberForm.Collective && number.Max is not null)
            {
                count = number.Min;
                numbered = true;
                j = number.EndToken;
            }

            j = SkipAdjectives(j);
            if (numbered && afterSeparator && Is(j, "others"))
            {
                // "me, my neighbour's son Amanuel, and two others": the others are counted with the list
                end = j + 1;
                item = new ListItem(count, false, false, false, true);
                return true;
            }

            if (j == i && afterSeparator && IsCapitalised(i) && IsName(i + 1))
            {
                // "Uncle Osman", "Doctor Karim": a title before a name
                end = SkipName(i + 1);
                item = new ListItem(1, false, true, false, false);
                return true;
            }

            if (j < Count && _infos[j].Has(WordTags.Person) && !_infos[j].Has(WordTags.Couple))
            {
                var noun = _infos[j];

                // "four dead and seventeen wounded" are two tolls, not one group.
                if (noun.Has(WordTags.Harm) || (!numbered && !possessive && !afterSeparator && !article && !definite)
                    || (definite && !numbered && noun.Has(WordTags.Plural)))
                {
                    return false;
                }

                var open = false;
                if (!numbered && noun.Has(WordTags.Plural))
                {
                    if (article)
                    {
                        return false;
                    }

                    if (Is(j, "parents") || Is(j, "twins"))
                    {
                        // "my parents": two
                        count = 2;
                    }
                    else
                    {
                        // "my children": more than one, how many not said.
                        count = 0;
                        open = true;
                    }
                }

                end = j + 1;

                // "my brother's son"; "my uncle's house" is no person
                if (Is(end, "'s"))
                {
                    if (!Info(end + 1).Has(WordTags.Relation))
                    {
                        return false;
                    }

                    end += 2;
                }

                end = SkipName(end);

                // "the son of Umm Haidar"
                if (Is(end, "of") && IsName(end + 1))
                {
                    end = SkipName(end + 1);
                }

                // "his boy", "my girl": someone's child, as much a relation as "his son"
                item = new ListItem(count, open, false, possessive && (noun.Has(WordTags.Relation) || IsChild(j)) && !numbered, numbered,
                    article, numbered && (Is(j, "people") || Is(j, "persons")), Definite: definite,
                    Bare: !possessive && !article && !definite && !numbered);
                return true;
            }

            if (afterSeparator && definite && !numbered && j == i + 1 && Info(j).Has(WordTags.Adjective) && Is(j + 1, "one")
                && !Info(j + 2).Has(WordTags.Noun) && !Is(j + 2, "of"))
            {
                // "me, Omar, Nour and the small one": a child told by an adjective alone
                end = j + 2;
                item = new ListItem(1, false, false, false, false, Definite: true);
                return true;
            }

            if (i == j && !possessive && IsName(i))
            {
                end = SkipName(i);
                if (Is(end, "'s"))
                {
                    if (afterSeparator && Info(end + 1).Has(WordTags.Relation) && !Info(end + 1).Has(WordTags.Plural))
                    {
                        // "me and my father, and Ammar's mother": a name's relation is one more person
                        end += 2;
                        item = new ListItem(1, false, false, true, false);
                        return true;
                    }

                    return false;
                }

                item = new ListItem(1, false, true, false, false);
                return end > i;
            }

            return false;
        }

        /// <summary>True when the noun at <paramref name="h"/> after a figure tells how far from the witness or a
        /// person the strike fell, not what it hit: "I was two houses away", "two streets from him", "two houses
        /// from my aunt".</summary>
        private readonly bool IsDistance(int h) =>
            h + 1 < Count && WordList.Contains(_tokens[h].Span(_text), DistanceNouns)
            && (WordList.Contains(_tokens[h + 1].Span(_text), DistanceWords)
                || (Is(h + 1, "from") && (Info(h + 2).Has(WordTags.ObjectPronoun | WordTags.Pronoun | WordTags.Speaker)
                    || (Info(h + 2).Has(WordTags.Possessive) && Info(h + 3).Has(WordTags.Relation | WordTags.Family | WordTags.Person)))));

        /// <summary>A verb of going somewhere that the speaker shares with the people listed right before "and I" ("my
        /// daughter and I moved to Addis", "my wife and I left"; not "they shot a man, and I ran").</summary>
        private readonly bool IsJourneyVerb(int k) => k < Count && WordList.Contains(_tokens[k].Span(_text), JourneyVerbs);

        private readonly bool EndsItem(int k) =>
            k >= Count || (_tokens[k].Kind == TokenKind.Punctuation && !IsPunct(k, '\'') && !IsPunct(k, '\u2019'));

        /// <summary>
        /// A number with its modifiers and what it counts: <c>more than thirty people</c>, <c>all six of them</c>,
        /// <c>my three cousins</c>, <c>between 10 and 15 were killed</c>, <c>22 from one family</c>, <c>the two</c>.
        /// </summary>
        private readonly bool TryQuantity(int i, out int next)
        {
            next = i + 1;
            var j = i;
            var modifier = Modifier.None;
            var determiner = false;
            var possessive = false;
            for (var guard = 0; guard < 5 && j < Count; guard++)
            {
                var info = _infos[j];
                if (Is(j, "all") && !determiner)
                {
                    determiner = true;
                    j++;
                }
                else if (info.Has(WordTags.Determiner) && Is(j, "the"))
                {
                    determiner = true;
                    j++;
                }
                else if (determiner && Is(j, "other") && Info(j + 1).Has(WordTags.NumberWord) && !Is(j + 1, "one")
                         && !Info(j + 2).Has(WordTags.Noun))
                {
                    // "the other two": the rest of a group, no noun after it ("the other two boys" counts "two boys" as
                    // before, and "the other one" is one person of a group already counted)
                    j++;
                }
                else if (info.Has(WordTags.Possessive))
                {
                    possessive = true;
                    j++;
                }
                else if (modifier == Modifier.None && Is(j, "more") && Is(j + 1, "than"))
                {
                    modifier = Modifier.MoreThan;
                    j += 2;
                }
                else if (modifier == Modifier.None && (Is(j, "over") || Is(j, "above") || Is(j, "beyond")))
                {
                    modifier = Modifier.MoreThan;
                    j++;
                }
                else if (modifier == Modifier.None && Is(j, "at") && Is(j + 1, "least"))
                {
                    modifier = Modifier.AtLeast;
                    j += 2;
                }
                else if (modifier == Modifier.None && (Is(j, "no") || Is(j, "not")) && (Is(j + 1, "less") || Is(j + 1, "fewer")) && Is(j + 2, "than"))
                {
                    modifier = Modifier.AtLeast;
                    j += 3;
                }
                else if (modifier == Modifier.None && ((Is(j, "up") && Is(j + 1, "to")) || (Is(j, "at") && Is(j + 1, "most"))))
                {
                    modifier = Modifier.UpTo;
                    j += 2;
                }
                else if (modifier == Modifier.None && (Is(j, "less") || Is(j, "fewer")) && Is(j + 1, "than"))
                {
                    modifier = Modifier.LessThan;
                    j += 2;
                }
                else if (modifier == Modifier.None && Is(j, "between"))
                {
                    modifier = Modifier.Between;
                    j++;
                }
                else if ((info.Has(WordTags.Approximate) && !Is(j, "some")) || (Is(j, "some") && StartsNumber(j + 1)))
                {
                    j++;
                }
                else if (Is(j, "close") && Is(j + 1, "to"))
                {
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            if (j >= Count)
            {
                return false;
            }

            int min;
            int? max;
            NumberForm form;
            int numberEnd;
            var both = false;
            if (Is(j, "both"))
            {
                min = 2;
                max = 2;
                form = NumberForm.Words;
                numberEnd = j + 1;
                both = true;
            }
            else if (NumberReader.TryRead(_text, _tokens, _infos, j, out var number))
            {
                min = number.Min;
                max = number.Max;
                form = number.Form;
                numberEnd = number.EndToken;
            }
            else
            {
                return false;
            }

            // Whatever happens now, the number's tokens are not read again.
            next = numberEnd;
            var numberStart = j;
            if (IsNotACount(i, numberStart, numberEnd, min, form))
            {
                return true;
            }

            // a range: "10 to 15", "ten or eleven", "10-15", "between 10 and 15", "forty, fifty", "eight, maybe nine"
            var k = numberEnd;
            var ranged = false;
            var hedgedSecond = IsPunct(k, ',') && (Is(k + 1, "maybe") || Is(k + 1, "perhaps")) ? 1 : 0;
            if (k + 1 + hedgedSecond < Count && max is not null
                && (Is(k, "to") || Is(k, "or") || IsPunct(k, '-') || IsDash(k) || IsPunct(k, ',')
                    || (modifier == Modifier.Between && Is(k, "and")))
                && NumberReader.TryRead(_text, _tokens, _infos, k + 1 + hedgedSecond, out var second)
                && second.Max is not null && second.Min > min && (!IsPunct(k, ',') || second.Min <= 3 * min))
            {
                max = second.Max;
                numberEnd = second.EndToken;
                k = numberEnd;
                next = numberEnd;
                ranged = true;
                if (IsNotACount(i, numberStart, numberEnd, max.Value, form))
                {
                    return true;
                }
            }

            var saidAgain = SaidAgain(k, min, max);
            if (saidAgain > k && (HarmFollows(saidAgain) || Info(SkipAdjectives(saidAgain)).Has(WordTags.Person)))
            {
                // "Six, I think six, were wounded": the figure said again is the same count, read once; only when the
                // sentence goes on to what it counts, since "about forty, I think forty, my two nephews" lists apart
                k = saidAgain;
                next = saidAgain;
                saidAgain = 0;
            }

            if (modifier == Modifier.None && !ranged && BoundSaidAgain(k, min, max, out var bound) is var bounded && bounded > k)
            {
                // "I counted thirty, more than thirty": the figure said again as a bound is that bound
                modifier = bound;
                k = bounded;
                next = bounded;
            }

            var openEnded = false;
            k = SkipOpenEnd(k, ref openEnded);

            // what the number counts
            var target = CountTarget.People;
            CountCue cue;
            var end = k;
            var h = both && (Info(k).Has(WordTags.Possessive) || Is(k, "the")) ? k + 1 : k;
            h = SkipAdjectives(h);
            var head = Info(h);

            // "I saw three shot": after a figure above one, "shot" is the verb (shots counted are "three shots")
            if (h < Count && head.Has(WordTags.Noun) && !(h == k && min > 1 && Is(h, "shot")))
            {
                if ((head.Has(WordTags.Time | WordTags.Measure) && !head.Has(WordTags.Person)) || IsDistance(h))
                {
                    return true;
                }

                target = TargetOf(head);
                cue = CountCue.Noun;
                end = h + 1;
                if (target == CountTarget.People && head.Has(WordTags.Couple) && form != NumberForm.Collective)
                {
                    // "two couples": four people
                    min *= head.Has(WordTags.Plural) ? 2 : 1;
                    max = max is null ? null : max * (head.Has(WordTags.Plural) ? 2 : 1);
                }

                var from = FromFamily(end);
                if (from > 0)
                {
                    end = from;
                }
            }
            else if (h < Count && (Is(h, "others") || (Is(h, "more") && (Is(h + 1, "from") || (Is(h + 1, "were") && !Info(h + 2).Has(WordTags.Harm)) || EndsItem(h + 1)))))
            {
                // "with five others", "three others were wounded", "and two more from the Akrad family"; "two sheds
                // burned and three more were flattened": a group added, whatever the verb after it (a harm verb reads it already)
                cue = CountCue.Noun;
                end = h + 1;
            }
            else if (Is(h, "of") && FromFamily(h) is var ofFamily && ofFamily > 0)
            {
                // "six of her family died": people of one family, not families
                cue = CountCue.Noun;
                end = ofFamily;
            }
            else if (Is(h, "of") && h + 1 < Count)
            {
                var o = h + 1;
                // "five of them dead": the state after "them" is the harm, not a noun of what is counted
                if (_infos[o].Has(WordTags.ObjectPronoun) && (Is(o, "us") || Is(o, "them")) && Info(o + 1).Has(WordTags.Person)
                    && Info(o + 1).Has(WordTags.Plural) && !Info(o + 1).Has(WordTags.Relation))
                {
                    // "the four of us women", "the three of them boys": the people the pronoun stands for
                    cue = CountCue.Pronoun;
                    end = o + 2;
                }
                else if (_infos[o].Has(WordTags.ObjectPronoun)
                    && (!Info(o + 1).Has(WordTags.Noun) || Is(o + 1, "dead") || Is(o + 1, "wounded") || Is(o + 1, "injured")))
                {
                    var noun = Info(i - 2).Has(WordTags.Harm) ? i - 3 : i - 2;
                    if (Is(o, "them") && IsPunct(i - 1, ',') && IsPluralNonPerson(noun) && !DiedAfter(o + 1))
                    {
                        // "his arms burned, both of them", "the cars, four or five of them": "them" are no people
                        if (!Info(noun).Has(WordTags.Thing) || Info(noun).Has(WordTags.Munition))
                        {
                            return true;
                        }

                        target = CountTarget.Things;
                    }

                    cue = CountCue.Pronoun;
                    end = o + 1;
                }
                else
                {
                    if (Info(o).Has(WordTags.Possessive | WordTags.Determiner))
                    {
                        o++;
                    }

                    o = SkipAdjectives(o);

                    // "one of my uncle's sons": the head is after the possessor
                    if (Is(o + 1, "'s"))
                    {
                        o = SkipAdjectives(o + 2);
                    }
                    else if (o + 1 < Count && _tokens[o].Kind == TokenKind.Word
                             && (_infos[o].Tags == WordTags.None || _infos[o].Has(WordTags.Thing))
                             && _infos[o + 1].Has(WordTags.Person) && _infos[o + 1].Has(WordTags.Plural))
                    {
                        // "two of the bread sellers", "two of the bus drivers": a noun before the people says which they are
                        o++;
                    }

                    var of = Info(o);
                    if (o < Count && of.Has(WordTags.Unit | WordTags.Teen | WordTags.Tens) && Is(o - 1, "the") && !Is(i - 1, "not") && !Info(o + 1).Has(WordTags.Noun & ~WordTags.Person))
                    {
                        // "one of the four", "two of the five men": some of a group told before (not "not one of the
                        // three", which is all of them)
                        cue = CountCue.Noun;
                        end = Info(o + 1).Has(WordTags.Person) ? o + 2 : o + 1;
                    }
                    else if (o >= Count || !of.Has(WordTags.Person | WordTags.Thing | WordTags.Family))
                    {
                        return true;
                    }
                    else
                    {
                        target = TargetOf(of);
                        cue = CountCue.Noun;
                        end = o + 1;
                    }

                }
            }
            else if (FromFamily(k) is var fromFamily && fromFamily > 0)
            {
                cue = CountCue.Noun;
                end = fromFamily;
            }
            else if (HarmFollows(k) || NotBackFollows(k))
            {
                cue = CountCue.Verb;
            }
            else if (i > 0 && (EndsPhrase(k) || EndsObject(k)) && (IsVerbOfCount(i - 1) || AfterSpeech(i)))
            {
                // "they shot seven, maybe eight", "we buried seven the next day", "I saw four or five with my eyes"
                cue = CountCue.Verb;
            }
            else if (i > 0 && (Is(i - 1, "out") || (Is(i - 1, "also") && Is(i - 2, "out"))) && Is(k, "alive") && EndsPhrase(k + 1))
            {
                // "We took out three alive": the living brought out of the ruins, the wounded of a strike
                cue = CountCue.Verb;
                end = k + 1;
            }
            else if (Is(k, "came") && Is(k + 1, "out") && Is(k + 2, "alive") && EndsPhrase(k + 3))
            {
                // "seven or eight came out alive, injured"
                cue = CountCue.Verb;
                end = k + 3;
            }
            else if (i > 0 && IsSeenDoing(k) && IsVerbOfCount(i - 1) && !Info(i - 1).Has(WordTags.HarmVerb))
            {
                // "I saw dozens choking from the gas": whom the witness saw, and what they suffered
                cue = CountCue.Verb;
            }
            else if (i > 0 && min > 1 && IsUnknownCapitalised(k) && (EndsPhrase(k + 1) || EndsObject(k + 1)) && Info(i - 1).Has(WordTags.HarmVerb))
            {
                // "they killed twenty Rafidha": a people called by a name the lexicon does not know
                cue = CountCue.Verb;
                end = k + 1;
            }
            else if (OnlyFillerBefore(i) && (Is(k, "i") || Is(k, "we")) && IsVerbOfCount(k + 1))
            {
                // the object put first: "Eleven I carried in my pickup", "Ten or twelve I saw"
                cue = CountCue.Verb;
            }
            else if (OnlyFillerBefore(i) && IsPunct(k, ',') && (Is(k + 1, "i") || Is(k + 1, "we")) && IsVerbOfCount(k + 2)
                     && Is(k + 3, "them"))
            {
                // the object put first and taken up again: "More than thirty, I saw them by the road"
                cue = CountCue.Verb;
            }
            else if ((OnlyFillerBefore(i) || (i == 2 && Is(0, "many") && IsPunct(1, ','))) && min > 1 && IsPunct(k, ',')
                     && (Is(k + 1, "they") || Is(k + 1, "we") || Is(k + 1, "i")) && k + 3 < Count && _tokens[k + 2].Kind == TokenKind.Word
                     && Is(k + 3, "them"))
            {
                // "Many, more than fifteen, they took them to the hospital": "them" takes up the figure put first, as
                // an answer's figure is taken up, so a person told in the next sentence stays in the same claim
                cue = CountCue.Answer;
            }
            else if (Is(i - 1, "so") && IsPunct(i - 2, ',') && min > 1 && max == min && (k >= Count || _tokens[k].Kind == TokenKind.Punctuation))
            {
                // "five came in dead, and three more died at night, so eight": the sum the witness draws
                cue = CountCue.Apposition;
            }
            // "many were wounded, twenty maybe", "many people, about thirty I think": a hedge may close the figure
            else if ((EndsPhrase(k) || ((Is(k, "maybe") || Is(k, "perhaps")) && EndsPhrase(k + 1))
                      || (Is(k, "i") && (Is(k + 1, "think") || Is(k + 1, "believe") || Is(k + 1, "guess")) && EndsPhrase(k + 2))
                      || (Is(k, "with") && Info(k + 1).Has(WordTags.Possessive))) && min > 1 && IsApposition(i, out target))
            {
                // "we left, all of us, 14 with my brothers": a figure that takes in the people with it
                cue = CountCue.Apposition;
            }
            else if ((determiner || possessive || both) && (k >= Count || _tokens[k].Kind == TokenKind.Punctuation)
                     && (form == NumberForm.Words || both))
            {
                cue = CountCue.Determiner;
            }
            else if (IsWholeSentence(i, k))
            {
                cue = CountCue.Answer;
            }
            else if (min > 1 && max == min && form == NumberForm.Words && IsTollToldAgain(i) && (EndsClause(k) || (Is(k, "now") && EndsClause(k + 1))))
            {
                // "I told you four died. It was seven.", "Later I heard it was seventeen, three more died": the toll told again
                cue = CountCue.Verb;
            }
            else if (IsPunct(k, ',') && Is(k + 1, "including") && OnlyFillerBefore(i) && min > 1)
            {
                // "Four, including Mohamud, we still don't know where they are": the people picked out after the figure
                // are some of those it counts
                cue = CountCue.Apposition;
            }
            else if (IsPunct(k, ',') && IsPeopleAfterComma(k + 1))
            {
                // "six or seven, the men of the street"
                cue = CountCue.Apposition;
            }
            else if (IsPunct(k, ',') && OnlyFillerBefore(i) && SpeechFollows(k + 1))
            {
                // "More than seventy, the health directorate said."
                cue = CountCue.Verb;
            }
            else if (ranged && modifier is Modifier.None or Modifier.Between && AfterTotal(k) is var closed
                     && (closed >= Count || _tokens[closed].Kind == TokenKind.Punctuation)
                     && !(IsPunct(i - 1, ',') && i >= 2 && !Info(i - 2).Has(WordTags.Person) && IsPluralThing(i - 2))
                     && !(IsPunct(i - 1, ',') && i >= 2 && IsNameBefore(i - 2)))
            {
                // "Thirty, forty, I don't know how many", "Between nineteen and twenty-five in total, because ...": two
                // figures say a count; not after things ("I heard the shots, four, five") nor after a name, where they
                // are an age ("Hadi Jaber, twelve or thirteen,")
                cue = CountCue.Answer;
                k = closed;
                end = closed;
            }
            else if (saidAgain > k && min > 1 && max == min)
            {
                // "Six, I think six, with burns", "we put twenty-two, I think twenty-two, all from one family": a figure
                // the witness says twice, hedged, is the count told, whatever follows it
                cue = CountCue.Answer;
                k = IsPunct(saidAgain - 1, ',') ? saidAgain - 1 : saidAgain;
                end = k;
                next = saidAgain;
            }
            else
            {
                return true;
            }

            if (!openEnded && end == k)
            {
                k = SkipOpenEnd(end, ref openEnded);
            }
            else if (!openEnded)
            {
                var after = IsPunct(end, ',') ? end + 1 : end;
                var more = SkipOpenEnd(after, ref openEnded);
                if (openEnded)
                {
                    end = more;
                }
            }

            if (end < k)
            {
                end = k;
            }

            // "nine or ten men, I counted from the window, maybe more": the witness's own range bounds the count; the
            // "more" after it is a doubt, not a figure
            if (!openEnded && !ranged && modifier is Modifier.None or Modifier.AtLeast && MoreSaidLater(end))
            {
                openEnded = true;
            }

            (int? lo, int? hi) = modifier switch
            {
                // "more than thirty, forty": more than the first figure, the second a guess above it
                Modifier.MoreThan => ((int?)((ranged ? min : max ?? min) + 1), (int?)null),
                Modifier.AtLeast => (min, null),
                Modifier.UpTo => (null, max ?? min),
                Modifier.LessThan => (null, min - 1),
                _ => ((int?)min, openEnded ? null : max),
            };

            var verbEnd = end;
            while (verbEnd < Count && verbEnd < end + Defaults.MaxAuxiliaries && Info(verbEnd).Has(WordTags.Harm | WordTags.Aux))
            {
                // "eight died, some said twelve": the figure comes after the verb
                verbEnd++;
            }

            if (modifier == Modifier.None && !openEnded && max is { } most
                && Alternative(verbEnd, target, out var otherMin, out var otherMax) is var alternativeEnd && alternativeEnd > verbEnd)
            {
                // "nine bodies, maybe eleven": the bounds cover both figures
                lo = Math.Min(min, otherMin);
                hi = Math.Max(most, otherMax);
                end = alternativeEnd;
            }

            Emit(i, end, lo, hi, target, cue);
            next = end;
            return true;
        }

        /// <summary><c>a man</c>, <c>an old woman</c>, <c>a two-year-old</c>: one person; <c>an old couple</c>: two.</summary>
        private readonly bool TryIndefinite(int i, out int next)
        {
            next = i + 1;
            // "and also the driver": a definite person counts only as one more of a list
            var definite = Is(i, "the") && (Is(i - 1, "and") || Is(i - 1, "also"));
            if (Is(i, "the") && NamedCouple(i + 1) is var coupleEnd && coupleEnd > 0)
            {
                // "the Quintero couple": two people
                Emit(i, coupleEnd, 2, 2, CountTarget.People, CountCue.Single);
                next = coupleEnd;
                return true;
            }

            // "and another boy, Jamshid, was cut": one more person, as after "a"
            if (!_infos[i].Has(WordTags.Article) && !definite && !Is(i, "another"))
            {
                return false;
            }

            var j = SkipAdjectives(i + 1);
            if (definite && (j >= Count || !_infos[j].Has(WordTags.Person) || _infos[j].Has(WordTags.Plural | WordTags.AgeCompound | WordTags.Couple)))
            {
                return false;
            }

            if (j < Count && _infos[j].Has(WordTags.AgeCompound))
            {
                var end = j + 1;
                while (Info(end).Has(WordTags.AgeCompound))
                {
                    end++;
                }

                end = Info(end).Has(WordTags.Person) ? end + 1 : end;
                Emit(i, end, 1, 1, CountTarget.People, CountCue.Single);
                next = end;
                return true;
            }

            if (j < Count && _infos[j].Has(WordTags.Person) && !_infos[j].Has(WordTags.Plural)
                && !Is(j, "dead") && !Is(j, "wounded") && !Is(j, "injured") && !Is(j + 1, "'s"))
            {
                var value = _infos[j].Has(WordTags.Couple) ? 2 : 1;
                Emit(i, j + 1, value, value, CountTarget.People, CountCue.Single);
                next = j + 1;
                return true;
            }

            return false;
        }

        /// <summary>The token after a couple named by its family ("Quintero couple" in "the Quintero couple"), or 0.</summary>
        private readonly int NamedCouple(int i)
        {
            var k = i;
            while (IsName(k))
            {
                k++;
            }

            return k > i && Info(k).Has(WordTags.Couple) && !Info(k).Has(WordTags.Plural) ? k + 1 : 0;
        }

        /// <summary>True when the number is an age, a time, a date, a year, money, a measure or a phone number.</summary>
        private readonly bool IsNotACount(int phraseStart, int numberStart, int numberEnd, int value, NumberForm form)
        {
            var before = phraseStart - 1;
            var prev = Info(before);
            if (before >= 0)
            {
                // "on 14 March three people were killed": a month whose day was told before it takes no day after it;
                // nor does a month told as a period ("in January more than thirty men were taken", "at the end of July
                // one fell on the school")
                if (Is(before, "at") || Is(before, "aged") || Is(before, "age") || Is(before, "ages")
                    || (prev.Has(WordTags.Month) && !(before >= 1 && _tokens[before - 1].Kind == TokenKind.Number) && !IsMonthAsPeriod(before))
                    || (prev.Has(WordTags.Measure) && !Is(before, "per")))
                {
                    return true;
                }

                // the second of two numbers in a row: "0933 456 789", "page 12 13"; not a spelt figure after a year ("in
                // 2015 twelve people died")
                if (_tokens[before].Kind == TokenKind.Number && !(form == NumberForm.Words && IsYear(before)))
                {
                    return true;
                }
            }

            var after = Info(numberEnd);
            if (numberEnd < Count)
            {
                if (_tokens[numberEnd].Kind == TokenKind.Number || after.Has(WordTags.Month)
                    || (after.Has(WordTags.Measure) && !after.Has(WordTags.Person)) || after.Has(WordTags.AgeCompound))
                {
                    return true;
                }

                // "12 of March", "two in the morning", "two at night"
                if (Is(numberEnd, "of") && Info(numberEnd + 1).Has(WordTags.Month))
                {
                    return true;
                }

                if ((Is(numberEnd, "in") && Is(numberEnd + 1, "the") && Info(numberEnd + 2).Has(WordTags.TimeOfDay))
                    || (Is(numberEnd, "at") && Is(numberEnd + 1, "night")))
                {
                    return true;
                }

                if (Is(numberEnd, "and") && Is(numberEnd + 1, "a") && Is(numberEnd + 2, "half"))
                {
                    return true;
                }
            }

            if (form == NumberForm.Digits && numberEnd - numberStart == 1 && value is >= Defaults.FirstYear and <= Defaults.LastYear
                && _tokens[numberStart].Length == 4 && (prev.Has(WordTags.Year) || !Info(numberEnd).Has(WordTags.Person)))
            {
                return true;
            }

            return false;
        }

        /// <summary>True when the month at <paramref name="month"/> is told as a period, after "in", "since", "during" or
        /// "of" ("in January", "the end of July"), so a number right after it is no day of it.</summary>
        private readonly bool IsMonthAsPeriod(int month) =>
            Is(month - 1, "in") || Is(month - 1, "since") || Is(month - 1, "during") || Is(month - 1, "of");

        /// <summary>True when the token at <paramref name="i"/> is a year in digits: <c>2015</c>.</summary>
        private readonly bool IsYear(int i) =>
            i >= 0 && i < Count && _tokens[i].Kind == TokenKind.Number && _tokens[i].Length == 4
            && NumberReader.TryParseDigits(_tokens[i].Span(_text), out var year) && year is >= Defaults.FirstYear and <= Defaults.LastYear;

        /// <summary>
        /// The same figure said again after a hedge and a comma: <c>six, I think six,</c>. Returns the token after the
        /// repeated figure and its comma, or <paramref name="k"/> when the figure is not said again.
        /// </summary>
        private readonly int SaidAgain(int k, int min, int? max)
        {
            if (!IsPunct(k, ',') || !Is(k + 1, "i") || !(Is(k + 2, "think") || Is(k + 2, "believe") || Is(k + 2, "guess"))
                || !NumberReader.TryRead(_text, _tokens, _infos, k + 3, out var again) || again.Min != min || again.Max != max)
            {
                return k;
            }

            return IsPunct(again.EndToken, ',') ? again.EndToken + 1 : again.EndToken;
        }

        /// <summary>
        /// The same figure said again after a comma as a lower bound: <c>twenty, more than twenty</c>, <c>forty, maybe
        /// over forty</c>, <c>ten, at least ten</c>. Returns the token after the repeated figure, with the bound it puts
        /// on the count, or <paramref name="k"/> when the figure is not said again so.
        /// </summary>
        private readonly int BoundSaidAgain(int k, int min, int? max, out Modifier bound)
        {
            bound = Modifier.None;
            if (!IsPunct(k, ','))
            {
                return k;
            }

            var j = k + 1;
            if (Is(j, "maybe") || Is(j, "perhaps") || Is(j, "even"))
            {
                j++;
            }

            int figure;
            if (Is(j, "more") && Is(j + 1, "than"))
            {
                bound = Modifier.MoreThan;
                figure = j + 2;
            }
            else if (Is(j, "over"))
            {
                bound = Modifier.MoreThan;
                figure = j + 1;
            }
            else if (Is(j, "at") && Is(j + 1, "least"))
            {
                bound = Modifier.AtLeast;
                figure = j + 2;
            }
            else
            {
                return k;
            }

            if (!NumberReader.TryRead(_text, _tokens, _infos, figure, out var again) || again.Min != min || again.Max != max)
            {
                bound = Modifier.None;
                return k;
            }

            return again.EndToken;
        }

        /// <summary>
        /// A hedged second figure set off by a comma after a count: <c>nine bodies, maybe eleven</c>, <c>fourteen died,
        /// some say sixteen</c>, <c>forty-two, and others said fifty</c>, <c>forty, or thirty-five</c>, <c>six killed,
        /// five or six</c>. Only a figure, or a figure with a noun of what the count counts; returns the token after it, or
        /// <paramref name="k"/> when there is none.
        /// </summary>
        private readonly int Alternative(int k, CountTarget target, out int min, out int max)
        {
            min = max = 0;
            if (!IsPunct(k, ','))
            {
                return k;
            }

            var j = k + 1;
            var hedged = false;
            for (var guard = 0; guard < Defaults.MaxHedges && j < Count; guard++)
            {
                if (Is(j, "maybe") || Is(j, "perhaps") || Is(j, "probably") || Is(j, "or"))
                {
                    hedged = true;
                    j++;
                }
                else if (Is(j, "i") && Is(j + 1, "think"))
                {
                    // "nine dead, I think, or ten"
                    hedged = true;
                    j += 2;
                }
                else if (hedged && IsPunct(j, ','))
                {
                    j++;
                }
                else if ((Is(j, "some") || Is(j, "others")) && (Is(j + 1, "say") || Is(j + 1, "said") || Is(j + 1, "says")))
                {
                    hedged = true;
                    j += 2;
                }
                else if (!hedged && (Is(j, "and") || Is(j, "but")) && (Is(j + 1, "some") || Is(j + 1, "others"))
                         && (Is(j + 2, "say") || Is(j + 2, "said") || Is(j + 2, "says")))
                {
                    // "the radio said forty-two, and others said fifty"
                    hedged = true;
                    j += 3;
                }
                else
                {
                    break;
                }
            }

            if (!NumberReader.TryRead(_text, _tokens, _infos, j, out var first) || first.Max is not { } firstMax
                || first.Form == NumberForm.Collective)
            {
                return k;
            }

            min = first.Min;
            max = firstMax;
            var end = first.EndToken;
            if ((Is(end, "or") || Is(end, "to")) && NumberReader.TryRead(_text, _tokens, _infos, end + 1, out var second)
                && second.Max is { } secondMax && second.Min > min && second.Form != NumberForm.Collective)
            {
                // "six killed, five or six"
                max = secondMax;
                end = second.EndToken;
                hedged = true;
            }

            if (!hedged)
            {
                return k;
            }

            var head = Info(end);
            var sameKind = target switch
            {
                CountTarget.People => head.Has(WordTags.Person),
                CountTarget.Families => head.Has(WordTags.Family),
                _ => head.Has(WordTags.Thing),
            };
            if (sameKind && !head.Has(WordTags.Time | WordTags.Measure | WordTags.Harm))
            {
                end++;
            }
            else if (end < Count && _tokens[end].Kind != TokenKind.Punctuation)
            {
                // "two died, maybe three injured": another count
                return k;
            }

            return end;
        }

        /// <summary>Skips <c>or more</c>, <c>and more</c>, <c>maybe more</c>, <c>or so</c>, <c>at least</c>, <c>plus</c> after a count.</summary>
        private readonly int SkipOpenEnd(int k, ref bool openEnded)
        {
            // "eleven dead and more than thirty wounded": "more than" opens the next count, not this one
            if ((Is(k, "or") || Is(k, "and") || Is(k, "maybe") || Is(k, "perhaps")) && Is(k + 1, "more") && !Is(k + 2, "than"))
            {
                openEnded = true;
                return k + 2;
            }

            if (Is(k, "or") && Is(k + 1, "even") && Is(k + 2, "more"))
            {
                openEnded = true;
                return k + 3;
            }

            if (Is(k, "at") && Is(k + 1, "least"))
            {
                openEnded = true;
                return k + 2;
            }

            if (IsPunct(k, ',') && Is(k + 1, "more") && (k + 2 >= Count || _tokens[k + 2].Kind == TokenKind.Punctuation))
            {
                // "thirty, more."
                openEnded = true;
                return k + 2;
            }

            if (Is(k, "plus") || IsPunct(k, '+'))
            {
                openEnded = true;
                return k + 1;
            }

            if (Is(k, "or") && Is(k + 1, "so"))
            {
                return k + 2;
            }

            return k;
        }

        /// <summary>After a count: <c>from one family</c>, <c>from the same family</c>; the end of it, or 0.</summary>
        private readonly int FromFamily(int k)
        {
            if (!Is(k, "from") && !Is(k, "of"))
            {
                return 0;
            }

            var j = k + 1;
            for (var guard = 0; guard < 3 && j < Count; guard++)
            {
                if (_infos[j].Has(WordTags.Family) && !_infos[j].Has(WordTags.Plural))
                {
                    return j + 1;
                }

                if (Is(j, "one") || Is(j, "the") || Is(j, "a") || Is(j, "same") || Is(j, "single") || _infos[j].Has(WordTags.Possessive))
                {
                    j++;
                    continue;
                }

                // "from my wife's family", "from my uncle's family": the family is the relative's
                if (_infos[j].Has(WordTags.Relation) && Is(j + 1, "'s"))
                {
                    j += 2;
                    continue;
                }

                // "nine from the Hindi family": the family's name before "family"
                if (Is(j - 1, "the") && IsName(j) && j + 1 < Count && _infos[j + 1].Has(WordTags.Family) && !_infos[j + 1].Has(WordTags.Plural))
                {
                    return j + 2;
                }

                return 0;
            }

            return 0;
        }

        /// <summary>True when, from <paramref name="k"/>, a harm word follows after at most a few auxiliaries.</summary>
        private readonly bool HarmFollows(int k)
        {
            // "seven of them died", "two of us were hurt"
            if (Is(k, "of") && Info(k + 1).Has(WordTags.ObjectPronoun))
            {
                k += 2;
            }

            for (var guard = 0; guard <= Defaults.MaxAuxiliaries && k < Count; guard++)
            {
                var info = _infos[k];
                if (info.Has(WordTags.Harm) && !Is(k, "hit"))
                {
                    return true;
                }

                if (!info.Has(WordTags.Aux))
                {
                    return false;
                }

                k++;
            }

            return false;
        }

        /// <summary>True when the people counted before <paramref name="k"/> are said never to have come back or been
        /// found: "three did not come back", "more than forty are still not found", "five never returned", "two are
        /// still missing". The missing told by what did not happen, which no word of harm names.</summary>
        private readonly bool NotBackFollows(int k)
        {
            for (var guard = 0; guard <= Defaults.MaxAuxiliaries && k < Count && (Info(k).Has(WordTags.Aux) || Is(k, "still")); guard++)
            {
                k++;
            }

            if (Is(k, "missing"))
            {
                return true;
            }

            if (Is(k, "did"))
            {
                k++;
            }

            if (!Is(k, "not") && !Is(k, "never"))
            {
                return false;
            }

            k++;
            if (Is(k, "been"))
            {
                k++;
            }

            return ((Is(k, "come") || Is(k, "came")) && Is(k + 1, "back")) || Is(k, "return") || Is(k, "returned") || Is(k, "found");
        }

        /// <summary>A participle of suffering ending a phrase: <c>choking</c> in "dozens choking from the gas". Not a
        /// posture ("ten lying there"), which says where people were, dead or alive, and out of fold split the run of a
        /// toll told after it.</summary>
        private readonly bool IsSeenDoing(int k) =>
            k < Count && WordList.Contains(_tokens[k].Span(_text), SufferingParticiples) && (EndsPhrase(k + 1) || EndsObject(k + 1));

        /// <summary>True at the end of the sentence, at punctuation, or at a conjunction.</summary>
        private readonly bool EndsPhrase(int k) =>
            k >= Count || _tokens[k].Kind == TokenKind.Punctuation || Is(k, "and") || Is(k, "but")
            || Is(k, "in") || Is(k, "there") || Is(k, "too") || Is(k, "also") || Info(k).Has(WordTags.Aux);

        /// <summary>A verb whose bare object is a count of people: <c>killed</c>, <c>buried</c>, <c>carried out</c>, <c>found</c>, <c>saw</c>
        /// (a lower-case "saw": the capitalised one is also a Karen name particle).</summary>
        private readonly bool IsVerbOfCount(int k) =>
            Info(k).Has(WordTags.HarmVerb) || (k >= 0 && k < Count && (_tokens[k].Span(_text).SequenceEqual("saw") || Is(k, "found")))
            || (Is(k, "out") && k > 0 && (Info(k - 1).Has(WordTags.HarmVerb) || Is(k - 1, "pulled") || Is(k - 1, "brought")));

        /// <summary>
        /// True where the object of a verb ends and an adverbial begins: <c>with my eyes</c>, <c>on their page</c>,
        /// <c>the next day</c>, <c>that night</c>.
        /// </summary>
        private readonly bool EndsObject(int k) =>
            Is(k, "with") || Is(k, "on") || Is(k, "at") || Is(k, "near") || Is(k, "from") || Is(k, "inside") || Is(k, "under")
            || Is(k, "myself") || Is(k, "ourselves") || Info(k).Has(WordTags.Time)
            || ((Is(k, "the") || Is(k, "that")) && (Info(k + 1).Has(WordTags.Time) || Info(k + 2).Has(WordTags.Time)));

        /// <summary>
        /// True after a verb of saying or counting: <c>they said seven</c>, <c>people say more than two hundred</c>,
        /// <c>they told us fifty</c>.
        /// </summary>
        private readonly bool AfterSpeech(int i)
        {
            var b = i - 1;
            if (Is(b, "that"))
            {
                b--;
            }

            if (Info(b).Has(WordTags.ObjectPronoun) || Is(b, "me"))
            {
                b--;
            }

            return Is(b, "said") || Is(b, "say") || Is(b, "says") || Is(b, "told") || Is(b, "wrote") || Is(b, "reported") || Is(b, "heard")
                || Is(b, "counted") || Is(b, "estimate") || Is(b, "estimated");
        }

        /// <summary>
        /// True for a count set off by a comma after the people it counts: <c>many were wounded, fifteen or more</c>,
        /// <c>and the wounded, around thirty</c>. Not after one person, where it is an age: <c>my son, 14</c>.
        /// </summary>
        private readonly bool IsApposition(int i, out CountTarget target)
        {
            target = CountTarget.People;
            var b = i - 1;
            while (b >= 0 && (Is(b, "i") || Is(b, "think") || Is(b, "maybe") || Is(b, "perhaps")))
            {
                b--;
            }

            if (!IsPunct(b, ',') && !IsDash(b))
            {
                return false;
            }

            if (b >= 3 && (Is(b - 1, "us") || Is(b - 1, "them")) && Is(b - 2, "of") && Is(b - 3, "all"))
            {
                // "we left, all of us, seven": the figure counts the whole group just named
                return true;
            }

            var sawHarm = false;
            for (var t = b - 1; t >= 0 && t >= b - Defaults.AppositionWindow; t--)
            {
                var info = _infos[t];
                if (_tokens[t].Kind == TokenKind.Word && char.IsUpper(_tokens[t].Span(_text)[0]) && info.Tags == WordTags.None && t == b - 1)
                {
                    // "Hussein Darwish, 52": an age after a name
                    return false;
                }

                if (info.Has(WordTags.Person))
                {
                    return info.Has(WordTags.Plural) || info.Has(WordTags.Harm) || Is(t, "people");
                }

                if (Is(t, "many") || (Is(t, "more") && Is(t + 1, "than") && Is(t + 2, "that")))
                {
                    // "I saw more than that lying in the mud, twenty": more than the ones told before
                    return true;
                }

                // "many trucks burned, sixty": the harm word's subject decides
                sawHarm |= info.Has(WordTags.Harm);
                if (sawHarm && ((info.Has(WordTags.Family) && info.Has(WordTags.Plural)) || (info.Has(WordTags.Thing) && IsPluralThing(t))))
                {
                    // "many trucks burned, sixty, seventy"
                    target = info.Has(WordTags.Family) ? CountTarget.Families : CountTarget.Things;
                    return true;
                }

                if (info.Has(WordTags.Thing) && !info.Has(WordTags.Munition) && IsPluralThing(t) && !sawHarm && IsDamagedThing(t))
                {
                    // "they burned many houses, more than eighty", "the shelters near me, maybe sixty, all burned": the
                    // figure counts the things before the comma
                    target = CountTarget.Things;
                    return true;
                }

                if (info.Has(WordTags.Thing) && !sawHarm && t >= 2 && Is(t - 1, "the") && (Is(t - 2, "in") || Is(t - 2, "from")))
                {
                    // "the young men they found in the houses, maybe fifteen": where they were, not what is counted
                    t -= 2;
                    continue;
                }

                if (info.Has(WordTags.Thing | WordTags.Family | WordTags.Time | WordTags.Measure))
                {
                    return false;
                }
            }

            return sawHarm;
        }

        /// <summary>
        /// True when the rest of the sentence raises the count with no new number: <c>four hundred died, some
        /// said more</c>, <c>thirty-eight graves, maybe more</c>.
        /// </summary>
        private readonly bool MoreSaidLater(int k)
        {
            for (var t = k; t < Count; t++)
            {
                if (_tokens[t].Kind == TokenKind.Number || _infos[t].Has(WordTags.NumberWord | WordTags.Collective))
                {
                    return false;
                }

                if (Is(t, "more") && (Is(t - 1, "said") || Is(t - 1, "say") || Is(t - 1, "says") || Is(t - 1, "maybe")
                                      || Is(t - 1, "perhaps") || Is(t - 1, "even") || Is(t - 1, "or") || Is(t - 1, "were")))
                {
                    return t + 1 >= Count || _tokens[t + 1].Kind == TokenKind.Punctuation;
                }
            }

            return false;
        }

        /// <summary>A plural person noun, with a determiner or adjectives before it, at <paramref name="k"/>.</summary>
        private readonly bool IsPeopleAfterComma(int k)
        {
            if (Info(k).Has(WordTags.Determiner | WordTags.Possessive))
            {
                k++;
            }

            k = SkipAdjectives(k);
            return Info(k).Has(WordTags.Person) && Info(k).Has(WordTags.Plural);
        }

        /// <summary>True when a verb of saying ends the clause from <paramref name="k"/>: <c>the directorate said</c>.</summary>
        private readonly bool SpeechFollows(int k)
        {
            for (var t = k; t < Count && t < k + Defaults.AppositionWindow; t++)
            {
                if (Is(t, "said") || Is(t, "say") || Is(t, "says") || Is(t, "reported") || Is(t, "counted"))
                {
                    return true;
                }

                if (_tokens[t].Kind == TokenKind.Punctuation)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>A thing noun that reads as plural (<c>trucks</c>, <c>houses</c>); things carry no plural tag.</summary>
        private readonly bool IsPluralThing(int t)
        {
            var span = _tokens[t].Span(_text);
            return span.Length > 2 && (span[^1] | 0x20) == 's' && (span[^2] | 0x20) != 's';
        }

        /// <summary>The token after "in total", "altogether" or "all together" at <paramref name="k"/>, else <paramref name="k"/>.</summary>
        private readonly int AfterTotal(int k) =>
            Is(k, "in") && Is(k + 1, "total") ? k + 2
            : Is(k, "altogether") ? k + 1
            : Is(k, "all") && Is(k + 1, "together") ? k + 2
            : k;

        /// <summary>Words before "it was" or "it is" that leave the figure after it the toll told again: "So it was four",
        /// "Later I heard it was seventeen", "For me it is three".</summary>
        private static readonly string[] TollAgainOpeners = ["so", "that", "heard", "later", "but", "me", "now", "and", "learned", "said", "says", "think"];

        /// <summary>True when "it was" or "it is" opens a clause right before the figure at <paramref name="i"/>.</summary>
        private readonly bool IsTollToldAgain(int i) =>
            i >= 2 && (Is(i - 1, "was") || Is(i - 1, "is")) && Is(i - 2, "it")
            && (i == 2 || _tokens[i - 3].Kind == TokenKind.Punctuation || WordList.Contains(_tokens[i - 3].Span(_text), TollAgainOpeners));

        /// <summary>True at the end of the sentence or at a punctuation mark.</summary>
        private readonly bool EndsClause(int k) => k >= Count || _tokens[k].Kind == TokenKind.Punctuation;

        /// <summary>True when nothing but punctuation and approximations surrounds the count: an answer.</summary>
        private readonly bool IsWholeSentence(int start, int end) => OnlyFillerBefore(start) && OnlyFillerAfter(end);

        /// <summary>True when only punctuation, <c>yes</c>, <c>I think</c> and approximations come before <paramref name="start"/>.</summary>
        private readonly bool OnlyFillerBefore(int start)
        {
            for (var t = 0; t < start; t++)
            {
                if (_tokens[t].Kind != TokenKind.Punctuation && !_infos[t].Has(WordTags.Approximate)
                    && !Is(t, "i") && !Is(t, "think") && !Is(t, "yes") && !Is(t, "no"))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when only punctuation and hedges come from <paramref name="end"/> on: <c>More than twenty, I think.</c></summary>
        private readonly bool OnlyFillerAfter(int end)
        {
            for (var t = end; t < Count; t++)
            {
                if (_tokens[t].Kind != TokenKind.Punctuation && _tokens[t].Kind != TokenKind.Note
                    && !Is(t, "i") && !Is(t, "think") && !Is(t, "am") && !Is(t, "sure") && !Is(t, "guess")
                    && !Is(t, "believe") && !_infos[t].Has(WordTags.Approximate) && !Is(t, "in") && !Is(t, "all")
                    && !Is(t, "total"))
                {
                    return false;
                }
            }

            return true;
        }

        private readonly bool StartsNumber(int j) =>
            j < Count && (_tokens[j].Kind == TokenKind.Number || _infos[j].Has(WordTags.NumberWord | WordTags.Collective));

        private readonly int SkipAdjectives(int j)
        {
            for (var guard = 0; guard < Defaults.MaxAdjectives && j + 1 < Count; guard++)
            {
                // An adjective only when a noun follows: "seven dead" counts the dead.
                // A capitalised word before a person is a people's name: "two Lisu men", "three Kurdish women".
                // A lower-case word the lexicon does not know before a thing is a noun modifier: "sixty olive trees".
                var adjective = _infos[j].Has(WordTags.Adjective) || (IsName(j) && _infos[j + 1].Has(WordTags.Person))
                    || (IsUnknownLower(j) && _infos[j + 1].Has(WordTags.Thing));
                // "two other Peul men": the people's name may follow an adjective
                if (!adjective || !(_infos[j + 1].Has(WordTags.Noun) || _infos[j + 1].Has(WordTags.Adjective)
                                    || (j + 2 < Count && IsName(j + 1) && _infos[j + 2].Has(WordTags.Person))))
                {
                    break;
                }

                j++;
            }

            return j;
        }

        /// <summary>
        /// True when the plural thing at <paramref name="t"/> is what a figure after it counts: no munition comes before
        /// it in the sentence ("the mortars fell on the tents, maybe ten" counts mortars; "the rockets hit the houses,
        /// four, five" rockets) and no preposition puts it as a place ("by the tents, fifteen, sixteen").
        /// </summary>
        private readonly bool IsDamagedThing(int t)
        {
            for (var b = t - 1; b >= 0; b--)
            {
                if (_infos[b].Has(WordTags.Munition))
                {
                    return false;
                }
            }

            var p = t - 1;
            while (p >= 0 && (_infos[p].Has(WordTags.Adjective | WordTags.Determiner | WordTags.Article | WordTags.Possessive) || Is(p, "the")
                              || Is(p, "many") || IsUnknownLower(p)))
            {
                p--;
            }

            return !(Is(p, "by") || Is(p, "on") || Is(p, "near") || Is(p, "in") || Is(p, "at") || Is(p, "to") || Is(p, "from")
                     || Is(p, "of") || Is(p, "around") || Is(p, "behind") || Is(p, "into") || Is(p, "between") || Is(p, "among"));
        }

        /// <summary>True when token <paramref name="k"/> opens a death: "died", "were killed" ("nine children with these
        /// wounds, two of them died": "them" are the children).</summary>
        private readonly bool DiedAfter(int k) =>
            Is(k, "died") || ((Is(k, "were") || Is(k, "was")) && Is(k + 1, "killed"));

        /// <summary>A lower-case plural word that names no people: <c>arms</c>, <c>legs</c>, <c>cars</c>.</summary>
        private readonly bool IsPluralNonPerson(int t) =>
            t >= 0 && t < Count && _tokens[t].Kind == TokenKind.Word && char.IsLower(_tokens[t].Span(_text)[0])
            && !_infos[t].Has(WordTags.Person | WordTags.Family | WordTags.Others | WordTags.ObjectPronoun | WordTags.Speaker | WordTags.Pronoun | WordTags.Harm)
            && IsPluralThing(t);

        /// <summary>A lower-case word the lexicon does not know: <c>olive</c>, <c>sewing</c>.</summary>
        private readonly bool IsUnknownLower(int i) =>
            i < Count && _tokens[i].Kind == TokenKind.Word && _infos[i].Tags == WordTags.None && char.IsLower(_tokens[i].Span(_text)[0]);

        /// <summary>A capitalised word inside the sentence that the lexicon does not know: a name.</summary>
        private readonly bool IsName(int i)
        {
            if (i >= Count || _tokens[i].Kind != TokenKind.Word || _infos[i].Tags != WordTags.None && !_infos[i].Has(WordTags.Honorific))
            {
                return false;
            }

            var span = _tokens[i].Span(_text);
            return char.IsUpper(span[0]) && i > 0 && !IsSentenceStart(i);
        }

        /// <summary>True when the unknown capitalised words ending at <paramref name="last"/> name someone: no
        /// preposition before them, which makes them a place ("wounded in Idlib, four or five").</summary>
        private readonly bool IsNameBefore(int last)
        {
            if (!IsUnknownCapitalised(last))
            {
                return false;
            }

            var first = last;
            while (first > 0 && IsUnknownCapitalised(first - 1))
            {
                first--;
            }

            return !(first > 0 && WordList.Contains(_tokens[first - 1].Span(_text), PlacePrepositions));
        }

        private readonly bool IsUnknownCapitalised(int i) =>
            i < Count && _tokens[i].Kind == TokenKind.Word && _infos[i].Tags == WordTags.None && char.IsUpper(_text[_tokens[i].Start]);

        private readonly bool IsCapitalised(int i) =>
            i < Count && _tokens[i].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[i].Start]);

        private readonly bool IsSentenceStart(int i)
        {
            for (var t = i - 1; t >= 0; t--)
            {
                if (_tokens[t].Kind is TokenKind.Note)
                {
                    continue;
                }

                return _tokens[t].Kind == TokenKind.Punctuation && _tokens[t].Span(_text) is "." or "?" or "!" or ":" or "\"" or "“";
            }

            return true;
        }

        /// <summary>The end of a name run starting at <paramref name="i"/> (<c>Taha al-Shaibani</c>), or <paramref name="i"/>.</summary>
        private readonly int SkipName(int i)
        {
            var j = i;
            while (j < Count && _tokens[j].Kind == TokenKind.Word)
            {
                var span = _tokens[j].Span(_text);
                var known = _infos[j].Tags != WordTags.None && !_infos[j].Has(WordTags.Honorific | WordTags.NameParticle);
                if (known)
                {
                    break;
                }

                if (char.IsUpper(span[0]) || (j > i && _infos[j].Has(WordTags.NameParticle))
                    || (j > i && span.Length > 3 && span[2] == '-' && span[0] is 'a' or 'e'))
                {
                    j++;
                    continue;
                }

                break;
            }

            return j;
        }

        private readonly WordInfo Info(int i) => i >= 0 && i < Count ? _infos[i] : default;

        /// <summary>What a count whose head noun is <paramref name="noun"/> counts: people ("two men"), families
        /// ("forty families") or things ("two houses").</summary>
        private static CountTarget TargetOf(WordInfo noun) =>
            noun.Has(WordTags.Person) ? CountTarget.People
            : noun.Has(WordTags.Family) ? CountTarget.Families
            : CountTarget.Things;

        private readonly bool Is(int i, string word) =>
            i >= 0 && i < Count && NumberReader.Is(_text, _tokens[i], word);

        private readonly bool IsPunct(int i, char c) =>
            i >= 0 && i < Count && _tokens[i].Length == 1 && _text[_tokens[i].Start] == c;

        private readonly bool IsDash(int i) =>
            i >= 0 && i < Count && _tokens[i].Length == 1 && _text[_tokens[i].Start] is '\u2013' or '\u2014' or '\u2012';

        private readonly void Emit(int first, int end, int? min, int? max, CountTarget target, CountCue cue) =>
            _into.Add(new CountMention(_tokens[first].Start, _tokens[end - 1].End, min, max, target, cue));
    }
}
