using System.Runtime.InteropServices;
using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// The toll of victims listed one by one across a claim's evidence, when no single total covers them: each named
/// victim, each described person (<c>a baby</c>, <c>his worker</c>), each counted group (<c>two men</c>, <c>five
/// others</c>) and a lone <c>he</c> or <c>she</c> who suffered the harm, each person once.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A person set off by a comma after another is the same person: <c>a man who was waiting, Abu Hussam, an old
/// man</c> is one.</item>
/// <item>People after a counted group fill it before they add to it: <c>Two children died, Nyein Chan, seven, and Su
/// Su, nine. And a teacher</c> is three; a part of a group (<c>one of them</c>) adds nobody.</item>
/// <item>A total after the people it covers (<c>all three of them</c>, <c>nine people</c>) replaces their sum when it
/// is no smaller; a group of <c>others</c> always adds.</item>
/// <item>A <c>he</c> or <c>she</c> right before a word of the harm counts only when nobody was listed before it.</item>
/// <item>A total that is no item of the list (<c>five people</c>, <c>seven died</c>, not <c>his two sons</c> nor
/// <c>... and two men</c>) is the toll (<see cref="HasTotal"/>), unless people beyond it are listed in a later
/// sentence (<see cref="OverflowsTotal"/>).</item>
/// <item>Bystanders (<see cref="AddBystander"/>) are no victims, nor the people set off after them, nor the people
/// who name a bystander group (<c>two farmers wounded, Hamid and his daughter</c>).</item>
/// </list>
/// </remarks>
internal sealed class VictimEnumeration
{
    private static readonly string[] AgentVerbs =
        ["shot", "killed", "wounded", "injured", "took", "arrested", "detained", "kidnapped", "abducted", "executed", "stabbed"];
    private static readonly string[] ObjectOpeners = ["my", "his", "her", "their", "our", "the", "a", "an", "him", "them", "us", "me"];
    private static readonly string[] ReportVerbs = ["said", "says", "told", "saw", "heard", "thinks"];

    /// <summary>Most tokens between two people for the second to stand in apposition to the first.</summary>
    private const int AppositionWindow = 8;

    /// <summary>Most words of the owner after "the wife of" in a relation set off after a name.</summary>
    private const int OwnerWords = 4;

    /// <summary>Most tokens from one person described by an indefinite noun to a name set off after the clause of their
    /// harm that names them ("a boy was wounded in the stomach in Hama, Samir": eight).</summary>
    private const int NamedAfterWindow = 12;

    /// <summary>Most tokens from the last person to the <c>and</c> that joins a group to them.</summary>
    private const int JoinWindow = 6;

    /// <summary>Most tokens from a lone <c>he</c> or <c>she</c> to the word of the harm it suffered.</summary>
    private const int PronounWindow = 3;

    /// <summary>Most tokens after a count searched for the "also" that adds it to those listed ("two of the men in the
    /// trailer died also").</summary>
    private const int AlsoWindow = 7;

    /// <summary>The oldest age read between two names.</summary>
    private const int MaxAge = 120;

    /// <summary>Words that may follow an age between two names: ", twelve years old,".</summary>
    private static readonly string[] AgeWords = ["years", "year", "old"];

    private readonly DocumentLayout _layout;
    private readonly Harm _harm;
    private int _min;
    private bool _open;
    private int _capacity;
    private int _listSentence = -1;
    private int _items;
    private int _previousEnd = -1;
    private bool _previousPerson;
    private bool _previousUnnamed;
    private bool _previousNoName;
    private bool _previousNamed;
    private bool _previousListed;
    private bool _bystander;
    private int _bystanderGroup;
    private int _bystanderSentence = -1;
    private int _totalSentence = -1;

    /// <summary>Starts an empty list of the victims of <paramref name="harm"/> in <paramref name="layout"/>'s
    /// document; the calls that add people must come in text order.</summary>
    public VictimEnumeration(DocumentLayout layout, Harm harm)
    {
        _layout = layout;
        _harm = harm;
    }

    /// <summary>The people listed one by one in sentences <paramref name="first"/> to <paramref name="end"/>
    /// (exclusive) of <paramref name="layout"/>'s document, in text order, their counts read with
    /// <paramref name="counts"/>.</summary>
    public static VictimEnumeration Read(EvidenceCounts counts, DocumentLayout layout, Harm harm, int first, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var enumeration = new VictimEnumeration(layout, harm);
        var found = new List<CountMention>();
        var names = new List<EntityMention>();
        var counted = new List<string>();

        // Someone who is no victim in one place is none anywhere in the evidence: "Hind and Ghadir found one. Ghadir
        // died. Hind lost her eye." Not an owner or the object of a preposition ("the father of Amal"), which says
        // nothing of the harm.
        var bystanders = new List<string>();
        foreach (var entity in layout.EntitiesWithin(document.Sentences[first].Start, document.Sentences[end - 1].End))
        {
            if (entity.Type == EntityType.Person && VictimRoles.NotHarmed(layout, harm, entity.Start, entity.End))
            {
                bystanders.Add(entity.Id);
            }
        }
        var harmLater = false;
        for (var s = first + 1; s < end && !harmLater; s++)
        {
            harmLater = NamesHarm(text, document.SentenceTokens(s), harm);
        }

        for (var s = first; s < end; s++)
        {
            var sentence = document.Sentences[s];
            var sentenceTokens = document.SentenceTokens(s);
            if ((s > first || harmLater) && !NamesHarm(text, sentenceTokens, harm) && !Continues(text, sentenceTokens)
                && !((s == end - 1 || FollowingNames.NamesPeople(layout, s)) && FollowingNames.IsList(layout, counts, s)))
            {
                // "He died there. His wife was at work.": a later sentence without the harm adds nobody, unless it goes
                // on with the list ("And a teacher, ...", "His wife also."); before the last sentence only a list that names
                // someone ("My brother Hassan. His wife Fatima. Ali and Zeinab."), not a figure said again ("Eight. Maybe nine.")
                continue;
            }

            found.Clear();
            foreach (var count in counts.Of(layout, s))
            {
                if (count.Target == CountTarget.People && count.Cue != CountCue.Nobody && count.Min is not null && !TollChoice.IsDistance(layout, count))
                {
                    found.Add(count);
                }
            }

            names.Clear();
            foreach (var entity in layout.EntitiesWithin(sentence.Start, sentence.End))
            {
                if (entity.Type == EntityType.Person)
                {
                    names.Add(entity);
                }
            }

            var m = 0;
            var n = 0;
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var token = document.Tokens[t];
                if (m < found.Count && (found[m].Start <= token.Start
                                        || (n < names.Count && names[n].Start <= token.Start && found[m].Start < names[n].End)))
                {
                    // A name the count's phrase starts inside is one of the people it counts.
                    var mention = found[m++];
                    var inside = 0;
                    var repeated = false;
                    var phraseEnd = mention.End;
                    if (mention.Cue == CountCue.Single && n < names.Count
                        && ((names[n].Start >= mention.End && layout.TokenAt(names[n].Start) == layout.TokenAt(mention.End))
                            || (names[n].Start > mention.Start && names[n].Start < mention.End && names[n].End > mention.End)))
                    {
                        // "the girl Amal", "a man Yusuf": the name right after one person is that person; "my cousin Zin
                        // Mar", a name the count's phrase cut short, is theirs whole
                        phraseEnd = names[n].End;
                        mention = mention with { End = phraseEnd };
                    }

                    for (; n < names.Count && names[n].Start < phraseEnd; n++)
                    {
                        if (names[n].End <= mention.Start
                            || (mention.Cue == CountCue.List && EvidenceWords.WordBefore(layout, names[n].Start, "of") && !VictimRoles.IsOfTheDead(layout, names[n].Start)))
                        {
                            // "two children of Fatima, our neighbour": the owner named inside the group is none of it
                            continue;
                        }

                        if (!HoldsName(layout, counted, names[n].Id))
                        {
                            counted.Add(names[n].Id);
                            inside++;
                        }
                        else
                        {
                            repeated = true;
                        }
                    }

                    if (repeated && inside == 0 && mention.Cue == CountCue.Single)
                    {
                        // "my uncle Hajji Qanbar... sorry, my uncle Qanbar": someone counted already, named again
                        enumeration.AddRepeat(mention.End);
                    }
                    else if (mention.Cue == CountCue.Single && OwnedPerson(layout, mention, m >= 2 ? found[m - 2].End : -1))
                    {
                        // "The son of my cousin, Shafiq, his leg was broken": the son, named after his owner, is the victim
                        enumeration.AddPerson(mention.Start, mention.End);
                    }
                    else if ((VictimRoles.Bystander(layout, harm, mention.Start, mention.End) && !(mention.Cue == CountCue.List && VictimRoles.NameCorrected(layout, mention.End)))
                        || (mention.Cue == CountCue.Single && text.AsSpan(mention.Start, mention.End - mention.Start).EndsWith("name", StringComparison.OrdinalIgnoreCase)))
                    {
                        enumeration.AddBystander(mention.End, mention.Min ?? 1);
                    }
                    else
                    {
                        enumeration.AddCount(mention, inside);
                    }

                    t = layout.TokenAt(mention.End) - 1;
                    continue;
                }

                if (n < names.Count && names[n].Start <= token.Start)
                {
                    var name = names[n++];
                    if (HoldsPerson(layout, bystanders, name.Id) || VictimRoles.Bystander(layout, harm, name.Start, name.End))
                    {
                        enumeration.AddBystander(name.End);
                    }
                    else if (!HoldsName(layout, counted, name.Id))
                    {
                        counted.Add(name.Id);
                        enumeration.AddPerson(name.Start, name.End, named: true);
                    }

                    t = layout.TokenAt(name.End) - 1;
                    continue;
                }

                var word = token.Span(text);
                if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase))
                {
                    enumeration.AddPronoun(t);
                }
                else if (enumeration.Items == 0 && OthersAfterObject(document, harm, sentence, t) is var others and > 0
                         && (n < names.Count && layout.TokenAt(names[n].Start) == others
                             || m < found.Count && layout.TokenAt(found[m].Start) == others))
                {
                    // "they took him and Ubaldo", "they shot her with her son", "they took him, and two boys of our
                    // cousin": the one the harm's verb names, then the person named or counted right after ("my cousin
                    // Omar, they arrested him with his brothers" names Omar again, so only when nobody was listed before)
                    enumeration.AddPerson(token.Start, token.End);
                }
            }
        }

        return enumeration;
    }

    /// <summary>True when the sentence names the harm, or for the wounded a part of someone's body ("His friend Orlando,
    /// called El Mono, lost his foot").</summary>
    private static bool NamesHarm(string text, ReadOnlySpan<Token> sentenceTokens, Harm harm) =>
        EvidenceWords.NamesHarm(text, sentenceTokens, harm) || (harm == Harm.Injured && WoundedBody.Names(text, sentenceTokens));

    /// <summary>The token after "and" or "with" when token <paramref name="t"/> of <paramref name="sentence"/> is "him" or
    /// "her" right after a word of <paramref name="harm"/> and before "and", ", and" or "with" ("took him and Ubaldo",
    /// "took him, and two boys"); else -1.</summary>
    private static int OthersAfterObject(Document document, Harm harm, Sentence sentence, int t)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var word = tokens[t].Span(text);
        var stop = sentence.FirstToken + sentence.TokenCount;
        if (!(word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase))
            || t <= sentence.FirstToken || t + 2 >= stop || !HarmWords.Names(harm, tokens[t - 1].Span(text)))
        {
            return -1;
        }

        var next = tokens[t + 1].Span(text);
        if (next.Equals("and", StringComparison.OrdinalIgnoreCase) || next.Equals("with", StringComparison.OrdinalIgnoreCase))
        {
            return t + 2;
        }

        return next.SequenceEqual(",") && t + 3 < stop && tokens[t + 2].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase) ? t + 3 : -1;
    }

    /// <summary>True when one of <paramref name="ids"/> names the person of <paramref name="id"/> or part of the name
    /// (<see cref="DocumentLayout.SameOrPartName"/>).</summary>
    private static bool HoldsName(DocumentLayout layout, List<string> ids, string id)
    {
        foreach (var other in ids)
        {
            if (layout.SameOrPartName(other, id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of <paramref name="ids"/> is the person of <paramref name="id"/>
    /// (<see cref="DocumentLayout.SamePerson"/>).</summary>
    private static bool HoldsPerson(DocumentLayout layout, List<string> ids, string id)
    {
        foreach (var other in ids)
        {
            if (layout.SamePerson(other, id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the one person of <paramref name="mention"/> follows "of" after a person noun the count
    /// reader left uncounted ("the son of my cousin", "the wife of my uncle, Sundus"): the owner is no victim, but the
    /// person owned, whom the name after the owner names, is. <paramref name="previousEnd"/> is where the count before
    /// it ends (-1 for none): "a son of my cousin" was counted already.</summary>
    private static bool OwnedPerson(DocumentLayout layout, CountMention mention, int previousEnd)
    {
        var document = layout.Document;
        var of = layout.TokenAt(mention.Start) - 1;
        if (of < 1 || !document.Tokens[of].Span(document.Text).Equals("of", StringComparison.OrdinalIgnoreCase)
            || previousEnd > document.Tokens[of - 1].Start || layout.SentenceOf(document.Tokens[of - 1].Start) != layout.SentenceOf(mention.Start))
        {
            return false;
        }

        var info = CountLexicon.Get(document.Tokens[of - 1].Span(document.Text));
        return info.Has(WordTags.Person) && !info.Has(WordTags.Plural);
    }

    /// <summary>The least number of people listed.</summary>
    public int Min => _min;

    /// <summary>The greatest, or null when a listed group leaves it open (<c>my children</c>).</summary>
    public int? Max => _open ? null : _min;

    /// <summary>True when a count of the evidence is a total (<c>five people</c>, <c>seven died</c>, <c>all of
    /// them</c>) rather than one more item of a list: the total is the toll, not the sum.</summary>
    public bool HasTotal { get; private set; }

    /// <summary>True when people beyond the first total are listed in a later sentence: "Two children died, Nyein
    /// and Su. And a teacher, ...".</summary>
    public bool OverflowsTotal { get; private set; }

    /// <summary>How many people or groups were listed.</summary>
    public int Items => _items;

    /// <summary>Adds one count of people, in text order with the other calls.</summary>
    /// <param name="mention">The count.</param>
    /// <param name="namesInside">Named victims inside the count's phrase.</param>
    public void AddCount(CountMention mention, int namesInside)
    {
        var text = _layout.Document.Text.AsSpan(mention.Start, mention.End - mention.Start);
        var min = mention.Min ?? 0;
        var open = mention.Max is null;
        if (mention.Cue == CountCue.List && open && namesInside >= 2)
        {
            // "her grandchildren Yasmin and Idris": the names say how many
            min = Math.Max(min, namesInside);
            open = false;
        }

        if (mention.Cue == CountCue.Single)
        {
            if (namesInside == 0 && text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && NamesUnnamed(mention.Start, mention.End))
            {
                // "one man died, the driver, Ko Aung": the one told before, described again
                Mark(mention.End, person: true);
                return;
            }

            AddPerson(mention.Start, mention.End);
            _previousUnnamed = namesInside == 0 && IsIndefinite(text);
            _previousNoName = namesInside == 0;
            return;
        }

        if (_bystanderGroup >= min && _layout.SentenceOf(mention.Start) == _bystanderSentence && !HarmBetween(_previousEnd, mention.Start))
        {
            // "two civilians wounded, Efrain and his daughter": the group named
            _bystanderGroup -= min;
            _previousEnd = mention.End;
            _previousPerson = true;
            return;
        }

        if (_items > 0 && mention.Cue == CountCue.Pronoun && min < _min)
        {
            // "one of them": a part of a group already counted
            Mark(mention.End, person: true);
            return;
        }

        if (mention.Cue == CountCue.List && !open && min >= 2
            && ((IsRelatives(text) && RelationSetOff(mention.Start)) || OwnedRelationSetOff(mention.Start)) && InApposition(mention.Start))
        {
            // "Abakar, my husband, and Haroun Suleiman, his brother": the list's first relation is the one just named
            // ("Mykola, his wife Tetiana and a neighbour" names another)
            min--;
        }

        var additive = text.Contains(" other", StringComparison.OrdinalIgnoreCase) || text.Contains(" more", StringComparison.OrdinalIgnoreCase)
                       || (_items > 0 && AlsoAfter(mention.End));
        if (_items > 0 && !additive && IsTotal(mention, text) && min >= _min)
        {
            // "... and their grandson. All three of them.": a total of what was listed
            _min = min;
            _open = open;
            _capacity = 0;
            _items++;
            Mark(mention.End, person: false);
            return;
        }

        // "A nurse, Kahindo, ..., and one mother who had just given birth": one more joined after someone listed is no total
        var joined = _items > 0 && JoinedToList(mention.Start);

        // "Faki Adam was wounded in the stomach, and many children, ten, twelve": a group in a clause of its own after
        // the harm of the one before it is more people, not their total
        var ownClause = _items > 0 && _previousPerson && mention.Cue is not (CountCue.List or CountCue.Pronoun) && AfterOwnHarm(mention.Start);
        joined |= ownClause;
        var total = !additive && mention.Cue != CountCue.List && !IsRelatives(text) && !joined
                    && !(_items > 0 && mention.Min == 1 && mention.Max == 1 && EvidenceWords.WordBefore(_layout, mention.Start, "and"));
        if (total && !HasTotal)
        {
            HasTotal = true;
            _totalSentence = _layout.SentenceOf(mention.Start);
        }

        // "Two other men were wounded, the baker and his son": a list after a group names its people; a group joined to
        // them by "and" or "with" ("me and Hatem and maybe fifty men") names nobody listed before it
        var filled = joined && mention.Cue != CountCue.List ? 0 : Math.Min(_capacity, min);
        _capacity -= filled;
        _min += min - filled;
        NoteOverflow(mention.Start, min - filled);
        _open |= open;
        _capacity += mention.Cue == CountCue.List ? Math.Max(0, min - namesInside) : min;
        _listSentence = mention.Cue == CountCue.List ? _layout.SentenceOf(mention.Start) : -1;
        _items++;
        Mark(mention.End, person: false);
    }

    /// <summary>Notes someone who is no victim, so that the words set off after them are not counted either
    /// ("the yard of our neighbour, Abu Shaker").</summary>
    /// <param name="end">Where their words end.</param>
    /// <param name="group">How many they are: the people named after a group ("two civilians wounded, Efrain and his
    /// daughter") are the group's.</param>
    public void AddBystander(int end, int group = 1)
    {
        _previousEnd = end;
        _previousPerson = true;
        _bystander = true;
        _bystanderGroup = group > 1 ? group : 0;
        _bystanderSentence = _layout.SentenceOf(Math.Max(0, end - 1));
    }

    /// <summary>Notes someone already counted, named again.</summary>
    public void AddRepeat(int end) => Mark(end, person: true);

    /// <summary>Adds a named victim or a person described by one noun phrase.</summary>
    /// <param name="start">Where the person's words start.</param>
    /// <param name="end">Where they end.</param>
    /// <param name="named">True for a PERSON mention: a name set off after one person described by an indefinite noun,
    /// at the end of the clause that tells their harm, names that person (<see cref="NamesUnnamed"/>).</param>
    public void AddPerson(int start, int end, bool named = false)
    {
        if (_bystanderGroup > 0 && _layout.SentenceOf(start) == _bystanderSentence && !HarmBetween(_previousEnd, start))
        {
            _bystanderGroup--;
            _previousEnd = end;
            _previousPerson = true;
            return;
        }

        // "Karim, Omar and Hassan", "Karim, Omar, Hassan": names in a list, each one more person
        // "Ali, nineteen, Zeinab, twelve": a name after another's age is the next person
        var listed = named && _previousNamed && ((CommaAlone(start) && (_previousListed || ListGoesOn(end))) || AgeBetween(start));
        if ((InApposition(start) && !listed && !(_bystander && OwnedByBystander(start))) || (named && (NamesUnnamed(start, end) || NameAlone(start, end))))
        {
            if (_bystander)
            {
                Mark(end, person: true);
                _bystander = true;
                return;
            }

            Mark(end, person: true);
            _previousNamed = named;
            return;
        }

        if (_capacity > 0 && !JoinedAfterHarm(start) && !NewAfterList(start, end))
        {
            _capacity--;
        }
        else
        {
            _min++;
            NoteOverflow(start, 1);
        }

        _items++;
        Mark(end, person: true);
        _previousNamed = named;
        _previousListed = listed;
    }

    /// <summary>True when "and" or "or" follows the name ending at <paramref name="end"/>, or a comma and another name
    /// or "and": the list goes on ("Karim, Omar and Hassan"), where a second name of one person is followed by what
    /// befell them ("Ahmad Qurbi, Abu Nizar, he was martyred").</summary>
    private bool ListGoesOn(int end)
    {
        var document = _layout.Document;
        var text = document.Text;
        var next = _layout.TokenAt(end);
        if (next >= document.Tokens.Count)
        {
            return false;
        }

        var word = document.Tokens[next].Span(text);
        if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return word.SequenceEqual(",") && next + 1 < document.Tokens.Count
            && (document.Tokens[next + 1].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase)
                || _layout.EntityAt(document.Tokens[next + 1].Start) is { Type: EntityType.Person });
    }

    /// <summary>True when a lone comma separates the last person from the one at <paramref name="start"/>: two names so
    /// set ("Karim, Omar and Hassan") are two items of a list, not one person named twice.</summary>
    private bool CommaAlone(int start)
    {
        var from = _layout.TokenAt(_previousEnd);
        return _layout.TokenAt(start) == from + 1 && _layout.Document.Tokens[from].Span(_layout.Document.Text).SequenceEqual(",");
    }

    /// <summary>True when only an age set off by commas separates the last person from the one at <paramref name="start"/>:
    /// ", nineteen,", ", 12 years old,".</summary>
    private bool AgeBetween(int start)
    {
        var document = _layout.Document;
        var text = document.Text;
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        var from = _layout.TokenAt(_previousEnd);
        var to = _layout.TokenAt(start);
        if (_previousEnd < 0 || to - from < 3 || to > tokens.Length || !tokens[from].Span(text).SequenceEqual(",")
            || !tokens[to - 1].Span(text).SequenceEqual(",")
            || !NumberReader.TryRead(text, tokens[..(to - 1)], from + 1, out var age) || age.Max != age.Min || age.Min is < 1 or > MaxAge)
        {
            return false;
        }

        for (var t = age.EndToken; t < to - 1; t++)
        {
            if (!WordList.Contains(tokens[t].Span(text), AgeWords))
            {
                return false;
            }
        }

        return true;
    }

    private void NoteOverflow(int start, int added)
    {
        if (HasTotal && added > 0 && _layout.SentenceOf(start) > _totalSentence)
        {
            OverflowsTotal = true;
        }
    }

    /// <summary>Adds a <c>he</c> or <c>she</c> at <paramref name="token"/> when a word of the harm follows it.</summary>
    public void AddPronoun(int token)
    {
        var document = _layout.Document;
        var tokens = document.Tokens;
        if (_items > 0)
        {
            return;
        }

        for (var t = token + 1; t < tokens.Count && t <= token + PronounWindow; t++)
        {
            if (tokens[t].Kind == TokenKind.Punctuation || IsReport(tokens[t].Span(document.Text))
                || tokens[t].Span(document.Text).Equals("not", StringComparison.OrdinalIgnoreCase))
            {
                // "she said many died": who tells of the harm, not who suffered it; "she was not hurt"
                return;
            }

            if (HarmWords.Names(_harm, tokens[t].Span(document.Text)))
            {
                if (t == token + 1 && IsAgentVerb(tokens[t].Span(document.Text)) && t + 1 < tokens.Count && StartsObject(tokens[t + 1].Span(document.Text)))
                {
                    // "He shot my nephew": the subject of an active verb of harm with an object did it
                    return;
                }

                AddPerson(tokens[token].Start, tokens[token].End);
                _previousUnnamed = true;
                return;
            }
        }
    }

    /// <summary>An active verb of harm done to someone: "shot", "killed", "took" (not "burned" nor "lost", which
    /// the subject may suffer: "he burned his hand").</summary>
    private static bool IsAgentVerb(ReadOnlySpan<char> word) => WordList.Contains(word, AgentVerbs);

    /// <summary>A word that opens the object of a verb: a possessive, an article, an object pronoun or a name.</summary>
    private static bool StartsObject(ReadOnlySpan<char> word) =>
        WordList.Contains(word, ObjectOpeners) || (word.Length > 0 && char.IsUpper(word[0]));

    private static bool IsReport(ReadOnlySpan<char> word) => WordList.Contains(word, ReportVerbs);

    private void Mark(int end, bool person)
    {
        _previousUnnamed = false;
        _previousNoName = false;
        _previousNamed = false;
        _previousListed = false;
        _bystander = false;
        _bystanderGroup = 0;
        _previousEnd = end;
        _previousPerson = person;
    }

    /// <summary>True when the person at <paramref name="start"/> opens on "his", "her" or "their": set off after one
    /// who is no victim ("the house of my neighbour Ussene, his wife Rabia died"), another person, theirs.</summary>
    private bool OwnedByBystander(int start) =>
        VictimRoles.IsThirdPossessive(_layout.Document.Tokens[_layout.TokenAt(start)].Span(_layout.Document.Text));

    /// <summary>True when only a comma-separated aside lies between the last person and this one.</summary>
    private bool InApposition(int start)
    {
        if (_previousEnd < 0 || !_previousPerson)
        {
            return false;
        }

        var document = _layout.Document;
        var from = _layout.TokenAt(_previousEnd);
        var to = _layout.TokenAt(start);
        if (to - from > AppositionWindow || to <= from || _layout.SentenceOf(_previousEnd - 1) != _layout.SentenceOf(start))
        {
            return false;
        }

        var comma = false;
        for (var t = from; t < to; t++)
        {
            var word = document.Tokens[t].Span(document.Text);
            // "Ali was injured, his wife also": a clause of the harm between them makes another person; "with" only when
            // no comma closes what it governs ("a boy with goats, Kuku" is one boy)
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase)
                || (word.Equals("with", StringComparison.OrdinalIgnoreCase) && !CommaBetween(t + 1, to))
                || (word.Equals("of", StringComparison.OrdinalIgnoreCase) && t > from && document.Tokens[t - 1].Span(document.Text).SequenceEqual(","))
                || HarmWords.Names(_harm, word)
                || word.Equals("or", StringComparison.OrdinalIgnoreCase) || (document.Tokens[t].Kind == TokenKind.Punctuation && !word.SequenceEqual(",")))
            {
                return false;
            }

            comma |= word.SequenceEqual(",");
        }

        return comma;
    }

    /// <summary>True when the last person listed is one described by an indefinite noun and no name ("a boy", "an old
    /// woman", "one man") and the name at <paramref name="start"/> is set off by a comma after the clause of their harm,
    /// in the same sentence, with no "and", "or" nor "with" between, and ends its clause ("a boy was wounded in the
    /// stomach, Yazan, ten"; "one boy died, Yousef."): the name of that person, not another victim. Not "a boy died, Ali
    /// was wounded".</summary>
    private bool NamesUnnamed(int start, int end)
    {
        if (!_previousUnnamed || _previousEnd < 0)
        {
            return false;
        }

        var document = _layout.Document;
        var tokens = document.Tokens;
        var from = _layout.TokenAt(_previousEnd);
        var to = _layout.TokenAt(start);
        if (to - from > NamedAfterWindow || to <= from + 1 || _layout.SentenceOf(_previousEnd - 1) != _layout.SentenceOf(start)
            || !tokens[to - 1].Span(document.Text).SequenceEqual(","))
        {
            return false;
        }

        for (var t = from; t < to; t++)
        {
            var word = tokens[t].Span(document.Text);
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase)
                || word.Equals("with", StringComparison.OrdinalIgnoreCase) || (tokens[t].Kind == TokenKind.Punctuation && !word.SequenceEqual(",")))
            {
                return false;
            }
        }

        var next = _layout.TokenAt(end);
        return next >= tokens.Count || _layout.SentenceOf(tokens[next].Start) != _layout.SentenceOf(start) || tokens[next].Kind == TokenKind.Punctuation;
    }

    /// <summary>True when the last person listed was one told with no name ("her husband") and the name at
    /// <paramref name="start"/> is the whole of the next sentence ("... he died. Abu Jamal."): that person's name.</summary>
    private bool NameAlone(int start, int end)
    {
        if (!_previousNoName || _previousEnd < 0)
        {
            return false;
        }

        var document = _layout.Document;
        var index = _layout.SentenceOf(start);
        if (index != _layout.SentenceOf(_previousEnd - 1) + 1)
        {
            return false;
        }

        var sentence = document.Sentences[index];
        var first = sentence.FirstToken;
        var last = first + sentence.TokenCount - 1;
        if (document.Tokens[last].Kind == TokenKind.Punctuation)
        {
            last--;
        }

        return _layout.TokenAt(start) == first && last >= first && document.Tokens[last].End == end;
    }

    /// <summary>"a boy", "an old man", "one woman": one person not yet named.</summary>
    private static bool IsIndefinite(ReadOnlySpan<char> text) =>
        text.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("one ", StringComparison.OrdinalIgnoreCase);

    private bool CommaBetween(int from, int to)
    {
        var document = _layout.Document;
        for (var t = from; t < to; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Punctuation && document.Tokens[t].Span(document.Text).SequenceEqual(","))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"My friend Ali and two men ...": a group joined to the people before it is one more item.</summary>
    private bool JoinedToList(int start)
    {
        var index = _layout.TokenAt(start) - 1;
        if (index >= 0 && _previousEnd >= 0 && _layout.Document.Sentences[_layout.SentenceOf(start)].FirstToken == index
            && _layout.SentenceOf(_previousEnd - 1) == _layout.SentenceOf(start) - 1
            && _layout.Document.Tokens[index].Span(_layout.Document.Text).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            // "Nyagoa, she was cut on the head. And the two boys of Chuol, shot in the legs.": the list goes on
            return true;
        }

        if (index < 0 || _previousEnd < 0 || _layout.SentenceOf(_previousEnd - 1) != _layout.SentenceOf(start)
            || index - _layout.TokenAt(_previousEnd) > JoinWindow)
        {
            // "a shell fell on the tents of Abu Lebda, and two women died": "and" joins clauses, not people
            return false;
        }

        var word = _layout.Document.Tokens[index].Span(_layout.Document.Text);
        return word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("with", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the person at <paramref name="start"/> to <paramref name="end"/> comes in a sentence after a
    /// list of people described one by one, brought in by "a" or "an" after a word of the harm told after the list ("I saw
    /// a woman and her son, dead. And an old man, he died in the hospital." is three), or by "Also" opening their sentence
    /// ("I saw dead: three children and one old man. Also the daughter of my neighbour" five). A list names its people, so
    /// one brought in later is none of them.</summary>
    private bool NewAfterList(int start, int end) =>
        _listSentence >= 0 && _layout.SentenceOf(start) > _listSentence
        && ((IsIndefinite(_layout.Document.Text.AsSpan(start, end - start)) && HarmBetween(_previousEnd, start)) || OpensOnAlso(start));

    /// <summary>True when "Also" or "And also" opens the sentence right before the person at <paramref name="start"/>.</summary>
    private bool OpensOnAlso(int start)
    {
        var document = _layout.Document;
        var t = _layout.TokenAt(start) - 1;
        var first = document.Sentences[_layout.SentenceOf(start)].FirstToken;
        return t >= first && document.Tokens[t].Span(document.Text).Equals("also", StringComparison.OrdinalIgnoreCase)
            && (t == first || (t == first + 1 && document.Tokens[first].Span(document.Text).Equals("and", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>True when the person at <paramref name="start"/> comes right after "and" or ", and" that follows a word of
    /// the claim's harm told of the group listed last ("three patients died, and Abu Nayef, who was visiting"): one more,
    /// joined to the group after its harm, not one of the group named. After the harm of a person named
    /// ("eight people dead. Gul Ahmad, he was dead, and Sher Mohammad") the person is one more of the group.</summary>
    private bool JoinedAfterHarm(int start)
    {
        if (_previousPerson)
        {
            return false;
        }

        var document = _layout.Document;
        var t = _layout.TokenAt(start) - 1;
        if (t < 1 || !document.Tokens[t].Span(document.Text).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        t--;
        if (document.Tokens[t].Span(document.Text).SequenceEqual(","))
        {
            t--;
        }

        return t >= 0 && HarmWords.Names(_harm, document.Tokens[t].Span(document.Text));
    }

    /// <summary>True when, in the sentence of the one listed last, a word of the claim's harm follows them and "and" or ";"
    /// comes right before <paramref name="start"/>: "She was cut on the arm, and two of the children were hit".</summary>
    private bool AfterOwnHarm(int start)
    {
        var document = _layout.Document;
        if (_previousEnd < 0 || _layout.SentenceOf(_previousEnd - 1) != _layout.SentenceOf(start))
        {
            return false;
        }

        var joiner = _layout.TokenAt(start) - 1;
        if (joiner < 0 || document.Tokens[joiner].Span(document.Text) is var word
            && !(word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual(";")))
        {
            return false;
        }

        return HarmBetween(_previousEnd, document.Tokens[joiner].Start) || (_harm == Harm.Injured && LossBetween(_previousEnd, joiner));
    }

    /// <summary>True when "lost" and a part of the body or a sense come between <paramref name="from"/> and token
    /// <paramref name="to"/>: "A girl of nine, Yuliana, lost the sight of one eye; two boys had cuts" tells her wound.</summary>
    private bool LossBetween(int from, int to)
    {
        var document = _layout.Document;
        var lost = false;
        for (var t = _layout.TokenAt(Math.Max(0, from)); t < to; t++)
        {
            var word = document.Tokens[t].Span(document.Text);
            lost |= word.Equals("lost", StringComparison.OrdinalIgnoreCase);
            if (lost && WoundedBody.IsPartOrSense(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a word of the claim's harm lies between <paramref name="from"/> and <paramref name="to"/>:
    /// "six men with rifles came and took him and Ubaldo" names the men taken after the verb, not the group before.</summary>
    private bool HarmBetween(int from, int to)
    {
        var document = _layout.Document;
        for (var t = _layout.TokenAt(Math.Max(0, from)); t < document.Tokens.Count && document.Tokens[t].Start < to; t++)
        {
            if (HarmWords.Names(_harm, document.Tokens[t].Span(document.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the list at <paramref name="start"/> opens on a possessive and one noun set off by a comma
    /// ("my husband, and ...").</summary>
    private bool RelationSetOff(int start)
    {
        var tokens = _layout.Document.Tokens;
        var t = _layout.TokenAt(start);
        return t + 2 < tokens.Count && tokens[t + 1].Kind == TokenKind.Word
            && tokens[t + 2].Span(_layout.Document.Text).SequenceEqual(",");
    }

    /// <summary>True when the list at <paramref name="start"/> opens on a relation owned by someone named and set off by a
    /// comma: "the wife of Taha al-Shaibani," in "Mona, the wife of Taha al-Shaibani, and her two boys".</summary>
    private bool OwnedRelationSetOff(int start)
    {
        var document = _layout.Document;
        var tokens = document.Tokens;
        var t = _layout.TokenAt(start);
        if (t + 3 >= tokens.Count || !tokens[t].Span(document.Text).Equals("the", StringComparison.OrdinalIgnoreCase)
            || !CountLexicon.Get(tokens[t + 1].Span(document.Text)).Has(WordTags.Relation)
            || !tokens[t + 2].Span(document.Text).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var k = t + 3; k < tokens.Count && k <= t + 3 + OwnerWords; k++)
        {
            var word = tokens[k].Span(document.Text);
            if (word.SequenceEqual(","))
            {
                return k > t + 3;
            }

            if (tokens[k].Kind == TokenKind.Punctuation || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when "also" or "too" follows the count ending at <paramref name="end"/> within its clause ("Two women
    /// also", "two of the men in the trailer died also"): people added to those listed, not their total.</summary>
    private bool AlsoAfter(int end)
    {
        var document = _layout.Document;
        var stop = Math.Min(document.Tokens.Count, _layout.TokenAt(end) + AlsoWindow);
        for (var t = _layout.TokenAt(end); t < stop; t++)
        {
            var word = document.Tokens[t].Span(document.Text);
            if (word.Equals("also", StringComparison.OrdinalIgnoreCase) || word.Equals("too", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (document.Tokens[t].Kind == TokenKind.Punctuation || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"his two sons", "my three cousins": a group of relatives, one more item of a list.</summary>
    private static bool IsRelatives(ReadOnlySpan<char> text) =>
        text.StartsWith("my ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("his ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("her ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("their ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("our ", StringComparison.OrdinalIgnoreCase);

    /// <summary>A count that sums up people: <c>all three of them</c>, <c>nine people</c>, an answer.</summary>
    private static bool IsTotal(CountMention mention, ReadOnlySpan<char> text) =>
        mention.Cue is CountCue.Pronoun or CountCue.Answer
        || text.StartsWith("all ", StringComparison.OrdinalIgnoreCase) || text.Contains("both", StringComparison.OrdinalIgnoreCase)
        || (mention.Cue == CountCue.Noun && (text.EndsWith("people", StringComparison.OrdinalIgnoreCase) || text.EndsWith("persons", StringComparison.OrdinalIgnoreCase)));

    /// <summary>A sentence that goes on with the people before it: "And a teacher, ...", "His wife also."</summary>
    internal static bool Continues(string text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length > 0 && tokens[0].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var token in tokens)
        {
            if (token.Span(text).Equals("also", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
