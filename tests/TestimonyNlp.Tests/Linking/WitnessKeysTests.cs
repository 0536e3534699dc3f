using TestimonyNlp.Linking.Incidents;

namespace TestimonyNlp.Tests.Linking;

/// <summary>Witness keys over plain evidence. People are fictional.</summary>
public sealed class WitnessKeysTests
{
    [Fact]
    public void Resolve_ReferenceToInterviewId_JoinsUnderOrdinallyFirstTestimonyId()
    {
        var keys = WitnessKeys.Resolve(
        [
            Evidence("UA-MRP-309", "UA-MRP-309", null, "UA-MRP-308"),
            Evidence("ua-mariupol-308", "UA-MRP-308", null),
            Evidence("UA-MRP-310", "UA-MRP-310", null),
        ]);

        Assert.Equal(
            [("UA-MRP-309", "UA-MRP-309"), ("UA-MRP-310", "UA-MRP-310"), ("ua-mariupol-308", "UA-MRP-309")],
            Pairs(keys));
    }

    [Fact]
    public void Resolve_ReferenceToTestimonyIdInOtherCase_Joins()
    {
        var keys = WitnessKeys.Resolve(
        [
            Evidence("ua-dnipro-1209", null, null),
            Evidence("ua-dnipro-1210", null, null, "UA-DNIPRO-1209"),
        ]);

        Assert.Equal("ua-dnipro-1209", keys["ua-dnipro-1210"]);
    }

    [Fact]
    public void Resolve_SameFullNameWithDiacriticsHyphenAndTitle_Joins()
    {
        var keys = WitnessKeys.Resolve(
        [
            Evidence("T-3", null, "Abdul-Karim Şahin"),
            Evidence("T-1", null, "Mr. Abdulkarim SAHIN"),
            Evidence("T-2", null, "Abdulkarim Sahin Omar"),
        ]);

        Assert.Equal([("T-1", "T-1"), ("T-2", "T-2"), ("T-3", "T-1")], Pairs(keys));
    }

    [Theory]
    [InlineData("Layla", "Layla")]
    [InlineData("Olha S.", "Olha S.")]
    [InlineData("Umm Sami", "Umm Sami")]
    public void Resolve_FirstNameInitialOrKunyaAlone_DoesNotJoin(string first, string second)
    {
        var keys = WitnessKeys.Resolve([Evidence("T-1", null, first), Evidence("T-2", null, second)]);

        Assert.Equal([("T-1", "T-1"), ("T-2", "T-2")], Pairs(keys));
    }

    [Fact]
    public void Resolve_ReferenceAndNameChain_JoinsAllThree()
    {
        var keys = WitnessKeys.Resolve(
        [
            Evidence("YE-HYS-13", "YE-HYS-13", null, "YE-HYS-12"),
            Evidence("YE-HYS-12", "YE-HYS-12", "Adel Hasan Zaid"),
            Evidence("YE-HYS-11", "YE-HYS-11", "Adel Hasan Zaid"),
        ]);

        Assert.Equal(["YE-HYS-11"], keys.Values.Distinct().ToArray());
    }

    [Fact]
    public void Resolve_ReferenceToUnknownInterview_KeepsOwnKey()
    {
        var keys = WitnessKeys.Resolve([Evidence("YE-HYS-13", "YE-HYS-13", null, "YE-HYS-99")]);

        Assert.Equal("YE-HYS-13", Assert.Single(keys).Value);
    }

    [Fact]
    public void Resolve_TestimonyIdGivenTwice_ThrowsArgumentException()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => WitnessKeys.Resolve([Evidence("T-1", null, null), Evidence("T-1", null, null)]));

        Assert.Equal("evidence", exception.ParamName);
    }

    private static WitnessEvidence Evidence(string testimonyId, string? interviewId, string? name, params string[] sameAs) =>
        new(testimonyId, interviewId, name, [.. sameAs]);

    private static (string, string)[] Pairs(IReadOnlyDictionary<string, string> keys) =>
        keys.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToArray();
}
