using System.Buffers;
using System.Runtime.CompilerServices;

namespace TestimonyNlp.Entities.Places;

/// <summary>
/// Turns a place name into matching keys, span in and span out, allocating nothing. There are three keys, one
/// per <see cref="PlaceMatchLevel"/>, each coarser than the one before; two spellings of a place match at the
/// first level where their keys are equal. Words in every key are separated by one space.
/// </summary>
/// <remarks>
/// <para><b>Exact</b> (<see cref="Plain"/>): lower case; diacritics removed (<c>Ḩ</c> to <c>h</c>, <c>ı</c> to
/// <c>i</c>, <c>ß</c> to <c>ss</c>); apostrophes, ayn and hamza marks dropped (<c>' ’ ‘ ʿ ʾ</c>); every run of
/// spaces, hyphens and other punctuation one separator. Letters of other scripts are kept, lower-cased.</para>
/// <para><b>Folded</b> (<see cref="Fold"/>): the exact key, then word by word:</para>
/// <list type="number">
/// <item>Arabic articles go: <c>al el il ul</c> always, and the assimilated ones (<c>ar as ash ad adh at ath an
/// az</c> and the same with <c>e</c> or <c>u</c>) when the next word starts with their consonant (<c>Dayr az
/// Zawr</c>, <c>Ar-Raqqah</c>); so does an article written into the word before a doubled consonant
/// (<c>Ezzor</c>, <c>Arraqqa</c>) in a written name (the gazetteer indexes its own names without this rule:
/// the source writes articles apart, and the rule would clip real names such as Essen and Assen), and a Persian ezafe written as a word between two others (<c>Nad-e Ali</c>,
/// <c>Mazar-i-Sharif</c>). The last word of a name is never dropped.</item>
/// <item>A few words with settled variants take one form: <c>Hay Hai Hayy</c> (a quarter) are <c>hay</c>;
/// <c>Tel Tell Tall</c> (a hill) are <c>tal</c>; <c>Jebel</c> is <c>jabal</c>; <c>Kfar Kefr</c> are
/// <c>kafr</c>.</item>
/// <item>Endings: a final <c>h</c> after a vowel goes (<c>-ah -eh</c>); a final <c>e</c> becomes <c>a</c>;
/// final <c>-ov -ev</c> become <c>-iv</c> (Russian and Ukrainian: Kharkov, Kharkiv); a final <c>-et</c> of five
/// letters or more becomes <c>-at</c> (Khirbet, Khirbat).</item>
/// <item>Doubled letters are written once (<c>Ta'izz</c>, <c>Raqqa</c>).</item>
/// <item>Vowels fall into three classes: <c>a</c>; <c>e i ei ey ai ay ee</c> and a vowel <c>y</c> are
/// <c>i</c>; <c>o u ou oo aw ow</c> are <c>u</c> (<c>aw</c>, <c>ay</c> only before a consonant or at the end,
/// where the <c>w</c> or <c>y</c> is not a consonant). A glide <c>y</c> between <c>i</c> and a vowel goes
/// (<c>-iya</c>, <c>-ia</c>); <c>yi</c> is <c>i</c> (Ukrainian ї).</item>
/// <item>Consonant spellings: <c>q ck</c> are <c>k</c>, <c>dh</c> is <c>z</c>, <c>ph</c> is <c>f</c>,
/// <c>dj</c> is <c>j</c>. <c>kh</c>, <c>gh</c>, <c>sh</c>, <c>th</c> stay distinct from <c>k</c>, <c>g</c>,
/// <c>s</c>, <c>t</c>: they are different Arabic letters (Khan is not Kan).</item>
/// <item>Doubled letters the rules made are written once again.</item>
/// </list>
/// <para><b>Skeleton</b> (<see cref="Skeleton"/>): the folded key without the vowels inside its words; a word's
/// first and last letters stay (<c>Saltovka</c> and <c>Saltivka</c>: <c>sltvka</c>). Keeping the first letter
/// keeps Idlib and Adlib apart, keeping a final vowel keeps Saltivka and Saltvik apart. Skeletons with fewer
/// than <see cref="Defaults.MinSkeletonLetters"/> consonant sounds (<see cref="ConsonantCount"/>) are too
/// unspecific to match anything.</para>
/// <para>Folding a phrase gives the same key as joining the keys of its tokens with a space, except for the
/// article rule, which looks one word ahead; callers that fold token by token fold the joined exact keys.</para>
/// </remarks>
public static class PlaceNameFolding
{
    /// <summary>
    /// The version of the folding rules. Gazetteer files store names, not keys, so a change here needs no
    /// rebuild; it is recorded for reproducibility.
    /// </summary>
    public const int Version = 1;

    private const int StackLimit = 256;

    /// <summary>Default limits.</summary>
    public static class Defaults
    {
        /// <summary>The fewest consonant sounds a skeleton key must have to be matched at all.</summary>
        public const int MinSkeletonLetters = 4;
    }

    /// <summary>The largest key any level can produce for a name of <paramref name="nameLength"/> characters:
    /// the size a destination buffer must have.</summary>
    public static int MaxKeyLength(int nameLength) => nameLength * 2;

    /// <summary>Writes the key of <paramref name="name"/> at <paramref name="level"/> and returns its length.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than
    /// <see cref="MaxKeyLength"/> of the name's length.</exception>
    public static int Key(ReadOnlySpan<char> name, PlaceMatchLevel level, Span<char> destination) => level switch
    {
        PlaceMatchLevel.Exact => Plain(name, destination),
        PlaceMatchLevel.Folded => Fold(name, destination),
        PlaceMatchLevel.Skeleton => Skeleton(name, destination),
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The key of <paramref name="name"/> at <paramref name="level"/> as a string (allocates; for tests
    /// and tools, not for hot loops).</summary>
    public static string Key(string name, PlaceMatchLevel level)
    {
        ArgumentNullException.ThrowIfNull(name);
        var buffer = new char[MaxKeyLength(name.Length)];
        var length = Key(name, level, buffer);
        return new string(buffer, 0, length);
    }

    /// <summary>Writes the exact key of <paramref name="name"/> (see the remarks) and returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Plain(ReadOnlySpan<char> name, Span<char> destination)
    {
        CheckDestination(name, destination);
        var written = 0;
        var pendingSeparator = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c < 128)
            {
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    Emit(destination, ref written, ref pendingSeparator, (char)(c | 0x20));
                }
                else if ((uint)(c - '0') <= 9)
                {
                    Emit(destination, ref written, ref pendingSeparator, c);
                }
                else if (c is not ('\'' or '`'))
                {
                    pendingSeparator = true;
                }

                continue;
            }

            if (LatinFolding.TryGetBase(c, out var first, out var second))
            {
                Emit(destination, ref written, ref pendingSeparator, first);
                if (second != '\0')
                {
                    destination[written++] = second;
                }
            }
            else if (LatinFolding.IsDropped(c))
            {
                // Apostrophes, ayn and hamza marks, combining marks: not separators, nothing at all.
            }
            else if (char.IsSurrogate(c) || char.IsLetterOrDigit(c))
            {
                Emit(destination, ref written, ref pendingSeparator, char.ToLowerInvariant(c));
            }
            else
            {
                pendingSeparator = true;
            }
        }

        return written;
    }

    /// <summary>Writes the folded key of <paramref name="name"/> (see the remarks) and returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> name, Span<char> destination)
    {
        CheckDestination(name, destination);
        char[]? rented = null;
        var size = MaxKeyLength(name.Length);
        var plain = size <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(size));
        try
        {
            var length = Plain(name, plain);
            return FoldPlain(plain[..length], destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes the skeleton key of <paramref name="name"/> (see the remarks) and returns its length.</summary>
    public static int Skeleton(ReadOnlySpan<char> name, Span<char> destination)
    {
        CheckDestination(name, destination);
        char[]? rented = null;
        var size = MaxKeyLength(name.Length);
        var folded = size <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(size));
        try
        {
            var length = Fold(name, folded);
            return SkeletonOfFolded(folded[..length], destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Folds an exact key (the output of <see cref="Plain"/>) into <paramref name="destination"/>, which must be
    /// at least as long as <paramref name="plain"/>; returns the folded length, never more than the input's.
    /// <paramref name="attachedArticles"/> is false for gazetteer names (see the remarks of the class).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int FoldPlain(ReadOnlySpan<char> plain, Span<char> destination, bool attachedArticles = true)
    {
        var written = 0;
        var wordStart = 0;
        var wordEnd = WordEnd(plain, 0);
        while (wordStart < plain.Length)
        {
            var nextStart = wordEnd + 1;
            var nextEnd = nextStart < plain.Length ? WordEnd(plain, nextStart) : nextStart;
            var word = plain[wordStart..wordEnd];
            var next = nextStart < plain.Length ? plain[nextStart..nextEnd] : default;
            // Persian ezafe written as a word (Nad-e Ali, Mazar-i-Sharif) goes like an article.
            var dropped = !next.IsEmpty && (IsDroppedArticle(word, next) || (written > 0 && word is "e" or "i"));
            if (!dropped)
            {
                if (written > 0)
                {
                    destination[written++] = ' ';
                }

                written += FoldWord(word, destination[written..], attachedArticles);
            }

            wordStart = nextStart;
            wordEnd = nextEnd;
        }

        return written;
    }

    /// <summary>Writes the skeleton of a folded key: each word's first letter, its consonants, and its last
    /// letter when that is a vowel (so that Saltivka and Saltvik stay apart).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int SkeletonOfFolded(ReadOnlySpan<char> folded, Span<char> destination)
    {
        var written = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var atWordStart = i == 0 || folded[i - 1] == ' ';
            var atWordEnd = i + 1 == folded.Length || folded[i + 1] == ' ';
            if (c == ' ' || atWordStart || atWordEnd || !IsFoldedVowel(c))
            {
                destination[written++] = c;
            }
        }

        return written;
    }

    /// <summary>
    /// The number of consonant sounds in a skeleton key: letters, with <c>sh kh gh th ch zh</c> counted once and
    /// vowels and separators not counted. Skeletons with fewer than <see cref="Defaults.MinSkeletonLetters"/>
    /// match nothing.
    /// </summary>
    public static int ConsonantCount(ReadOnlySpan<char> skeleton)
    {
        var count = 0;
        for (var i = 0; i < skeleton.Length; i++)
        {
            var c = skeleton[i];
            if (c == ' ' || IsFoldedVowel(c) || (c == 'h' && i > 0 && skeleton[i - 1] is 's' or 'k' or 'g' or 't' or 'c' or 'z'))
            {
                continue;
            }

            count++;
        }

        return count;
    }

    private static void CheckDestination(ReadOnlySpan<char> name, Span<char> destination)
    {
        if (destination.Length < MaxKeyLength(name.Length))
        {
            throw new ArgumentException("The destination is shorter than MaxKeyLength of the name.", nameof(destination));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Emit(Span<char> destination, ref int written, ref bool pendingSeparator, char c)
    {
        if (pendingSeparator)
        {
            if (written > 0)
            {
                destination[written++] = ' ';
            }

            pendingSeparator = false;
        }

        destination[written++] = c;
    }

    private static int WordEnd(ReadOnlySpan<char> key, int start)
    {
        var space = key[start..].IndexOf(' ');
        return space < 0 ? key.Length : start + space;
    }

    private static bool IsDroppedArticle(ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        if (word.Length is < 2 or > 3 || word[0] is not ('a' or 'e' or 'i' or 'u'))
        {
            return false;
        }

        var consonant = word[1..];
        if (consonant is "l")
        {
            return true;
        }

        if (word[0] == 'i')
        {
            return false;
        }

        return consonant switch
        {
            "r" or "s" or "d" or "t" or "n" or "z" or "sh" or "dh" or "th" => next.StartsWith(consonant, StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>Folds one word of an exact key into <paramref name="destination"/>; returns the length written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FoldWord(ReadOnlySpan<char> word, Span<char> destination, bool attachedArticles)
    {
        var canonical = CanonicalWord(word);
        if (canonical is not null)
        {
            canonical.AsSpan().CopyTo(destination);
            return canonical.Length;
        }

        // An article written into the word before the doubled consonant it assimilated to: Ezzor, Arraqqa.
        if (attachedArticles && word.Length >= 5 && word[0] is 'a' or 'e' && word[1] == word[2] && word[1] is 't' or 'd' or 'r' or 'z' or 's' or 'n')
        {
            word = word[2..];
        }

        Span<char> buffer = stackalloc char[Math.Min(word.Length, StackLimit)];
        if (word.Length > StackLimit)
        {
            // Far longer than any place name: folded letter by letter without the word-level rules.
            return MapLetters(word, destination);
        }

        word.CopyTo(buffer);
        var length = ApplyEndings(buffer[..word.Length]);
        length = CollapseDoubles(buffer[..length]);
        var written = MapLetters(buffer[..length], destination);
        return CollapseDoubles(destination[..written]);
    }

    private static string? CanonicalWord(ReadOnlySpan<char> word) => word switch
    {
        "hay" or "hai" or "hayy" or "hayi" => "hay",
        "tel" or "tell" or "tall" or "til" or "tal" => "tal",
        "jebel" or "djebel" or "jabal" or "jebal" => "jabal",
        "kfar" or "kefr" or "kafr" => "kafr",
        _ => null,
    };

    /// <summary>Applies the ending rules in place and returns the new length.</summary>
    private static int ApplyEndings(Span<char> w)
    {
        var length = w.Length;
        if (length > 3 && w[length - 1] == 'h' && w[length - 2] is 'a' or 'e' or 'i')
        {
            length--;
        }

        if (length >= 4 && w[length - 1] == 'v' && w[length - 2] is 'o' or 'e')
        {
            w[length - 2] = 'i';
        }
        else if (length >= 5 && w[length - 1] == 't' && w[length - 2] == 'e')
        {
            w[length - 2] = 'a';
        }
        else if (length > 3 && w[length - 1] == 'e')
        {
            w[length - 1] = 'a';
        }

        return length;
    }

    /// <summary>Writes each run of one letter once, in place; returns the new length.</summary>
    private static int CollapseDoubles(Span<char> w)
    {
        if (w.Length < 2)
        {
            return w.Length;
        }

        var written = 1;
        for (var i = 1; i < w.Length; i++)
        {
            if (w[i] != w[written - 1])
            {
                w[written++] = w[i];
            }
        }

        return written;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int MapLetters(ReadOnlySpan<char> w, Span<char> destination)
    {
        var written = 0;
        var i = 0;
        while (i < w.Length)
        {
            var c = w[i];
            var n1 = i + 1 < w.Length ? w[i + 1] : '\0';
            var n2 = i + 2 < w.Length ? w[i + 2] : '\0';
            var step = 1;
            char output;
            switch (c)
            {
                case 'a':
                    if (n1 == 'w' && !IsVowel(n2))
                    {
                        output = 'u';
                        step = 2;
                    }
                    else if (n1 is 'i' or 'y' && !IsVowel(n2))
                    {
                        output = 'i';
                        step = 2;
                    }
                    else
                    {
                        output = 'a';
                    }

                    break;
                case 'e':
                    output = 'i';
                    if ((n1 is 'i' or 'y' && !IsVowel(n2)) || n1 == 'e')
                    {
                        step = 2;
                    }

                    break;
                case 'o':
                    output = 'u';
                    if (n1 is 'u' or 'o' || (n1 == 'w' && !IsVowel(n2)))
                    {
                        step = 2;
                    }

                    break;
                case 'i':
                    output = 'i';
                    if (n1 == 'y' && IsVowel(n2))
                    {
                        step = 2;
                    }

                    break;
                case 'y':
                    if (n1 == 'i')
                    {
                        output = 'i';
                        step = 2;
                    }
                    else
                    {
                        output = IsVowel(n1) || (i == 0 && n1 == '\0') ? 'y' : 'i';
                    }

                    break;
                case 'd':
                    output = n1 switch
                    {
                        'j' => 'j',
                        'h' => 'z',
                        _ => 'd',
                    };
                    step = n1 is 'j' or 'h' ? 2 : 1;
                    break;
                case 'p':
                    output = n1 == 'h' ? 'f' : 'p';
                    step = n1 == 'h' ? 2 : 1;
                    break;
                case 'q':
                    output = 'k';
                    break;
                case 'c':
                    output = n1 == 'k' ? 'k' : 'c';
                    step = n1 == 'k' ? 2 : 1;
                    break;
                default:
                    output = c;
                    break;
            }

            destination[written++] = output;
            i += step;
        }

        return written;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsFoldedVowel(char c) => c is 'a' or 'i' or 'u';
}
