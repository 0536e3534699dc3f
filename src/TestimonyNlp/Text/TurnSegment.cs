namespace TestimonyNlp.Text;

/// <summary>One segment of a speaker turn, as the <see cref="SentenceSplitter"/> sees it.</summary>
/// <param name="Segment">Index of the segment in <see cref="Model.Testimony.Segments"/>.</param>
/// <param name="FirstToken">Index of the segment's first token in the token list; for a segment with no
/// tokens, the index of the next segment's first token (or of the end of the turn).</param>
public readonly record struct TurnSegment(int Segment, int FirstToken);
