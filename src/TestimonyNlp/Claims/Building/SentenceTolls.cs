using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Each sentence's toll of each harm as <see cref="TollChoice.OfSentence"/> chose it, kept for one document: for each
/// harm asked, one number per sentence (unread, no toll, or where its toll is kept), and each toll kept once. A row of
/// the tolls themselves, one per sentence, took twelve times the room and was a quarter of what the builder allocated.
/// </summary>
internal sealed class SentenceTolls
{
    private const int Unread = 0;
    private const int NoToll = 1;
    private const int FirstToll = 2;

    private static readonly int HarmCount = Enum.GetValues<Harm>().Length;

    private readonly int[]?[] _slots = new int[]?[HarmCount];
    private readonly List<CountMention> _tolls = [];
    private readonly int _sentences;

    /// <summary>Room for the tolls of a document of <paramref name="sentences"/> sentences.</summary>
    public SentenceTolls(int sentences)
    {
        _sentences = sentences;
    }

    /// <summary>True when the toll of <paramref name="harm"/> in <paramref name="sentence"/> is kept, with the toll
    /// (null when the sentence has none).</summary>
    public bool TryGet(Harm harm, int sentence, out CountMention? toll)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)sentence, (uint)_sentences, nameof(sentence));
        var slot = _slots[(int)harm] is { } row ? row[sentence] : Unread;
        toll = slot >= FirstToll ? _tolls[slot - FirstToll] : null;
        return slot != Unread;
    }

    /// <summary>Keeps <paramref name="toll"/> (null: none) as the toll of <paramref name="harm"/> in
    /// <paramref name="sentence"/>.</summary>
    public void Keep(Harm harm, int sentence, CountMention? toll)
    {
        var row = _slots[(int)harm] ??= new int[_sentences];
        if (toll is { } kept)
        {
            _tolls.Add(kept);
            row[sentence] = FirstToll + _tolls.Count - 1;
        }
        else
        {
            row[sentence] = NoToll;
        }
    }
}
