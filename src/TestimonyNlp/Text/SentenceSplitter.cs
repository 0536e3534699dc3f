using System.Runtime.InteropServices;
using System.Text;
using TestimonyNlp.Model;

namespace TestimonyNlp.Text;

/// <summary>
/// Splits the tokens of one speaker turn into <see cref="Sentence"/>s. Stateless and thread-safe; linear in the
/// number of tokens; allocates nothing but the sentences it adds.
/// </summary>
/// <remarks>
/// <para>A sentence ends after a token when one of these holds (checked in this order):</para>
/// <list type="number">
/// <item>A blank line (two or more line breaks) follows the token: the sentence ends whatever comes next.</item>
/// <item>The token is <c>.</c>, <c>?</c>, <c>!</c>, <c>…</c> or a run of them (<c>...</c>, <c>?!</c>), the
/// sentence so far has a word, number, date, time or alphanumeric token, the token is not inside a quotation,
/// and the next token (after any closing quotes, closing brackets and further such marks, which stay with the
/// ending sentence, and after any bracketed notes) starts a sentence: a letter that is not lower-case (so
/// scripts without case, such as Arabic, start one), a digit, or an opening quote or bracket followed by one
/// of those; or the turn ends. So <c>... the</c> continues and <c>1.5</c> never ends anything.</item>
/// <item>The token closes a quotation and the token before it is such a mark, with the same test on what
/// follows (<c>He said "run." Then</c> ends after the closing quote; <c>"Run!" he said</c> does not end).</item>
/// <item>The token is an abbreviation that keeps its period and is neither a title (<c>Dr.</c>, <c>Sgt.</c>)
/// nor <c>No.</c>: dotted ones (<c>U.S.</c>, <c>a.m.</c>) and the rest of the table (<c>etc.</c>,
/// <c>St.</c>). It ends the sentence only when the next token is one of a few words that usually start a
/// sentence (<see cref="Abbreviations.IsSentenceStarter"/>): <c>in the U.S. Then we left</c> ends,
/// <c>the U.S. Army</c> and <c>the U.S. Hussein came</c> do not. Titles never end a sentence.</item>
/// </list>
/// <para>A quotation is an opening quote (<c>“</c>, <c>‘</c>, <c>«</c>, or a straight quote with a space
/// before it and none after) whose closing quote comes within <see cref="Defaults.MaxQuoteTokens"/> tokens and
/// before any blank line; sentence marks inside it do not end the sentence, so a short quoted speech stays
/// with the words that introduce it. An unclosed quote is not a quotation.</para>
/// <para>A sentence made only of bracketed notes and punctuation is never kept on its own: it joins the
/// sentence before it in the turn, or the one after it when it comes first, unless it is all the turn has.</para>
/// </remarks>
public sealed class SentenceSplitter
{
    /// <summary>Default limits of the splitter.</summary>
    public static class Defaults
    {
        /// <summary>The most tokens between an opening and a closing quote for them to make a quotation.</summary>
        public const int MaxQuoteTokens = 60;
    }

    /// <summary>
    /// Splits a turn made of a single segment: appends the sentences of
    /// <c>tokens[firstToken..firstToken+tokenCount)</c> to <paramref name="sentences"/>.
    /// </summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">All tokens of the text.</param>
    /// <param name="firstToken">Index of the turn's first token.</param>
    /// <param name="tokenCount">Number of tokens in the turn.</param>
    /// <param name="segmentIndex">Index of the segment, recorded as <see cref="Sentence.Segment"/>.</param>
    /// <param name="sentences">Receives the sentences in text order.</param>
    public void Split(string text, List<Token> tokens, int firstToken, int tokenCount, int segmentIndex, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var segment = new TurnSegment(segmentIndex, firstToken);
        Split(text, CollectionsMarshal.AsSpan(tokens), firstToken, tokenCount, new ReadOnlySpan<TurnSegment>(in segment), sentences);
    }

    /// <summary>
    /// Splits a turn that may span several segments (for example consecutive subtitle cues of one speaker):
    /// appends the sentences of <c>tokens[firstToken..firstToken+tokenCount)</c> to
    /// <paramref name="sentences"/>. A sentence may run from one segment into the next; its
    /// <see cref="Sentence.Segment"/> is the segment holding its first token.
    /// </summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">All tokens of the text (indices below are into this span).</param>
    /// <param name="firstToken">Index of the turn's first token.</param>
    /// <param name="tokenCount">Number of tokens in the turn.</param>
    /// <param name="segments">The turn's segments in text order, at least one.</param>
    /// <param name="sentences">Receives the sentences in text order.</param>
    public void Split(
        ReadOnlySpan<char> text,
        ReadOnlySpan<Token> tokens,
        int firstToken,
        int tokenCount,
        ReadOnlySpan<TurnSegment> segments,
        List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfNegative(firstToken);
        ArgumentOutOfRangeException.ThrowIfNegative(tokenCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstToken, tokens.Length - tokenCount);
        if (segments.IsEmpty)
        {
            throw new ArgumentException("A turn needs at least one segment.", nameof(segments));
        }

        if (tokenCount == 0)
        {
            return;
        }

        var turn = new Turn(text, tokens, firstToken, firstToken + tokenCount, segments, sentences);
        turn.Split();
    }

    /// <summary>The splitting of one turn: its spans and the little state a pass needs.</summary>
    private ref struct Turn
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly ReadOnlySpan<Token> _tokens;
        private readonly ReadOnlySpan<TurnSegment> _segments;
        private readonly List<Sentence> _sentences;
        private readonly int _first;
        private readonly int _end;
        private readonly int _firstSentence;
        private int _segmentCursor;
        private int _carryStart;

        public Turn(
            ReadOnlySpan<char> text,
            ReadOnlySpan<Token> tokens,
            int first,
            int end,
            ReadOnlySpan<TurnSegment> segments,
            List<Sentence> sentences)
        {
            _text = text;
            _tokens = tokens;
            _segments = segments;
            _sentences = sentences;
            _first = first;
            _end = end;
            _firstSentence = sentences.Count;
            _segmentCursor = 0;
            _carryStart = -1;
        }

        public void Split()
        {
            var sentenceStart = _first;
            var hasContent = false;
            var quoteClose = -1;
            var i = _first;
            while (i < _end)
            {
                var token = _tokens[i];
                if (token.Kind is not (TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Note))
                {
                    hasContent = true;
                }

                var candidate = Candidate.None;
                if (i == quoteClose)
                {
                    quoteClose = -1;
                    if (hasContent && IsTerminal(_tokens[i - 1]))
                    {
                        candidate = Candidate.Terminal;
                    }
                }
                else if (quoteClose < 0)
                {
                    if (IsOpeningQuote(i, out var family))
                    {
                        quoteClose = FindClosingQuote(i, family);
                    }
                    else if (hasContent)
                    {
                        candidate = CandidateOf(token);
                    }
                }

                if (candidate != Candidate.None)
                {
                    var last = AbsorbClosers(i);
                    if (StartsSentence(last + 1, candidate == Candidate.Abbreviation))
                    {
                        Emit(sentenceStart, last);
                        sentenceStart = last + 1;
                        hasContent = false;
                        i = last + 1;
                        continue;
                    }
                }

                if (i + 1 < _end && IsBlankLineBetween(i, i + 1))
                {
                    Emit(sentenceStart, i);
                    sentenceStart = i + 1;
                    hasContent = false;
                    quoteClose = -1;
                }

                i++;
            }

            if (sentenceStart < _end)
            {
                Emit(sentenceStart, _end - 1);
            }

            if (_carryStart >= 0)
            {
                Add(_carryStart, _end - 1);
            }
        }

        private readonly Candidate CandidateOf(Token token)
        {
            if (IsTerminal(token))
            {
                return Candidate.Terminal;
            }

            return token.Kind == TokenKind.Word
                   && Abbreviations.Classify(_text.Slice(token.Start, token.Length)) == AbbreviationKind.Other
                ? Candidate.Abbreviation
                : Candidate.None;
        }

        private readonly bool IsTerminal(Token token) =>
            token.Kind == TokenKind.Punctuation && _text[token.Start] is '.' or '?' or '!' or '…';

        /// <summary>The last of the closing quotes, brackets and sentence marks right after token <paramref name="i"/>.</summary>
        private readonly int AbsorbClosers(int i)
        {
            var j = i;
            while (j + 1 < _end)
            {
                var next = _tokens[j + 1];
                if (next.Kind != TokenKind.Punctuation)
                {
                    break;
                }

                var c = _text[next.Start];
                var closes = c is '”' or '’' or '»' or ')' or ']' or '.' or '?' or '!' or '…'
                             || (c is '"' or '\'' && next.Start == _tokens[j].End);
                if (!closes)
                {
                    break;
                }

                j++;
            }

            return j;
        }

        /// <summary>Whether token <paramref name="k"/> (after any notes) starts a new sentence.</summary>
        private readonly bool StartsSentence(int k, bool afterAbbreviation)
        {
            while (k < _end && _tokens[k].Kind == TokenKind.Note)
            {
                k++;
            }

            if (k >= _end)
            {
                return true;
            }

            var token = _tokens[k];
            if (afterAbbreviation)
            {
                return token.Kind == TokenKind.Word && Abbreviations.IsSentenceStarter(_text.Slice(token.Start, token.Length));
            }

            if (token.Kind == TokenKind.Punctuation && _text[token.Start] is '"' or '\'' or '“' or '‘' or '«' or '(' or '[')
            {
                if (k + 1 >= _end)
                {
                    return false;
                }

                token = _tokens[k + 1];
            }

            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                return false;
            }

            if (Rune.DecodeFromUtf16(_text.Slice(token.Start, token.Length), out var rune, out _) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            return Rune.IsDigit(rune) || (Rune.IsLetter(rune) && !Rune.IsLower(rune));
        }

        private readonly bool IsOpeningQuote(int i, out QuoteFamily family)
        {
            family = QuoteFamily.None;
            var token = _tokens[i];
            if (token.Kind != TokenKind.Punctuation || token.Length != 1)
            {
                return false;
            }

            family = _text[token.Start] switch
            {
                '“' => QuoteFamily.Double,
                '‘' => QuoteFamily.Single,
                '«' => QuoteFamily.Guillemet,
                '"' when OpensStraight(i) => QuoteFamily.Double,
                '\'' when OpensStraight(i) => QuoteFamily.Single,
                _ => QuoteFamily.None,
            };
            return family != QuoteFamily.None;
        }

        /// <summary>A straight quote opens when it has a space (or the turn start) before it and none after.</summary>
        private readonly bool OpensStraight(int i) =>
            (i == _first || _tokens[i - 1].End < _tokens[i].Start || _text[_tokens[i - 1].Start] is '(' or '[')
            && i + 1 < _end && _tokens[i + 1].Start == _tokens[i].End;

        private readonly int FindClosingQuote(int open, QuoteFamily family)
        {
            var limit = Math.Min(_end, open + 1 + Defaults.MaxQuoteTokens);
            for (var j = open + 1; j < limit; j++)
            {
                if (IsBlankLineBetween(j - 1, j))
                {
                    return -1;
                }

                var token = _tokens[j];
                if (token.Kind != TokenKind.Punctuation || token.Length != 1)
                {
                    continue;
                }

                var c = _text[token.Start];
                var adjacent = _tokens[j - 1].End == token.Start;
                var closes = family switch
                {
                    QuoteFamily.Double => c == '”' || (c == '"' && adjacent),
                    QuoteFamily.Single => c is '’' or '\'' && adjacent,
                    _ => c == '»',
                };
                if (closes)
                {
                    return j;
                }
            }

            return -1;
        }

        /// <summary>Two or more line breaks between tokens <paramref name="a"/> and <paramref name="b"/>.</summary>
        private readonly bool IsBlankLineBetween(int a, int b)
        {
            var from = _tokens[a].End;
            var to = _tokens[b].Start;
            if (to - from < 2)
            {
                return false;
            }

            var gap = _text[from..to];
            var breaks = 0;
            for (var k = 0; k < gap.Length; k++)
            {
                switch (gap[k])
                {
                    case '\n':
                    case '\u0085':
                    case '\u2028':
                        breaks++;
                        break;
                    case '\r':
                        if (k + 1 == gap.Length || gap[k + 1] != '\n')
                        {
                            breaks++;
                        }

                        break;
                    case '\u2029':
                        breaks += 2;
                        break;
                }

                if (breaks >= 2)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Closes the sentence of tokens <paramref name="start"/>..<paramref name="last"/>; a sentence of
        /// notes alone joins a neighbour instead.</summary>
        private void Emit(int start, int last)
        {
            if (IsNotesOnly(start, last))
            {
                if (_carryStart < 0 && _sentences.Count > _firstSentence)
                {
                    var previous = _sentences[^1];
                    _sentences[^1] = previous with
                    {
                        End = _tokens[last].End,
                        TokenCount = last - previous.FirstToken + 1,
                    };
                }
                else if (_carryStart < 0)
                {
                    _carryStart = start;
                }

                return;
            }

            if (_carryStart >= 0)
            {
                start = _carryStart;
                _carryStart = -1;
            }

            Add(start, last);
        }

        private readonly bool IsNotesOnly(int start, int last)
        {
            var hasNote = false;
            for (var k = start; k <= last; k++)
            {
                switch (_tokens[k].Kind)
                {
                    case TokenKind.Note:
                        hasNote = true;
                        break;
                    case TokenKind.Punctuation:
                    case TokenKind.Symbol:
                        break;
                    default:
                        return false;
                }
            }

            return hasNote;
        }

        private void Add(int start, int last)
        {
            while (_segmentCursor + 1 < _segments.Length && _segments[_segmentCursor + 1].FirstToken <= start)
            {
                _segmentCursor++;
            }

            _sentences.Add(new Sentence(
                _tokens[start].Start,
                _tokens[last].End,
                start,
                last - start + 1,
                _segments[_segmentCursor].Segment));
        }
    }

    private enum Candidate : byte
    {
        None,
        Terminal,
        Abbreviation,
    }

    private enum QuoteFamily : byte
    {
        None,
        Double,
        Single,
        Guillemet,
    }
}
