using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// The witness's own home as the site of harm told at it. Evidence that names no place but tells the harm at the
/// witness's home ("a shell fell on our street", "our neighbour was killed in her yard", "our house burned") happened
/// where the witness said they lived ("I lived in Kupiansk, on Poshtova street"), not at the last place named, which
/// is often one named in passing since ("my daughter in Mykolaiv", "the army entered Mekele").
/// </summary>
internal static class OwnHome
{
    /// <summary>Words before a home noun that make it the witness's own: "our street", "my house".</summary>
    private static readonly string[] OwnWords = ["our", "my"];

    /// <summary>Nouns of a home and what is around it: "our house", "our street", "our neighbour", "my village".</summary>
    private static readonly string[] HomeNouns =
    [
        "house", "home", "street", "neighbour", "neighbours", "neighbor", "neighbors", "village", "building", "area",
        "neighbourhood", "neighborhood", "quarter", "flat", "apartment", "yard", "town", "camp", "alley", "lane", "shop",
        "farm",
    ];

    /// <summary>Words of where someone lives or lived: "I lived in Irpin", "our home is in Beit Lahiya". Not "born": a
    /// birthplace is often left long before.</summary>
    private static readonly string[] LivedWords = ["lived", "live", "living", "home"];

    /// <summary>Words of a home at the time of telling or a refuge: "now we live in Jalalabad", "I live here",
    /// "we rented a house". Such a home is where the witness went after, not where the harm happened.</summary>
    private static readonly string[] RefugeWords = ["now", "here", "rent", "rented"];

    /// <summary>Gives every claim whose site is carried over from before its evidence, and whose evidence tells the
    /// harm at the witness's own home, the home the witness told before it (<see cref="Before"/>). Run after claims
    /// are merged, so that the sentence that says "our" moves the whole claim and does not cut it from the sentences
    /// told with it.</summary>
    /// <param name="layout">The document.</param>
    /// <param name="drafts">The document's claims.</param>
    public static void Carry(DocumentLayout layout, IReadOnlyList<ClaimDraft> drafts)
    {
        Dictionary<string, string>? homes = null;
        foreach (var draft in drafts)
        {
            if (draft.Site is not { } id || layout.Entity(id) is not { } carried || carried.End > draft.First || !IsTold(layout, draft))
            {
                continue;
            }

            if (Before(layout, draft.First, carried) is { } home)
            {
                homes ??= [];
                homes.TryAdd(id, home.Id);
            }
        }

        if (homes is null)
        {
            return;
        }

        foreach (var draft in drafts)
        {
            // The claims told with it that carried the same mention are the same story at the same home.
            if (draft.Site is { } id && homes.TryGetValue(id, out var home) && layout.Entity(id) is { } carried && carried.End <= draft.First)
            {
                draft.Site = home;
            }
        }
    }

    private static bool IsTold(DocumentLayout layout, ClaimDraft draft)
    {
        foreach (var (start, end) in draft.Spans)
        {
            if (IsTold(layout, start, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the evidence from <paramref name="start"/> to <paramref name="end"/> tells something at the
    /// witness's own home: "our" or "my" before a home noun ("our street", "my neighbour").</summary>
    public static bool IsTold(DocumentLayout layout, int start, int end)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        for (var index = Math.Max(0, layout.TokenAt(start)); index + 1 < tokens.Count && tokens[index + 1].End <= end; index++)
        {
            if (WordList.Contains(tokens[index].Span(document.Text), OwnWords)
                && WordList.Contains(tokens[index + 1].Span(document.Text), HomeNouns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The place of the last witness's sentence before <paramref name="start"/> that tells where the witness lives or
    /// lived ("I lived in Mekelle, in Kedamay Weyane"), the most specific of that sentence (the earlier on a tie), or
    /// null. An interviewer's sentence tells no home, and neither does one of a home now or a refuge ("Now we live in
    /// Jalalabad").
    /// </summary>
    /// <param name="layout">The document.</param>
    /// <param name="start">The start of the evidence.</param>
    /// <param name="carried">The place that would be carried over: when the home's answer names it too ("I lived in
    /// Axum. In Hawelti, near the stelae field"), it is the home told again and stays.</param>
    public static EntityMention? Before(DocumentLayout layout, int start, EntityMention carried)
    {
        var document = layout.Document;
        for (var sentence = layout.SentenceOf(start) - 1; sentence >= 0; sentence--)
        {
            var bounds = document.Sentences[sentence];
            if (document.RoleOf(bounds) == SpeakerRole.Interviewer || !TellsHome(document, bounds))
            {
                continue;
            }

            EntityMention? home = null;
            foreach (var entity in layout.EntitiesWithin(bounds.Start, bounds.End))
            {
                if (entity.Type == EntityType.Place && !PlaceCues.IsNameGiven(layout, entity) && !PlaceCues.IsPersonNamed(layout, entity)
                    && (home is null || Specificity(entity) < Specificity(home)))
                {
                    home = entity;
                }
            }

            if (home is not null)
            {
                return NamedInAnswer(layout, sentence, start, carried) ? null : home;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="carried"/>'s place is named from <paramref name="sentence"/> to the end of its
    /// turn (before <paramref name="start"/>).</summary>
    private static bool NamedInAnswer(DocumentLayout layout, int sentence, int start, EntityMention carried)
    {
        var document = layout.Document;
        var turn = layout.Turn(sentence);
        var last = sentence;
        while (last + 1 < document.Sentences.Count && layout.Turn(last + 1) == turn && document.Sentences[last + 1].Start < start)
        {
            last++;
        }

        foreach (var entity in layout.EntitiesWithin(document.Sentences[sentence].Start, Math.Min(document.Sentences[last].End, start)))
        {
            if (entity.Type == EntityType.Place && (ReferenceEquals(entity, carried) || layout.SamePlace(entity.Id, carried.Id)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower is more specific; an ungeocoded local place counts as a neighbourhood.</summary>
    private static int Specificity(EntityMention place) => (int)(place.Geo?.Precision ?? SitePrecision.Neighbourhood);

    private static bool TellsHome(Document document, Sentence bounds)
    {
        var lived = false;
        for (var index = bounds.FirstToken; index < bounds.FirstToken + bounds.TokenCount; index++)
        {
            var word = document.Tokens[index].Span(document.Text);
            if (WordList.Contains(word, RefugeWords))
            {
                return false;
            }

            lived |= WordList.Contains(word, LivedWords);
        }

        return lived;
    }
}
