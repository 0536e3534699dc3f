using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Counts;

/// <summary>What a count expression numbers.</summary>
public enum CountTarget
{
    /// <summary>People: <c>seven people</c>, <c>my three cousins</c>, <c>seven died</c>.</summary>
    People,

    /// <summary>Families or households, not people: <c>forty families</c>.</summary>
    Families,

    /// <summary>Buildings, vehicles, munitions and other objects: <c>two houses</c>, <c>three rockets</c>.</summary>
    Things,
}

/// <summary>What in the sentence shows that a number counts what it counts; lets the claim builder weigh it.</summary>
public enum CountCue
{
    /// <summary>A noun after the number: <c>seven people</c>, <c>22 from one family</c>, <c>two houses</c>.</summary>
    Noun,

    /// <summary>A pronoun after the number: <c>all six of them</c>, <c>both of us</c>.</summary>
    Pronoun,

    /// <summary>A verb of harm before or after a bare number: <c>seven died</c>, <c>they killed twelve</c>.</summary>
    Verb,

    /// <summary>A determiner with nothing after it: <c>the two were taken</c>, <c>the two.</c></summary>
    Determiner,

    /// <summary>A number set off by a comma after the people it counts: <c>many were wounded, fifteen or more</c>.</summary>
    Apposition,

    /// <summary>The number is the whole sentence, an answer to a question: <c>Seven.</c>, <c>Maybe twenty.</c></summary>
    Answer,

    /// <summary>A listed group: <c>my father, my mother and my brother</c>.</summary>
    List,

    /// <summary>One person named by a relation or an indefinite noun: <c>my brother</c>, <c>a man</c>.</summary>
    Single,

    /// <summary>A negated person with a harm word: <c>no one was hurt</c>.</summary>
    Nobody,
}

/// <summary>A count expression found in a sentence, with the bounds it allows.</summary>
/// <param name="Start">Offset of the first character of the count phrase.</param>
/// <param name="End">Offset just past the last character of the count phrase.</param>
/// <param name="Min">The least number the words allow, or null (<c>up to ten</c>).</param>
/// <param name="Max">The greatest number the words allow, or null when open-ended (<c>more than thirty</c>).</param>
/// <param name="Target">What is counted.</param>
/// <param name="Cue">What shows what is counted.</param>
public readonly record struct CountMention(int Start, int End, int? Min, int? Max, CountTarget Target, CountCue Cue)
{
    /// <summary>The bounds as a claim's victim count, with no named victims yet.</summary>
    public VictimCount ToVictimCount() => new(Min, Max, ImmutableArray<string>.Empty);
}
