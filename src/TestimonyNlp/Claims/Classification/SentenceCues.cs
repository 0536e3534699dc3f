using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// The ways of knowing named in each sentence of one document (<see cref="ClaimBasisFeatures.Cues"/>), found the
/// first time a claim reads a sentence and kept for the document's other claims, whose context windows overlap.
/// One instance serves one document at a time; <see cref="Reset"/> moves it to the next. Not thread-safe.
/// </summary>
internal sealed class SentenceCues
{
    private ClaimBasisFeatures.Cue[] _cues = [];
    private bool[] _found = [];

    /// <summary>Creates the cues of <paramref name="document"/>, none found yet.</summary>
    public SentenceCues(Document document) => Reset(document);

    /// <summary>The document whose sentences these are.</summary>
    public Document Document { get; private set; } = null!;

    /// <summary>Forgets the cues found so far and serves <paramref name="document"/> from now on.</summary>
    public void Reset(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        var count = document.Sentences.Count;
        if (_cues.Length < count)
        {
            _cues = new ClaimBasisFeatures.Cue[count];
            _found = new bool[count];
        }
        else
        {
            _found.AsSpan(0, count).Clear();
        }
    }

    /// <summary>The ways of knowing named in sentence <paramref name="sentence"/>.</summary>
    public ClaimBasisFeatures.Cue Of(int sentence)
    {
        if (!_found[sentence])
        {
            _cues[sentence] = ClaimBasisFeatures.Cues(Document, sentence);
            _found[sentence] = true;
        }

        return _cues[sentence];
    }
}
