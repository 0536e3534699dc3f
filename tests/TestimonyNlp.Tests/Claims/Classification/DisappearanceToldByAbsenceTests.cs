using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class DisappearanceToldByAbsenceTests
{
    private static HarmSet[] Apply(string answer, params HarmSet[] harms) =>
        AssessedSentences.After(DisappearanceToldByAbsence.Apply, "Q: And then?\nA: " + answer + "\n", harms);

    [Theory]
    [InlineData("Not in the clinic, not among the bodies at the school.")]
    [InlineData("Not with the living, not with the dead.")]
    public void Apply_TwoPlacesNotIn_Missing(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Missing], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Two winters now, not alive, not dead.")]
    [InlineData("Not in the camp, not the grave, nothing.")]
    public void Apply_NeitherStateNorPlace_Missing(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Missing], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("We asked at the police, at the court, everywhere.")]
    [InlineData("My aunt searched in the camps, in the clinics.")]
    public void Apply_AskedForAtTwoPlaces_Missing(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Missing], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("My brother is not on any list.")]
    [InlineData("The office says they are not in any list.")]
    public void Apply_NotOnAnyList_Missing(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Missing], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("The two drivers are still not found.")]
    [InlineData("We asked, and she is not anywhere.")]
    public void Apply_StillNotFoundOrNotAnywhere_Missing(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Missing], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Her husband Dakhil, we never heard of him again.")]
    [InlineData("But Ihsan also we never saw again.")]
    [InlineData("We never heard from my brother Hailay again.")]
    public void Apply_NeverSeenOrHeardAgain_Missing(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Missing], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Since then, nothing.")]
    [InlineData("Since that day we don't know.")]
    [InlineData("Since that night I do not know anything about Pavel.")]
    [InlineData("Since that morning nobody knows where she is.")]
    public void Apply_NothingKnownSinceThen_Missing(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Missing], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Since then we did not go back to the farm.")]
    [InlineData("Since that Monday she does not sleep.")]
    [InlineData("Since then I know the names of all the streets.")]
    [InlineData("Nothing has changed since the war.")]
    public void Apply_NoSilenceSinceThen_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Four men of our street are missing from that night.")]
    [InlineData("The office wrote that dozens of boys are still missing.")]
    [InlineData("The council put up the names of the people missing from the village.")]
    [InlineData("Twelve fishermen are missing since the storm of the guns.")]
    [InlineData("The radio read a list of the disappeared of the valley.")]
    [InlineData("Her name was on the Red Cross list as missing.")]
    public void Apply_MissingInSoManyWords_Missing(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Missing], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("We pray for the ones who are missing.")]
    [InlineData("So for Tomas, he is still missing.")]
    [InlineData("I told them my brother is disappeared.")]
    [InlineData("He is not missing, his wife saw him in the camp.")]
    [InlineData("She asked about the other disappeared, the ones from the market.")]
    public void Apply_MissingOfOneOrInGeneral_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("I never saw the sniper.")]
    [InlineData("We never heard the planes that night, and again in the morning nothing.")]
    [InlineData("Not in our street, thank God.")]
    [InlineData("The shelling was not in the town but not far from it.")]
    [InlineData("The keys were not found in the car.")]
    [InlineData("He was not on the list of the bus, so he walked.")]
    [InlineData("She asked at the bakery for bread, and they gave it.")]
    [InlineData("The cat is not dead, thank God.")]
    public void Apply_NoDisappearanceTold_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_SentenceWithHarm_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed],
            Apply("They shot him, and he is not on any list.", HarmSet.None, HarmSet.Killed));
    }

    [Fact]
    public void Apply_InterviewerSentence_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.None],
            AssessedSentences.After(
                DisappearanceToldByAbsence.Apply, "Q: Is he not on any list?\nA: Yes.\n", [HarmSet.None, HarmSet.None]));
    }

    [Fact]
    public void Apply_Disappearance_TakesRuleConfidence()
    {
        var document = CraftedTranscript.Tokenized("Q: And then?\nA: He is not on any list.\n");
        var assessments = new[] { SentenceAssessment.NoHarm, SentenceAssessment.NoHarm };
        DisappearanceToldByAbsence.Apply(document, assessments);
        Assert.Equal(HarmSet.Missing, assessments[1].Harms);
        Assert.Equal(DisappearanceToldByAbsence.HarmConfidence, assessments[1].HarmConfidence);
    }

    [Theory]
    [InlineData("Yusuf, no.", "Yusuf")]
    [InlineData("But Yusuf, no.", "Yusuf")]
    public void Apply_NamedAnsweredNo_Missing(string answer, string name)
    {
        var content = "Q: And the others?\nA: Two came back after a month. " + answer + "\n";
        var document = CraftedTranscript.Tokenized(content);
        var start = content.IndexOf(name, StringComparison.Ordinal);
        document.Entities.Add(new EntityMention("e1", EntityType.Person, start, start + name.Length, name, null, 1.0));
        var assessments = new[] { SentenceAssessment.NoHarm, SentenceAssessment.NoHarm, SentenceAssessment.NoHarm };

        DisappearanceToldByAbsence.Apply(document, assessments);

        Assert.Equal([HarmSet.None, HarmSet.None, HarmSet.Missing], assessments.Select(a => a.Harms));
    }

    [Theory]
    [InlineData("My husband, no.")]
    [InlineData("Yusuf, no, he was at the farm.")]
    public void Apply_KinAnsweredNoOrMoreAfter_Unchanged(string answer)
    {
        var content = "Q: And the others?\nA: Two came back after a month. " + answer + "\n";
        var document = CraftedTranscript.Tokenized(content);
        var start = content.IndexOf("Yusuf", StringComparison.Ordinal);
        if (start >= 0)
        {
            document.Entities.Add(new EntityMention("e1", EntityType.Person, start, start + 5, "Yusuf", null, 1.0));
        }

        var assessments = new[] { SentenceAssessment.NoHarm, SentenceAssessment.NoHarm, SentenceAssessment.NoHarm };

        DisappearanceToldByAbsence.Apply(document, assessments);

        Assert.Equal([HarmSet.None, HarmSet.None, HarmSet.None], assessments.Select(a => a.Harms));
    }

    [Theory]
    [InlineData("My mother is still waiting for him in Gao.")]
    [InlineData("We are waiting for them, the two boys of Kidal.")]
    [InlineData("The little one, nothing from her since the harvest.")]
    public void Apply_WaitForOrNothingFromSince_Missing(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Missing], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("I stood by the bakery in Gao, waiting for him.")]
    [InlineData("After the call we heard nothing from him for two weeks.")]
    public void Apply_WaitAtTheTimeOrSilenceThatEnded_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }
}
