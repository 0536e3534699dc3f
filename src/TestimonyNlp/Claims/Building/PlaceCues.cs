using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>What the words before a PLACE mention say about the place's part in what is told.</summary>
internal enum PlaceCue
{
    /// <summary>Nothing: the place can be where the harm happened ("in Douma", "the market of Douma").</summary>
    None,

    /// <summary>Where people went: "took him to Herat".</summary>
    Destination,

    /// <summary>Where someone or something came from: "a boy from Kafr Nabl", "coming back from al-Turbah". Not a
    /// sentence that opens with "from" ("From Saraqib."): that answers where the witness is from.</summary>
    Origin,

    /// <summary>A place on the way, or where people ended up: "through Beit Sahm", "towards the mountains",
    /// "then Gedaref", "on Salah al-Din street", "left for Kharkiv", "to the house of my uncle in Saqba".</summary>
    Route,

    /// <summary>A bearing: the side fire came from or the place a road leads to ("from the side of Miranda", "from
    /// the Rumangabo side", "the Yinmabin road"), which names a direction, not where the harm happened.</summary>
    Bearing,

    /// <summary>Where the wounded were treated or captives held, named after the building: "the hospital in Duhok",
    /// "their prison in al-Baghouz".</summary>
    Care,

    /// <summary>Where someone or something is now, at the time of telling, or where a person was while the harm
    /// happened elsewhere: "my son is in Kalar", "they are in Pakistan", "I was not there, I was in Hanano"; and where people who talk of it are: "people in
    /// Beni say".</summary>
    Present,

    /// <summary>Where people went back to: "we went back to Ain Zara", "he returned to Pysarivka", "he went back toward
    /// Shasha". Unlike a
    /// destination, the place people come home to is where what is told next happened.</summary>
    Return,
}

/// <summary>
/// Reads the <see cref="PlaceCue"/> of a PLACE mention from the tokens before it. A destination is never where
/// harm happened; an origin names where the victims or the attackers came from, which is the site only when the
/// evidence names no other place; a flight's route, and where it ended ("for Kharkiv", "to my sister in Fastiv"),
/// is not the place it left.
/// </summary>
internal static class PlaceCues
{
    /// <summary>Words before a place people moved by or to: "through Beit Sahm", "left for Kharkiv", "by Nimroz, with a
    /// smuggler", "drove past Harasta"; and "over", what is crossed or flown over ("the hills over Hawban"), which
    /// <see cref="AcrossOver"/> reads before an article too. Not "reached": the place people reached ("we reached the
    /// mountain") is where what is told next happened; out of fold, carried over a later harm, it was gold's site for 4
    /// claims of 4 that had taken an older place (models/README.md, "Claim sites").</summary>
    private static readonly string[] MovementWords = ["towards", "toward", "through", "via", "then", "for", "by", "across", "past", "over"];

    /// <summary>Words before a place on the way of a flight that can also be where harm happened: "near Karma", "at the
    /// checkpoint", "on Salah al-Din street".</summary>
    private static readonly string[] PositionWords = ["near", "at", "on"];

    /// <summary>Words before the "to" of a place people went back to: "came back to Izyum", "returned to Jalawla". Out
    /// of fold gold's site was the place after "back to" for 29 of 31 claims that carried an older place past it
    /// (models/README.md, "Claim sites").</summary>
    private static readonly string[] ReturnWords = ["back", "returned", "return", "returning", "returns"];

    /// <summary>Words that end a phrase opened by "to" before a place: "to the house of my uncle in Saqba" is where
    /// people ended up, "to the market and in Saqba" is not.</summary>
    private static readonly string[] ClauseBreaks = ["and", "but", "where", "when", "while", "because", "then", "from", "was", "were", "is", "are"];

    /// <summary>Settings of the cues.</summary>
    public static class Defaults
    {
        /// <summary>Most tokens looked back from an "in" or "of" before a place for the "to" that makes the place where
        /// people ended up ("to my sister in Fastiv", "to the house of my cousin in Saqba").</summary>
        public const int PhraseAfterToWindow = 6;

        /// <summary>Most tokens looked back from the "in" or "at" before a place for a word of looking for someone
        /// (<see cref="IsWhereSought"/>): "we asked the sheikhs in Tuz"; two more than <see cref="PhraseAfterToWindow"/>, to
        /// reach past the first place of a list ("asked at every police station, at the Bilpam gate", "nobody has
        /// seen him, not in Sake, not in Goma"; out of fold, with the list read as one, 2 right sites more than 6 tokens without).</summary>
        public const int SeekingWindow = 8;
    }

    /// <summary>The cue of <paramref name="place"/>. A place joined to the one before it by "and" or "or" ("from Beit
    /// Lahia and Beit Hanoun", "went to Adwa and Shire") takes that place's cue.</summary>
    public static PlaceCue Of(DocumentLayout layout, EntityMention place)
    {
        if (EarlierConjunct(layout, place) is { } first)
        {
            return Of(layout, first);
        }

        var index = layout.TokenAt(place.Start) - 1;
        if (index < 0)
        {
            return PlaceCue.None;
        }

        var document = layout.Document;
        var word = document.Tokens[index].Span(document.Text);
        if (IsBearing(layout, place, index))
        {
            return PlaceCue.Bearing;
        }

        if (word.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return index > 0 && WordList.Contains(document.Tokens[index - 1].Span(document.Text), ReturnWords)
                ? PlaceCue.Return
                : PlaceCue.Destination;
        }

        if (IsBackToward(layout, index))
        {
            return PlaceCue.Return;
        }

        var fromIndex = word.Equals("from", StringComparison.OrdinalIgnoreCase) ? index
            : IsArticle(word) && index > 0 && document.Tokens[index - 1].Span(document.Text).Equals("from", StringComparison.OrdinalIgnoreCase) ? index - 1
            : -1;
        if (fromIndex >= 0)
        {
            // "from Kafr Nabl", "from the Mamand valley"; but a sentence that opens with it answers where the witness
            // is from ("From Saraqib."), and so does "I am from Saraqib": the home, where what is told happened.
            return OpensSentence(layout, fromIndex) || IsOwnHomeTold(layout, fromIndex, place) ? PlaceCue.None : PlaceCue.Origin;
        }

        if ((word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase)) && index > 0
            && IsCareWord(document.Tokens[index - 1].Span(document.Text)))
        {
            return PlaceCue.Care;
        }

        if (IsTreatedIn(layout, index))
        {
            // "the doctor in Tawila said leave the piece", "he had surgery in Ramtha": where the wounded were treated,
            // not where they were hurt.
            return PlaceCue.Care;
        }

        if (IsCareAt(layout, index))
        {
            // "died in the hospital at Ndosho", "at the hospital, in Saada": where the wounded were treated, not where
            // they were hurt.
            return PlaceCue.Care;
        }

        if (IsReportSource(layout, place) || IsPlaceReleased(layout, place))
        {
            // "the radio of Taiz said eleven died": where the news came from; "they released him in Amiriya": where a
            // captive came out.
            return PlaceCue.Present;
        }

        if (word.Equals("in", StringComparison.OrdinalIgnoreCase) && index > 0 && IsWhereSomeoneIs(layout, index))
        {
            return PlaceCue.Present;
        }

        if ((word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase)) && index > 0
            && document.Tokens[index - 1].Span(document.Text).Equals("people", StringComparison.OrdinalIgnoreCase))
        {
            // "people in Beni call the ADF like this", "what people in Mykolaiv say": where those who told or talk
            // are, not where the harm happened. Out of fold a place after "people in" or "people of" carried over a
            // later harm was gold's site 4 times of 28 (models/README.md, "Claim sites").
            return PlaceCue.Present;
        }

        if (WordList.Contains(word, PositionWords))
        {
            return PlaceCue.Route;
        }

        return IsMovement(layout, index) ? PlaceCue.Route : PlaceCue.None;
    }

    /// <summary>
    /// True when the word before <paramref name="place"/> is a word of movement ("took them toward Dioungani",
    /// "drove past Harasta") and not a bearing: such a place is not carried over to a later harm, unlike one named
    /// as where something stood ("near Karma").
    /// </summary>
    public static bool FollowsMovementWord(DocumentLayout layout, EntityMention place)
    {
        var index = layout.TokenAt(place.Start) - 1;
        return index >= 0 && !IsBearing(layout, place, index) && !IsBackToward(layout, index)
            && (WordList.Contains(layout.Document.Tokens[index].Span(layout.Document.Text), MovementWords) || AcrossOver(layout, index));
    }

    /// <summary>The PLACE mention that <paramref name="place"/> is joined to by "and" or "or" (an article between
    /// allowed): "from Sirwan and Balkha", "to the camp or the school". Out of fold the place after "and" carried over
    /// a later harm was gold's site 3 times of 30 (models/README.md, "Claim sites"): it is a second origin or destination
    /// of a list whose first took the cue.</summary>
    private static EntityMention? EarlierConjunct(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var index = layout.TokenAt(place.Start) - 1;
        if (index > 0 && IsArticle(document.Tokens[index].Span(document.Text)))
        {
            index--;
        }

        if (index < 1 || !IsConjunction(document.Tokens[index].Span(document.Text)))
        {
            return null;
        }

        var previous = document.Tokens[index - 1];
        return layout.EntityAt(previous.Start) is { Type: EntityType.Place } first && first.End <= previous.End && first.End < place.Start
            ? first
            : null;
    }

    private static bool IsConjunction(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the token at <paramref name="index"/>, the one before a place, is "toward" or "towards" after
    /// a word of going back ("he went back toward Shasha", "when the army came back toward Tamboul"): like "back to", the
    /// place people came home to, where what is told next happened. Out of fold, carried over a later harm, it was
    /// gold's site for 3 claims of 3 that had taken an older place (models/README.md, "Claim sites").</summary>
    private static bool IsBackToward(DocumentLayout layout, int index)
    {
        var document = layout.Document;
        var word = document.Tokens[index].Span(document.Text);
        return index > 0 && (word.Equals("toward", StringComparison.OrdinalIgnoreCase) || word.Equals("towards", StringComparison.OrdinalIgnoreCase))
            && WordList.Contains(document.Tokens[index - 1].Span(document.Text), ReturnWords);
    }

    /// <summary>True when the token at <paramref name="index"/>, the one before a place, is a word of movement or
    /// the "in" or "of" of a phrase opened by "to".</summary>
    private static bool IsMovement(DocumentLayout layout, int index)
    {
        var word = layout.Document.Tokens[index].Span(layout.Document.Text);
        return WordList.Contains(word, MovementWords) || AcrossOver(layout, index)
            || ((word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase))
                && InPhraseAfterTo(layout, index));
    }

    /// <summary>True when the token at <paramref name="index"/>, the one before a place, is the article of "over the"
    /// ("the bridge over the Oskil", "our soldiers held the part over the Donets"): a river crossed, or what lies
    /// beyond it. Out of fold a place after "over" or "over the" carried over a later harm was gold's site 16 times of
    /// 43 and an earlier place 23 times (models/README.md, "Claim sites").</summary>
    private static bool AcrossOver(DocumentLayout layout, int index)
    {
        var document = layout.Document;
        return index > 0 && IsArticle(document.Tokens[index].Span(document.Text))
            && document.Tokens[index - 1].Span(document.Text).Equals("over", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when a "to" opens the phrase that ends at token <paramref name="index"/> ("to the house of my
    /// cousin in"), looking back no further than the sentence, a punctuation mark or a word that opens a clause.</summary>
    private static bool InPhraseAfterTo(DocumentLayout layout, int index)
    {
        var document = layout.Document;
        var sentence = layout.SentenceOf(document.Tokens[index].Start);
        var first = sentence >= 0 ? document.Sentences[sentence].FirstToken : index;
        var stop = Math.Max(first, index - Defaults.PhraseAfterToWindow);
        for (var i = index - 1; i >= stop; i--)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            var word = token.Span(document.Text);
            if (IsTo(word))
            {
                return true;
            }

            foreach (var clauseBreak in ClauseBreaks)
            {
                if (word.Equals(clauseBreak, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return false;
    }

    /// <summary>Pronouns of the witness's own party, or of the witness asked, before "am" or "are": "I am from",
    /// "we are from", "you are from".</summary>
    private static readonly string[] OwnPartyPronouns = ["i", "we", "you"];

    /// <summary>Words right after a home told that set it apart from the story's place: "I am from Saqba originally",
    /// "I am from Saqba, but I worked in Arbin".</summary>
    private static readonly string[] HomeLeftWords = ["originally", "but"];

    /// <summary>
    /// True when the "from" at <paramref name="fromIndex"/> tells the witness's own home: "I am from Saqba", "we are
    /// from Saqba", "You are from Saqba?", "Are you from Saqba?", and the second "from" of "I am from Saqba, from the
    /// Jawra quarter". Where the witness comes from is the story's place, like the answer that opens with "From"; but a
    /// home left long ago or set apart ("I am from Saqba originally", "I am from Saqba, but I worked in the mine") stays
    /// an origin, and so does a home followed in its sentence by another place ("we are from Saqba, the Jawra
    /// quarter"), which tells where the story is, or one where the same answer goes on to say where people were taken
    /// ("We left in May, a truck took us to Arbin"), a home left behind. Out of fold, carrying such a home over gained
    /// 13 right sites net and moved no pair of the linking (models/README.md, "Claim sites").
    /// </summary>
    private static bool IsOwnHomeTold(DocumentLayout layout, int fromIndex, EntityMention place)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        if (fromIndex < 2 || !(IsOwnHomeFrom(layout, fromIndex) || IsSecondHomeFrom(layout, fromIndex)))
        {
            return false;
        }

        var after = layout.TokenAt(place.End - 1) + 1;
        if (after < tokens.Count && tokens[after].Span(document.Text).SequenceEqual(","))
        {
            after++;
        }

        if (after < tokens.Count && WordList.Contains(tokens[after].Span(document.Text), HomeLeftWords))
        {
            return false;
        }

        var sentence = layout.SentenceOf(place.Start);
        if (sentence < 0)
        {
            return false;
        }

        var sentences = document.Sentences;
        foreach (var later in layout.EntitiesWithin(place.End, sentences[sentence].End))
        {
            if (later.Type == EntityType.Place)
            {
                return false;
            }
        }

        var turn = layout.Turn(sentence);
        for (var next = sentence + 1; next < sentences.Count && layout.Turn(next) == turn; next++)
        {
            foreach (var later in layout.EntitiesWithin(sentences[next].Start, sentences[next].End))
            {
                if (later.Type == EntityType.Place && Of(layout, later) == PlaceCue.Destination)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True when "I am", "we are", "you are" or "are you" stands right before the "from" at
    /// <paramref name="fromIndex"/>.</summary>
    private static bool IsOwnHomeFrom(DocumentLayout layout, int fromIndex)
    {
        var document = layout.Document;
        var verb = document.Tokens[fromIndex - 1].Span(document.Text);
        var subject = document.Tokens[fromIndex - 2].Span(document.Text);
        return (verb.Equals("am", StringComparison.OrdinalIgnoreCase) && subject.Equals("i", StringComparison.OrdinalIgnoreCase))
               || (verb.Equals("are", StringComparison.OrdinalIgnoreCase) && WordList.Contains(subject, OwnPartyPronouns))
               || (verb.Equals("you", StringComparison.OrdinalIgnoreCase) && subject.Equals("are", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the "from" at <paramref name="fromIndex"/> follows a comma after a home told with
    /// <see cref="IsOwnHomeFrom"/>: the second "from" of "I am from Saqba, from the Jawra quarter".</summary>
    private static bool IsSecondHomeFrom(DocumentLayout layout, int fromIndex)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        if (!tokens[fromIndex - 1].Span(document.Text).SequenceEqual(",") || layout.EntityAt(tokens[fromIndex - 2].Start) is not { Type: EntityType.Place } home)
        {
            return false;
        }

        var homeFrom = layout.TokenAt(home.Start) - 1;
        if (homeFrom >= 0 && IsArticle(tokens[homeFrom].Span(document.Text)))
        {
            homeFrom--;
        }

        return homeFrom >= 2 && tokens[homeFrom].Span(document.Text).Equals("from", StringComparison.OrdinalIgnoreCase)
               && IsOwnHomeFrom(layout, homeFrom);
    }

    /// <summary>True when the token at <paramref name="index"/> is the first of its sentence.</summary>
    private static bool OpensSentence(DocumentLayout layout, int index)
    {
        var sentence = layout.SentenceOf(layout.Document.Tokens[index].Start);
        return sentence >= 0 && layout.Document.Sentences[sentence].FirstToken == index;
    }

    /// <summary>True when the place is named as a bearing: after "side of" ("from the side of Miranda"), or before
    /// the word "side" or "road" ("from the Rumangabo side", "the Yinmabin road"). <paramref name="index"/> is the
    /// token before the place. Not a road named as where someone or something was, after "on" ("on the Hama road",
    /// "we walked on Salah al-Din road"): gold takes the road, by the place's name, as the site. Out of fold such a
    /// place was gold's site 10 times of 14, and read so the site of 9 claims more was right and of 2 fewer
    /// (models/README.md, "Claim sites").</summary>
    private static bool IsBearing(DocumentLayout layout, EntityMention place, int index)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        if (index > 0 && tokens[index].Span(document.Text).Equals("of", StringComparison.OrdinalIgnoreCase)
            && tokens[index - 1].Span(document.Text).Equals("side", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (IsFireOrigin(layout, index) || IsAttackersPosition(layout, index))
        {
            return true;
        }

        var next = layout.TokenAt(place.End);
        if (next >= tokens.Count || tokens[next].Start < place.End)
        {
            return false;
        }

        var word = tokens[next].Span(document.Text);
        return word.Equals("side", StringComparison.OrdinalIgnoreCase)
            || (word.Equals("road", StringComparison.OrdinalIgnoreCase) && !IsOnRoad(layout, index));
    }

    /// <summary>True when <paramref name="place"/> follows "on the road to", "by the road from" and the like ("a mine
    /// exploded on the road to Harasta"): like "on the Harasta road", the road where the harm happened, named by a
    /// place it leads to or comes from, not where people went; unless it only says which gate or exit a spot at the edge
    /// of the story's place is (<see cref="AfterEdgeOfPlace"/>). Out of fold gold took such a place as the site of 28
    /// matched claims whose site was wrong, the pipeline having passed it over as a destination or an origin
    /// (models/README.md, "Claim sites").</summary>
    public static bool IsAlongRoad(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var index = layout.TokenAt(place.Start) - 1;
        if (index < 2)
        {
            return false;
        }

        var word = document.Tokens[index].Span(document.Text);
        if (!word.Equals("to", StringComparison.OrdinalIgnoreCase) && !word.Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var road = document.Tokens[index - 1].Span(document.Text);
        if (!road.Equals("road", StringComparison.OrdinalIgnoreCase) && !road.Equals("highway", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = index - 2;
        if (IsArticle(document.Tokens[before].Span(document.Text)))
        {
            before--;
        }

        if (before < 0)
        {
            return false;
        }

        var position = document.Tokens[before].Span(document.Text);
        return (position.Equals("on", StringComparison.OrdinalIgnoreCase) || position.Equals("by", StringComparison.OrdinalIgnoreCase)
                || position.Equals("along", StringComparison.OrdinalIgnoreCase))
            && !AfterEdgeOfPlace(layout, before - 1);
    }

    /// <summary>Words of a spot at the edge of a place: "outside the gate", "at the exits", "the checkpoint at the
    /// entrance".</summary>
    private static readonly string[] EdgeWords = ["outside", "gate", "gates", "exit", "exits", "entrance", "checkpoint",
        "outskirts", "edge"];

    /// <summary>True when the token at <paramref name="comma"/> is a comma closing a phrase, within its sentence, that
    /// names a spot at the edge of a place (<see cref="EdgeWords"/>): "outside the gate, on the road to Adwa", "they put
    /// mines at the exits, on the road to Hama". The road then only says which gate or exit: the harm happened there,
    /// at the story's place, not along the road towards the place it leads to.</summary>
    private static bool AfterEdgeOfPlace(DocumentLayout layout, int comma)
    {
        var document = layout.Document;
        if (comma < 1 || !document.Tokens[comma].Span(document.Text).Equals(",", StringComparison.Ordinal))
        {
            return false;
        }

        var sentence = layout.SentenceOf(document.Tokens[comma].Start);
        var first = sentence >= 0 ? document.Sentences[sentence].FirstToken : comma;
        var stop = Math.Max(first, comma - Defaults.PhraseAfterToWindow);
        for (var i = comma - 1; i >= stop; i--)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (WordList.Contains(token.Span(document.Text), EdgeWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the token at <paramref name="index"/>, the one before a place followed by "road", is "on" or
    /// the article of "on the" ("on the Hama road").</summary>
    private static bool IsOnRoad(DocumentLayout layout, int index)
    {
        var document = layout.Document;
        if (IsArticle(document.Tokens[index].Span(document.Text)))
        {
            index--;
        }

        return index >= 0 && document.Tokens[index].Span(document.Text).Equals("on", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a hospital or clinic named as such ("Bost hospital"): where the wounded were taken.</summary>
    public static bool IsCare(EntityMention place)
    {
        var text = place.Text.AsSpan().TrimEnd();
        return IsCareWord(text[(text.LastIndexOf(' ') + 1)..]);
    }

    private static bool IsCareWord(ReadOnlySpan<char> word) =>
        word.Equals("hospital", StringComparison.OrdinalIgnoreCase) || word.Equals("clinic", StringComparison.OrdinalIgnoreCase)
        || word.Equals("prison", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words of looking for someone: "his mother went to Tarsa to ask", "we paid a man in Tarsa".</summary>
    private static readonly string[] SearchWords = ["asked", "ask", "asking", "searched", "searching", "looked", "looking",
        "paid"];

    /// <summary>Words of looking for someone, or of being told where they were seen, before the "in" or "at" of the
    /// place: "we asked in Hajin", "we paid a lawyer in Damascus", "asked everywhere, in Baghdad", "he saw him in
    /// Mezzeh".</summary>
    private static readonly string[] SeekingWords = [.. SearchWords, "saw", "seen"];

    /// <summary>Words of a guess before a place: "maybe Kalay prison".</summary>
    private static readonly string[] GuessWords = ["maybe", "perhaps"];

    /// <summary>Subjects after the verb of a question of where someone is: "is he in", "are they in".</summary>
    private static readonly string[] AskedSubjects = ["he", "she", "they"];

    /// <summary>Nouns of where families go to ask for the missing, before the "in" or "at" of its town: "the Red Cross in
    /// Maiduguri", "the morgue at Omdurman", "the office in Duhok", "a lawyer in Damascus".</summary>
    private static readonly string[] SearchedPlaceNouns = ["office", "morgue", "cross", "crescent", "lawyer", "court", "list", "lists"];

    /// <summary>
    /// True when <paramref name="place"/> follows "in" or "at" (an article between allowed) within
    /// <see cref="Defaults.SeekingWindow"/> tokens of its sentence after a word of looking for someone or of a
    /// sighting (<see cref="SeekingWords"/>): "his wife asked in Qayyarah, in Baghdad", "a man told us he saw him in
    /// Sednaya"; or follows the "in" of where someone is (<see cref="IsWhereSomeoneIs"/>: "some said he is in
    /// Hajin"); or is listed after such a place ("nobody knows if he is in Afrin, in Turkey"). So is a place after
    /// "not in" ("no news of them, not in Sebba"), after "in" or "at" within the window after a noun of where families
    /// ask (<see cref="SearchedPlaceNouns"/>: "the Red Cross in Maiduguri", "the office in Duhok"), after "maybe"
    /// ("maybe Kalay prison") and after "is he in". Where the family searched, or where a missing person is said or
    /// guessed to be or was seen, is not where they went missing: out of fold, of the disappearances whose site was
    /// such a place of the evidence, gold took it once of 19 after a word of looking and never of 9 after "is in" or
    /// "saw him in", nor any of 10 it took after "not in", a noun of asking, "maybe" or "is he in" (models/README.md, "Claim
    /// sites"). "people in" is left out: "the list of the people of Ardamata" names the place the missing were taken
    /// from.
    /// </summary>
    public static bool IsWhereSought(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var index = layout.TokenAt(place.Start) - 1;
        if (index > 0 && IsArticle(document.Tokens[index].Span(document.Text)))
        {
            index--;
        }

        if (index >= 0 && WordList.Contains(document.Tokens[index].Span(document.Text), GuessWords))
        {
            // "we don't know where he is, maybe Kalay prison": a guess at where the missing man is.
            return true;
        }

        if (index < 1 || !(document.Tokens[index].Span(document.Text).Equals("in", StringComparison.OrdinalIgnoreCase)
                           || document.Tokens[index].Span(document.Text).Equals("at", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (index > 1 && WordList.Contains(document.Tokens[index - 1].Span(document.Text), AskedSubjects)
            && IsPresentBe(document.Tokens[index - 2].Span(document.Text)))
        {
            // "is he alive, is he in Russia": the question of where the missing man is now.
            return true;
        }

        if (EarlierListed(layout, index) is { } earlier)
        {
            // "nobody knows if he is in Afrin, in Turkey": the second place of a list takes the first's part.
            return IsWhereSought(layout, earlier);
        }

        if (document.Tokens[index].Span(document.Text).Equals("in", StringComparison.OrdinalIgnoreCase) && IsWhereSomeoneIs(layout, index))
        {
            // "some said he is in Hajin": where the missing person is said to be now.
            return true;
        }

        if (document.Tokens[index - 1].Span(document.Text).Equals("not", StringComparison.OrdinalIgnoreCase))
        {
            // "we have no news of them, not in Sebba": a place where the missing were not found.
            return true;
        }

        var sentence = layout.SentenceOf(document.Tokens[index].Start);
        var first = sentence >= 0 ? document.Sentences[sentence].FirstToken : index;
        for (var i = index - 1; i >= Math.Max(first, index - Defaults.SeekingWindow); i--)
        {
            if (WordList.Contains(document.Tokens[i].Span(document.Text), SeekingWords)
                || WordList.Contains(document.Tokens[i].Span(document.Text), SearchedPlaceNouns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The PLACE mention that ends right before the comma (and a "not" or "even") that precedes the "in" or
    /// "at" at <paramref name="inIndex"/>: "in Sake, not in Goma", "at Giyada, at the Bilpam gate".</summary>
    private static EntityMention? EarlierListed(DocumentLayout layout, int inIndex)
    {
        var document = layout.Document;
        var index = inIndex - 1;
        if (index > 0 && (document.Tokens[index].Span(document.Text).Equals("not", StringComparison.OrdinalIgnoreCase)
                          || document.Tokens[index].Span(document.Text).Equals("even", StringComparison.OrdinalIgnoreCase)))
        {
            index--;
        }

        if (index < 1 || !document.Tokens[index].Span(document.Text).SequenceEqual(","))
        {
            return null;
        }

        var previous = document.Tokens[index - 1];
        return layout.EntityAt(previous.Start) is { Type: EntityType.Place } place && place.End <= previous.End ? place : null;
    }

    /// <summary>Words between a "to be" and the "in" of where someone is or was: "he is here in Kalar", "I was already
    /// here in Kalay", "she is still in Gondar".</summary>
    private static readonly string[] StayWords = ["here", "already", "still", "now"];

    /// <summary>Subjects of a "was" or "were" that tell where a person was: "I was in Beni with my moto", "she was in
    /// Karari". "we" and "they" are left out: out of fold, with them the rule took 13 right sites fewer and the linking of
    /// the pipeline's claims lost a right pair and took two false ones (the witness's own party was often where the
    /// harm happened: "we were in the market when").</summary>
    private static readonly string[] PersonSubjects = ["i", "he", "she"];

    /// <summary>
    /// True when the "in" at <paramref name="inIndex"/> tells where someone is now or was while the harm happened
    /// elsewhere: after "is", "are" or "am" ("my son is in Kalar", "he is here in Kalar"), or after "was" or "were"
    /// with a person for subject ("I was not there, I was in Hanano", "her husband Kahsay was in Gondar"), up to two
    /// of <see cref="StayWords"/> between. Out of fold a place after "was in" carried over a later harm was gold's
    /// site 15 times of 48, after "here in" 14 of 34, mostly the witness away from home or already at the refuge
    /// (models/README.md, "Claim sites"); "it was in Barwana", "the arrest was in Dilling", "my pharmacy was in
    /// Nabatiyeh" keep the place.
    /// </summary>
    private static bool IsWhereSomeoneIs(DocumentLayout layout, int inIndex)
    {
        var document = layout.Document;
        var be = inIndex - 1;
        for (var skipped = 0; skipped < 2 && be > 0 && WordList.Contains(document.Tokens[be].Span(document.Text), StayWords); skipped++)
        {
            be--;
        }

        var word = document.Tokens[be].Span(document.Text);
        if (IsPresentBe(word))
        {
            return true;
        }

        if (be < 1 || !(word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("were", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var subject = document.Tokens[be - 1];
        return WordList.Contains(subject.Span(document.Text), PersonSubjects)
            || layout.EntityAt(subject.Start) is { Type: EntityType.Person } person && person.End <= subject.End;
    }

    /// <summary>Heights fire comes down from: "shelling from the hills of Bloudan", "from the mountain of Kimoka".</summary>
    private static readonly string[] HeightWords = ["hills", "hill", "mountain", "mountains", "heights"];

    /// <summary>Words of a broadcaster before the "of" or "in" of its town: "the radio of Taiz said", "the television in
    /// Bukavu".</summary>
    private static readonly string[] BroadcastWords = ["radio", "television", "tv"];

    /// <summary>True when the token at <paramref name="index"/>, the one before a place, is the "of" of "direction of"
    /// ("from the direction of Pundanhar", "in the direction of Hiwane") or of heights after "from the" ("shelling from
    /// the hills of Bloudan"): where the fire came from, a bearing like "from the side of".</summary>
    private static bool IsFireOrigin(DocumentLayout layout, int index)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        if (index < 1 || !tokens[index].Span(document.Text).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var noun = tokens[index - 1].Span(document.Text);
        return noun.Equals("direction", StringComparison.OrdinalIgnoreCase)
            || (WordList.Contains(noun, HeightWords) && index > 2 && IsArticle(tokens[index - 2].Span(document.Text))
                && tokens[index - 3].Span(document.Text).Equals("from", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Words of treating the wounded before the "in" or "at" of a town: "the doctor in Tawila", "he had surgery
    /// in Ramtha".</summary>
    private static readonly string[] TreatmentWords = ["doctor", "doctors", "surgeon", "surgeons", "surgery", "treated"];

    /// <summary>True when the token at <paramref name="index"/>, the one before a place, is an "in" or "at" after a word
    /// of treating the wounded (<see cref="TreatmentWords"/>: "the doctors in Kyiv took the hand", "he had surgery in
    /// Ramtha"): where the wounded were treated, a care place like "the hospital in Duhok". Out of fold such a place was
    /// the site of a gold claim once in 14, and then a hospital named as such (models/README.md, "Claim sites").</summary>
    private static bool IsTreatedIn(DocumentLayout layout, int index)
    {
        var document = layout.Document;
        var word = document.Tokens[index].Span(document.Text);
        return index > 0 && (word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase))
            && WordList.Contains(document.Tokens[index - 1].Span(document.Text), TreatmentWords);
    }

    /// <summary>Nouns of where armed men sit, between the ACTOR mention and the "in" or "at" of the place: "from army
    /// positions in Salah al-Din".</summary>
    private static readonly string[] PositionNouns = ["position", "positions", "base", "bases"];

    /// <summary>
    /// True when the token at <paramref name="index"/>, the one before a place, is the "in" or "at" (an article after
    /// it allowed) of where the armed men that fire came from sat: "from" (or "from the") and an ACTOR mention, with
    /// <see cref="PositionNouns"/> between allowed ("the mortars came from the Houthis in Saber", "artillery from the army
    /// at Abu Ghraib", "from regime positions in al-Sijariya"). Like "from the direction of", a bearing: the place the
    /// fire came from, not where it fell. Out of fold such a place was the site of no gold claim of 6
    /// (models/README.md, "Claim sites").
    /// </summary>
    private static bool IsAttackersPosition(DocumentLayout layout, int index)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        if (IsArticle(tokens[index].Span(document.Text)))
        {
            index--;
        }

        if (index < 2)
        {
            return false;
        }

        var word = tokens[index].Span(document.Text);
        if (!word.Equals("in", StringComparison.OrdinalIgnoreCase) && !word.Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var last = index - 1;
        if (WordList.Contains(tokens[last].Span(document.Text), PositionNouns))
        {
            last--;
        }

        if (last < 1 || layout.EntityAt(tokens[last].Start) is not { Type: EntityType.Actor } actor || actor.End > tokens[last].End)
        {
            return false;
        }

        var before = layout.TokenAt(actor.Start) - 1;
        if (before > 0 && IsArticle(tokens[before].Span(document.Text)))
        {
            before--;
        }

        return before >= 0 && tokens[before].Span(document.Text).Equals("from", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the token at <paramref name="index"/>, the one before a place, is the "at" of "the hospital at
    /// Ndosho", or an "in" or "at" after a comma that follows the building ("at the hospital, in Saada").</summary>
    private static bool IsCareAt(DocumentLayout layout, int index)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        var word = tokens[index].Span(document.Text);
        var isAt = word.Equals("at", StringComparison.OrdinalIgnoreCase);
        if (isAt && index > 0 && IsCareWord(tokens[index - 1].Span(document.Text)))
        {
            return true;
        }

        return (isAt || word.Equals("in", StringComparison.OrdinalIgnoreCase)) && index > 1
            && tokens[index - 1].Span(document.Text).SequenceEqual(",") && IsCareWord(tokens[index - 2].Span(document.Text));
    }

    /// <summary>
    /// True when <paramref name="place"/> names the town of a broadcaster that told of the harm ("the radio of Taiz said
    /// eleven died", "the community radio of Saravena read the names"): where the news came from, not where the harm
    /// happened. In the evidence it ranks below the place carried over, like a hospital's; before it, it is not carried
    /// over.
    /// </summary>
    public static bool IsReportSource(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var index = layout.TokenAt(place.Start) - 1;
        if (index > 1 && IsArticle(document.Tokens[index].Span(document.Text)))
        {
            // "the radio of the Kalaseh centre".
            index--;
        }

        if (index < 1)
        {
            return false;
        }

        var word = document.Tokens[index].Span(document.Text);
        return (word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("in", StringComparison.OrdinalIgnoreCase))
            && WordList.Contains(document.Tokens[index - 1].Span(document.Text), BroadcastWords);
    }

    /// <summary>Words of giving a name before the pronoun of a person: "people call me Dheere", "we call him Malang".</summary>
    private static readonly string[] NamingWords = ["call", "calls", "called", "calling"];

    /// <summary>Pronouns of a person named after <see cref="NamingWords"/>; not "it", which names a place ("we call it the
    /// Suq al-Samak").</summary>
    private static readonly string[] NamedPronouns = ["me", "him", "her"];

    /// <summary>
    /// True when <paramref name="place"/> follows "call me", "called him" and the like ("people call me Wad Elamin",
    /// "the miller, we call him Malang"): the name a person goes by, which the tagger read as a place. It is no site:
    /// out of fold such a mention was the site of no gold claim of 4 and the pipeline's site of 7 matched claims, 6 of
    /// them wrong (models/README.md, "Claim sites").
    /// </summary>
    public static bool IsNameGiven(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var index = layout.TokenAt(place.Start) - 1;
        return index > 0 && WordList.Contains(document.Tokens[index].Span(document.Text), NamedPronouns)
            && WordList.Contains(document.Tokens[index - 1].Span(document.Text), NamingWords);
    }

    /// <summary>Kin words whose "of" names a person: "the granddaughter of Abu Karim", "the two sons of Umm Salim",
    /// "a cousin of Hassan".</summary>
    private static readonly string[] KinWords = ["son", "sons", "daughter", "daughters", "granddaughter", "grandson",
        "wife", "husband", "brother", "brothers", "sister", "sisters", "cousin", "nephew", "nephews", "niece", "uncle",
        "aunt", "father", "mother", "widow"];

    /// <summary>Words of a person's part that stand right before the person's name: "the teacher Rania", "the
    /// shepherd Abu Fadi", "my colleague Tarek".</summary>
    private static readonly string[] RoleWords = ["teacher", "shepherd", "colleague", "pupil", "friend", "neighbour",
        "imam", "driver", "baker", "tailor"];

    /// <summary>Titles said before a person's name: "Hajji Mahmoud", "Doña Lucia", "mwenye Juma". Not
    /// "Sheikh", which opens names of places ("Sheikh Maqsoud").</summary>
    private static readonly string[] PersonTitles = ["hajji", "hajja", "haji", "doña", "don", "senhor", "señor", "señora",
        "mwenye", "mr", "mrs", "ustaz", "ustadh"];

    /// <summary>Words that open a noun phrase of a person before a kin or role word: "my daughter", "his two nephews",
    /// "the teacher".</summary>
    private static readonly string[] PersonOpeners = ["my", "his", "her", "our", "their", "the", "a", "two", "three"];

    /// <summary>
    /// True when <paramref name="place"/> is a person's name the tagger read as a place, by the words right before it:
    /// a title ("Hajji Mahmoud"), a kin word and "of" ("the granddaughter of Abu Karim"), or a kin or role word
    /// opened by a possessive or an article, a comma after a kin word allowed ("his granddaughter Layla", "the
    /// teacher Rania", "my daughter, Hiba"). It is no site, like a name given after "call me": out of fold such a
    /// mention was the pipeline's site of 23 matched claims, none of them right (models/README.md, "Claim sites").
    /// </summary>
    public static bool IsPersonNamed(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        var index = layout.TokenAt(place.Start) - 1;
        if (index < 1)
        {
            return false;
        }

        var word = tokens[index].Span(document.Text);
        if (WordList.Contains(word, PersonTitles))
        {
            return true;
        }

        if (IsArticle(word) && index > 1 && tokens[index - 1].Span(document.Text).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            // "the sons of the Haddad": an article between "of" and the name.
            index--;
            word = tokens[index].Span(document.Text);
        }

        if (word.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return WordList.Contains(tokens[index - 1].Span(document.Text), KinWords);
        }

        var comma = word.SequenceEqual(",");
        if (comma)
        {
            index--;
            word = tokens[index].Span(document.Text);
        }

        if (index < 1 || !(WordList.Contains(word, KinWords) || (!comma && WordList.Contains(word, RoleWords))))
        {
            return false;
        }

        var opener = tokens[index - 1].Span(document.Text);
        return comma ? opener.Equals("my", StringComparison.OrdinalIgnoreCase) || opener.Equals("his", StringComparison.OrdinalIgnoreCase)
                || opener.Equals("her", StringComparison.OrdinalIgnoreCase) || opener.Equals("our", StringComparison.OrdinalIgnoreCase)
            : WordList.Contains(opener, PersonOpeners);
    }

    /// <summary>
    /// True when <paramref name="place"/> stands in a witness's sentence that opens with "Before" ("Before that the army
    /// shelled Harasta for weeks", "Before the war I worked in Homs"): the witness tells the background of an earlier
    /// time, and the place it names is not where the harms told after it happened, so it is not carried over. An
    /// interviewer's "Before that, was there shelling in Saqba?" opens a new story and is left alone, and so is a home
    /// told for the time before ("Before the war we lived in Saqba"): the story comes back to it. Out of fold such a
    /// place carried over a later harm was right for 4 matched claims of 29, and for 17 gold kept the story's place
    /// named before it (models/README.md, "Claim sites").
    /// </summary>
    public static bool IsEarlierTimeTold(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var sentence = layout.SentenceOf(place.Start);
        if (sentence < 0 || document.RoleOf(document.Sentences[sentence]) == SpeakerRole.Interviewer)
        {
            return false;
        }

        var bounds = document.Sentences[sentence];
        if (!document.Tokens[bounds.FirstToken].Span(document.Text).Equals("before", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "Before the war we lived in Saqba", "Before, Yarmouk camp, all my life": the home of the time before is
        // still the story's place.
        for (var index = bounds.FirstToken + 1; index < bounds.FirstToken + bounds.TokenCount; index++)
        {
            if (WordList.Contains(document.Tokens[index].Span(document.Text), HomeWords))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words of where someone lived: "we lived in Saqba", "all my life in Yarmouk".</summary>
    private static readonly string[] HomeWords = ["lived", "live", "living", "born", "life"];

    /// <summary>Words of letting a captive go before the "in" or "at" of a place: "they released him in Amiriya", "they
    /// let him go at Kerem Shalom".</summary>
    /// <summary>Pronouns between a word of letting a captive go and the "in" or "at": "released him in", "let them go
    /// in".</summary>
    private static readonly string[] ReleasedPronouns = ["him", "her", "them", "us", "me"];

    /// <summary>
    /// True when <paramref name="place"/> is where a captive was let go: after "released", "freed" or "let (him) go" and
    /// "in" or "at" (an article after it allowed), with a pronoun between allowed ("they released him in Amiriya", "they
    /// let him go at Kerem Shalom"). Where the man came out is not where he was taken or held; in the evidence it ranks
    /// below the place carried over, like a hospital's, and before it it is not carried over. Out of fold such a place
    /// was the site of no gold claim of 4 (models/README.md, "Claim sites").
    /// </summary>
    public static bool IsPlaceReleased(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        var index = layout.TokenAt(place.Start) - 1;
        if (index > 0 && IsArticle(tokens[index].Span(document.Text)))
        {
            index--;
        }

        if (index < 1)
        {
            return false;
        }

        var word = tokens[index].Span(document.Text);
        if (!word.Equals("in", StringComparison.OrdinalIgnoreCase) && !word.Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var verb = index - 1;
        var isGo = tokens[verb].Span(document.Text).Equals("go", StringComparison.OrdinalIgnoreCase);
        if (isGo)
        {
            // "let him go": the pronoun and "let" before "go".
            return verb > 1 && WordList.Contains(tokens[verb - 1].Span(document.Text), ReleasedPronouns)
                && tokens[verb - 2].Span(document.Text).Equals("let", StringComparison.OrdinalIgnoreCase);
        }

        if (verb > 0 && WordList.Contains(tokens[verb].Span(document.Text), ReleasedPronouns))
        {
            verb--;
        }

        var released = tokens[verb].Span(document.Text);
        return released.Equals("released", StringComparison.OrdinalIgnoreCase) || released.Equals("freed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when "to the" or "to a" comes right before <paramref name="place"/>: "we carried him to the Nasser
    /// hospital", "they took him to the Abu Salim hospital", "we walked to the Tekeze". In the evidence such a place is
    /// where the wounded were taken or people went, so it ranks below the place carried over, like a hospital's: out of
    /// fold it was the site of 16 matched claims and gold's site for 1 of them (models/README.md, "Claim sites"). Before
    /// the evidence it is carried over as before (gold's site 7 times of 12 there), unlike a place right after "to".
    /// </summary>
    public static bool FollowsToArticle(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var index = layout.TokenAt(place.Start) - 1;
        return index > 0 && IsArticle(document.Tokens[index].Span(document.Text))
            && document.Tokens[index - 1].Span(document.Text).Equals("to", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Past forms of going or coming whose subject arrives where what is told next happens.</summary>
    private static readonly string[] ArrivalVerbs = ["went", "came"];

    /// <summary>
    /// True when <paramref name="place"/> follows "to" within six tokens of its sentence after "went" or "came": "the
    /// soldiers came at night to Wadi Sela", "he went to Tarsa to buy flour". The place is where the people of the
    /// harm arrived, and so where it happened, unlike a place the victims were taken or carried to ("they took him to
    /// Tarsa") after it; nor when the sentence before the place names the wounded or the dead ("the wounded went in
    /// cars to Tarsa", <see cref="CarriedPeopleNouns"/>) or the sentence tells a search ("his mother went to Tarsa to
    /// ask", <see cref="SearchWords"/>).
    /// </summary>
    public static bool IsArrivalTold(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var tokens = document.Tokens;
        var to = layout.TokenAt(place.Start) - 1;
        var sentence = layout.SentenceOf(place.Start);
        if (to < 1 || sentence < 0 || !tokens[to].Span(document.Text).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var bounds = document.Sentences[sentence];
        var arrived = false;
        for (var index = bounds.FirstToken; index < bounds.FirstToken + bounds.TokenCount; index++)
        {
            var word = tokens[index].Span(document.Text);
            if ((index < to && WordList.Contains(word, CarriedPeopleNouns)) || WordList.Contains(word, SearchWords))
            {
                // "the wounded went in cars to Tarsa", "bodies came to Tarsa": carried there after the harm; "his mother
                // went to Tarsa to ask": where the family searched.
                return false;
            }

            arrived |= index < to && index >= to - 6 && WordList.Contains(word, ArrivalVerbs);
        }

        return arrived;
    }

    /// <summary>Nouns of the wounded and the dead, who go or come somewhere after the harm, not to where it happens.</summary>
    private static readonly string[] CarriedPeopleNouns = ["wounded", "injured", "body", "bodies", "corpse", "corpses"];

    /// <summary>Nouns of people, victims or bystanders, whose home a place after "from" names: "a boy from Kafr Nabl",
    /// "two workers from Maabatli", "a family from Dinsoor", "one from Niger". Armed men are left out: where they came
    /// from is where the attack came from.</summary>
    private static readonly string[] PeopleNouns = ["man", "men", "woman", "women", "boy", "boys", "girl", "girls",
        "child", "children", "family", "families", "people", "person", "persons", "villagers", "worker", "workers",
        "farmer", "farmers", "driver", "drivers", "shepherd", "shepherds", "trader", "traders", "merchant", "merchants",
        "teacher", "student", "students", "elder", "elders", "guest", "guests", "relatives", "displaced", "one", "ones",
        "fisherman", "fishermen", "labourer", "labourers", "youth", "youths"];

    /// <summary>
    /// True when <paramref name="place"/> follows "from" right after a noun of people (<see cref="PeopleNouns"/>): "a
    /// boy from Kafr Nabl who sold tea", "two men from Sabr", "a family from Dinsoor". The place says where a victim or
    /// a bystander came from, not where the harm told with them happened; the witness tells the harm at the story's
    /// place and says who the dead were by their villages. A place joined to such a place by "and" or "or" ("boys from
    /// Solhan and Mansila") is one too.
    /// </summary>
    public static bool IsPersonOrigin(DocumentLayout layout, EntityMention place)
    {
        if (EarlierConjunct(layout, place) is { } first)
        {
            // "other boys from Solhan and Mansila": the second village of the list is the boys' home too.
            return IsPersonOrigin(layout, first);
        }

        var document = layout.Document;
        var tokens = document.Tokens;
        var index = layout.TokenAt(place.Start) - 1;
        if (index < 1 || !tokens[index].Span(document.Text).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (WordList.Contains(tokens[index - 1].Span(document.Text), PeopleNouns))
        {
            return true;
        }

        // "my neighbour Salma, she is from Gwoza, lost her leg", "a girl, she was from Puerto Lopez": a person told
        // with the harm, by her home. Not "I am from" or "we are from": the witness's own home is the story's place.
        var be = index - 1;
        if (be < 1 || !(IsPresentBe(tokens[be].Span(document.Text)) || tokens[be].Span(document.Text).Equals("was", StringComparison.OrdinalIgnoreCase)
            || tokens[be].Span(document.Text).Equals("were", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var subject = tokens[be - 1];
        return WordList.Contains(subject.Span(document.Text), OriginSubjects)
            || layout.EntityAt(subject.Start) is { Type: EntityType.Person } person && person.End <= subject.End;
    }

    /// <summary>Subjects of an "is from" or "was from" that tell a person's home: "she is from Gwoza", "who was from
    /// Kafr Nabl".</summary>
    private static readonly string[] OriginSubjects = ["he", "she", "who", "they"];

    /// <summary>Words of leaving a place before it, or before the "from" before it: "we left Sirte", "when did you leave
    /// Axum?", "they fled from Tawergha".</summary>
    private static readonly string[] LeavingWords = ["leave", "left", "leaving", "flee", "fled", "fleeing", "escape", "escaped"];

    /// <summary>
    /// True when <paramref name="place"/> is named as the place people left: right after a word of leaving ("we left
    /// Sirte", "when did you leave Axum?"), or after the "from" that follows one ("they fled from Tawergha"). A flight's
    /// site is the place it left, not the places on its way or where it ended.
    /// </summary>
    public static bool IsPlaceLeft(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var index = layout.TokenAt(place.Start) - 1;
        if (index > 0 && document.Tokens[index].Span(document.Text).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            index--;
        }

        return index >= 0 && WordList.Contains(document.Tokens[index].Span(document.Text), LeavingWords);
    }

    /// <summary>Words that tell people got somewhere: "we arrived in Riosucio", "we reached Pemba".</summary>
    private static readonly string[] ArrivalWords = ["arrived", "arrive", "reached", "reach"];

    /// <summary>Words before a "to" or "into" that tell an attack or a party coming to a place ("when the army came
    /// into Rafah"), not people going away from it.</summary>
    private static readonly string[] ComingWords = ["came", "come", "comes", "coming", "entered"];

    /// <summary>Words after a "to" that open where people went ("to the camp", "to my uncle", "to here"), not a verb
    /// ("we had to go").</summary>
    private static readonly string[] GoalOpeners = ["the", "a", "my", "our", "his", "her", "their", "here", "there"];

    /// <summary>
    /// True when the sentence of <paramref name="place"/> has already told, before it, where people went: a "to" or
    /// "into" before a name or a phrase of a place ("we walked to the camp, in Amiriya", "we went to the border with
    /// Jordan", "we came here to Medellin, to the barrio Santo Domingo"), or "arrived" or "reached" ("we arrived in
    /// Riosucio"). In a flight's evidence such a place is where the flight ended, not the place it left, which gold
    /// takes as the site; "the army came into Rafah" tells the attack coming, and the place stays.
    /// </summary>
    public static bool FollowsJourneyTold(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var index = layout.TokenAt(place.Start);
        var sentence = layout.SentenceOf(place.Start);
        if (index <= 0 || sentence < 0)
        {
            return false;
        }

        for (var i = document.Sentences[sentence].FirstToken; i < index; i++)
        {
            var word = document.Tokens[i].Span(document.Text);
            if (WordList.Contains(word, ArrivalWords))
            {
                return true;
            }

            if (IsTo(word) && i + 1 < document.Tokens.Count
                && (i == 0 || !WordList.Contains(document.Tokens[i - 1].Span(document.Text), ComingWords)))
            {
                var next = document.Tokens[i + 1].Span(document.Text);
                if ((WordList.Contains(next, GoalOpeners) && !IsBearingWord(document, i + 2))
                    || (next.Length > 0 && char.IsUpper(next[0])) || StartsPlace(layout, i + 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Points of the compass: "everybody went to the west" tells which way, not where people got to.</summary>
    private static readonly string[] CompassWords = ["north", "south", "east", "west"];

    /// <summary>True when a PLACE mention starts at token <paramref name="index"/> ("to al-Dabaa").</summary>
    private static bool StartsPlace(DocumentLayout layout, int index)
    {
        var token = layout.Document.Tokens[index];
        foreach (var entity in layout.EntitiesWithin(token.Start, token.End))
        {
            if (entity.Type == EntityType.Place && entity.Start == token.Start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBearingWord(Document document, int index) =>
        index < document.Tokens.Count && WordList.Contains(document.Tokens[index].Span(document.Text), CompassWords);

    /// <summary>Words of staying before the "in" of a place: "did you stay in Rajo after that?".</summary>
    private static readonly string[] StayingWords = ["stay", "stayed", "remain", "remained"];

    /// <summary>True when <paramref name="place"/> follows the "in" of a word of staying ("did you stay in Rajo after
    /// that?"): asked of a flight, the place the answer tells how people left.</summary>
    public static bool IsPlaceStayedIn(DocumentLayout layout, EntityMention place)
    {
        var document = layout.Document;
        var index = layout.TokenAt(place.Start) - 1;
        return index > 0 && document.Tokens[index].Span(document.Text).Equals("in", StringComparison.OrdinalIgnoreCase)
            && WordList.Contains(document.Tokens[index - 1].Span(document.Text), StayingWords);
    }

    private static bool IsPresentBe(ReadOnlySpan<char> word) =>
        word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("are", StringComparison.OrdinalIgnoreCase)
        || word.Equals("am", StringComparison.OrdinalIgnoreCase);

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase);

    private static bool IsTo(ReadOnlySpan<char> word) =>
        word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("into", StringComparison.OrdinalIgnoreCase);
}
