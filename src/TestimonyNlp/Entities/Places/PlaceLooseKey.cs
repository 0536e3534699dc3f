namespace TestimonyNlp.Entities.Places;

/// <summary>
/// Two keys coarser than <see cref="PlaceNameFolding"/>'s, for names a testimony spells in another transliteration
/// than the gazetteer: too loose to search the world with, they are matched only among the places of one country
/// (<see cref="PlaceLooseIndex"/>).
/// </summary>
/// <remarks>
/// <para><b>Compact</b> (<see cref="Compact"/>): the folded key (articles written into a word kept, as in the
/// gazetteer: Addigrat is not igrat) without its spaces, so <c>Kyauk Taw</c> is <c>Kyauktaw</c>.</para>
/// <para><b>Loose</b> (<see cref="Loose"/>): the folded key's consonants only, word by word, vowels (<c>ə</c> too) and the glides <c>y w</c>
/// dropped, with the letters transliterations trade for one another made one: <c>g j k c q</c> and <c>ch zh dzh</c>
/// (Ganja, Gəncə, Gyandzha; Halabja, Halabcha, Helebce; Macomia, Makomia); <c>t d</c> (Berde, Barda);
/// <c>s z</c>; <c>b p</c>; <c>f v</c>; an <c>h</c> after <c>k g s t c z d</c> goes (<c>kh gh sh th</c> are their first
/// letter). Runs of one letter are written once. Sebha and Sabha, Sirt and Sirte, Kitim and Kutum, Ijdabiya and
/// Ajdabiya share a loose key.</para>
/// </remarks>
internal static class PlaceLooseKey
{
    /// <summary>The fewest consonants a loose key must have to be matched at all.</summary>
    public const int MinLooseLetters = 3;

    /// <summary>The fewest consonants a loose key without its spaces must have to be matched across word breaks.</summary>
    public const int MinJoinedLetters = 5;

    /// <summary>The folded key of <paramref name="name"/> as the gazetteer folds its own names (articles written into
    /// a word kept).</summary>
    public static string Folded(ReadOnlySpan<char> name)
    {
        var size = PlaceNameFolding.MaxKeyLength(name.Length);
        Span<char> plain = size <= 256 ? stackalloc char[256] : new char[size];
        var plainLength = PlaceNameFolding.Plain(name, plain);
        Span<char> folded = size <= 256 ? stackalloc char[256] : new char[size];
        var length = PlaceNameFolding.FoldPlain(plain[..plainLength], folded, attachedArticles: false);
        return new string(folded[..length]);
    }

    /// <summary>The compact key of a folded key (see the remarks).</summary>
    public static string Compact(string folded) => folded.Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>The number of consonants of a loose key (its letters other than spaces).</summary>
    public static int LetterCount(string loose) => loose.Length - loose.AsSpan().Count(' ');

    /// <summary>The loose key of a folded key (see the remarks); words stay apart, so that a name of two words
    /// never loosely matches one of three.</summary>
    public static string Loose(string folded)
    {
        Span<char> buffer = folded.Length <= 256 ? stackalloc char[256] : new char[folded.Length];
        var written = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            if (c == ' ')
            {
                if (written > 0 && buffer[written - 1] != ' ')
                {
                    buffer[written++] = ' ';
                }

                continue;
            }

            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'ə'
                || (c == 'h' && i > 0 && folded[i - 1] is 'k' or 'g' or 's' or 't' or 'c' or 'z' or 'd'))
            {
                continue;
            }

            char mapped;
            if (c == 'd' && next == 'z' && i + 2 < folded.Length && folded[i + 2] == 'h')
            {
                mapped = 'k';
                i += 2;
            }
            else if (c is 'c' or 'z' && next == 'h')
            {
                mapped = 'k';
                i++;
            }
            else
            {
                mapped = c switch
                {
                    'g' or 'j' or 'c' or 'q' => 'k',
                    'd' => 't',
                    'z' => 's',
                    'p' => 'b',
                    'v' => 'f',
                    _ => c,
                };
            }

            if (written == 0 || buffer[written - 1] != mapped)
            {
                buffer[written++] = mapped;
            }
        }

        return new string(buffer[..written].TrimEnd(' '));
    }
}
