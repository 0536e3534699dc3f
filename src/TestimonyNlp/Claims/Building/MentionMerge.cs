using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Which drafts of one document become one claim: a harm the annotators fold into another one its every sentence also
/// asserts (an injury in detention, a flight told with a killing), and a later mention of a harm that merges into an
/// earlier claim when nothing conflicts and something ties them.
/// </summary>
internal static class MentionMerge
{
    /// <summary>Settings of the merge.</summary>
    public static class Defaults
    {
        /// <summary>Most sentences from a toll to a smaller count that names some of its victims and merges into it.</summary>
        public const int EnumerationGap = 1;

        /// <summary>Most sentences from a toll to a smaller list of named victims in the same turn that merges into it
        /// (<see cref="NamesOfToll"/>), or to the dead of the toll named without a word of death in any turn
        /// (<see cref="VictimsOfToll"/>: counted out of fold, 21 such pairs over one gold claim or none and 2 over two within
        /// four sentences, 24 and 4 within six). The named lists read out of fold came two or three sentences after the toll
        /// ("Six dead. I saw six. Maybe more later."); six changed no claim of <see cref="NamesOfToll"/>'s.</summary>
        public const int NamesGap = 4;

        /// <summary>Most sentences from a killing's toll to a later mention that speaks of its dead only by a noun of the dead
        /// pointing back ("The bodies I did not see, my husband went.") and merges into it (<see cref="VictimsOfToll"/>):
        /// such a sentence tells no death of its own, and comes after a question and its answer as often as not. Out of
        /// fold the two such mentions six sentences after their toll were each in gold the same claim as the toll or none.</summary>
        public const int BodiesGap = 6;

        /// <summary>Most sentences from a detention to a later one that opens telling how long someone was held and
        /// merges into it (<see cref="HoldingOf"/>). Out of fold 1, 2 and 3 sentences kept more false detention claims
        /// and 6 no fewer (models/README.md, "Incident linking", the detention holding-time merge).</summary>
        public const int HoldingGap = 4;

        /// <summary>Most sentences from a disappearance to a later mention naming and counting no one that tells it again
        /// (<see cref="NoNewsOf"/>). Out of fold twelve took 14 false disappearances away and no right one; forty took 19
        /// and one right one, and three basis values with the mentions of other sources it joined.</summary>
        public const int NoNewsGap = 12;

        /// <summary>Most paragraphs of one answer from a detention or a flight to a later mention naming and counting no one
        /// that goes on telling it (<see cref="ToldOnOf"/>): the same paragraph or the next.</summary>
        public const int ToldOnParagraphs = 1;

        /// <summary>Most sentences from a killing to a later mention telling only the burial of the dead that joins it
        /// (<see cref="BurialOf"/>), or answering another's account of the dead (<see cref="ChallengedTollOf"/>). Out of
        /// fold forty sentences joined burials of a person gold keeps apart.</summary>
        public const int BurialGap = 12;

        /// <summary>Most sentences of an answer before a killing that answers another's account put by the interviewer
        /// (<see cref="ChallengedTollOf"/>): "Eight, eleven. Some died later in the hospital."</summary>
        public const int ChallengeAnswerOpening = 2;
    }

    /// <summary>
    /// True when the draft's harm is one the annotators fold into another harm its every sentence also asserts:
    /// ill-treatment in detention ("they kept him a month and beat him") is part of the detention claim, a flight
    /// told in the same sentences as a killing, an injury, an arrest or a disappearance is no claim of its own (in the
    /// gold claims, an injury shares its evidence with a detention twice in 484 detentions, a flight with any of those
    /// never). Damage told in the sentence of a killing stays a claim of its own ("destroyed our building and killed
    /// four"), as "seven killed and twenty injured" is two claims: folding it in gained a little out of fold, but loses
    /// what the witness asserts.
    /// </summary>
    public static bool FoldedIn(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, ClaimDraft draft)
    {
        var into = draft.Harm switch
        {
            Harm.Injured => HarmSet.Detained,
            Harm.Displaced => HarmSet.Killed | HarmSet.Injured | HarmSet.Missing | HarmSet.Detained,
            _ => HarmSet.None,
        };
        if (into == HarmSet.None)
        {
            return false;
        }

        var last = layout.SentenceOf(draft.Last - 1);
        for (var s = layout.SentenceOf(draft.First); s <= last; s++)
        {
            if ((sentences[s].Harms & into) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words that the one hurt lived ("lost his leg", "pulled out alive", "survived"): a wound told with a death
    /// beside it, which gold keeps as a claim of its own.</summary>
    private static readonly string[] LivedWords = ["lost", "alive", "survived", "lived"];

    /// <summary>Limbs, as in <c>InjuryNotDeath</c>: a wound to one ("hit in the legs", "a bullet in the thigh") is seldom
    /// told of the dead. The head, neck, chest and stomach are left out: a shot there is as often the fatal one.</summary>
    private static readonly string[] LimbWords = ["finger", "fingers", "leg", "legs", "foot", "feet", "hand", "hands", "arm", "arms", "eye", "eyes", "toe", "toes", "thigh", "shoulder", "knee", "knees", "ankle", "hip", "elbow", "wrist"];

    /// <summary>
    /// True when <paramref name="draft"/>, a claim of injury after the merge, is told only in sentences the classifiers
    /// also give a killing, none naming a word of injury (<see cref="HarmWords"/>), a limb or that the one hurt lived:
    /// the fatal wound of the death told in them ("one of them shot him in the chest in front of his door", "they had
    /// been shot in the head"), which gold takes as the killing alone. Out of fold it took 10 false INJURED claims away,
    /// all of them over a gold KILLED claim, and no right one (models/README.md, "Claim classifiers"). Taken after the
    /// merge, so that such a sentence merged into an injury claim told before it stays there: taken from the drafts
    /// before the merge, as <see cref="FoldedIn"/> takes its own, it left those claims without the victim or weapon it
    /// gave them (victims and weapon one right value fewer each out of fold), and without the limbs 3 right claims more
    /// were lost.
    /// </summary>
    public static bool FatalWound(DocumentLayout layout, ReadOnlySpan<SentenceAssessment> sentences, ClaimDraft draft)
    {
        if (draft.Harm != Harm.Injured)
        {
            return false;
        }

        var document = layout.Document;
        foreach (var (start, end) in draft.Spans)
        {
            for (var s = layout.SentenceOf(start); s <= layout.SentenceOf(end - 1); s++)
            {
                if (!sentences[s].Harms.Contains(Harm.Killed))
                {
                    return false;
                }

                var tokens = document.SentenceTokens(s);
                if (EvidenceWords.NamesHarm(document.Text, tokens, Harm.Injured))
                {
                    return false;
                }

                foreach (var token in tokens)
                {
                    var word = token.Span(document.Text);
                    if (WordList.Contains(word, LivedWords) || WordList.Contains(word, LimbWords))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>Words that put a death in doubt when they come before it in its clause ("Maybe two died later").</summary>
    private static readonly string[] HedgeWords = ["maybe", "perhaps"];

    /// <summary>Words that place a doubted death after the attack, where the witness did not see it ("later", "in the
    /// hospital"): without one, a hedged death is as often a claim gold takes (5 right of 12 out of fold).</summary>
    private static readonly string[] LaterWords = ["later", "after", "afterwards", "hospital", "clinic"];

    /// <summary>Words that make the death a supposition when they come before it in its clause ("If he was killed, someone
    /// would tell us."): out of fold 37 sentences so, none inside a gold killing.</summary>
    private static readonly string[] SuppositionWords = ["if", "whether"];

    /// <summary>Words that deny the death right after them ("he did not die", "never killed").</summary>
    private static readonly string[] NotWords = ["not", "never"];

    /// <summary>Words that deny the death a word or two after them ("Nobody was killed", "none of them died").</summary>
    private static readonly string[] NobodyWords = ["nobody", "none"];

    /// <summary>Most words from "nobody", "none" or "no one" to the death it denies: "Nobody was killed", "none of them
    /// died" (the denials read in the out-of-fold testimonies came within three words).</summary>
    private const int NobodyReach = 3;

    /// <summary>
    /// True when <paramref name="draft"/>, a killing after the merge, is told only in sentences whose first word of death
    /// is not asserted: doubted in its own clause and placed later ("Maybe two died later in the hospital, I don't
    /// know."), supposed ("If he was killed, someone would tell us."), a figure the witness restates ("I said eleven
    /// people died.", "I told you five died.") or a death denied ("Nobody was killed outright in that incident", "he did
    /// not die, people say he died"). Out of fold such claims were 11, all false, and of every sentence so, none was the
    /// only sentence of a gold killing (models/README.md, "A death doubted, supposed, restated or denied is no claim").
    /// Taken after the merge, as <see cref="FatalWound"/> takes its own, so that such a sentence merged into a claim told
    /// before it stays there.
    /// </summary>
    public static bool UnassertedDeath(DocumentLayout layout, ClaimDraft draft)
    {
        if (draft.Harm != Harm.Killed)
        {
            return false;
        }

        var document = layout.Document;
        foreach (var (start, end) in draft.Spans)
        {
            for (var s = layout.SentenceOf(start); s <= layout.SentenceOf(end - 1); s++)
            {
                var sentence = document.Sentences[s];
                var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens).Slice(sentence.FirstToken, sentence.TokenCount);
                if (!DeathUnasserted(document.Text, tokens))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True when the first word of death of the sentence is doubted, supposed, restated or denied (<see cref="UnassertedDeath"/>).</summary>
    private static bool DeathUnasserted(string text, ReadOnlySpan<Token> tokens)
    {
        var death = -1;
        var later = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[t].Span(text);
            if (death < 0 && HarmWords.Names(Harm.Killed, word))
            {
                death = t;
            }

            later |= WordList.Contains(word, LaterWords);
        }

        if (death < 0)
        {
            return false;
        }

        for (var t = death - 1; t >= 0 && tokens[t].Kind != TokenKind.Punctuation; t--)
        {
            var word = tokens[t].Span(text);
            var reach = death - t;
            if ((later && WordList.Contains(word, HedgeWords)) || WordList.Contains(word, SuppositionWords))
            {
                return true;
            }

            if (t > 0 && tokens[t - 1].Span(text).Equals("I", StringComparison.Ordinal)
                && (word.Equals("said", StringComparison.OrdinalIgnoreCase)
                    || (word.Equals("told", StringComparison.OrdinalIgnoreCase) && t + 1 < death && tokens[t + 1].Span(text).Equals("you", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }

            if (reach == 1 && (WordList.Contains(word, NotWords) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (reach <= NobodyReach
                && (WordList.Contains(word, NobodyWords)
                    || (word.Equals("one", StringComparison.OrdinalIgnoreCase) && t > 0 && tokens[t - 1].Span(text).Equals("no", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The detention <paramref name="later"/> goes on telling when it opens on how long someone was held ("They kept him
    /// nineteen days in a basement."): the last detention drafted before it, a few sentences back, even across a
    /// subtitle cue, a place or a figure of its own, unless something conflicts; null otherwise. In the train gold such
    /// a sentence goes on with the detention before it 91 times and starts a claim of its own 27 times, mostly where a
    /// group was taken and one of them held, or where the witness saw the arrest and was told of the holding; so the two
    /// stay apart when the counts differ (unless both hold the speaker and the holding counts more than the speaker:
    /// "took me and my brother ... kept me with twenty other men"), when an arrest seen is followed by a holding heard
    /// of, and when the holding is the speaker's own after another's arrest.
    /// </summary>
    public static ClaimDraft? HoldingOf(DocumentLayout layout, List<ClaimDraft> earlier, ClaimDraft later)
    {
        if (later.Harm != Harm.Detained || !RunCuts.TellsHoldingTime(layout, layout.SentenceOf(later.First)))
        {
            return null;
        }

        var last = earlier.FindLast(m => m.Harm == Harm.Detained);
        if (last is null || layout.SentenceOf(later.First) - layout.SentenceOf(last.Last - 1) > Defaults.HoldingGap
            || Conflicts(layout, last, later) || NamesOthers(layout, last, later)
            || (later.Basis == Basis.Experienced && last.Basis != Basis.Experienced)
            || (last.Basis == Basis.Witnessed && later.Basis == Basis.Hearsay)
            || CountsOthers(layout, last, later))
        {
            return null;
        }

        return last;
    }

    /// <summary>True when the detention <paramref name="later"/> counts other people than <paramref name="earlier"/>: both
    /// counted and the counts differ, unless both hold the speaker and the later counts more than the speaker ("took me and
    /// my brother ... kept me with twenty other men").</summary>
    public static bool CountsOthers(DocumentLayout layout, ClaimDraft earlier, ClaimDraft later) =>
        earlier.Min is { } m1 && later.Min is { } m2 && m1 != m2
        && !(m2 > 1 && HeldSpeaker(layout, earlier.First, earlier.Last) && HeldSpeaker(layout, later.First, later.Last));

    /// <summary>
    /// The disappearance <paramref name="later"/> tells again when it names no one and counts no one ("Until now, nothing.
    /// We do not know if he is alive."), after a disappearance of one person or of people not counted a few sentences
    /// back: the last such disappearance, whatever its site or date (a disappearance goes on being told as the search
    /// and its places and days since); null otherwise. A later mention that names someone or gives a number ("Nobody
    /// has heard from the three since.") may be another person's disappearance, and one after a crowd's is not one of them.
    /// </summary>
    public static ClaimDraft? NoNewsOf(DocumentLayout layout, List<ClaimDraft> earlier, ClaimDraft later)
    {
        if (later.Harm != Harm.Missing || !later.Named.IsEmpty || later.Min > 1)
        {
            return null;
        }

        var last = earlier.FindLast(m => m.Harm == Harm.Missing);
        if (last is null || last.Min > 1 || layout.SentenceOf(later.First) - layout.SentenceOf(last.Last - 1) > Defaults.NoNewsGap)
        {
            return null;
        }

        var document = layout.Document;
        foreach (var (start, end) in later.Spans)
        {
            for (var s = layout.SentenceOf(start); s >= 0 && s <= layout.SentenceOf(end - 1); s++)
            {
                var tokens = document.SentenceTokens(s);
                for (var t = 0; t < tokens.Length; t++)
                {
                    if (NumberReader.TryRead(document.Text, tokens, t, out _))
                    {
                        return null;
                    }
                }
            }
        }

        return last;
    }

    /// <summary>
    /// The detention or flight <paramref name="later"/> goes on telling when it names no one and counts at most one, in
    /// the same answer as the last detention or flight drafted before it, in its paragraph or the next ("They took my
    /// brother at the checkpoint. ... They kept him in a cellar in Izium." or "We left Kharkiv in March, the five of us.
    /// ... In Lviv we slept in a school."): that last one, whatever the places the two name (a detention goes on in the
    /// place someone is held, a flight in the places it passes), unless its source is nearer than the earlier's (one
    /// held whose arrest was heard of and who was then seen, or the speaker held after another's arrest), their weapons or
    /// dates differ, another time or "again" is told between them, or a flight changes party; in the next paragraph,
    /// only after a detention or flight of at most one person (one of a group taken, held on his own, is a claim of its
    /// own as often as not); null otherwise. A mention naming someone or counting more may be another person's, and one
    /// in a later answer is as often another event.
    /// </summary>
    public static ClaimDraft? ToldOnOf(DocumentLayout layout, List<ClaimDraft> earlier, ClaimDraft later)
    {
        if (later.Harm is not (Harm.Detained or Harm.Displaced) || !later.Named.IsEmpty || later.Min > 1 || later.Max > 1 || later.Additive || later.ApartFromToll)
        {
            return null;
        }

        var last = LastOf(earlier, later.Harm);
        if (last is null)
        {
            return null;
        }

        var lastSentence = layout.SentenceOf(last.Last - 1);
        var laterFirst = layout.SentenceOf(later.First);
        var paragraphs = layout.Turn(laterFirst) - layout.Turn(lastSentence);
        if (laterFirst <= lastSentence || paragraphs > Defaults.ToldOnParagraphs || (paragraphs > 0 && last.Min > 1)
            || Directness(later.Basis) > Directness(last.Basis)
            || Conflicts(layout, last, later) || RunCuts.ToldAgainBetween(layout, last.Last, later.First)
            || (later.Harm == Harm.Displaced && RunCuts.ChangesParty(layout, layout.SentenceOf(last.First), lastSentence, laterFirst))
            || (later.Harm == Harm.Injured && RunCuts.OwnWoundAfterCrowd(layout, layout.SentenceOf(last.First), lastSentence, laterFirst)))
        {
            return null;
        }

        for (var s = lastSentence + 1; s < laterFirst; s++)
        {
            if (!layout.IsSpeech(s))
            {
                return null;
            }
        }

        return last;
    }

    /// <summary>The last of <paramref name="drafts"/> of <paramref name="harm"/>, or null.</summary>
    private static ClaimDraft? LastOf(List<ClaimDraft> drafts, Harm harm)
    {
        for (var index = drafts.Count - 1; index >= 0; index--)
        {
            if (drafts[index].Harm == harm)
            {
                return drafts[index];
            }
        }

        return null;
    }

    /// <summary>Word starts of what is done with the dead: "buried", "bury", "burial", "grave", "graves", "washed".</summary>
    private static readonly string[] BurialStems = ["buri", "bury", "grave", "wash"];

    /// <summary>True when token <paramref name="t"/> is a noun of the dead after "the", "those", "these" or "their"
    /// ("The bodies they had taken already.", "Among the dead I did not see uniforms."): the dead already told.</summary>
    private static bool DeadPointedBack(string text, ReadOnlySpan<Token> tokens, int t) =>
        t > 0 && WordList.Contains(tokens[t].Span(text), DeadNouns) && WordList.Contains(tokens[t - 1].Span(text), BackWords);

    /// <summary>
    /// The killing <paramref name="later"/> tells again when all it says is what became of the dead already told: their
    /// burial or washing ("We buried him the next day behind the house.", "We washed him in the yard.") or the dead
    /// pointed back to ("The bodies they had taken already."), with no other word of death and no number, a few sentences
    /// after a killing: that last killing, whatever its site or date (the dead are buried the next day, elsewhere),
    /// unless another time is told between them (the burial is then of that time's dead); null otherwise. One with a
    /// figure ("We buried eight.") is a toll of its own.
    /// </summary>
    public static ClaimDraft? BurialOf(DocumentLayout layout, List<ClaimDraft> earlier, ClaimDraft later)
    {
        if (later.Harm != Harm.Killed)
        {
            return null;
        }

        var last = earlier.FindLast(m => m.Harm == Harm.Killed);
        if (last is null || layout.SentenceOf(later.First) - layout.SentenceOf(last.Last - 1) > Defaults.BurialGap
            || RunCuts.ToldAtAnotherTimeBetween(layout, last.Last, last.Date, later.First))
        {
            return null;
        }

        var document = layout.Document;
        var text = document.Text;
        var burial = false;
        foreach (var (start, end) in later.Spans)
        {
            for (var s = layout.SentenceOf(start); s >= 0 && s <= layout.SentenceOf(end - 1); s++)
            {
                var tokens = document.SentenceTokens(s);
                if (TellsDeath(text, tokens))
                {
                    return null;
                }

                for (var t = 0; t < tokens.Length; t++)
                {
                    // A figure or an age beside a burial is a toll or a victim of its own ("We buried eight.", "the men
                    // who buried them told us forty", "my father, 71"); one grave is no count.
                    if (NumberReader.TryRead(text, tokens, t, out var number) && number.Min > 1)
                    {
                        return null;
                    }

                    burial |= tokens[t].Kind == TokenKind.Word && (WordList.StartsWithAny(tokens[t].Span(text), BurialStems) || DeadPointedBack(text, tokens, t));
                }
            }
        }

        return burial ? last : null;
    }

    /// <summary>Words that open another's account put to the witness: "other people", "another witness", "some people".</summary>
    private static readonly string[] OtherWords = ["other", "another", "some"];

    /// <summary>Who gave that other account.</summary>
    private static readonly string[] OtherSources = ["people", "witness", "witnesses", "person", "neighbours", "neighbors", "families", "survivors"];

    /// <summary>Verbs of the other account's telling.</summary>
    private static readonly string[] TellingWords = ["told", "tell", "say", "says", "said"];

    /// <summary>
    /// The killing <paramref name="later"/> tells again when it answers the interviewer putting another account of the
    /// dead to the witness ("Another witness told us two died." - "Three. The third died on the way to the clinic."): the
    /// last killing drafted a few sentences before, whatever its site or date; null otherwise. The witness defends or
    /// explains the toll already told, which gold keeps in that claim or leaves out, not another death.
    /// </summary>
    public static ClaimDraft? ChallengedTollOf(DocumentLayout layout, List<ClaimDraft> earlier, ClaimDraft later)
    {
        if (later.Harm != Harm.Killed)
        {
            return null;
        }

        var laterFirst = layout.SentenceOf(later.First);
        var last = earlier.FindLast(m => m.Harm == Harm.Killed);
        if (last is null || laterFirst - layout.SentenceOf(last.Last - 1) > Defaults.BurialGap
            || RunCuts.ToldAtAnotherTimeBetween(layout, last.Last, last.Date, later.First) || NamesOthers(layout, last, later))
        {
            return null;
        }

        // Back over the answer's opening ("People add.", "Eight, eleven.") to the question turn before it.
        var s = laterFirst - 1;
        var answer = layout.Turn(laterFirst);
        while (s >= 0 && layout.Turn(s) == answer && laterFirst - s <= Defaults.ChallengeAnswerOpening)
        {
            s--;
        }

        if (s < 0 || layout.Turn(s) == answer)
        {
            return null;
        }

        var document = layout.Document;
        for (var question = layout.Turn(s); s >= 0 && layout.Turn(s) == question && !layout.IsSpeech(s); s--)
        {
            if (PutsOtherAccount(document.Text, document.SentenceTokens(s)))
            {
                return last;
            }
        }

        return null;
    }

    /// <summary>True when the sentence puts another's account: "other people" or "another witness" and a verb of telling
    /// after it ("Some people told us three.", "Another witness says only one died.").</summary>
    private static bool PutsOtherAccount(string text, ReadOnlySpan<Token> tokens)
    {
        for (var t = 0; t + 1 < tokens.Length; t++)
        {
            if (!WordList.Contains(tokens[t].Span(text), OtherWords) || !WordList.Contains(tokens[t + 1].Span(text), OtherSources))
            {
                continue;
            }

            for (var v = t + 2; v < tokens.Length; v++)
            {
                if (WordList.Contains(tokens[v].Span(text), TellingWords))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How close the speaker stood to what a basis tells: their own harm, then one seen, then one heard of, then
    /// a report; none is the farthest.</summary>
    private static int Directness(Basis? basis) => basis switch
    {
        Basis.Experienced => 4,
        Basis.Witnessed => 3,
        Basis.Hearsay => 2,
        Basis.Reported => 1,
        _ => 0,
    };

    /// <summary>True when <paramref name="later"/> names victims and none of them is one of <paramref name="earlier"/>'s
    /// ("took him with his friend Bilal. ... Fares they held in a basement"): another person's detention.</summary>
    private static bool NamesOthers(DocumentLayout layout, ClaimDraft earlier, ClaimDraft later)
    {
        if (later.Named.IsEmpty)
        {
            return false;
        }

        foreach (var id in later.Named)
        {
            foreach (var other in earlier.Named)
            {
                if (layout.SamePerson(id, other))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Objects naming the speaker among those taken or held ("took me and my brother", "kept us").</summary>
    private static readonly string[] SpeakerObjects = ["me", "us"];

    /// <summary>True when the text from <paramref name="start"/> to <paramref name="end"/> has the speaker among the
    /// people taken or held: a count of their own ("kept me", with "twenty other men") then tells the same detention.</summary>
    private static bool HeldSpeaker(DocumentLayout layout, int start, int end)
    {
        var document = layout.Document;
        for (var t = layout.TokenAt(start); t < document.Tokens.Count && document.Tokens[t].Start < end; t++)
        {
            if (WordList.Contains(document.Tokens[t].Span(document.Text), SpeakerObjects))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Conflicts(DocumentLayout layout, ClaimDraft earlier, ClaimDraft later) =>
        (earlier.Weapon is { } w1 && later.Weapon is { } w2 && w1 != w2)
        || RunCuts.ToldAtAnotherTimeBetween(layout, earlier.Last, earlier.Date, later.First)
        || (earlier.Date is { From: { } f1, To: { } t1 } && later.Date is { From: { } f2, To: { } t2 } && (f1 > t2 || f2 > t1));

    /// <summary>True when <paramref name="later"/>, a mention of the same harm, merges into <paramref name="earlier"/>:
    /// nothing conflicts (weapon, party, a date or a new attack told between them, dates, site, count) and something
    /// ties them (a named victim, the site, dates given in both, or the count), and a killing or a wounding naming
    /// victims does not merge with one naming only others; or when it tells who some of the dead of
    /// a toll told a few sentences before were (<see cref="VictimsOfToll"/>), where only a date or a new attack told
    /// between them, or dates, conflict. Damage merges so too (one event's damage is one claim), except the speaker's own
    /// property with others' (<see cref="TellsOwnProperty"/>): out of fold this took 106 false damage claims away for 23
    /// right ones (models/README.md, "One event's damage, one claim"). Damage that names no building, vehicle or another's
    /// part of a home (<see cref="NamesProperty"/>: "The planes hit at noon.", "The roof came down.") is neither, and joins
    /// the speaker's own as it joins others' (models/README.md, "Damage naming no property joins the speaker's own").</summary>
    public static bool CanMerge(DocumentLayout layout, ClaimDraft earlier, ClaimDraft later)
    {
        // One event's damage is one claim (corpus/MARKUP.md), with its own basis: the speaker's own house, windows or
        // shop (EXPERIENCED) stays apart from the neighbours' roof seen hit (WITNESSED) in the same strike; a strike told
        // without the property it hit is of neither.
        if (earlier.Harm == Harm.PropertyDamage && TellsOwnProperty(layout, earlier) is var ownEarlier && ownEarlier != TellsOwnProperty(layout, later)
            && NamesProperty(layout, ownEarlier ? later : earlier))
        {
            return false;
        }

        var victimsOfToll = VictimsOfToll(layout, earlier, later);
        if (earlier.Weapon is { } w1 && later.Weapon is { } w2 && w1 != w2 && !victimsOfToll)
        {
            return false;
        }

        // The speaker's own named after a crowd's toll, cut from it in the run (ClaimBuilder.NamedAfterToll), stays apart.
        if (later.ApartFromToll && earlier.Min is { } crowd && (later.Min is null || later.Min < crowd))
        {
            return false;
        }

        // A crowd's exodus and the speaker's own flight, cut apart in the run (RunCuts.ChangesParty), stay apart.
        if (earlier.Harm == Harm.Displaced
            && RunCuts.ChangesParty(layout, layout.SentenceOf(earlier.First), layout.SentenceOf(earlier.Last - 1), layout.SentenceOf(later.First)))
        {
            return false;
        }

        // A crowd's wounding and the speaker's own wound after it, cut apart in the run (RunCuts.OwnWoundAfterCrowd), stay
        // apart.
        if (earlier.Harm == Harm.Injured
            && RunCuts.OwnWoundAfterCrowd(layout, layout.SentenceOf(earlier.First), layout.SentenceOf(earlier.Last - 1), layout.SentenceOf(later.First)))
        {
            return false;
        }

        if (RunCuts.ToldAtAnotherTimeBetween(layout, earlier.Last, earlier.Date, later.First) || RunCuts.ToldAgainBetween(layout, earlier.Last, later.First))
        {
            return false;
        }

        if (earlier.Date is { From: { } f1, To: { } t1 } && later.Date is { From: { } f2, To: { } t2 } && (f1 > t2 || f2 > t1))
        {
            return false;
        }

        if (victimsOfToll)
        {
            return true;
        }

        var sameSite = false;
        if (earlier.Site is { } s1 && later.Site is { } s2)
        {
            sameSite = layout.SamePlace(s1, s2);
            if (!sameSite)
            {
                return false;
            }
        }

        // A smaller count in the next sentence names some of the victims of the toll ("17 bodies. Muhammad Hamouda, he was
        // sixty-five, and his wife"); a larger, an additive ("three more") or a later one is another toll.
        var namesOfToll = NamesOfToll(layout, earlier, later);
        if (earlier.Min is { } m1 && later.Min is { } m2 && m1 != m2
            && (m2 > (earlier.Max ?? int.MaxValue) || later.Additive
                || (layout.SentenceOf(later.First) - layout.SentenceOf(earlier.Last - 1) > Defaults.EnumerationGap && !namesOfToll)))
        {
            return false;
        }

        // A figure a source of its own gives (media, officials, a list) after the witness's is a claim of its own; so is
        // what people say past an open toll ("we buried more than eighty. People say a hundred and fifty").
        if (earlier.Harm == Harm.Killed && later.Min is { } reported && RunCuts.TryReadReportedFigure(layout, layout.SentenceOf(later.First), out _, out _, out var hearsay)
            && (hearsay ? (earlier.Max ?? earlier.Min) is { } most && reported > most : reported != earlier.Min))
        {
            return false;
        }

        // A toll passed on from others after the speaker's own or another source's is a claim of its own with its own
        // basis ("I saw dead: three children and one old man. ... They said six killed, five or six."), even where the
        // figures agree; not a figure within an open toll ("We buried more than twenty. Now people say twenty.").
        if (earlier.Harm is Harm.Killed or Harm.Injured && earlier.Min is not null && later.Min is not null && earlier.Basis != later.Basis
            && later.Basis is Basis.Hearsay or Basis.Reported && !(earlier.Max is null && later.Min <= earlier.Min))
        {
            return false;
        }

        if (earlier.Harm == Harm.Injured && WoundOwner(layout, earlier) * WoundOwner(layout, later) < 0)
        {
            return false;
        }

        var sameNamed = false;
        foreach (var id in later.Named)
        {
            foreach (var other in earlier.Named)
            {
                sameNamed |= layout.SamePerson(id, other);
            }
        }

        // Another named victim cut from its run (ClaimBuilder.AnotherNamedVictim) stays apart from what it was cut from.
        if (later.AnotherVictim && !sameNamed)
        {
            return false;
        }

        // Two killings or woundings that each name victims and share none are most often two gold claims ("Karim died
        // at the door. ... Omar was killed in the street."), whatever site they share.
        if (earlier.Harm is Harm.Killed or Harm.Injured && !namesOfToll && earlier.Named.Length > 0 && later.Named.Length > 0 && !layout.SharesName(later.Named, earlier.Named))
        {
            return false;
        }

        var sameDate = earlier.DateInEvidence && later.DateInEvidence;
        var sameCount = earlier.Min is not null && earlier.Min == later.Min && earlier.Max == later.Max;
        return sameNamed || sameSite || sameDate || sameCount || namesOfToll;
    }

    /// <summary>1 when <paramref name="draft"/> tells the speaker's own wound and names no one else, -1 when it names
    /// someone and tells no wound of the speaker's, 0 otherwise: the speaker's wound and others' told apart are two gold
    /// claims ("My arm was broken. ... My wife Gunay, her head was cut.").</summary>
    private static int WoundOwner(DocumentLayout layout, ClaimDraft draft)
    {
        var own = false;
        var others = draft.Named.Length > 0;
        foreach (var (start, end) in draft.Spans)
        {
            for (var s = layout.SentenceOf(start); s <= layout.SentenceOf(end - 1); s++)
            {
                own |= SpeakerWound.Told(layout, s);
                others |= FollowingNames.NamesPeople(layout, s);
            }
        }

        return own == others ? 0 : own ? 1 : -1;
    }

    /// <summary>Words that make the property after them the speaker's own: "our house", "my shop".</summary>
    private static readonly string[] OwnPossessives = ["my", "our"];

    /// <summary>Parts of a home and holdings that, after "my" or "our", are the speaker's own damage ("our windows came
    /// in", "my own canal"), beside the buildings and vehicles of <see cref="RunCuts.PropertyNouns"/>.</summary>
    private static readonly string[] OwnedParts = ["windows", "window", "roof", "roofs", "walls", "wall", "door", "doors", "room", "rooms", "canal", "field", "fields", "land", "sheep", "goats", "cattle", "animals", "livestock", "furniture"];

    /// <summary>Prepositions that make "my house" or "our door" after them where the speaker stood or went, not what was
    /// damaged: "from my door I saw", "behind my shop", "we ran to our house".</summary>
    private static readonly string[] PlaceOfSpeaker = ["from", "at", "behind", "near", "beside", "opposite", "to", "outside", "towards", "toward"];

    /// <summary>True when a sentence of <paramref name="draft"/> names property as the speaker's own: "my" or "our" a
    /// word or two before a property noun or a part of a home ("our house", "my own canal", "our windows"), not after a
    /// preposition of where the speaker stood (<see cref="PlaceOfSpeaker"/>: "from my door I saw").</summary>
    private static bool TellsOwnProperty(DocumentLayout layout, ClaimDraft draft)
    {
        var document = layout.Document;
        foreach (var (start, end) in draft.Spans)
        {
            for (var s = layout.SentenceOf(start); s <= layout.SentenceOf(end - 1); s++)
            {
                var run = document.SentenceTokens(s);
                for (var t = 0; t < run.Length; t++)
                {
                    if (!WordList.Contains(run[t].Span(document.Text), OwnPossessives)
                        || (t > 0 && WordList.Contains(run[t - 1].Span(document.Text), PlaceOfSpeaker)))
                    {
                        continue;
                    }

                    for (var n = t + 1; n < Math.Min(run.Length, t + 3); n++)
                    {
                        var word = run[n].Span(document.Text);
                        if (WordList.Contains(word, RunCuts.PropertyNouns) || WordList.Contains(word, OwnedParts))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Words that make the part of a home after them someone else's: "their roof", "his windows".</summary>
    private static readonly string[] OthersPossessives = ["their", "his", "her"];

    /// <summary>True when a sentence of <paramref name="draft"/> names property that can be someone else's: a building, a
    /// vehicle or a shelter (<see cref="Classification.DamageToldByStrike.Property"/>), or a part of a home after "their",
    /// "his" or "her" ("their roof"). A part with no owner named ("the roof came down", "the walls cracked") may be the
    /// speaker's as well as another's.</summary>
    private static bool NamesProperty(DocumentLayout layout, ClaimDraft draft)
    {
        var document = layout.Document;
        foreach (var (start, end) in draft.Spans)
        {
            for (var s = layout.SentenceOf(start); s <= layout.SentenceOf(end - 1); s++)
            {
                var run = document.SentenceTokens(s);
                for (var t = 0; t < run.Length; t++)
                {
                    var word = run[t].Span(document.Text);
                    if (WordList.Contains(word, Classification.DamageToldByStrike.Property)
                        || (WordList.Contains(word, OwnedParts) && ((t > 0 && WordList.Contains(run[t - 1].Span(document.Text), OthersPossessives))
                            || (t > 1 && WordList.Contains(run[t - 2].Span(document.Text), OthersPossessives)))))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="later"/> names fewer victims than the toll of <paramref name="earlier"/>, a few
    /// sentences on in the same turn ("Six dead. I saw six. Maybe more later. The man who sold melons, Karim, and his
    /// nephew."): the names of some of the toll's victims.</summary>
    private static bool NamesOfToll(DocumentLayout layout, ClaimDraft earlier, ClaimDraft later)
    {
        var earlierLast = layout.SentenceOf(earlier.Last - 1);
        var laterFirst = layout.SentenceOf(later.First);
        if (earlier is not { Min: > 1 } || !earlier.Named.IsEmpty || later.Min is not { } named || named >= earlier.Min || (later.Named.IsEmpty && named > 1)
            || later.Additive || laterFirst - earlierLast > Defaults.NamesGap || layout.Turn(laterFirst) != layout.Turn(earlierLast))
        {
            return false;
        }

        return WitnessToll(layout, earlier);
    }

    /// <summary>True when the toll of <paramref name="earlier"/> is the witness's own and told with its harm: not a
    /// figure of the news, a list or officials ("The city said five died", "came with a list: thirty-one dead"), nor
    /// munitions read as people ("mortar rounds fell, three or four").</summary>
    private static bool WitnessToll(DocumentLayout layout, ClaimDraft earlier)
    {
        var document = layout.Document;
        var toldHarm = false;
        for (var s = layout.SentenceOf(earlier.First); s <= layout.SentenceOf(earlier.Last - 1); s++)
        {
            var tokens = document.SentenceTokens(s);
            if (RunCuts.TryReadReportedFigure(layout, s, out _, out _, out _) || Reported(document.Text, tokens))
            {
                return false;
            }

            toldHarm |= EvidenceWords.NamesHarm(document.Text, tokens, earlier.Harm);
        }

        return toldHarm;
    }

    /// <summary>
    /// True when <paramref name="later"/>, up to <see cref="Defaults.NamesGap"/> sentences after the witness's own toll
    /// of <paramref name="earlier"/> (<see cref="WitnessToll"/>), tells who some of its dead were without a word of death
    /// ("Seven children were dead. ... Hamid, the son of my neighbour, he was eight. And two brothers."), counting
    /// fewer than the toll or no one, and gives no source's figure: the victims of the toll, in gold one claim with it,
    /// even across a question ("Who were they?"), another paragraph, or a site or weapon the names' sentences take from
    /// elsewhere (a place the victims came from, a weapon named before the toll). Counted first on the pairs of
    /// neighbouring KILLED claims built out of fold: a later one naming no word of death within four sentences after a
    /// larger toll was a second claim over the same gold claim or over none 21 times and a gold claim of its own twice
    /// (a radio's figure and an official one, both now kept out); the same form for INJURED was wrong 9 times
    /// in 13 (a wound is told without a word of injury: "his arm broken"), so it is for killings only. A later claim
    /// that names a death is a death told on its own ("Karim, the baker, he died at his oven"), which gold keeps apart
    /// as often as not; one whose only words of death point back to the dead already told ("The bodies were already
    /// taken.", "The bodies I did not see, my husband went.") tells none, and merges up to
    /// <see cref="Defaults.BodiesGap"/> sentences on. Without it such a mention joined a toll only when the count it read
    /// by chance (the husband, 1) equalled the toll's.
    /// </summary>
    private static bool VictimsOfToll(DocumentLayout layout, ClaimDraft earlier, ClaimDraft later)
    {
        var earlierLast = layout.SentenceOf(earlier.Last - 1);
        var laterFirst = layout.SentenceOf(later.First);
        var laterLast = layout.SentenceOf(later.Last - 1);
        if (earlier is not { Harm: Harm.Killed, Min: > 1 } || (later.Min is { } counted && counted >= earlier.Min)
            || laterFirst <= earlierLast || laterFirst - earlierLast > Defaults.BodiesGap || !WitnessToll(layout, earlier))
        {
            return false;
        }

        var document = layout.Document;
        var bodiesOnly = false;
        for (var s = laterFirst; s <= laterLast; s++)
        {
            var tokens = document.SentenceTokens(s);
            if (RunCuts.TryReadReportedFigure(layout, s, out _, out _, out _) || Reported(document.Text, tokens))
            {
                return false;
            }

            if (EvidenceWords.NamesHarm(document.Text, tokens, later.Harm))
            {
                if (TellsDeath(document.Text, tokens))
                {
                    return false;
                }

                bodiesOnly = true;
            }
        }

        return bodiesOnly || laterFirst - earlierLast <= Defaults.NamesGap;
    }

    /// <summary>Nouns of the dead that can point back to the dead of a toll already told ("the bodies", "the dead").</summary>
    private static readonly string[] DeadNouns = ["bodies", "body", "dead", "corpses", "corpse"];

    /// <summary>Determiners that make a noun of the dead point back to those already told of.</summary>
    private static readonly string[] BackWords = ["the", "those", "these", "their"];

    /// <summary>True when the sentence has a word of death other than a noun of the dead after "the", "those", "these" or
    /// "their": "The bodies were already taken." tells no death, "he died there" and "they found a body" do
    /// (<see cref="VictimsOfToll"/>).</summary>
    private static bool TellsDeath(string text, ReadOnlySpan<Token> tokens)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = tokens[t].Span(text);
            if (tokens[t].Kind != TokenKind.Word || !HarmWords.Names(Harm.Killed, word))
            {
                continue;
            }

            if (!WordList.Contains(word, DeadNouns) || t == 0 || !WordList.Contains(tokens[t - 1].Span(text), BackWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words of a source giving a figure of its own, besides <see cref="RunCuts.TryReadReportedFigure"/>'s forms:
    /// without them the merge joined the toll of the city or a list to a neighbour named after it (out of fold, 3 of 7
    /// merges wrong). "official(s)" came with <see cref="VictimsOfToll"/>: without it "Official is five thousand." after
    /// a father's death was joined to it, a right claim lost out of fold.</summary>
    private static readonly string[] SourceWords = ["said", "says", "list", "news", "radio", "reported", "announced", "official", "officials"];

    private static bool Reported(string text, ReadOnlySpan<Token> tokens) => WordList.ContainsAny(tokens, text, SourceWords);
}
