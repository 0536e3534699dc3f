using System.Collections.Immutable;
using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Who in a claim's evidence the harm was not done to: sources ("Ali told me"), owners ("the house of Ali", "Ali's
/// son"), the object of another preposition ("for his mother"), those who did it or came for the victims ("two men
/// shot him", "four men with masks came and took my son"), those who suffered the rival harm ("he died, and his friend
/// lost his eyes") and, for the missing, those who came back; and the named victims that are left.
/// </summary>
internal static class VictimRoles
{
    private static readonly Harm[] AllHarms = Enum.GetValues<Harm>();

    /// <summary>Words before a person that make them the object of something other than the harm ("for his mother"), or
    /// what someone was ("he was a soldier").</summary>
    private static readonly string[] ObjectPrepositions = ["for", "to", "of", "from", "by", "near", "at", "about", "behind", "beside", "toward", "towards", "like",
        "was", "is", "were", "are", "as", "be", "been", "became"];

    /// <summary>Verbs of an errand after "to": "she went out to bring my small brother" names whom she went for.</summary>
    private static readonly string[] ErrandVerbs = ["bring", "fetch", "collect"];

    /// <summary>Verbs of telling whose object is the one told, not a victim ("A man on the bus told my father.").</summary>
    private static readonly string[] TellingVerbs = ["told", "tells", "tell", "texted", "asked", "asks", "phoned", "informed"];

    /// <summary>Verbs of staying or waiting somewhere: the one after "with" was there with someone, which says nothing
    /// of their harm ("a girl who was waiting with her mother", "she was hiding with her mother").</summary>
    private static readonly string[] StayingVerbs = ["stayed", "stays", "staying", "waiting", "waited", "hiding", "hid", "sitting", "sat",
        "living", "lived", "lives", "standing", "stood", "talking", "talked", "speaking", "sleeping", "slept"];

    /// <summary>Words of place that may stand between a verb of staying and "with": "she was sleeping there with her
    /// grandmother".</summary>
    private static readonly string[] StayingPlaces = ["there", "here", "inside", "outside", "together"];

    /// <summary>Verbs of armed men coming for someone ("four men came", "three men dragged him out").</summary>
    private static readonly string[] RaidVerbs = ["came", "come", "arrived", "entered", "knocked", "dragged", "pulled", "grabbed", "stormed", "raided", "surrounded", "broke"];

    /// <summary>What armed men are described by ("four men with masks", "six men with rifles", "soldiers with the white
    /// bands"): those who carry them are the ones who do the harm.</summary>
    private static readonly string[] ArmsWords = ["mask", "masks", "masked", "rifle", "rifles", "gun", "guns", "weapons", "kalashnikov", "kalashnikovs",
        "faces", "armband", "armbands", "bands", "uniform", "uniforms", "balaclava", "balaclavas", "machete", "machetes",
        "automatics", "pistols", "knives", "sticks"];

    /// <summary>Nouns of armed men that, counted in apposition to "they" who did the harm, name the doers ("they took
    /// him, two soldiers").</summary>
    private static readonly string[] ForceWords = ["soldiers", "fighters", "gunmen", "militiamen", "policemen", "officers", "guards"];

    /// <summary>Verbs right after a person that make them the one who saw or tended the harm, not one it was done to ("my
    /// husband saw his body", "my wife washed her body"); not after another subject ("Karim and Hassan, I saw them fall").
    /// Out of fold, a PERSON right before one of them inside a gold claim of people is no victim 8 times and a victim
    /// twice, both "found" a munition (hence <see cref="FoundBodies"/>).</summary>
    private static readonly string[] SeeingVerbs = ["saw", "sees", "heard", "washed", "buried", "carried", "identified", "recognised", "recognized", "knew", "reported", "counted", "wrote", "searched", "filmed", "photographed"];

    /// <summary>Words after "found" that make the finder one who came upon the dead ("a farmer found his body"), not one
    /// who found a munition and was harmed by it ("Karim found a shell in the field", a victim in gold).</summary>
    private static readonly string[] FoundBodies = ["body", "bodies"];

    /// <summary>Words whose "of" names the dead ("the body of Ali").</summary>
    private static readonly string[] BodyWords = ["body", "bodies", "corpse", "corpses", "remains"];

    /// <summary>Words whose "of" names the missing ("no news of Khudeda", "no trace of him").</summary>
    private static readonly string[] TidingsWords = ["news", "word", "trace", "sign"];

    /// <summary>Verbs that free someone taken with the missing ("Tariq came back after a month", "two were released").</summary>
    private static readonly string[] ReleaseVerbs = ["released", "freed", "escaped"];

    /// <summary>Verbs that bring someone back when "back" or "out" follows ("came back", "came out after two months").</summary>
    private static readonly string[] ReturnVerbs = ["came", "come", "comes", "got"];

    /// <summary>Words after "not" that keep someone away from the attack ("he was not there", "not inside").</summary>
    private static readonly string[] AbsentWords = ["there", "inside", "home", "present"];

    /// <summary>Words after "not killed" that defer the harm rather than deny it ("not killed at once").</summary>
    private static readonly string[] LaterWords = ["at", "immediately", "yet", "then", "right"];

    /// <summary>Settings of the victim roles.</summary>
    public static class Defaults
    {
        /// <summary>Tokens after a person's name searched for a verb of telling that makes them an informant, a place
        /// or a short clause between ("a man at the checkpoint said", "a colleague of his who escaped told him"):
        /// out of fold five tokens gain four counts over three and break none.</summary>
        public const int InformantWindow = 5;

        /// <summary>Tokens before a person's name searched for an "of" that makes them an owner ("the house of my
        /// neighbour Faizullah").</summary>
        public const int PossessorWindow = 3;

        /// <summary>Tokens after a person's name searched for a verb that frees them from among the missing.</summary>
        public const int ReleaseWindow = 8;

        /// <summary>Most words of a phrase between a group and its verb that still make them the ones who did the harm
        /// ("four men in a car without plates came and took him").</summary>
        public const int AgentPhrase = 6;

        /// <summary>Words after "lost" searched for a person lost ("lost his two sons") rather than a limb.</summary>
        public const int LossWindow = 3;

        /// <summary>Tokens back from an "of" in a list searched for the "of" before it, up to the body word that opens
        /// the list ("the bodies of Abu Khalil, the father, of his young son").</summary>
        public const int BodyListWindow = 12;

        /// <summary>Tokens after a person searched for the "not" that spares them ("X was at the mosque, he was not
        /// hurt": seven).</summary>
        public const int SparedWindow = 8;

        /// <summary>Tokens before a person searched for the rival harm they are set after ("it killed a man, X", "one man
        /// died, the driver, X"): the longest of those read out of fold is five.</summary>
        public const int RivalBeforeWindow = 6;
    }

    /// <summary>PERSON mentions inside the evidence that are not the speaker's informants, nor owners, nor places'
    /// names, nor, for the dead and the wounded, those tending to them, nor, for the missing, those who came back.</summary>
    public static ImmutableArray<string> NamedVictims(DocumentLayout layout, Harm harm, int start, int end)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var entity in layout.EntitiesWithin(start, end))
        {
            if (entity.Type == EntityType.Person && !IsInformant(layout, entity.Start, entity.End) && !IsPossessor(layout, entity.Start, entity.End)
                && !NamesFacility(layout, entity.End) && !(harm is Harm.Killed or Harm.Injured && IsHelper(layout, entity.End))
                && !IsSpared(layout, harm, entity.End) && !IsTimeAnchor(layout, harm, entity.Start, entity.End)
                && !(harm == Harm.Missing && (IsReleased(layout, entity.End) || IsSearcher(layout, entity.End)))
                && !builder.Contains(entity.Id))
            {
                builder.Add(entity.Id);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary><paramref name="named"/> without the names of families ("the son of the Jácome family"), which name no
    /// one person.</summary>
    public static ImmutableArray<string> WithoutFamilies(DocumentLayout layout, ImmutableArray<string> named) =>
        named.RemoveAll(id => layout.Entity(id) is { } entity && NamesFamily(layout, entity.End));

    /// <summary>True when "family" or "families" follows the name ending at <paramref name="end"/>: "the Haddad
    /// family".</summary>
    private static bool NamesFamily(DocumentLayout layout, int end)
    {
        var document = layout.Document;
        var next = layout.TokenAt(end);
        return next < document.Tokens.Count && document.Tokens[next].Span(document.Text).StartsWith("famil", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The number of people among <paramref name="named"/>: a name whose every word is a word of another name counts
    /// as that person again ("Elias Nsengiyumva ... Elias", "Bassel ... Bassel").
    /// </summary>
    public static int DistinctPeople(DocumentLayout layout, ImmutableArray<string> named)
    {
        var people = named.Length;
        for (var i = 1; i < named.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (layout.SameOrPartName(named[i], named[j]))
                {
                    people--;
                    break;
                }
            }
        }

        return people;
    }

    /// <summary>
    /// Someone in the evidence the harm was not done to: a source ("my father told me"), an owner ("the house of
    /// Ali"), the object of another preposition ("for his mother"), or someone who suffered the rival harm ("He died,
    /// and his friend lost his eyes").
    /// </summary>
    public static bool Bystander(DocumentLayout layout, Harm harm, int start, int end)
    {
        if ((!(harm == Harm.Killed && IsOfTheDead(layout, start)) && !(harm == Harm.Missing && IsOf(layout, start, TidingsWords))
             && (IsPossessor(layout, start, end) || AfterPreposition(layout, start)))
            || NotHarmed(layout, harm, start, end))
        {
            return true;
        }

        if (NamesFamily(layout, end))
        {
            // "the Haddad family": how many not said
            return true;
        }

        return IsAlias(layout, start, end) || IsTimeAnchor(layout, harm, start, end);
    }

    /// <summary>True when the person is named right after "after" or "before" and set off by a comma, or suffers another
    /// harm there: "After Yahya, two more children were hurt" tells others, placed by someone told before; "after Adam was
    /// taken, ... we walked to Adre" places the flight by his arrest.</summary>
    private static bool IsTimeAnchor(DocumentLayout layout, Harm harm, int start, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var before = layout.TokenAt(start) - 1;
        var next = layout.TokenAt(end);
        if (before < 0 || next >= document.Tokens.Count || document.Tokens[before].Span(text) is var word
            && !(word.Equals("after", StringComparison.OrdinalIgnoreCase) || word.Equals("before", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (document.Tokens[next].Span(text).SequenceEqual(","))
        {
            return true;
        }

        return next + 1 < document.Tokens.Count && document.Tokens[next].Span(text) is var be
            && (be.Equals("was", StringComparison.OrdinalIgnoreCase) || be.Equals("were", StringComparison.OrdinalIgnoreCase))
            && document.Tokens[next + 1].Span(text) is var done && IsHarmVerb(done) && !HarmWords.Names(harm, done);
    }

    /// <summary>
    /// Someone the evidence says the harm was not done to, wherever else they are named: a source ("my father told
    /// me"), one who did it, one released, taken back, spared or who suffered the rival harm. Unlike an owner ("the
    /// father of Amal") or the object of a preposition, which say only where the name stands in its sentence.
    /// </summary>
    public static bool NotHarmed(DocumentLayout layout, Harm harm, int start, int end) =>
        IsInformant(layout, start, end) || NamesFacility(layout, end) || IsAgent(layout, harm, end) || (harm == Harm.Missing && IsReleased(layout, end))
        || IsRetracted(layout, end) || IsSpared(layout, harm, end) || SufferedRival(layout, harm, start, end)
        || (harm is Harm.Killed or Harm.Injured && IsHelper(layout, end)) || (harm == Harm.Missing && IsSearcher(layout, end))
        || InReason(layout, harm, start);

    /// <summary>True when the person at <paramref name="start"/> stands in a clause of "because" that tells no word of the
    /// harm: "They took Abdelsalam ... because his wife was with her mother", "They killed him because his brother was a
    /// soldier" say why, not who else was harmed.</summary>
    public static bool InReason(DocumentLayout layout, Harm harm, int start)
    {
        var document = layout.Document;
        var text = document.Text;
        var sentence = document.Sentences[layout.SentenceOf(start)];
        var end = sentence.FirstToken + sentence.TokenCount;
        var because = -1;
        for (var t = layout.TokenAt(start) - 1; t >= sentence.FirstToken; t--)
        {
            var word = document.Tokens[t].Span(text);
            if (word.Equals("because", StringComparison.OrdinalIgnoreCase))
            {
                because = t;
                break;
            }

            if (word.SequenceEqual(";") || word.SequenceEqual(":") || HarmWords.Names(harm, word))
            {
                return false;
            }
        }

        if (because < 0)
        {
            return false;
        }

        for (var t = because + 1; t < end && !document.Tokens[t].Span(text).SequenceEqual(";"); t++)
        {
            if (HarmWords.Names(harm, document.Tokens[t].Span(text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Verbs of looking for the missing, after the one who looks: "his mother still waits", "his wife asks
    /// everybody". Not "went", which the missing did too.</summary>
    private static readonly string[] SearchVerbs = ["asks", "asked", "waits", "waited", "searches", "searched", "looks", "writes",
        "visits", "prays", "hopes", "cries", "cooks", "calls", "goes"];

    /// <summary>Words that may stand between the one who looks and the verb: "still", "always", and the auxiliary of a
    /// perfect ("has asked everybody").</summary>
    private static readonly string[] SearchAdverbs = ["still", "always", "never", "also", "everyday", "has", "have", "had"];

    /// <summary>True when the person ending at <paramref name="end"/> looks for the missing: a verb of looking right after
    /// them, or after their name ("his mother still waits", "their mother Awa has asked everybody"), or "does not know"
    /// ("his wife still does not know where he is").</summary>
    public static bool IsSearcher(DocumentLayout layout, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var t = layout.TokenAt(end);
        if (t < document.Tokens.Count && document.EntityAt(document.Tokens[t].Start) is { Type: EntityType.Person } name)
        {
            // "Their mother Kadiatou has asked everybody": the relation's name, then the verb
            t = layout.TokenAt(name.End);
        }

        var stop = Math.Min(document.Tokens.Count, t + 4);
        while (t < stop && WordList.Contains(document.Tokens[t].Span(text), SearchAdverbs))
        {
            t++;
        }

        if (t >= stop)
        {
            return false;
        }

        var word = document.Tokens[t].Span(text);
        if (WordList.Contains(word, SearchVerbs))
        {
            return true;
        }

        return t + 2 < document.Tokens.Count
            && (word.Equals("does", StringComparison.OrdinalIgnoreCase) || word.Equals("did", StringComparison.OrdinalIgnoreCase)
                || word.Equals("do", StringComparison.OrdinalIgnoreCase))
            && document.Tokens[t + 1].Span(text).Equals("not", StringComparison.OrdinalIgnoreCase)
            && document.Tokens[t + 2].Span(text).Equals("know", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Verbs of tending to the harmed: the one doing it is not the one harmed.</summary>
    private static readonly string[] CareVerbs = ["holding", "held", "carrying", "carried", "helping", "helped", "dragging", "pulling", "lifting", "lifted", "pulled"];

    private static readonly string[] TendedPronouns = ["him", "her", "me", "us", "them"];

    /// <summary>True when the person ending at <paramref name="end"/> tends to someone named by a pronoun right after
    /// ("his friend Omar Hilal was holding him", "my brother carried her", "my cousin helped to carry him"): a helper, not
    /// a victim.</summary>
    private static bool IsHelper(DocumentLayout layout, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var t = layout.TokenAt(end);
        if (t < document.Tokens.Count && CountLexicon.Get(document.Tokens[t].Span(text)).Has(WordTags.Aux))
        {
            t++;
        }

        if (t + 1 >= document.Tokens.Count || !WordList.Contains(document.Tokens[t].Span(text), CareVerbs))
        {
            return false;
        }

        // "helped to carry him"
        var whom = t + 3 < document.Tokens.Count && document.Tokens[t + 1].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase) ? t + 3 : t + 1;
        return WordList.Contains(document.Tokens[whom].Span(text), TendedPronouns);
    }

    /// <summary>True when the clause after the person ending at <paramref name="end"/> says the harm was not done to them
    /// ("She was not hurt", "X, small, not hurt") or, for the dead and the wounded, that they were not there ("Her uncle
    /// was not inside; his wife was killed"). Not "not killed at once", which is told of one who died later.</summary>
    /// <summary>Nouns of places named after a person: "the Mohammad Ali Jinnah hospital", "Jamal Abdel Nasser street".</summary>
    private static readonly string[] FacilityNouns =
        ["hospital", "school", "street", "road", "mosque", "square", "university", "bridge", "clinic", "market", "avenue", "college", "airport",
         "ruins", "camp", "building", "tower", "compound", "roundabout", "junction", "cemetery", "stadium", "bakery", "station"];

    /// <summary>True when a facility noun follows the person ending at <paramref name="end"/>: the name is a place's.</summary>
    private static bool NamesFacility(DocumentLayout layout, int end)
    {
        var document = layout.Document;
        var next = layout.TokenAt(end);
        return next < document.Tokens.Count && document.Tokens[next].Start == end + 1
            && WordList.Contains(document.Tokens[next].Span(document.Text), FacilityNouns);
    }

    /// <summary>Verbs of going away after "had": "had left", "had gone".</summary>
    private static readonly string[] GoneVerbs = ["left", "gone", "fled", "moved"];

    /// <summary>Words that put a going away before the event: "had left one week before", "had already gone".</summary>
    private static readonly string[] EarlierWords = ["before", "earlier", "already", "ago"];

    /// <summary>True when the words from token <paramref name="t"/> say someone had gone away before the event: "had left
    /// one week before", "had already gone to Idlib", within the clause (before <paramref name="stop"/> or a comma).</summary>
    private static bool LeftBefore(Document document, int t, int stop)
    {
        var text = document.Text;
        if (t + 1 >= stop || !document.Tokens[t].Span(text).Equals("had", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var verb = t + 1;
        if (document.Tokens[verb].Span(text).Equals("already", StringComparison.OrdinalIgnoreCase))
        {
            verb++;
        }

        if (verb >= stop || !WordList.Contains(document.Tokens[verb].Span(text), GoneVerbs))
        {
            return false;
        }

        for (var u = t + 1; u < stop && !document.Tokens[u].Span(text).SequenceEqual(","); u++)
        {
            if (WordList.Contains(document.Tokens[u].Span(text), EarlierWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs right after a person that say they came out alive.</summary>
    private static readonly string[] LivedWords = ["lived", "survived", "survives"];

    private static bool IsSpared(DocumentLayout layout, Harm harm, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var first = layout.TokenAt(end);
        var sentence = layout.SentenceOf(Math.Max(0, end - 1));
        if (sentence < 0)
        {
            return false;
        }

        var stop = Math.Min(document.Sentences[sentence].FirstToken + document.Sentences[sentence].TokenCount, first + Defaults.SparedWindow);
        for (var t = first; t < stop; t++)
        {
            var word = document.Tokens[t].Span(text);
            if ((document.Tokens[t].Kind == TokenKind.Punctuation && !word.SequenceEqual(",")) || word.Equals("and", StringComparison.OrdinalIgnoreCase)
                || word.Equals("but", StringComparison.OrdinalIgnoreCase) || HarmWords.Names(harm, word))
            {
                return false;
            }

            if (harm == Harm.Killed && t == first && WordList.Contains(word, LivedWords))
            {
                // "All died, only Faris lived"
                return true;
            }

            if (harm is Harm.Killed or Harm.Injured && t == first && LeftBefore(document, t, stop))
            {
                // "My uncle had left one week before, but his neighbour ... we found him dead"
                return true;
            }

            if (!word.Equals("not", StringComparison.OrdinalIgnoreCase) || t + 1 >= document.Tokens.Count)
            {
                continue;
            }

            var next = document.Tokens[t + 1].Span(text);
            if (harm is Harm.Killed or Harm.Injured && WordList.Contains(next, AbsentWords))
            {
                return true;
            }

            for (var h = t + 1; h < Math.Min(document.Tokens.Count, t + 3); h++)
            {
                if (HarmWords.Names(harm, document.Tokens[h].Span(text)))
                {
                    return !(h + 1 < document.Tokens.Count && WordList.Contains(document.Tokens[h + 1].Span(text), LaterWords));
                }
            }
        }

        return false;
    }

    /// <summary>True when the person at <paramref name="start"/> is another name of someone named before them: after
    /// "we call him" ("The miller, X we call him Y") or before "we say" ("My cousin X, Y we say, he was shot").</summary>
    private static bool IsAlias(DocumentLayout layout, int start, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var first = layout.TokenAt(start);
        if (first >= 2 && document.Tokens[first - 2].Span(text) is var verb
            && (verb.Equals("call", StringComparison.OrdinalIgnoreCase) || verb.Equals("called", StringComparison.OrdinalIgnoreCase))
            && document.Tokens[first - 1].Span(text) is var pronoun
            && (pronoun.Equals("him", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("her", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var t = layout.TokenAt(end);
        if (t < document.Tokens.Count && document.Tokens[t].Span(text).SequenceEqual(","))
        {
            t++;
        }

        return t + 1 < document.Tokens.Count && document.Tokens[t].Span(text).Equals("we", StringComparison.OrdinalIgnoreCase)
            && document.Tokens[t + 1].Span(text).Equals("say", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the speaker takes back the name ending at <paramref name="end"/> for another name right after
    /// ("three children and one old man, Hajj Abdo, no, Abdo Qassem"): the person is the same, only the name changes.</summary>
    public static bool NameCorrected(DocumentLayout layout, int end) =>
        RetractionAt(layout, end) is var no and >= 0 && no + 2 < layout.Document.Tokens.Count
        && layout.EntityAt(layout.Document.Tokens[no + 2].Start) is { Type: EntityType.Person };

    /// <summary>True when the speaker takes back the person ending at <paramref name="end"/> right after naming them
    /// ("my brother-in-law Thaer... no, my brother-in-law Muhannad", "Karim and Nour... no, Nour was not there"): a
    /// stop, a comma or an ellipsis, then "no" and a comma.</summary>
    private static bool IsRetracted(DocumentLayout layout, int end) => RetractionAt(layout, end) >= 0;

    /// <summary>The token of the "no" by which the speaker takes back the person ending at <paramref name="end"/>
    /// (<see cref="IsRetracted"/>), or -1.</summary>
    private static int RetractionAt(DocumentLayout layout, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var t = layout.TokenAt(end);
        var marks = 0;
        while (t < document.Tokens.Count && document.Tokens[t].Kind == TokenKind.Punctuation
            && document.Tokens[t].Span(text) is var mark && (mark.SequenceEqual(",") || mark.StartsWith(".") || mark.SequenceEqual("\u2026")))
        {
            marks++;
            t++;
        }

        return marks > 0 && t + 1 < document.Tokens.Count && document.Tokens[t].Span(text).Equals("no", StringComparison.OrdinalIgnoreCase)
            && document.Tokens[t + 1].Span(text).SequenceEqual(",") ? t : -1;
    }

    /// <summary>
    /// True when the clause after the person ending at <paramref name="end"/> says they came back or were let go
    /// ("Tariq came back after one month.", "Karim and Bilal were released", "Marwan, yes."): no longer missing.
    /// Not when negated ("Hadi was not released") nor for a return from elsewhere ("when he came back from work").
    /// </summary>
    private static bool IsReleased(DocumentLayout layout, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var first = layout.TokenAt(end);
        var sentence = layout.SentenceOf(Math.Max(0, end - 1));
        if (sentence < 0 || first >= document.Tokens.Count)
        {
            return false;
        }

        var stop = Math.Min(document.Sentences[sentence].FirstToken + document.Sentences[sentence].TokenCount, first + Defaults.ReleaseWindow);
        if (first + 1 < stop && document.Tokens[first].Span(text).SequenceEqual(",")
            && document.Tokens[first + 1].Span(text).Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var t = first; t < stop; t++)
        {
            var token = document.Tokens[t];
            var word = token.Span(text);
            if ((token.Kind == TokenKind.Punctuation && !word.SequenceEqual(",")) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
                || word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("never", StringComparison.OrdinalIgnoreCase)
                || word.Equals("no", StringComparison.OrdinalIgnoreCase) || HarmWords.Names(Harm.Missing, word))
            {
                return false;
            }

            if (WordList.Contains(word, ReleaseVerbs))
            {
                return true;
            }

            if (word.Equals("found", StringComparison.OrdinalIgnoreCase) && t > first && document.Tokens[t - 1].Span(text).Equals("they", StringComparison.OrdinalIgnoreCase)
                && t + 1 < stop && document.Tokens[t + 1].Span(text) is var after && !after.Equals("nothing", StringComparison.OrdinalIgnoreCase))
            {
                // "Jumaa they found also, in the same place as Ayman": found, alive or dead, so no longer missing
                return true;
            }

            if (t + 2 < document.Tokens.Count && WordList.Contains(word, ReturnVerbs)
                && document.Tokens[t + 1].Span(text) is var particle
                && (particle.Equals("back", StringComparison.OrdinalIgnoreCase) || particle.Equals("out", StringComparison.OrdinalIgnoreCase))
                && document.Tokens[t + 2].Span(text) is var then
                && (then.Equals("after", StringComparison.OrdinalIgnoreCase) || then.Equals("alive", StringComparison.OrdinalIgnoreCase)
                    || document.Tokens[t + 2].Kind == TokenKind.Punctuation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the clause of the people at <paramref name="start"/> gives them the rival harm before this one:
    /// "his wife and his daughter were killed, and he was wounded" (for the wounded), "his friend lost his eyes"; or,
    /// when the clause after them tells no harm, they are set right after a word of the rival harm ("it killed a man,
    /// X, and his grandson was injured", "one man died, the driver, X, and his son lost an eye": X is not wounded).</summary>
    public static bool SufferedRival(DocumentLayout layout, Harm harm, int start, int end)
    {
        return SufferedRivalAfter(layout, harm, start, end) ?? SetAfterRival(layout, harm, start);
    }

    /// <summary>True when the clause after the people ending at <paramref name="end"/> tells they were wounded, by a word
    /// that is never a way of killing ("nine children were wounded", "two men were hurt", "his son lost the eye"; not
    /// "burned" nor "cut", which are often told of the dead, nor the people's own words: "two of the wounded died"): no
    /// toll of the dead.</summary>
    public static bool ToldWounded(DocumentLayout layout, int start, int end) =>
        SufferedRivalAfter(layout, Harm.Killed, end, end, plainWounds: true) == true;

    /// <summary>The clause after the person: true for the rival harm, false for this one, null when it tells neither.
    /// With <paramref name="plainWounds"/>, "burned" and "cut" are not read as the rival harm of a killing.</summary>
    private static bool? SufferedRivalAfter(DocumentLayout layout, Harm harm, int start, int end, bool plainWounds = false)
    {
        var document = layout.Document;
        var index = layout.SentenceOf(start);
        if (index < 0)
        {
            // A count that ends the text, or its line, has no clause after it.
            return null;
        }

        var sentence = document.Sentences[index];
        var stop = sentence.FirstToken + sentence.TokenCount;
        var first = layout.TokenAt(start);
        var after = layout.TokenAt(end);
        var rival = HarmWords.Rival(harm);
        for (var t = first; t < stop; t++)
        {
            // the words of the person ("a wounded man"), then the rest of their clause
            var word = document.Tokens[t].Span(document.Text);
            if (HarmWords.Names(harm, word))
            {
                return false;
            }

            // An aside set off by commas does not end the clause: "A policeman, Walid, was killed".
            if (t >= after && ((document.Tokens[t].Kind == TokenKind.Punctuation && !word.SequenceEqual(",")) || word.Equals("and", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var namesRival = rival is { } other && HarmWords.Names(other, word);
            if (namesRival && t + 1 < stop && HarmWords.Names(harm, document.Tokens[t + 1].Span(document.Text)))
            {
                // "some say thirty-five, because the injured died after": the wounded are the ones who died
                return false;
            }

            if ((namesRival && !(harm == Harm.Injured && ShotInBody(document, t))
                 && !(plainWounds && (word.StartsWith("burn", StringComparison.OrdinalIgnoreCase) || word.StartsWith("cut", StringComparison.OrdinalIgnoreCase))))
                || (!plainWounds && word.Equals("lost", StringComparison.OrdinalIgnoreCase) && (harm == Harm.Killed || (harm == Harm.Injured && LosesPerson(layout, t + 1, stop))))
                || (plainWounds && word.Equals("lost", StringComparison.OrdinalIgnoreCase) && LosesBodyPart(document, t + 1, stop))
                || (!plainWounds && harm == Harm.Killed && (word.Equals("survived", StringComparison.OrdinalIgnoreCase) || word.Equals("lived", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }

        return null;
    }

    /// <summary>"lost the eye", "lost his left leg": a part of the body or a sense within the next three tokens.</summary>
    private static bool LosesBodyPart(Document document, int from, int stop)
    {
        for (var t = from; t < stop && t < from + 3; t++)
        {
            if (WoundedBody.IsPartOrSense(document.Tokens[t].Span(document.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"shot in the legs", "shot at the knee": a wound, not a killing.</summary>
    private static bool ShotInBody(Document document, int t) =>
        document.Tokens[t].Span(document.Text).Equals("shot", StringComparison.OrdinalIgnoreCase) && t + 1 < document.Tokens.Count
        && document.Tokens[t + 1].Span(document.Text) is var next
        && (next.Equals("in", StringComparison.OrdinalIgnoreCase) || next.Equals("at", StringComparison.OrdinalIgnoreCase)
            || next.Equals("through", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when a word of the rival harm comes before the person within their clause, with no word of this
    /// harm between ("killed a man, X"). "shot" is left out for the wounded: "they shot X in the leg" wounds X; and a
    /// person after "of" is an owner or a body's ("stayed under the body of a man"), which the owner rules read.</summary>
    private static bool SetAfterRival(DocumentLayout layout, Harm harm, int start)
    {
        if (HarmWords.Rival(harm) is not { } rival)
        {
            return false;
        }

        var document = layout.Document;
        var sentence = document.Sentences[layout.SentenceOf(start)];
        var first = layout.TokenAt(start);
        for (var t = first - 1; t >= sentence.FirstToken && t >= first - Defaults.RivalBeforeWindow; t--)
        {
            var word = document.Tokens[t].Span(document.Text);
            if ((document.Tokens[t].Kind == TokenKind.Punctuation && !word.SequenceEqual(",")) || word.Equals("and", StringComparison.OrdinalIgnoreCase)
                || word.Equals("but", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase) || HarmWords.Names(harm, word))
            {
                return false;
            }

            if (HarmWords.Names(rival, word) && !word.Equals("shot", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when someone lost a person ("he lost his son"), not a part of himself ("he lost his hand", which
    /// is his wound).</summary>
    private static bool LosesPerson(DocumentLayout layout, int from, int stop)
    {
        var document = layout.Document;
        for (var t = from; t < stop && t < from + Defaults.LossWindow; t++)
        {
            if (CountLexicon.Get(document.Tokens[t].Span(document.Text)).Has(WordTags.Person))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="count"/>, a group named by a noun or a list, stands in a sentence of the evidence that
    /// names no word of the harm while a later one does: the people in the scene, of whom the later sentences say who
    /// suffered it ("three brothers came together. Qais died on the table.").
    /// </summary>
    public static bool IsBystanderGroup(DocumentLayout layout, Harm harm, int first, int end, CountMention count)
    {
        if (count.Cue is not (CountCue.Noun or CountCue.List or CountCue.Single))
        {
            return false;
        }

        var document = layout.Document;
        var sentence = layout.SentenceOf(count.Start);
        if (count.Cue != CountCue.Noun && IsWholeSentence(layout, sentence, count))
        {
            // "... took the men. My husband Abdelsalam and my brother Marwan.": a list that is the whole sentence
            // names those the harm before it was done to
            return false;
        }
        if (EvidenceWords.NamesHarm(document.Text, document.SentenceTokens(sentence), harm))
        {
            return false;
        }

        for (var s = sentence + 1; s < end; s++)
        {
            if (EvidenceWords.NamesHarm(document.Text, document.SentenceTokens(s), harm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when nothing but punctuation lies outside <paramref name="count"/> in its sentence.</summary>
    private static bool IsWholeSentence(DocumentLayout layout, int sentence, CountMention count)
    {
        var document = layout.Document;
        var first = document.Sentences[sentence].FirstToken;
        var stop = first + document.Sentences[sentence].TokenCount;
        for (var t = first; t < stop; t++)
        {
            var token = document.Tokens[t];
            if (token.Kind != TokenKind.Punctuation && (token.End <= count.Start || token.Start >= count.End))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"for his mother", "to my brother": someone the harm was not done to; so is the one told ("a man told my
    /// father", "she texted my cousin") and the one someone stayed or waited with ("hiding with her mother", "who
    /// stayed with his mother"); "with his worker" is a victim beside the one named before.</summary>
    private static bool AfterPreposition(DocumentLayout layout, int offset)
    {
        var index = layout.TokenAt(offset) - 1;
        if (index < 0)
        {
            return false;
        }

        var document = layout.Document;
        var word = document.Tokens[index].Span(document.Text);
        return WordList.Contains(word, ObjectPrepositions) || WordList.Contains(word, TellingVerbs)
            || (index >= 1 && WordList.Contains(word, ErrandVerbs) && document.Tokens[index - 1].Span(document.Text).Equals("to", StringComparison.OrdinalIgnoreCase))
            || (index >= 1 && word.Equals("with", StringComparison.OrdinalIgnoreCase)
                && (WordList.Contains(document.Tokens[index - 1].Span(document.Text), StayingVerbs)
                    || (index >= 2 && WordList.Contains(document.Tokens[index - 1].Span(document.Text), StayingPlaces)
                        && WordList.Contains(document.Tokens[index - 2].Span(document.Text), StayingVerbs))));
    }

    /// <summary>True when a group ends right before <paramref name="t"/> and ", and" or "and" there joins a verb of harm
    /// or of coming for someone done to one person ("Talibs came at night, four of them, and dragged him out"): the
    /// group did it. Not "and shot them", where the group may be the ones shot.</summary>
    private static bool JoinedVerbOnOne(Document document, int t, int stop)
    {
        var text = document.Text;
        if (t < 1 || !(document.Tokens[t - 1].Span(text).Equals("them", StringComparison.OrdinalIgnoreCase)
                       || CountLexicon.Get(document.Tokens[t - 1].Span(text)) is var last && last.Has(WordTags.Person) && last.Has(WordTags.Plural)))
        {
            // "they took my father, and killed him": one person before is the one taken
            return false;
        }

        if (t < stop && document.Tokens[t].Span(text).SequenceEqual(","))
        {
            t++;
        }

        if (t + 2 >= stop || !document.Tokens[t].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var verb = document.Tokens[t + 1].Span(text);
        var whom = document.Tokens[t + 2].Span(text);
        return (IsHarmVerb(verb) || IsRaidVerb(verb)) && Companions.IsObjectPronoun(whom);
    }

    /// <summary>Pronouns that open a clause of their own subject.</summary>
    private static readonly string[] SubjectPronouns = ["i", "we", "you", "he", "she", "they"];

    /// <summary>"two men shot him", "a soldier killed them": a person or group doing the harm to someone else, the
    /// verb right after them (a prepositional phrase between is skipped) and an object pronoun after the verb; or
    /// coming for someone ("four men came at night and took my son"), except for a flight, where those who came are
    /// the ones who fled.</summary>
    public static bool IsAgent(DocumentLayout layout, Harm harm, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var t = layout.TokenAt(end);
        var sentence = layout.SentenceOf(Math.Max(0, end - 1));
        if (sentence < 0)
        {
            return false;
        }

        if (t > 0 && WordList.Contains(document.Tokens[t - 1].Span(text), BodyWords))
        {
            // "nine bodies came to us": the dead brought, not men who came
            return false;
        }

        var stop = document.Sentences[sentence].FirstToken + document.Sentences[sentence].TokenCount;
        if (harm != Harm.Displaced && JoinedVerbOnOne(document, t, stop))
        {
            return true;
        }

        if (harm != Harm.Displaced && (IsArmed(layout, t, stop) || IsRaidApposition(layout, t, stop)
                                       || IsSubjectApposition(layout, harm, t, document.Sentences[sentence].FirstToken)
                                       || IsForceBeforeThey(layout, harm, t, stop)))
        {
            return true;
        }

        if (t + 1 < stop && document.Tokens[t].Span(text) is var on && (on.Equals("on", StringComparison.OrdinalIgnoreCase)
                                                                      || on.Equals("in", StringComparison.OrdinalIgnoreCase)
                                                                      || on.Equals("of", StringComparison.OrdinalIgnoreCase)
                                                                      || on.Equals("with", StringComparison.OrdinalIgnoreCase)))
        {
            // "two men on a motorcycle": skip the phrase to the verb
            t += 2;
            while (t < stop && document.Tokens[t].Kind == TokenKind.Word && !IsHarmVerb(document.Tokens[t].Span(text)) && !IsRaidVerb(document.Tokens[t].Span(text)))
            {
                if (document.Tokens[t].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase))
                {
                    // "they brought four men in a pickup and shot them": the men are the ones harmed
                    return false;
                }

                if (WordList.Contains(document.Tokens[t].Span(text), SubjectPronouns))
                {
                    // "six dead on the ground when I came": the verb after is another subject's
                    return false;
                }

                t++;
                if (t - layout.TokenAt(end) > Defaults.AgentPhrase)
                {
                    return false;
                }
            }
        }

        if (harm != Harm.Displaced && t + 1 < stop && IsRaidVerb(document.Tokens[t].Span(text))
            && !document.Tokens[t + 1].Span(text).Equals("back", StringComparison.OrdinalIgnoreCase))
        {
            // "four men came at night and took my son", "three men with masks dragged him out": those who came for
            // the victim, named or a pronoun after the verb
            for (var o = t + 1; o < stop; o++)
            {
                var word = document.Tokens[o].Span(text);
                if (word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("me", StringComparison.OrdinalIgnoreCase) || word.Equals("us", StringComparison.OrdinalIgnoreCase)
                    || EvidenceWords.PersonEndingAt(layout, o) is not null)
                {
                    return true;
                }

                if (o + 1 < stop && (IsHarmVerb(word) || IsRaidVerb(word)) && document.Tokens[o + 1].Span(text) is var whom
                    && (whom.Equals("my", StringComparison.OrdinalIgnoreCase) || whom.Equals("his", StringComparison.OrdinalIgnoreCase)
                        || whom.Equals("our", StringComparison.OrdinalIgnoreCase) || whom.Equals("their", StringComparison.OrdinalIgnoreCase)))
                {
                    // "... and took my son"
                    return true;
                }
            }
        }

        if (t + 1 >= stop || !IsHarmVerb(document.Tokens[t].Span(text)) || HarmWords.NamesOnly(Harm.Displaced, document.Tokens[t].Span(text)))
        {
            // "Two people left us right there": those who leave someone do them no harm; said of the dead
            return false;
        }

        var next = document.Tokens[t + 1].Span(text);
        return next.Equals("him", StringComparison.OrdinalIgnoreCase) || next.Equals("her", StringComparison.OrdinalIgnoreCase)
            || next.Equals("them", StringComparison.OrdinalIgnoreCase) || next.Equals("us", StringComparison.OrdinalIgnoreCase)
            || next.Equals("me", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a group set off by commas after men who came ("the hisba came at night, four of them, and
    /// dragged him out"): the raiders counted, when what follows does the harm to someone named or a pronoun.</summary>
    private static bool IsRaidApposition(DocumentLayout layout, int t, int stop)
    {
        var document = layout.Document;
        var text = document.Text;
        if (t >= stop || !document.Tokens[t].Span(text).SequenceEqual(","))
        {
            return false;
        }

        // the start of the group: back from its end to the comma before it
        var sentence = document.Sentences[layout.SentenceOf(document.Tokens[t].Start)];
        var b = t - 1;
        while (b >= sentence.FirstToken && !document.Tokens[b].Span(text).SequenceEqual(","))
        {
            b--;
        }

        var came = false;
        for (var k = b - 1; k >= sentence.FirstToken && k >= b - Defaults.AgentPhrase * 2; k--)
        {
            var word = document.Tokens[k].Span(text);
            if (document.Tokens[k].Kind == TokenKind.Punctuation || IsHarmVerb(word))
            {
                break;
            }

            if (word.Equals("came", StringComparison.OrdinalIgnoreCase) || word.Equals("arrived", StringComparison.OrdinalIgnoreCase)
                || word.Equals("entered", StringComparison.OrdinalIgnoreCase) || word.Equals("stormed", StringComparison.OrdinalIgnoreCase))
            {
                came = true;
                break;
            }
        }

        if (!came)
        {
            return false;
        }

        for (var o = t + 1; o + 1 < stop && o <= t + Defaults.AgentPhrase; o++)
        {
            var word = document.Tokens[o].Span(text);
            if (IsHarmVerb(word) || IsRaidVerb(word))
            {
                return IsOneTaken(layout, o + 1);
            }
        }

        return false;
    }

    /// <summary>True for armed men counted in a phrase set off by a comma after "they" did the harm to someone ("They
    /// took him out of the line, two soldiers, the DNR ones"): the count names who "they" were. <paramref name="t"/>
    /// is the token after the count.</summary>
    private static bool IsSubjectApposition(DocumentLayout layout, Harm harm, int t, int first)
    {
        var document = layout.Document;
        var text = document.Text;
        if (t - 1 <= first || !WordList.Contains(document.Tokens[t - 1].Span(text), ForceWords))
        {
            return false;
        }

        var comma = t - 2;
        while (comma > first && comma >= t - 4 && !document.Tokens[comma].Span(text).SequenceEqual(","))
        {
            comma--;
        }

        if (comma <= first + 2 || !document.Tokens[comma].Span(text).SequenceEqual(",")
            || !document.Tokens[first].Span(text).Equals("they", StringComparison.OrdinalIgnoreCase)
            || !HarmWords.Names(harm, document.Tokens[first + 1].Span(text)))
        {
            return false;
        }

        var whom = document.Tokens[first + 2].Span(text);
        return IsOneTaken(layout, first + 2) || whom.Equals("us", StringComparison.OrdinalIgnoreCase)
            || whom.Equals("them", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Most tokens from armed men counted to the "they" that takes them up ("eight or nine soldiers, two in plain
    /// clothes, they took him").</summary>
    private const int ForceTheyWindow = 8;

    /// <summary>True for armed men counted before a comma and a clause of "they" doing the harm to someone: "eight or nine
    /// soldiers, two in plain clothes, they took him and the printer". <paramref name="t"/> is the token after the
    /// count.</summary>
    private static bool IsForceBeforeThey(DocumentLayout layout, Harm harm, int t, int stop)
    {
        var document = layout.Document;
        var text = document.Text;
        if (t < 1 || t >= stop || !WordList.Contains(document.Tokens[t - 1].Span(text), ForceWords) || !document.Tokens[t].Span(text).SequenceEqual(","))
        {
            return false;
        }

        for (var u = t + 1; u + 2 < stop && u <= t + ForceTheyWindow; u++)
        {
            if (document.Tokens[u].Span(text).Equals("they", StringComparison.OrdinalIgnoreCase))
            {
                return document.Tokens[u - 1].Span(text).SequenceEqual(",") && HarmWords.Names(harm, document.Tokens[u + 1].Span(text))
                    && IsOneTaken(layout, u + 2);
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="t"/> opens the one the verb of the harm names: "him", "her", "me", a
    /// name, or "my" or "his" before a relation ("dragged him out", "took my son").</summary>
    private static bool IsOneTaken(DocumentLayout layout, int t)
    {
        var whom = layout.Document.Tokens[t].Span(layout.Document.Text);
        return whom.Equals("him", StringComparison.OrdinalIgnoreCase) || whom.Equals("her", StringComparison.OrdinalIgnoreCase)
            || whom.Equals("me", StringComparison.OrdinalIgnoreCase) || EvidenceWords.PersonEndingAt(layout, t) is not null
            || whom.Equals("my", StringComparison.OrdinalIgnoreCase) || whom.Equals("his", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the words from <paramref name="t"/> describe people as armed: "with masks", ", with
    /// Kalashnikovs", "with the white bands".</summary>
    private static bool IsArmed(DocumentLayout layout, int t, int stop)
    {
        var document = layout.Document;
        var text = document.Text;
        if (t < stop && document.Tokens[t].Span(text).SequenceEqual(","))
        {
            t++;
        }

        if (t + 1 >= stop || !document.Tokens[t].Span(text).Equals("with", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var o = t + 1; o < stop && o <= t + 3; o++)
        {
            if (WordList.Contains(document.Tokens[o].Span(text), ArmsWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs of armed men arriving or seizing someone: who does them is no victim.</summary>
    private static bool IsRaidVerb(ReadOnlySpan<char> word) => WordList.Contains(word, RaidVerbs);

    /// <summary>True when <paramref name="mention"/> is a group with the speaker in it set off after a clause of "we" that
    /// tells no harm to people: "We carried her on a bed frame, me and her grandson Issa." names those who carried.</summary>
    public static bool IsWeWithoutHarm(DocumentLayout layout, CountMention mention)
    {
        var document = layout.Document;
        var text = document.Text;
        var at = layout.TokenAt(mention.Start);
        var sentence = document.Sentences[layout.SentenceOf(mention.Start)];
        if (mention.Cue != CountCue.List || at < sentence.FirstToken + 3 || !document.Tokens[at - 1].Span(text).SequenceEqual(",")
            || !(document.Tokens[at].Span(text).Equals("me", StringComparison.OrdinalIgnoreCase) || document.Tokens[at].Span(text).Equals("I", StringComparison.Ordinal)))
        {
            return false;
        }

        var we = sentence.FirstToken;
        if (document.Tokens[we].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase) || document.Tokens[we].Span(text).Equals("then", StringComparison.OrdinalIgnoreCase))
        {
            we++;
        }

        if (!document.Tokens[we].Span(text).Equals("we", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var t = we + 1; t < at - 1; t++)
        {
            var word = document.Tokens[t].Span(text);
            if (IsHarmVerb(word) || CountLexicon.Get(word).Has(WordTags.Harm))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="word"/> names a harm done to people (any harm but damage).</summary>
    public static bool IsHarmVerb(ReadOnlySpan<char> word)
    {
        foreach (var harm in AllHarms)
        {
            if (harm != Harm.PropertyDamage && HarmWords.Names(harm, word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ThirdPossessives = ["his", "her", "their"];

    /// <summary>"his", "her" or "their": what follows is someone's, another person than the one they point to.</summary>
    internal static bool IsThirdPossessive(ReadOnlySpan<char> word) => WordList.Contains(word, ThirdPossessives);

    /// <summary>"the house of Sayed Rasul", "the yard of our neighbour Faizullah", "Ibtisam's husband": an owner or a
    /// relative the victim is named by, not a victim.</summary>
    private static bool IsPossessor(DocumentLayout layout, int start, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var after = layout.TokenAt(end);
        if (after < document.Tokens.Count && document.Tokens[after].Start < end + 1
            && document.Tokens[after].Span(text) is var next && (next.Equals("'s", StringComparison.Ordinal) || next.Equals("’s", StringComparison.Ordinal)))
        {
            return true;
        }

        if (text.AsSpan(start, end - start).EndsWith("'s", StringComparison.Ordinal))
        {
            return true;
        }

        if (NamesFamily(layout, end))
        {
            // "the house of the Haddad family and all six of them were killed": the family is who was harmed
            return false;
        }

        var index = layout.TokenAt(start);
        if (index >= 1 && document.Tokens[index - 1].Kind == TokenKind.Punctuation)
        {
            // "the house of my neighbour Ussene, his wife Rabia": one of the owner's, not the owner again
            return document.Tokens[index - 1].Span(text).SequenceEqual(",") && IsOwnerSetOff(document, index - 1)
                && !IsThirdPossessive(document.Tokens[index].Span(text));
        }

        return OfWithin(document, index - 1, Math.Max(0, index - Defaults.PossessorWindow)) >= 0;
    }

    /// <summary>The token of the nearest "of" from <paramref name="from"/> back to <paramref name="lowest"/> with no
    /// punctuation between, or -1.</summary>
    private static int OfWithin(Document document, int from, int lowest)
    {
        for (var t = from; t >= lowest; t--)
        {
            if (document.Tokens[t].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            if (document.Tokens[t].Span(document.Text).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>True when the comma at <paramref name="comma"/> ends the owner of a thing, so that the name after it is
    /// that owner again: "the house of her former neighbour, Siddig" (not "the daughter of my neighbour, Reem", where
    /// the name is the daughter's).</summary>
    private static bool IsOwnerSetOff(Document document, int comma)
    {
        var of = OfWithin(document, comma - 1, Math.Max(1, comma - Defaults.PossessorWindow - 1));
        return of >= 1 && CountLexicon.Get(document.Tokens[of - 1].Span(document.Text)).Has(WordTags.Thing)
            && !WordList.Contains(document.Tokens[of - 1].Span(document.Text), BodyWords);
    }

    /// <summary>True when the person at <paramref name="start"/> is the one whose body is told: "the body of Abu Khalil",
    /// "the bodies of my uncle Salem", or a later "of" of the same list ("the bodies of Abu Khalil, of his young son, and
    /// of his brother").</summary>
    public static bool IsOfTheDead(DocumentLayout layout, int start) => IsOf(layout, start, BodyWords);

    /// <summary>True when the person at <paramref name="start"/> follows an "of" after one of <paramref name="heads"/>,
    /// or a later "of" of the same list ("of Abu Khalil, of his young son, and of his brother", "of Khudeda, or of
    /// Saeed").</summary>
    private static bool IsOf(DocumentLayout layout, int start, string[] heads)
    {
        var document = layout.Document;
        var text = document.Text;
        var index = layout.TokenAt(start);
        var sentence = layout.SentenceOf(start);
        if (sentence < 0)
        {
            return false;
        }

        var first = document.Sentences[sentence].FirstToken;
        var of = OfWithin(document, index - 1, Math.Max(first, index - Defaults.PossessorWindow));
        if (of <= first)
        {
            return false;
        }

        if (WordList.Contains(document.Tokens[of - 1].Span(text), heads))
        {
            return true;
        }

        if (!IsListJoint(document.Tokens[of - 1].Span(text)))
        {
            return false;
        }

        var from = of;
        for (var t = of - 2; t > first && t >= from - Defaults.BodyListWindow; t--)
        {
            if (!document.Tokens[t].Span(text).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // each "of" of the list opens the window again
            from = t;

            var before = document.Tokens[t - 1].Span(text);
            if (WordList.Contains(before, heads))
            {
                return true;
            }

            if (!IsListJoint(before))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsListJoint(ReadOnlySpan<char> word) =>
        word.SequenceEqual(",") || word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="t"/> is a verb of seeing or tending the harmed, or "found" before a body
    /// within two words ("found his body", "found the bodies").</summary>
    private static bool IsSeeing(Document document, int t)
    {
        var word = document.Tokens[t].Span(document.Text);
        if (WordList.Contains(word, SeeingVerbs))
        {
            return true;
        }

        if (!word.Equals("found", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var next = t + 1; next < document.Tokens.Count && next <= t + 2; next++)
        {
            if (WordList.Contains(document.Tokens[next].Span(document.Text), FoundBodies))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the token at <paramref name="t"/> opens a name ("Orlando Restrepo, called El Mono"): "called"
    /// then names, it does not phone.</summary>
    private static bool NamesAfter(Document document, int t) =>
        t < document.Tokens.Count && document.Tokens[t].Kind == TokenKind.Word && char.IsUpper(document.Text[document.Tokens[t].Start]);

    /// <summary>Verbs whose subject is the source of what is told: "Ali told me", "My husband says they were taken".</summary>
    private static readonly string[] SourceVerbs = ["says", "said", "told", "tells"];

    /// <summary>True for a verb of <see cref="SourceVerbs"/>: the person right before it tells, and is not told of.</summary>
    internal static bool IsSourceVerb(ReadOnlySpan<char> word) => WordList.Contains(word, SourceVerbs);

    /// <summary>"Ali told me", "according to Ali", "Ali said", "Ali saw his body": a source, not a victim.</summary>
    private static bool IsInformant(DocumentLayout layout, int start, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var index = layout.TokenAt(end);
        for (var t = index; t >= 0 && t < document.Tokens.Count && t < index + Defaults.InformantWindow; t++)
        {
            var word = document.Tokens[t].Span(text);
            if (IsSourceVerb(word) || (word.Equals("called", StringComparison.OrdinalIgnoreCase) && !NamesAfter(document, t + 1))
                || (t == index && IsSeeing(document, t)))
            {
                return true;
            }

            if (document.Tokens[t].Kind == TokenKind.Punctuation && !word.SequenceEqual(","))
            {
                // "My cousin Abdul Qahar lives in Almar; he told us that ...": the next clause takes them up to tell
                if (word.SequenceEqual(";") && t + 2 < document.Tokens.Count && IsSourceVerb(document.Tokens[t + 2].Span(text))
                    && (document.Tokens[t + 1].Span(text).Equals("he", StringComparison.OrdinalIgnoreCase)
                        || document.Tokens[t + 1].Span(text).Equals("she", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }

                break;
            }
        }

        var before = layout.TokenAt(start) - 1;
        return before >= 1
            && document.Tokens[before].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase)
            && document.Tokens[before - 1].Span(text).Equals("according", StringComparison.OrdinalIgnoreCase);
    }
}
