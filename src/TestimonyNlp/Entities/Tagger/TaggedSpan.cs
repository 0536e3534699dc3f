using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Tagger;

/// <summary>A span found by the tagger: document token indices, character offsets and the smallest score margin
/// between the chosen tag and the runner-up over its tokens.</summary>
public readonly record struct TaggedSpan(int FirstToken, int TokenCount, int Start, int End, EntityType Type, float Margin);
