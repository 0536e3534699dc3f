using System.Text;
using System.Text.Json;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training.Evaluation;

public sealed class ClaimScoresTests
{
    [Fact]
    public void WriteText_OneMatchOneMissed_PrintsHarmAndFieldTables()
    {
        var scores = OneMatchOneMissed();
        using var writer = new StringWriter();

        scores.WriteText(writer);

        Assert.Equal(
            "claims (match: same harm and overlapping evidence, one to one, greedy by overlap size)\n"
            + "harm             gold  pred  tp  fp  fn  precision  recall     f1\n"
            + "KILLED              1     1   1   0   0      1.000   1.000  1.000\n"
            + "INJURED             1     0   0   0   1          -   0.000  0.000\n"
            + "MISSING             0     0   0   0   0          -       -      -\n"
            + "DETAINED            0     0   0   0   0          -       -      -\n"
            + "DISPLACED           0     0   0   0   0          -       -      -\n"
            + "PROPERTY_DAMAGE     0     0   0   0   0          -       -      -\n"
            + "all                 2     1   1   0   1      1.000   0.500  0.667\n"
            + "harm macro-F1 over the 2 of 6 harms with gold or predicted claims: 0.500\n"
            + "\n"
            + "claim fields (matched pairs; null = null counts as equal, dates match when their ranges share a day)\n"
            + "field        equal  matched  share\n"
            + "victims_min      1        1  1.000\n"
            + "victims_max      0        1  0.000\n"
            + "weapon           1        1  1.000\n"
            + "actor            1        1  1.000\n"
            + "site             1        1  1.000\n"
            + "date             1        1  1.000\n"
            + "basis            0        1  0.000\n"
            + "claim dates by kind (matched pairs): exact 0, wider 0, narrower 0, straddling 0, days_off 0, years_off 0, further 0, missing 0, extra 0, both_undated 1\n",
            writer.ToString());
    }

    [Fact]
    public void WriteText_NothingAdded_PrintsZeroPredicted()
    {
        using var writer = new StringWriter();

        new ClaimScorer().Build().WriteText(writer);

        Assert.Equal(
            "claims (match: same harm and overlapping evidence, one to one, greedy by overlap size)\n"
            + "harm             gold  pred  tp  fp  fn  precision  recall  f1\n"
            + "KILLED              0     0   0   0   0          -       -   -\n"
            + "INJURED             0     0   0   0   0          -       -   -\n"
            + "MISSING             0     0   0   0   0          -       -   -\n"
            + "DETAINED            0     0   0   0   0          -       -   -\n"
            + "DISPLACED           0     0   0   0   0          -       -   -\n"
            + "PROPERTY_DAMAGE     0     0   0   0   0          -       -   -\n"
            + "all                 0     0   0   0   0          -       -   -\n"
            + "harm macro-F1 over the 0 of 6 harms with gold or predicted claims: -\n"
            + "\n"
            + "claim fields (matched pairs; null = null counts as equal, dates match when their ranges share a day)\n"
            + "field        equal  matched  share\n"
            + "victims_min      0        0      -\n"
            + "victims_max      0        0      -\n"
            + "weapon           0        0      -\n"
            + "actor            0        0      -\n"
            + "site             0        0      -\n"
            + "date             0        0      -\n"
            + "basis            0        0      -\n",
            writer.ToString());
    }

    [Fact]
    public void WriteJson_OneMatchOneMissed_WritesCountsAndShares()
    {
        var scores = OneMatchOneMissed();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            scores.WriteJson(writer);
        }

        Assert.Equal(
            "{\"matching\":\"same harm and overlapping evidence, one to one, greedy by overlap size\",\"by_harm\":{\"KILLED\":{\"gold\":1,\"predicted\":1,\"tp\":1,\"fp\":0,\"fn\":0,\"precision\":1,\"recall\":1,\"f1\":1},"
            + "\"INJURED\":{\"gold\":1,\"predicted\":0,\"tp\":0,\"fp\":0,\"fn\":1,\"precision\":null,\"recall\":0,\"f1\":0},"
            + "\"MISSING\":{\"gold\":0,\"predicted\":0,\"tp\":0,\"fp\":0,\"fn\":0,\"precision\":null,\"recall\":null,\"f1\":null},"
            + "\"DETAINED\":{\"gold\":0,\"predicted\":0,\"tp\":0,\"fp\":0,\"fn\":0,\"precision\":null,\"recall\":null,\"f1\":null},"
            + "\"DISPLACED\":{\"gold\":0,\"predicted\":0,\"tp\":0,\"fp\":0,\"fn\":0,\"precision\":null,\"recall\":null,\"f1\":null},"
            + "\"PROPERTY_DAMAGE\":{\"gold\":0,\"predicted\":0,\"tp\":0,\"fp\":0,\"fn\":0,\"precision\":null,\"recall\":null,\"f1\":null}},"
            + "\"overall\":{\"gold\":2,\"predicted\":1,\"tp\":1,\"fp\":0,\"fn\":1,\"precision\":1,\"recall\":0.5,\"f1\":0.666667},"
            + "\"harm_macro_f1\":0.5,\"harm_macro_f1_harms\":2,"
            + "\"fields\":{\"victims_min\":{\"equal\":1,\"matched\":1,\"share\":1},\"victims_max\":{\"equal\":0,\"matched\":1,\"share\":0},\"weapon\":{\"equal\":1,\"matched\":1,\"share\":1},\"actor\":{\"equal\":1,\"matched\":1,\"share\":1},\"site\":{\"equal\":1,\"matched\":1,\"share\":1},\"date\":{\"equal\":1,\"matched\":1,\"share\":1},\"basis\":{\"equal\":0,\"matched\":1,\"share\":0}},"
            + "\"date_kinds\":{\"exact\":0,\"wider\":0,\"narrower\":0,\"straddling\":0,\"days_off\":0,\"years_off\":0,\"further\":0,\"missing\":0,\"extra\":0,\"both_undated\":1}}",
            Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Fact]
    public void WriteText_AnyScores_NoLineParsesAsAnEntityTableRow()
    {
        // CI reads the entity table as the 9-field lines whose first field is an entity type.
        using var writer = new StringWriter();

        OneMatchOneMissed().WriteText(writer);

        var entityRows = writer.ToString().Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Count(fields => fields.Length == 9 && fields[0] is "PERSON" or "PLACE" or "WEAPON" or "ACTOR" or "DATE");
        Assert.Equal(0, entityRows);
    }

    private static ClaimScores OneMatchOneMissed()
    {
        var scorer = new ClaimScorer();
        scorer.Add(
            "sy-raqqa-901",
            [
                new GoldClaim
                {
                    Id = "c1",
                    Harm = Harm.Killed,
                    Victims = new VictimCount(7, 7, []),
                    Weapon = WeaponCategory.BarrelBomb,
                    Basis = Basis.Witnessed,
                    Evidence = [new Evidence(0, 40, new string('x', 40))],
                    Incident = "sy-raqqa-20170601-test",
                },
                new GoldClaim
                {
                    Id = "c2",
                    Harm = Harm.Injured,
                    Basis = Basis.Witnessed,
                    Evidence = [new Evidence(0, 40, new string('x', 40))],
                    Incident = "sy-raqqa-20170601-test",
                },
            ],
            [],
            [
                new Claim
                {
                    Id = "c1",
                    Harm = Harm.Killed,
                    Victims = new VictimCount(7, null, []),
                    Weapon = WeaponCategory.BarrelBomb,
                    Basis = Basis.Hearsay,
                    Evidence = [new Evidence(20, 60, new string('x', 40))],
                },
            ],
            []);
        return scorer.Build();
    }
}
