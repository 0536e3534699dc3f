using TestimonyNlp.Entities.Headers;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Entities.Places;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Entities.Headers;

public sealed class HeaderEntityStageTests
{
    private static IReadOnlyList<(EntityType Type, string Text, string? Normalized)> Header(string header)
    {
        var content = header + "\n\nQ: Where are you from?\nA: From the village.\n";
        var document = new Document(CraftedTranscript.Testimony(content));
        new HeaderEntityStage(PlacesTestData.Gazetteer).Process(document, CancellationToken.None);
        foreach (var mention in document.Entities)
        {
            Assert.Equal(mention.Text, content[mention.Start..mention.End]);
        }

        return document.Entities.Select(e => (e.Type, e.Text, e.Normalized)).ToList();
    }

    [Fact]
    public void Process_PlaceLineWithCountry_MarksEachPartAndResolvesInThatCountry()
    {
        var found = Header("Interview ID: T-1\nLocation: Popayán, Cauca, Colombia");

        Assert.Equal(
            [(EntityType.Place, "Popayán", "Popayán"), (EntityType.Place, "Cauca", "Cauca Department"), (EntityType.Place, "Colombia", "Colombia")],
            found);
    }

    [Fact]
    public void Process_AreaDescriptorsAfterNames_StayOutsideTheSpans()
    {
        var found = Header("Interview ID: T-2\nPlace of interview: Yida refugee camp, Unity State, South Sudan");

        Assert.Equal(["Yida", "Unity", "South Sudan"], found.Select(f => f.Text));
        Assert.All(found, f => Assert.Equal(EntityType.Place, f.Type));
    }

    [Fact]
    public void Process_InterviewerAndInterpreter_ArePeople()
    {
        var found = Header("Interview ID: T-3\nInterviewer: Dr. Lena Vogt\nInterpreter: Ko Min Thant");

        Assert.Equal([(EntityType.Person, "Lena Vogt", null), (EntityType.Person, "Ko Min Thant", null)], found);
    }

    [Fact]
    public void Process_InterpreterNone_FindsNothing()
    {
        var found = Header("Interview ID: T-4\nInterpreter: none (interview in English)");

        Assert.Empty(found);
    }

    [Fact]
    public void Process_WitnessDescription_FindsPlacesIntroducedOrKnown()
    {
        var found = Header("Interview ID: T-5\nWitness: W-118, man, 50s, shop owner from Baiji, now in Erbil");

        Assert.Equal([(EntityType.Place, "Baiji", "Bayjī"), (EntityType.Place, "Erbil", "Erbil")], found);
    }

    [Fact]
    public void Process_NameCueAndInitial_MarksThePersonWithTheInitial()
    {
        var found = Header("Interview ID: T-6\nWitness: nurse, asked to be called Rasha\nSpeaker: Olha S., 39, accountant");

        Assert.Equal(["Rasha", "Olha S."], found.Select(f => f.Text));
        Assert.All(found, f => Assert.Equal(EntityType.Person, f.Type));
    }

    [Fact]
    public void Process_InterviewerWithCallNote_MarksPersonAndPlaceButNotLanguageOrChannel()
    {
        var found = Header("Interview ID: T-7\nInterviewer: Nadia Kerrou (by WhatsApp call in Arabic, witness in Derna)");

        Assert.Equal([EntityType.Person, EntityType.Place], found.Select(f => f.Type));
        Assert.Equal(["Nadia Kerrou", "Derna"], found.Select(f => f.Text));
    }

    [Fact]
    public void Process_FacilityHeadAfterName_IsInsideThePlace()
    {
        var found = Header("Interview ID: T-8\nPlace of interview: Zaporizhzhia, volunteer centre on Sobornyi avenue");

        Assert.Equal(["Zaporizhzhia", "Sobornyi avenue"], found.Select(f => f.Text));
    }

    [Fact]
    public void Process_NoHeader_FindsNothing()
    {
        var found = Header("Q: Hello?");

        Assert.Empty(found);
    }
}
