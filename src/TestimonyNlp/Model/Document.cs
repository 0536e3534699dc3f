using System.Runtime.InteropServices;

namespace TestimonyNlp.Model;

/// <summary>
/// A testimony as it passes through the pipeline: each stage reads what earlier stages left and adds its own
/// layer. A document belongs to one pipeline run on one thread; it is not shared.
/// </summary>
public sealed class Document
{
    /// <summary>Creates a document for a testimony with no layers yet.</summary>
    public Document(Testimony testimony)
    {
        Testimony = testimony;
    }

    /// <summary>The testimony being processed.</summary>
    public Testimony Testimony { get; }

    /// <summary>The text every offset points into.</summary>
    public string Text => Testimony.Content;

    /// <summary>Tokens of all segments, in text order.</summary>
    public List<Token> Tokens { get; } = [];

    /// <summary>Sentences in text order.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>Entity mentions in text order, filled by the entity stages.</summary>
    public List<EntityMention> Entities { get; } = [];

    /// <summary>The first and last day of the episode of the war whose towns the testimony names (its name for the
    /// text), when that episode dates the testimony; a claim whose words give no date takes it. Set by the date
    /// normaliser.</summary>
    public DateRange? EpisodeDates { get; set; }

    /// <summary>Claims, filled by the claim stages.</summary>
    public List<Claim> Claims { get; } = [];

    /// <summary>The role of the speaker of <paramref name="sentence"/>, or <see cref="SpeakerRole.Unknown"/> when its segment is unknown.</summary>
    public SpeakerRole RoleOf(in Sentence sentence)
    {
        var segments = Testimony.Segments;
        return (uint)sentence.Segment < (uint)segments.Length ? segments[sentence.Segment].Role : SpeakerRole.Unknown;
    }

    /// <summary>The speaker turn of <paramref name="sentence"/>, or -1 when its segment is unknown.</summary>
    public int TurnOf(in Sentence sentence)
    {
        var segments = Testimony.Segments;
        return (uint)sentence.Segment < (uint)segments.Length ? segments[sentence.Segment].Turn : -1;
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>, or <c>Tokens.Count</c> when
    /// none does. Tokens are in text order, so this is a binary search.</summary>
    public int FirstTokenFrom(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The entity mention holding <paramref name="offset"/>, or null. Mentions are in text order and do not
    /// overlap, so this is a binary search for the first that ends after it.</summary>
    public EntityMention? EntityAt(int offset)
    {
        int lo = 0, hi = Entities.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Entities[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < Entities.Count && Entities[lo].Start <= offset ? Entities[lo] : null;
    }

    /// <summary>Index of the sentence holding <paramref name="offset"/>, or -1 when none does (a header line, the
    /// space between sentences). Sentences are in text order, so this is a binary search.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Sentences[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (Sentences[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>The tokens of sentence <paramref name="sentence"/> (an index into <see cref="Sentences"/>), in text
    /// order: a view into <see cref="Tokens"/>, valid while no token is added.</summary>
    public ReadOnlySpan<Token> SentenceTokens(int sentence)
    {
        var span = Sentences[sentence];
        return CollectionsMarshal.AsSpan(Tokens).Slice(span.FirstToken, span.TokenCount);
    }

    /// <summary>Number of word and number tokens: the unit throughput is reported in.</summary>
    public int WordCount
    {
        get
        {
            var count = 0;
            foreach (var token in Tokens)
            {
                if (token.Kind is not (TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Note))
                {
                    count++;
                }
            }

            return count;
        }
    }
}
