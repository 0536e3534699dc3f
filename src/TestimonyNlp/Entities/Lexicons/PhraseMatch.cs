namespace TestimonyNlp.Entities.Lexicons;

/// <summary>One occurrence of a lexicon phrase in a text.</summary>
/// <typeparam name="TPayload">What the lexicon says about the phrase.</typeparam>
/// <param name="Start">Offset of the first character; inside a token when the match starts at a hyphenated part.</param>
/// <param name="End">Offset just past the last character; inside a token when the match ends at a hyphenated part.</param>
/// <param name="FirstToken">Index of the token holding the first character.</param>
/// <param name="LastToken">Index of the token holding the last character.</param>
/// <param name="Payload">The payload of the matched phrase.</param>
public readonly record struct PhraseMatch<TPayload>(int Start, int End, int FirstToken, int LastToken, TPayload Payload);
