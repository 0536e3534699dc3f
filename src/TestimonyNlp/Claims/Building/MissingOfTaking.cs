using System.Collections.Immutable;
using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// The missing among the people taken: a disappearance whose toll was read in the sentence of the taking ("they took
/// X and other men from the farms, twenty-two from our family. We never saw him again.") counts those the rest of the
/// evidence says are missing, the people it names or the one it tells of by "he" or "she", when they are fewer than
/// the people taken. Stateless and thread-safe.
/// </summary>
internal static class MissingOfTaking
{
    /// <summary>Words that tell a disappearance in the sentence of the taking itself ("... and we never saw them
    /// again"), whose count then stays the toll.</summary>
    private static readonly string[] MissingWords = ["missing", "disappeared", "again", "news", "since", "know", "knows"];

    private static readonly string[] Singular = ["he", "him", "she", "her"];

    private static readonly string[] Plural = ["they", "them", "their", "those", "these", "both"];

    /// <summary>Words of a return or a release: the people named beside them came back ("Two came back after one week,
    /// X and Y"), so they name none of the missing.</summary>
    private static readonly string[] ReturnWords = ["back", "released", "freed", "escaped"];

    /// <summary>The count of a MISSING claim over sentences <paramref name="first"/> to <paramref name="end"/>
    /// (exclusive) whose toll <paramref name="count"/> stands in a sentence that tells a taking and neither a disappearance
    /// nor the dead ("more than a hundred bodies were taken out of the graves" counts the dead),
    /// when the other sentences name fewer missing people (or tell of one person alone); null otherwise.</summary>
    public static int? Count(DocumentLayout layout, int first, int end, CountMention count)
    {
        if (count.Cue is CountCue.List or CountCue.Single || count.Min is not { } taken || taken < 2)
        {
            return null;
        }

        var document = layout.Document;
        var text = document.Text;
        var tollSentence = layout.SentenceOf(count.Start);
        var tollTokens = document.SentenceTokens(tollSentence);
        if (!EvidenceWords.NamesHarm(text, tollTokens, Harm.Detained) || EvidenceWords.NamesHarm(text, tollTokens, Harm.Missing)
            || EvidenceWords.NamesHarm(text, tollTokens, Harm.Killed) || WordList.ContainsAny(tollTokens, text, MissingWords))
        {
            return null;
        }

        var named = ImmutableArray.CreateBuilder<string>();
        var singular = false;
        var plural = false;
        for (var s = first; s < end; s++)
        {
            if (s == tollSentence)
            {
                continue;
            }

            var sentence = document.Sentences[s];
            var tokens = document.SentenceTokens(s);
            if (WordList.ContainsAny(tokens, text, ReturnWords))
            {
                continue;
            }

            foreach (var id in VictimRoles.NamedVictims(layout, Harm.Missing, sentence.Start, sentence.End))
            {
                if (!named.Contains(id))
                {
                    named.Add(id);
                }
            }

            singular |= WordList.ContainsAny(tokens, text, Singular);
            plural |= WordList.ContainsAny(tokens, text, Plural);
        }

        var people = named.Count > 0 ? VictimRoles.DistinctPeople(layout, named.ToImmutable()) : singular && !plural ? 1 : 0;
        return people > 0 && people < taken ? people : null;
    }
}
