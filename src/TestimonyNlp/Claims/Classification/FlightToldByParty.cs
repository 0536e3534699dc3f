using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives DISPLACED to a witness sentence that tells a flight by who went and what they took, without a word of
/// fleeing the classifiers read for it: "We left with nothing, only the papers.", "Her uncle took his family to
/// Kassala after that.", "The whole village went down to the river.", "Twelve families left after that.", "We moved to my sister's, we two and the
/// cat.", "Ruth and her two sons left in May.", "I sent my wife and the boys to my cousin.", or by the side they went over to or the buses of an evacuation: "At
/// dawn we ran to the army lines.", "In May we went out on the buses." Out of fold such
/// sentences were among the gold flights over which the classifiers fired on no sentence (models/README.md, "Claim
/// classifiers"). Only sentences the classifiers gave no harm are read, but for one family taking its own people along
/// ("My wife took the children and crossed the river."), where the DETAINED model fires on "took" and the flight takes
/// its place. Run after <see cref="HarmToldByOutcome"/> and before <see cref="NoHarmTold"/>,
/// which still takes every harm from a researcher's note, and before the bases are shared, which gives the sentence its
/// basis. Matched on the token spans.
/// </summary>
internal static class FlightToldByParty
{
    /// <summary>A going that "with nothing" after it tells as a flight ("we ran again, to Saada, with nothing").
    /// Counted over the witness sentences of the train and dev transcripts before the rule was written: 20 lay in a
    /// gold flight and 2 in no gold claim ("We left with nothing." told again after the flight's claim).</summary>
    private static readonly string[] Going =
        ["went", "ran", "run", "left", "came", "fled", "moved", "walked", "crossed", "drove"];

    /// <summary>Whose people were taken away: another's, not the speaker's ("I took my daughters to the roof" is a
    /// shelter, not a flight).</summary>
    private static readonly string[] Theirs = ["his", "her", "their"];

    /// <summary>The people a flight takes ("took his family to Peshawar", "took her grandchildren to Lviv"): over the
    /// train and dev transcripts "took his / her / their ... to" lay in a gold flight 5 times and in no claim
    /// never. The single kin and the rest of the family were added later ("he took his father to the next town"):
    /// over all the transcripts "took his / her / their" and one of them with "to" after it lay once in a gold flight
    /// and nowhere else.</summary>
    private static readonly string[] Kin =
    [
        "family", "wife", "children", "grandchildren", "girls", "boys", "mother", "daughters", "sons", "father", "husband",
        "son", "daughter", "brother", "sister", "brothers", "sisters", "parents", "grandmother", "grandfather", "kids",
        "grandson", "granddaughter", "baby",
    ];

    /// <summary>A whole place ("the whole town", "half the village") whose people went: over the train and dev
    /// transcripts, with a word of <see cref="Leaving"/> after it, 10 lay in a gold flight, 2 in no gold claim and 1 in
    /// a gold detention only ("the whole village" held in a basement until the soldiers left). "Street" and "family"
    /// are left out ("half the street burned").</summary>
    private static readonly string[] Places = ["town", "village", "villages", "river", "neighbourhood", "quarter"];

    /// <summary>What the people of a whole place did.</summary>
    private static readonly string[] Leaving = ["went", "ran", "left", "came", "fled", "moved", "walked", "crossed"];

    /// <summary>The words of a whole place before <see cref="Places"/>: "whole", or "half" and "all" before
    /// "the".</summary>
    private static readonly string[] Part = ["half", "all"];

    /// <summary>A going on foot or in haste that, with "to the" and a side after it, tells a flight to that side's lines
    /// ("at dawn we ran to the army lines", "my uncle walked out to the SDF"). "Went" and "came" are left out ("he
    /// went to the army office to ask", and a surrender told by "came out to").</summary>
    private static readonly string[] GoingOver = ["ran", "run", "walked", "crossed", "fled", "escaped"];

    /// <summary>The words between a going and the "to" of a side: "walked out to", "crossed over to".</summary>
    private static readonly string[] Over = ["out", "over", "across"];

    /// <summary>The sides people fled to, as the first word after "to the": an army, the protecting forces and the
    /// camps of the UN. "Soldiers" and "regime" are left out ("ran to the soldiers" to help, "went to the side of the
    /// regime" for family).</summary>
    private static readonly string[] Sides = ["army", "sdf", "un", "hashd", "peshmerga", "monusco"];

    /// <summary>A taking onto the buses of an evacuation ("they let us take the green buses north"), beside the words of
    /// <see cref="Going"/> ("we went out on the buses to the north").</summary>
    private static readonly string[] Boarding = ["take", "took"];

    /// <summary>Words that deny the boarding ("she did not come on the buses").</summary>
    private static readonly string[] Denials = ["not", "n't", "never"];

    /// <summary>The words before "the buses" that make them the buses of an evacuation ("on the buses", "in the
    /// buses"); "green" before "buses" does alone. "The buses" after anything else is a place or a thing ("where the
    /// buses stop").</summary>
    private static readonly string[] OnBoard = ["on", "in", "by"];

    /// <summary>The pets a family takes along when it flees ("we moved to my sister, the two of us and the cat", "the
    /// volunteers took me from the second floor, with the cats"): over the out-of-fold witness sentences of no harm, after
    /// a word of <see cref="Going"/> or a taking and "with" or "and" and "the", "my", "his", "her", "our" or "their",
    /// 4 lay in a gold flight and none elsewhere; farm animals were led to water and to pasture as often ("walked to the
    /// wadi for water, with the donkey"), and those who stayed stayed with their pets ("I stayed with the cat").</summary>
    private static readonly string[] Pets = ["cat", "cats", "dog", "dogs"];

    /// <summary>The words before a pet taken along: "with the cat", "and her dog".</summary>
    private static readonly string[] PetOwners = ["the", "my", "his", "her", "our", "their"];

    /// <summary>The people of a family who go with another, after "and" and a possessive or "the" ("Ruth and her two
    /// sons left in May", "me and my daughter went north"): over the witness sentences of the train and dev transcripts,
    /// "and", such a party and a word of <see cref="Going"/> lay in a gold flight 22 times and elsewhere never.</summary>
    private static readonly string[] Party =
    [
        "family", "wife", "husband", "children", "mother", "father", "son", "sons", "daughter", "daughters", "kids", "grandson",
        "granddaughter", "grandchildren", "brother", "sister", "girls", "boys",
    ];

    /// <summary>The errands a going is for when "to" and one of them follow it ("my father and my sons went to dig",
    /// "went back to bring water"): a task, not a flight. Over the witness sentences of the train and dev transcripts a
    /// word of going, at most one of <see cref="Ways"/>, "to" and one of these lay in no gold flight (76 in no gold claim,
    /// 80 in another harm's).</summary>
    private static readonly string[] Errands =
    [
        "dig", "look", "search", "bring", "fetch", "get", "buy", "work", "pray", "help", "see", "find", "collect", "check",
        "ask", "visit", "fish", "sell", "carry", "bury", "feed",
    ];

    /// <summary>The words that may stand between a going and the "to" of its errand: "went back to", "came out to".</summary>
    private static readonly string[] Ways = ["out", "back", "down", "up"];

    /// <summary>A crowd whose going tells a flight of many ("twelve families left", "thousands crossed", "more than four
    /// hundred people came down into the port"): "families", "thousands" and "hundreds" alone, "people" after a figure or
    /// a word of many (<see cref="CrowdCounts"/>). Over the witness sentences of the train and dev transcripts, such a
    /// crowd with a word of <see cref="CrowdLeaving"/> within <see cref="CrowdReach"/> words after it, not told as what
    /// had been before ("had already left"), as a relative clause ("the farms of the families who left") nor as the time of
    /// something else ("after the families left"), lay in a gold flight 13 times, in no gold claim 4 times (crowds come
    /// to the speaker's town) and in another harm's never.</summary>
    private static readonly string[] Crowds = ["families", "thousands", "hundreds"];

    /// <summary>The words before "people" that make it a crowd: "many people", "three hundred people".</summary>
    private static readonly string[] CrowdCounts =
        ["many", "most", "hundred", "hundreds", "thousand", "thousands", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>The goings of a crowd's flight: "came" only before "down" or "out" ("many people came" to a funeral, to
    /// stay with kin); "ran" and "walked" are left out (a crowd runs from a strike or walks to a well as often as it
    /// flees), and so is "went" (a crowd goes to a market).</summary>
    private static readonly string[] CrowdLeaving = ["left", "fled", "came", "moved", "crossed"];

    /// <summary>Words between a crowd and its going that make the going another's, a thing of the past or a staying: a
    /// relative clause ("the people who left"), a pluperfect ("most families had already left") or those left behind
    /// ("whole families, nobody was left"). A crowd gone beside someone who stayed ("many people left, but we stayed")
    /// is no flight told either.</summary>
    private static readonly string[] CrowdBreaks = ["who", "that", "which", "had", "where", "when", "if", "was", "were", "nobody"];

    /// <summary>Words before a crowd ("after the families left") that make its going the time of something else.</summary>
    private static readonly string[] CrowdTimes = ["after", "before", "until", "since", "when"];

    private static readonly WordTable Words = new(
        Going, Theirs, Kin, Places, Leaving, Part, GoingOver, Over, Sides, Boarding, OnBoard, Pets, PetOwners, Party, Errands, Ways,
        Crowds, CrowdCounts, CrowdLeaving, CrowdBreaks, CrowdTimes);

    private const int GoingBit = 1, TheirsBit = 1 << 1, KinBit = 1 << 2, PlacesBit = 1 << 3, LeavingBit = 1 << 4, PartBit = 1 << 5;

    private const int GoingOverBit = 1 << 6, OverBit = 1 << 7, SidesBit = 1 << 8, BoardingBit = 1 << 9, OnBoardBit = 1 << 10;

    private const int PetsBit = 1 << 11, PetOwnersBit = 1 << 12, PartyBit = 1 << 13, ErrandsBit = 1 << 14, WaysBit = 1 << 15;

    private const int CrowdsBit = 1 << 16, CrowdCountsBit = 1 << 17, CrowdLeavingBit = 1 << 18, CrowdBreaksBit = 1 << 19, CrowdTimesBit = 1 << 20;

    /// <summary>How many words may stand between a crowd and its going ("nine families, more or less, left";
    /// "many families from the hill hamlets came down").</summary>
    private const int CrowdReach = 6;

    /// <summary>How many names or commas may stand between the party and its going ("his wife Olga, left").</summary>
    private const int PartyReach = 2;

    /// <summary>How many words may stand between "his" and the people ("took his wife", "took his two girls").</summary>
    private const int KinReach = 2;

    /// <summary>How sure the flight is: over the train and dev transcripts, 35 of the 40 witness sentences the three
    /// forms read lay in a gold flight.</summary>
    public const float HarmConfidence = 0.9f;

    /// <summary>Who takes their own people along in a flight: the speaker, one named, or one of the family ("my wife
    /// took the children and crossed"), not "they".</summary>
    private static readonly string[] Fleers =
    [
        "i", "we", "he", "she", "wife", "husband", "mother", "father", "brother", "sister", "uncle", "aunt", "son", "daughter",
        "cousin",
    ];

    /// <summary>The words before the people taken along: "the children", "their two children".</summary>
    private static readonly string[] Along = ["the", "his", "her", "their", "my", "our"];

    private static readonly WordTable AlongWords = new(Fleers, Along);

    private const int FleersBit = 1, AlongBit = 1 << 1;

    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>),
    /// DISPLACED to each witness sentence the classifiers gave no harm that tells a flight by its party, and DISPLACED in
    /// place of DETAINED to each sentence given DETAINED and not DISPLACED that tells someone of the family taking their
    /// own people along and going ("My sister took her two boys and walked to the border."): the DETAINED model fires on
    /// "took".</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        NoHarmSentences.Give(document, assessments, HarmSet.Displaced, HarmConfidence, Tells);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            if (assessments[s].Harms == HarmSet.None
                && ClaimClassifier.CanAssert(document.RoleOf(sentences[s]))
                && !FlightJustTold(assessments, s)
                && TellsGoingToKin(document, sentences[s]))
            {
                assessments[s] = SentenceAssessment.GivenByRule(HarmSet.Displaced, HarmConfidence);
            }
        }

        for (var s = 0; s < assessments.Length; s++)
        {
            var harms = assessments[s].Harms;
            if ((harms & HarmSet.Detained) == HarmSet.None || !TellsPeopleTakenAlong(document, sentences[s]))
            {
                continue;
            }

            // The killing DetainedNotKilled would take from the taking goes with the detention: it reads only sentences
            // that still carry DETAINED.
            var killing = (harms & HarmSet.Killed) != HarmSet.None
                && (s == 0 || (assessments[s - 1].Harms & HarmSet.Killed) == HarmSet.None)
                && (s + 1 >= assessments.Length || (assessments[s + 1].Harms & HarmSet.Killed) == HarmSet.None)
                && DetainedNotKilled.Tells(document, sentences[s]);
            assessments[s] = assessments[s] with
            {
                Harms = (harms & ~(HarmSet.Detained | (killing ? HarmSet.Killed : HarmSet.None))) | HarmSet.Displaced,
            };
        }
    }

    /// <summary>Whether <paramref name="sentence"/> tells one of <see cref="Fleers"/> (or a person named) taking "the",
    /// "his", "their" ... and, past at most one word, people of a family (<see cref="Kin"/>), then "and" and a word of
    /// going.</summary>
    private static bool TellsPeopleTakenAlong(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var along = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (along && tokens[t].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase) && t + 1 < end
                && (Words.Of(tokens[t + 1].Span(text)) & GoingBit) != 0)
            {
                return true;
            }

            along |= t > sentence.FirstToken
                && tokens[t].Span(text).Equals("took", StringComparison.OrdinalIgnoreCase)
                && IsFleer(document, tokens[t - 1])
                && TakesPeopleAlong(tokens, text, t, end);
        }

        return false;
    }

    /// <summary>Whether <paramref name="taker"/> is one of <see cref="Fleers"/> or ends a person's name.</summary>
    private static bool IsFleer(Document document, Token taker) =>
        (AlongWords.Of(taker.Span(document.Text)) & FleersBit) != 0
        || (document.EntityAt(taker.End - 1) is { Type: EntityType.Person } person && person.End == taker.End);

    /// <summary>Whether "took" at <paramref name="took"/> is followed by a word of <see cref="Along"/> and, next or
    /// one word on, the people of a family.</summary>
    private static bool TakesPeopleAlong(List<Token> tokens, string text, int took, int end)
    {
        if (took + 2 >= end || (AlongWords.Of(tokens[took + 1].Span(text)) & AlongBit) == 0)
        {
            return false;
        }

        return (Words.Of(tokens[took + 2].Span(text)) & KinBit) != 0
            || (took + 3 < end && (Words.Of(tokens[took + 3].Span(text)) & KinBit) != 0);
    }

    /// <summary>Whether <paramref name="sentence"/> tells a going with nothing, another's people taken to a place, the
    /// people of a whole place gone, a going over to a side, a going on the buses, a going or a taking with the pets
    /// along, the people of a family going with another or as its "members", or the people of a family sent away, in
    /// one pass over its tokens.</summary>
    private static bool Tells(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var going = false;
        var boarding = false;
        var taken = false;
        var taking = false;
        var whole = false;
        var sending = false;
        var crowd = -1;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            var lists = Words.Of(word);
            if ((going && WordSequence.WordIs(tokens, text, t, end, "with") && WordSequence.WordIs(tokens, text, t + 1, end, "nothing"))
                || (crowd >= 0 && t - crowd <= CrowdReach && IsCrowdLeaving(tokens, text, t, end) && !WordSequence.HasWord(document, sentence, Staying))
                || (taken && word.Equals("to", StringComparison.OrdinalIgnoreCase))
                || (sending && IsSendingAway(tokens, text, t, end))
                || (word.Equals("members", StringComparison.OrdinalIgnoreCase) && MembersGo(tokens, text, t, end))
                || (whole && (lists & LeavingBit) != 0)
                || ((lists & GoingOverBit) != 0 && GoesToSide(tokens, text, t, end))
                || (word.Equals("and", StringComparison.OrdinalIgnoreCase) && PartyGoes(document, t, end))
                || (boarding && IsEvacuationBuses(tokens, text, sentence.FirstToken, t) && !WordSequence.HasWord(document, sentence, Denials))
                || ((going || taking) && IsPetAlong(tokens, text, sentence.FirstToken, t) && !WordSequence.HasWord(document, sentence, Staying)))
            {
                return true;
            }

            going |= (lists & GoingBit) != 0;
            taking |= (lists & BoardingBit) != 0;
            // The last going before the buses decides: "the shelling went on until we left on the buses" tells no flight.
            boarding = (lists & (GoingBit | BoardingBit)) != 0 ? !AfterUntil(tokens, text, sentence.FirstToken, t) : boarding;
            taken |= word.Equals("took", StringComparison.OrdinalIgnoreCase) && TakesKin(tokens, text, t, end);
            whole |= OpensWholePlace(tokens, text, t, end);
            sending |= word.Equals("sent", StringComparison.OrdinalIgnoreCase) && SendsParty(tokens, text, t, end);
            crowd = IsCrowd(tokens, text, sentence.FirstToken, t) ? t : (lists & CrowdBreaksBit) != 0 ? -1 : crowd;
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="at"/> is a crowd's going: a word of <see cref="CrowdLeaving"/>, "came"
    /// only with "down" or "out" after it.</summary>
    private static bool IsCrowdLeaving(List<Token> tokens, string text, int at, int end)
    {
        var word = tokens[at].Span(text);
        if ((Words.Of(word) & CrowdLeavingBit) == 0)
        {
            return false;
        }

        return !word.Equals("came", StringComparison.OrdinalIgnoreCase)
            || WordSequence.WordIs(tokens, text, at + 1, end, "down") || WordSequence.WordIs(tokens, text, at + 1, end, "out");
    }

    /// <summary>Whether the word at <paramref name="at"/> is a crowd: one of <see cref="Crowds"/>, or "people" after a
    /// word of <see cref="CrowdCounts"/>.</summary>
    private static bool IsCrowd(List<Token> tokens, string text, int first, int at)
    {
        var word = tokens[at].Span(text);
        var opens = at - 1 >= first && WordSequence.WordIs(tokens, text, at - 1, at, "the") ? at - 2 : at - 1;
        if (opens >= first && (Words.Of(tokens[opens].Span(text)) & CrowdTimesBit) != 0)
        {
            // "after the families left": the crowd's going tells when something else happened
            return false;
        }

        if ((Words.Of(word) & CrowdsBit) != 0)
        {
            return true;
        }

        return word.Equals("people", StringComparison.OrdinalIgnoreCase) && at > first
            && (Words.Of(tokens[at - 1].Span(text)) & CrowdCountsBit) != 0;
    }

    /// <summary>A going that, with "to", "my", "her" ... and kin after it, tells a flight to the kin's home ("we moved to
    /// my aunt in the city", "she went, with the children, to her brother's"). "Came" is left out ("men came to my
    /// brother" to ask for him).</summary>
    private static readonly string[] Moving = ["went", "moved", "ran", "fled", "walked", "drove"];

    /// <summary>The kin people fled to: over the witness sentences of the train and dev transcripts, a word of
    /// <see cref="Moving"/>, "to", a possessive and one of these lay in a gold flight 28 times, in no gold claim 14
    /// times (most of them a flight told again) and in another harm's twice.</summary>
    private static readonly string[] Hosts =
    [
        "aunt", "uncle", "sister", "brother", "cousin", "mother", "father", "parents", "grandmother", "grandfather",
        "in-laws", "relatives", "family", "aunt's", "uncle's", "sister's", "brother's", "cousin's", "mother's", "father's",
        "parents'", "relatives'",
    ];

    /// <summary>What a kin's possessive may own in a flight to them: "to her brother's house", not "to my sister's
    /// wedding".</summary>
    private static readonly string[] Homes = ["house", "home", "place", "flat", "apartment", "family", "village", "tent"];

    private static readonly WordTable HostWords = new(Moving, Hosts, Along, Homes);

    private const int MovingBit = 1, HostsBit = 1 << 1, HostOwnerBit = 1 << 2, HomesBit = 1 << 3;

    /// <summary>How many words may stand between the going and its "to" ("we went, all eleven of us, to my
    /// aunt").</summary>
    private const int HostReach = 10;

    /// <summary>How many sentences before a going to kin a flight told makes it the same flight's end ("The next morning
    /// we left, the five of us. We went to my sister in the city."), which gold tells as one claim.</summary>
    private const int FlightReach = 2;

    /// <summary>Whether one of the <see cref="FlightReach"/> sentences before <paramref name="s"/> was given
    /// DISPLACED.</summary>
    private static bool FlightJustTold(Span<SentenceAssessment> assessments, int s)
    {
        for (var before = Math.Max(0, s - FlightReach); before < s; before++)
        {
            if ((assessments[before].Harms & HarmSet.Displaced) != HarmSet.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="sentence"/> tells a going (<see cref="Moving"/>) to kin: "We moved to my aunt in
    /// the city."</summary>
    private static bool TellsGoingToKin(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if ((HostWords.Of(tokens[t].Span(text)) & MovingBit) != 0 && GoesToKin(tokens, text, t, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the kin at <paramref name="kin"/> is a place to stay: not a possessive ("'s" within the word or
    /// after it), or a possessive followed by one of <see cref="Homes"/> or by no word.</summary>
    private static bool IsHomeAfterKin(List<Token> tokens, string text, int kin, int end)
    {
        var word = tokens[kin].Span(text);
        var owned = kin + 1;
        if (WordSequence.WordIs(tokens, text, owned, end, "'s") || WordSequence.WordIs(tokens, text, owned, end, "’s"))
        {
            owned++;
        }
        else if (!word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith('\''))
        {
            return true;
        }

        if (owned >= end)
        {
            return true;
        }

        var next = tokens[owned].Span(text);
        return (HostWords.Of(next) & HomesBit) != 0 || !char.IsLetter(next[0]);
    }

    /// <summary>Whether the going at <paramref name="going"/> is followed, within <see cref="HostReach"/> words, by
    /// "to", a possessive ("my", "her" ...), at most one word ("wife's") and kin (<see cref="Hosts"/>).</summary>
    private static bool GoesToKin(List<Token> tokens, string text, int going, int end)
    {
        for (var at = going + 1; at < end && at <= going + HostReach; at++)
        {
            if (!tokens[at].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (at + 2 >= end || (HostWords.Of(tokens[at + 1].Span(text)) & HostOwnerBit) == 0
                || tokens[at + 1].Span(text).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // "my brother", "my aunt's house", "my wife's family": the kin at most two words on.
            for (var kin = at + 2; kin < end && kin <= at + 4; kin++)
            {
                if ((HostWords.Of(tokens[kin].Span(text)) & HostsBit) != 0)
                {
                    return IsHomeAfterKin(tokens, text, kin, end);
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>Whether "sent" at <paramref name="sent"/> is followed by a word of <see cref="Along"/> and, next or one
    /// word on, the people of a family (<see cref="Party"/>): "sent my wife", "sent her two boys". Over all the
    /// transcripts, such a sending with "to" or "away" later in the sentence lay in a gold flight 4 times and in no gold
    /// claim twice, one of them a sending on an errand ("sent her three girls with the donkey to bring ..."), which
    /// <see cref="IsSendingAway"/> passes over.</summary>
    private static bool SendsParty(List<Token> tokens, string text, int sent, int end) =>
        sent + 2 < end
        && (AlongWords.Of(tokens[sent + 1].Span(text)) & AlongBit) != 0
        && ((Words.Of(tokens[sent + 2].Span(text)) & PartyBit) != 0
            || (sent + 3 < end && (Words.Of(tokens[sent + 3].Span(text)) & PartyBit) != 0));

    /// <summary>Whether "members" at <paramref name="members"/> is followed by "of", a word of <see cref="Along"/>,
    /// "family" and a word of <see cref="Going"/> that is no errand: "the five members of her family crossed the border".
    /// Over all the transcripts this lay once in a gold flight and nowhere else.</summary>
    private static bool MembersGo(List<Token> tokens, string text, int members, int end) =>
        WordSequence.WordIs(tokens, text, members + 1, end, "of")
        && members + 4 < end
        && (AlongWords.Of(tokens[members + 2].Span(text)) & AlongBit) != 0
        && tokens[members + 3].Span(text).Equals("family", StringComparison.OrdinalIgnoreCase)
        && (Words.Of(tokens[members + 4].Span(text)) & GoingBit) != 0
        && !GoesOnErrand(tokens, text, members + 4, end);

    /// <summary>Whether the word at <paramref name="at"/>, after people of a family sent, sends them off: "away", or
    /// "to" and no errand (<see cref="Errands"/>) after it ("to my brother in the city", not "to bring water").</summary>
    private static bool IsSendingAway(List<Token> tokens, string text, int at, int end)
    {
        var word = tokens[at].Span(text);
        return word.Equals("away", StringComparison.OrdinalIgnoreCase)
            || (word.Equals("to", StringComparison.OrdinalIgnoreCase)
                && !(at + 1 < end && (Words.Of(tokens[at + 1].Span(text)) & ErrandsBit) != 0));
    }

    /// <summary>The words of those who stayed with their pets ("he stayed for the house and the dog").</summary>
    private static readonly string[] Staying = ["stayed", "stay", "remained", "lived"];

    /// <summary>Whether a pet (<see cref="Pets"/>) stands at <paramref name="at"/> after "the", "my" ... and, before
    /// that, "with" or "and": "with the cats", "and the cat".</summary>
    private static bool IsPetAlong(List<Token> tokens, string text, int first, int at)
    {
        if (at < first + 2 || (Words.Of(tokens[at].Span(text)) & PetsBit) == 0 || (Words.Of(tokens[at - 1].Span(text)) & PetOwnersBit) == 0)
        {
            return false;
        }

        var before = tokens[at - 2].Span(text);
        return before.Equals("with", StringComparison.OrdinalIgnoreCase) || before.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether "buses" stands at <paramref name="at"/> after "green", or after "the" and "on", "in" or
    /// "by".</summary>
    private static bool IsEvacuationBuses(List<Token> tokens, string text, int first, int at)
    {
        if (at <= first || !tokens[at].Span(text).Equals("buses", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = tokens[at - 1].Span(text);
        return before.Equals("green", StringComparison.OrdinalIgnoreCase)
            || (at > first + 1 && before.Equals("the", StringComparison.OrdinalIgnoreCase) && (Words.Of(tokens[at - 2].Span(text)) & OnBoardBit) != 0);
    }

    /// <summary>Whether the going at <paramref name="going"/> follows "until" and its subject ("until we left on the
    /// buses"): the end of something else told, not the flight. Over the out-of-fold transcripts "until" and a
    /// pronoun before a word of going lay in no gold flight (8 in no gold claim, 2 in another harm's).</summary>
    private static bool AfterUntil(List<Token> tokens, string text, int first, int going) =>
        going >= first + 2 && tokens[going - 2].Span(text).Equals("until", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the going at <paramref name="going"/> goes, past "out", "over" or "across", to "the" and a side
    /// (<see cref="Sides"/>).</summary>
    private static bool GoesToSide(List<Token> tokens, string text, int going, int end)
    {
        var at = going + 1;
        if (at < end && (Words.Of(tokens[at].Span(text)) & OverBit) != 0)
        {
            at++;
        }

        return WordSequence.WordIs(tokens, text, at, end, "to")
            && WordSequence.WordIs(tokens, text, at + 1, end, "the")
            && at + 2 < end
            && (Words.Of(tokens[at + 2].Span(text)) & SidesBit) != 0;
    }

    /// <summary>Whether "and" at <paramref name="and"/> is followed by a word of <see cref="Along"/>, the people of a
    /// family (<see cref="Party"/>, next or one word on: "and her two sons") and, past a bracket and at most
    /// <see cref="PartyReach"/> names or commas, a word of <see cref="Going"/>.</summary>
    private static bool PartyGoes(Document document, int and, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        if (and + 2 >= end || (AlongWords.Of(tokens[and + 1].Span(text)) & AlongBit) == 0)
        {
            return false;
        }

        var at = (Words.Of(tokens[and + 2].Span(text)) & PartyBit) != 0 ? and + 3
            : and + 3 < end && (Words.Of(tokens[and + 3].Span(text)) & PartyBit) != 0 ? and + 4
            : -1;
        if (at < 0)
        {
            return false;
        }

        // A bracket after the party says who or how many ("and his family (nine people) left").
        if (at < end && tokens[at].Span(text) is "(")
        {
            while (at < end && tokens[at].Span(text) is not ")")
            {
                at++;
            }

            at++;
        }

        for (var skipped = 0; at < end; at++, skipped++)
        {
            var word = tokens[at].Span(text);
            if ((Words.Of(word) & GoingBit) != 0)
            {
                return !GoesOnErrand(tokens, text, at, end);
            }

            if (skipped == PartyReach || !(word is "," || char.IsUpper(word[0])))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the going at <paramref name="going"/> is followed, past at most one of <see cref="Ways"/>, by
    /// "to" and an errand (<see cref="Errands"/>): "went to dig", "came back to look".</summary>
    private static bool GoesOnErrand(List<Token> tokens, string text, int going, int end)
    {
        var at = going + 1;
        if (at < end && (Words.Of(tokens[at].Span(text)) & WaysBit) != 0)
        {
            at++;
        }

        return WordSequence.WordIs(tokens, text, at, end, "to")
            && at + 1 < end
            && (Words.Of(tokens[at + 1].Span(text)) & ErrandsBit) != 0;
    }

    /// <summary>Whether "took" at <paramref name="took"/> is followed by "his", "her" or "their" and, within
    /// <see cref="KinReach"/> words, the people of a family.</summary>
    private static bool TakesKin(List<Token> tokens, string text, int took, int end)
    {
        if (took + 2 >= end || (Words.Of(tokens[took + 1].Span(text)) & TheirsBit) == 0)
        {
            return false;
        }

        for (var t = took + 2; t < end && t <= took + 1 + KinReach; t++)
        {
            if ((Words.Of(tokens[t].Span(text)) & KinBit) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a whole place opens at <paramref name="at"/>: "whole" and a place, or "half" or "all", "the"
    /// and a place.</summary>
    private static bool OpensWholePlace(List<Token> tokens, string text, int at, int end)
    {
        var word = tokens[at].Span(text);
        if (word.Equals("whole", StringComparison.OrdinalIgnoreCase))
        {
            return at + 1 < end && (Words.Of(tokens[at + 1].Span(text)) & PlacesBit) != 0;
        }

        return (Words.Of(word) & PartBit) != 0
            && WordSequence.WordIs(tokens, text, at + 1, end, "the")
            && at + 2 < end
            && (Words.Of(tokens[at + 2].Span(text)) & PlacesBit) != 0;
    }
}
