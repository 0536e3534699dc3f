using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes KILLED from a sentence the classifiers also give DETAINED when it tells a taking and no death: "they took
/// three men from the field", "they pulled him and his son out of the house", "they took my husband and his brother".
/// The KILLED model fires on the men named in such an arrest when the account goes on to their deaths; out of fold, of
/// all witness sentences with a taking word and no word of death, 28 lie in a gold killing claim (bodies taken out of
/// rubble, a sniper that "took him in the neck"), against 509 in a gold detention; the rule took the false killing
/// claims built on them (models/README.md, "Claim classifiers", the killing false claims). Only a sentence between two
/// that assert no killing: next to one, the arrest opens the killing's account and gives the claim its actor ("a
/// column came and took three men ... We found them after four days, killed"). The reverse of
/// <see cref="KilledNotDetained"/>, which runs before it. Run after <see cref="NoHarmTold"/>. Matched on the token
/// spans: a hyphened word ("shot-up") or a transcriber's bracketed note is one token, not read inside.
/// </summary>
internal static class DetainedNotKilled
{
    /// <summary>A taking of people.</summary>
    private static readonly string[][][] Taking =
    [
        [["took", "taken", "pulled", "dragged", "arrested", "tied"]],
        [["put"], ["him", "her", "them"], ["in"]],
    ];

    /// <summary>Any word of a death, a body or its burial, a disappearance or what was found after; any keeps KILLED.
    /// Word starts, then whole words, then phrases.</summary>
    private static readonly string[] DeathStems = ["kill", "shoot", "martyr", "buri", "grave", "execut", "slaughter", "murder", "corpse"];

    private static readonly string[][][] Death =
    [
        [[
            "died", "die", "dies", "dead", "death", "body", "bodies", "shot", "bury", "funeral", "lost", "blood", "fell", "never",
            "again", "found", "lying", "washed", "ground",
        ]],
        [["last"], ["time"]],
        [["not"], ["see"]],
    ];

    /// <summary>Takes KILLED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that assert DETAINED too, tell a taking and no death, and stand between
    /// sentences that assert no killing.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(document, assessments, HarmSet.Killed, HarmSet.Detained, aloneInRun: true, Tells);

    /// <summary>Whether <paramref name="sentence"/> tells a taking and no death: read also by
    /// <see cref="FlightToldByParty"/>, which takes the detention from such a sentence before this rule runs.</summary>
    internal static bool Tells(Document document, Sentence sentence) =>
        WordSequence.In(document, sentence, Taking) && !TellsDeath(document, sentence);

    private static bool TellsDeath(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (WordList.StartsWithAny(tokens[t].Span(text), DeathStems) || WordSequence.MatchAt(tokens, text, t, end, Death) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
