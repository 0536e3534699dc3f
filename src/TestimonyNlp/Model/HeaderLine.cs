namespace TestimonyNlp.Model;

/// <summary>
/// One <c>Key: value</c> line of a transcript's header block, as offsets into the testimony's content (end
/// exclusive); the value is trimmed and may be empty.
/// </summary>
/// <param name="Field">The field the key names, or <see cref="HeaderField.None"/> for a key the parser does not read.</param>
/// <param name="KeyStart">Offset of the key's first character.</param>
/// <param name="KeyEnd">Offset just past the key (before the colon).</param>
/// <param name="ValueStart">Offset of the value's first character.</param>
/// <param name="ValueEnd">Offset just past the value.</param>
public sealed record HeaderLine(HeaderField Field, int KeyStart, int KeyEnd, int ValueStart, int ValueEnd);
