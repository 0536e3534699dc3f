using System.Buffers;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Counts;

/// <summary>
/// Reads what the words around one victim say about them: age (<c>Salma, who was seven</c>, <c>Hussein Darwish,
/// 52</c>, <c>a two-year-old</c>, <c>my son, 14,</c>, <c>aged 9</c>, <c>a man of about forty</c>), sex (from a
/// relation word, a title or a pronoun after the victim) and relation to the speaker (<c>my brother</c>,
/// <c>my three cousins</c>, <c>my uncle Wardougou</c>, <c>Masoud, my cousin</c>). Stateless and thread-safe.
/// </summary>
public sealed class VictimDetailsReader
{
    /// <summary>Limits of the reader.</summary>
    public static class Defaults
    {
        /// <summary>Most tokens after the victim searched for a pronoun that gives the sex.</summary>
        public const int PronounWindow = 8;

        /// <summary>The oldest age believed.</summary>
        public const int MaxAge = 120;

        /// <summary>Sentences up to this many tokens keep their word table on the stack.</summary>
        public const int StackTokens = 128;
    }

    /// <summary>Reads the details of the victim mentioned at <c>text[start..end)</c>.</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="sentenceTokens">The tokens of the sentence the mention is in.</param>
    /// <param name="start">Offset of the first character of the victim mention (a PERSON entity or a count phrase).</param>
    /// <param name="end">Offset just past its last character.</param>
    /// <returns>The details; <see cref="VictimDetails.None"/> when the text gives none or the mention is outside the sentence.</returns>
    public VictimDetails Read(string text, ReadOnlySpan<Token> sentenceTokens, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        var n = sentenceTokens.Length;
        var first = -1;
        var last = -1;
        for (var t = 0; t < n; t++)
        {
            var token = sentenceTokens[t];
            if (token.Start >= start && token.End <= end)
            {
                if (first < 0)
                {
                    first = t;
                }

                last = t;
            }
        }

        if (first < 0)
        {
            return VictimDetails.None;
        }

        WordInfo[]? rented = null;
        var infos = n <= Defaults.StackTokens
            ? stackalloc WordInfo[n]
            : (rented = ArrayPool<WordInfo>.Shared.Rent(n)).AsSpan(0, n);
        try
        {
            CountLexicon.Describe(text, sentenceTokens, infos);
            var reader = new Reader(text, sentenceTokens, infos);
            return reader.Read(first, last + 1);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<WordInfo>.Shared.Return(rented);
            }
        }
    }

    private readonly ref struct Reader
    {
        private readonly string _text;
        private readonly ReadOnlySpan<Token> _tokens;
        private readonly ReadOnlySpan<WordInfo> _infos;

        public Reader(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<WordInfo> infos)
        {
            _text = text;
            _tokens = tokens;
            _infos = infos;
        }

        private int Count => _tokens.Length;

        public VictimDetails Read(int first, int end)
        {
            var noun = FindNoun(first, end, out var relation);
            var nounInfo = noun >= 0 ? _infos[noun] : default;
            var sex = nounInfo.Sex ?? HonorificSex(first, end);
            if (sex is null && !nounInfo.Has(WordTags.Plural))
            {
                sex = PronounSex(end);
            }

            var age = AgeWithin(first, end) ?? AgeAfter(end);
            return age is null && sex is null && relation is null ? VictimDetails.None : new VictimDetails(age, sex, relation);
        }

        /// <summary>
        /// The person noun that describes the victim: inside the mention (<c>my brother</c>), just before it
        /// (<c>my uncle Wardougou</c>) or in apposition after it (<c>Masoud, my cousin</c>); and the relation to the
        /// speaker when <c>my</c> or <c>our</c> goes with it.
        /// </summary>
        private int FindNoun(int first, int end, out string? relation)
        {
            relation = null;
            for (var t = end - 1; t >= first; t--)
            {
                if (_infos[t].Has(WordTags.Person) && !IsPossessor(t))
                {
                    relation = RelationOf(t);
                    return t;
                }
            }

            // "my uncle Wardougou", "my 14-year-old son Karim"
            var b = first - 1;
            if (b >= 0 && _infos[b].Has(WordTags.Person))
            {
                relation = RelationOf(b);
                return b;
            }

            // "Masoud, my cousin," "Salma, a nurse"
            if (IsPunct(end, ','))
            {
                var a = end + 1;
                if (a < Count && _infos[a].Has(WordTags.Possessive | WordTags.Article | WordTags.Determiner))
                {
                    a++;
                }

                a = SkipAdjectives(a);
                if (a < Count && _infos[a].Has(WordTags.Person) && !_infos[a].Has(WordTags.Plural) && !IsPossessor(a))
                {
                    relation = RelationOf(a);
                    return a;
                }
            }

            return -1;
        }

        /// <summary><c>my brother</c> is brother, <c>my brother's son</c> brother's son, <c>his wife</c> nothing.</summary>
        private string? RelationOf(int noun)
        {
            if (!_infos[noun].Has(WordTags.Relation) && !Is(noun, "child") && !Is(noun, "children"))
            {
                return null;
            }

            var lemma = CountLexicon.LemmaOf(_infos[noun]);
            var p = SkipBack(noun - 1);

            // "my brother's son"
            if (Is(p, "'s") && p - 1 >= 0 && _infos[p - 1].Has(WordTags.Relation))
            {
                var owner = p - 1;
                var ownerPossessive = SkipBack(owner - 1);
                if (ownerPossessive >= 0 && _infos[ownerPossessive].Has(WordTags.FirstPerson))
                {
                    return CountLexicon.LemmaOf(_infos[owner]) + "'s " + lemma;
                }

                return null;
            }

            return p >= 0 && _infos[p].Has(WordTags.FirstPerson) ? lemma : null;
        }

        /// <summary>Steps back over numbers and adjectives between a possessive and its noun (<c>my three little cousins</c>).</summary>
        private int SkipBack(int p)
        {
            while (p >= 0 && (_infos[p].Has(WordTags.Adjective | WordTags.NumberWord | WordTags.AgeCompound)
                              || _tokens[p].Kind == TokenKind.Number))
            {
                p--;
            }

            return p;
        }

        private bool IsPossessor(int t) => Is(t + 1, "'s");

        private Sex? HonorificSex(int first, int end)
        {
            for (var t = Math.Max(0, first - 1); t < end; t++)
            {
                if (_infos[t].Has(WordTags.Honorific))
                {
                    return _infos[t].Sex;
                }
            }

            return null;
        }

        /// <summary>The first personal pronoun after the victim, within a few tokens: <c>Karim, he was...</c>.</summary>
        private Sex? PronounSex(int end)
        {
            var limit = Math.Min(Count, end + Defaults.PronounWindow);
            for (var t = end; t < limit; t++)
            {
                var info = _infos[t];
                if (info.Has(WordTags.Pronoun))
                {
                    return info.Sex;
                }

                // another person takes the pronouns after it
                if (info.Has(WordTags.Person) || Is(t, "they") || Is(t, "we") || Is(t, "i"))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>An age inside or just before the mention: <c>a two-year-old</c>, <c>my 14-year-old son</c>.</summary>
        private int? AgeWithin(int first, int end)
        {
            for (var t = Math.Max(0, first - 2); t < end; t++)
            {
                if (_infos[t].Has(WordTags.AgeCompound))
                {
                    return _infos[t].Value;
                }

                if (t >= first && AgeAt(t, out var age, out _) && IsYearsOld(t))
                {
                    return age;
                }
            }

            return null;
        }

        /// <summary>
        /// An age after the mention: <c>, 52</c>, <c>, aged 9</c>, <c>, who was seven</c>, <c>, he was sixty-one</c>,
        /// <c>, seven years old</c>, <c>of about forty</c>, a name in apposition skipped first.
        /// </summary>
        private int? AgeAfter(int end)
        {
            var k = end;
            var comma = false;
            if (IsPunct(k, ',') || IsPunct(k, '('))
            {
                comma = true;
                k++;

                // "My father, Aung Kyaw, he was sixty-one"
                var name = k;
                while (name < Count && _tokens[name].Kind == TokenKind.Word && _infos[name].Tags == WordTags.None
                       && char.IsUpper(_text[_tokens[name].Start]))
                {
                    name++;
                }

                if (name > k && IsPunct(name, ','))
                {
                    k = name + 1;
                }
            }

            if (k >= Count)
            {
                return null;
            }

            if (_infos[k].Has(WordTags.AgeCompound))
            {
                return _infos[k].Value;
            }

            if (Is(k, "aged") || (Is(k, "age") && !Is(k + 1, "of")))
            {
                return AgeAt(k + 1, out var aged, out _) ? aged : null;
            }

            if (Is(k, "at") && Is(k + 1, "the") && Is(k + 2, "age") && Is(k + 3, "of"))
            {
                return AgeAt(k + 4, out var atAge, out _) ? atAge : null;
            }

            if ((Is(k, "was") || Is(k, "is")) && !comma)
            {
                // "Salma was seven", "he is 14 years old"
                var w = k + 1;
                while (w < Count && _infos[w].Has(WordTags.Approximate))
                {
                    w++;
                }

                if (w < Count && _infos[w].Has(WordTags.AgeCompound))
                {
                    return _infos[w].Value;
                }

                return AgeAt(w, out var was, out var wasEnd) && (IsYearsOld(w) || EndsSentence(wasEnd))
                    ? IsMonths(wasEnd) ? 0 : was
                    : null;
            }

            if (Is(k, "of") && !comma)
            {
                // "a man of about forty"
                var o = k + 1;
                if (_infos.Length > o && _infos[o].Has(WordTags.Approximate))
                {
                    o++;
                }

                return AgeAt(o, out var of, out var ofEnd)
                    && (EndsAge(ofEnd) || (ofEnd < Count && !_infos[ofEnd].Has(WordTags.Noun) && _tokens[ofEnd].Kind == TokenKind.Word))
                    ? of
                    : null;
            }

            if (comma || Is(k, "who"))
            {
                var w = k;
                if (Is(w, "who") || (_infos.Length > w && _infos[w].Has(WordTags.Pronoun) && !Is(w, "his") && !Is(w, "her")))
                {
                    w++;
                    if (!(Is(w, "was") || Is(w, "is") || Is(w, "were")))
                    {
                        return null;
                    }

                    w++;
                }

                while (w < Count && _infos[w].Has(WordTags.Approximate))
                {
                    w++;
                }

                if (w < Count && _infos[w].Has(WordTags.AgeCompound))
                {
                    return _infos[w].Value;
                }

                if (AgeAt(w, out var age, out var ageEnd) && (EndsAge(ageEnd) || IsYearsOld(w)))
                {
                    return IsMonths(ageEnd) ? 0 : age;
                }
            }

            return null;
        }

        /// <summary>A number that can be an age at <paramref name="t"/>.</summary>
        private bool AgeAt(int t, out int age, out int numberEnd)
        {
            age = 0;
            numberEnd = t;
            if (t < 0 || t >= Count || !NumberReader.TryRead(_text, _tokens, _infos, t, out var number)
                || number.Max is null || number.Min > Defaults.MaxAge || _infos[t].Has(WordTags.Article))
            {
                return false;
            }

            age = number.Min;
            numberEnd = number.EndToken;
            return true;
        }

        /// <summary>After an age: the end, punctuation, <c>years</c>, <c>months</c>, or a conjunction.</summary>
        private bool EndsAge(int k) =>
            k >= Count || (_tokens[k].Kind == TokenKind.Punctuation && !IsPunct(k, '-')) || Is(k, "years") || Is(k, "year")
            || Is(k, "yrs") || IsMonths(k) || Is(k, "and") || Is(k, "when") || Is(k, "only");

        private bool EndsSentence(int k) =>
            k >= Count || (_tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Start] is '.' or ',' or ';' or '!' or '?');

        private bool IsMonths(int k) => Is(k, "months") || Is(k, "month");

        private bool IsYearsOld(int number)
        {
            if (!NumberReader.TryRead(_text, _tokens, _infos, number, out var reading))
            {
                return false;
            }

            var k = reading.EndToken;
            return (Is(k, "years") || Is(k, "year") || IsMonths(k)) && (Is(k + 1, "old") || (Is(k + 1, "of") && Is(k + 2, "age")));
        }

        private int SkipAdjectives(int a)
        {
            while (a + 1 < Count && _infos[a].Has(WordTags.Adjective) && !_infos[a].Has(WordTags.Person))
            {
                a++;
            }

            return a;
        }

        private bool Is(int i, string word) => i >= 0 && i < Count && NumberReader.Is(_text, _tokens[i], word);

        private bool IsPunct(int i, char c) =>
            i >= 0 && i < Count && _tokens[i].Length == 1 && _text[_tokens[i].Start] == c;
    }
}
