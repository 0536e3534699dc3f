using TestimonyNlp.Model;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Store;

public sealed class ReviewApplyTests : IDisposable
{
    private const string OmarBefore =
        """{"type":"PERSON","start":104,"end":108,"normalized":null,"category":null,"review_status":"UNREVIEWED"}""";

    private const string WeaponBefore =
        """{"type":"WEAPON","start":7,"end":18,"normalized":"barrel bomb","category":"BARREL_BOMB","review_status":"UNREVIEWED"}""";

    private static readonly DateTimeOffset Now = ReviewSamples.Now;
    private readonly TempDirectory _folder = new();
    private readonly SqliteReviewStore _store;

    public ReviewApplyTests()
    {
        ReviewSamples.Create(DatabasePath);
        _store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now));
    }

    private string DatabasePath => _folder.File("testimony.db");

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Apply_AcceptAtVersion1_AppliesAtVersion2WithAuditRowBeforeAndAfter()
    {
        var outcome = _store.Apply(new ReviewChange(ReviewSamples.Omar, 1, ReviewAction.Accept), "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Applied, 2, null), outcome);
        Assert.Equal(("ACCEPTED", 2), (_store.ReadItem(ReviewSamples.Omar)?.ReviewStatus, _store.ReadItem(ReviewSamples.Omar)?.Version));
        var entry = Assert.Single(_store.ReadHistory(ReviewSamples.Omar));
        Assert.Equal(
            new AuditEntry(1, ReviewSamples.Omar, "amira", Now, ReviewAction.Accept, OmarBefore,
                """{"type":"PERSON","start":104,"end":108,"normalized":null,"category":null,"review_status":"ACCEPTED"}""",
                2),
            entry);
        Assert.Equal("ACCEPT", SqliteProbe.Scalar(DatabasePath, "SELECT action FROM audit_log"));
    }

    [Fact]
    public void Apply_StaleVersion_RefusedWithCurrentVersionAndNoAuditRow()
    {
        _store.Apply(new ReviewChange(ReviewSamples.Omar, 1, ReviewAction.Accept), "amira", Now);

        var outcome = _store.Apply(new ReviewChange(ReviewSamples.Omar, 1, ReviewAction.Reject), "bilal", Now);

        Assert.Equal(
            new ReviewOutcome(ReviewOutcomeKind.Stale, 2,
                "entity-4 was changed by someone else meanwhile (it is at version 2); reload it and try again"),
            outcome);
        Assert.Equal(("ACCEPTED", 2), (_store.ReadItem(ReviewSamples.Omar)?.ReviewStatus, _store.ReadItem(ReviewSamples.Omar)?.Version));
        Assert.Equal(1L, ReviewSamples.AuditRows(DatabasePath));
    }

    [Fact]
    public void Apply_NoSuchItem_ReturnsNotFound()
    {
        var outcome = _store.Apply(new ReviewChange(new ReviewItemRef(ReviewItemKind.Entity, 99), 1, ReviewAction.Accept), "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.NotFound, 0, "entity-99 does not exist"), outcome);
        Assert.Equal(0L, ReviewSamples.AuditRows(DatabasePath));
    }

    [Theory]
    [InlineData(104, 110, "entity-4: the span 104..110 is not a non-empty span inside the text (0..109)")]
    [InlineData(-1, 3, "entity-4: the span -1..3 is not a non-empty span inside the text (0..109)")]
    [InlineData(50, 50, "entity-4: the span 50..50 is not a non-empty span inside the text (0..109)")]
    [InlineData(60, 50, "entity-4: the span 60..50 is not a non-empty span inside the text (0..109)")]
    public void Apply_SpanOutsideTheText_RefusedAsInvalidAndWritesNothing(int start, int end, string message)
    {
        var change = new ReviewChange(ReviewSamples.Omar, 1, ReviewAction.AdjustSpan, NewStart: start, NewEnd: end);

        var outcome = _store.Apply(change, "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Invalid, 1, message), outcome);
        Assert.Equal((104, 108, 1), (_store.ReadItem(ReviewSamples.Omar)?.Start, _store.ReadItem(ReviewSamples.Omar)?.End, _store.ReadItem(ReviewSamples.Omar)?.Version));
        Assert.Equal(0L, ReviewSamples.AuditRows(DatabasePath));
    }

    [Theory]
    [InlineData("entity-4", ReviewAction.ChangeType, "person", null, "entity-4: the new type is not an entity type (PERSON, PLACE, WEAPON, ACTOR, DATE)")]
    [InlineData("entity-4", ReviewAction.ChangeType, null, null, "entity-4: the new type is not an entity type (PERSON, PLACE, WEAPON, ACTOR, DATE)")]
    [InlineData("claim-1", ReviewAction.ChangeType, "PERSON", null, "claim-1: the new type is not a claim harm")]
    [InlineData("entity-4", ReviewAction.EditCategory, null, "ARTILLERY", "entity-4: only a WEAPON entity has a weapon category")]
    [InlineData("entity-1", ReviewAction.EditCategory, null, "NUCLEAR", "entity-1: the new category is not a weapon category")]
    [InlineData("entity-4", ReviewAction.AdjustSpan, null, null, "entity-4: a span needs a start and an end")]
    [InlineData("entity-4", ReviewAction.EditNormalized, null, null, "entity-4: no normalised form was given")]
    [InlineData("claim-1", ReviewAction.EditNormalized, null, null, "claim-1: EDIT_NORMALIZED does not apply to this kind of item")]
    [InlineData("link-1", ReviewAction.ChangeType, "KILLED", null, "link-1: CHANGE_TYPE does not apply to this kind of item")]
    [InlineData("link-1", ReviewAction.EditCategory, null, "MORTAR", "link-1: EDIT_CATEGORY does not apply to this kind of item")]
    [InlineData("entity-4", ReviewAction.Undo, null, null, "entity-4: there is no change left to undo")]
    public void Apply_ChangeThatDoesNotFit_RefusedAsInvalidAndWritesNothing(
        string wire, ReviewAction action, string? newType, string? newCategory, string message)
    {
        var item = ReviewItemRef.Parse(wire);
        var change = new ReviewChange(item, 1, action, NewType: newType, NewCategory: newCategory);

        var outcome = _store.Apply(change, "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Invalid, 1, message), outcome);
        Assert.Equal(("UNREVIEWED", 1), (_store.ReadItem(item)?.ReviewStatus, _store.ReadItem(item)?.Version));
        Assert.Equal(0L, ReviewSamples.AuditRows(DatabasePath));
    }

    [Theory]
    [InlineData(5, 11, "entity-7: the span 5..11 cuts a character in two")]
    [InlineData(0, 5, "entity-7: the span 0..5 cuts a character in two")]
    public void Apply_SpanCuttingASurrogatePair_RefusedAsInvalid(int start, int end, string message)
    {
        var omar = SaveTestimonyWithEmoji();

        var outcome = _store.Apply(new ReviewChange(omar, 1, ReviewAction.AdjustSpan, NewStart: start, NewEnd: end), "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Invalid, 1, message), outcome);
    }

    [Fact]
    public void Apply_SpanAroundASurrogatePair_TakesTheWholeCharacter()
    {
        var omar = SaveTestimonyWithEmoji();

        var outcome = _store.Apply(new ReviewChange(omar, 1, ReviewAction.AdjustSpan, NewStart: 4, NewEnd: 11), "amira", Now);

        Assert.Equal(ReviewOutcomeKind.Applied, outcome.Kind);
        Assert.Equal("\U0001F600 Omar", SqliteProbe.Scalar(DatabasePath, "SELECT text FROM entities WHERE id = 7"));
    }

    [Fact]
    public void Apply_Reject_MarksTheEntityAndKeepsIt()
    {
        _store.Apply(new ReviewChange(ReviewSamples.Omar, 1, ReviewAction.Reject), "amira", Now);

        using var testimonies = SqliteTestimonyStore.Open(DatabasePath);
        var omar = Assert.Single(testimonies.ReadEntities(), e => e.RowId == 4);
        Assert.Equal(("Omar", "REJECTED", 2), (omar.Mention.Text, omar.ReviewStatus, omar.Version));
        Assert.Equal(6, testimonies.ReadEntities().Count());
    }

    [Fact]
    public void Apply_CorrectionsOfEntities_VisibleThroughReadEntitiesAndEntitiesCsv()
    {
        var toActor = _store.Apply(
            new ReviewChange(ReviewSamples.Weapon, 1, ReviewAction.ChangeType, NewType: "ACTOR"), "amira", Now);
        var wider = _store.Apply(
            new ReviewChange(ReviewSamples.Place, 1, ReviewAction.AdjustSpan, NewStart: 27, NewEnd: 39), "amira", Now);
        var renamed = _store.Apply(
            new ReviewChange(ReviewSamples.Place, 2, ReviewAction.EditNormalized, NewNormalized: " Douma market "), "amira", Now);
        var accepted = _store.Apply(new ReviewChange(ReviewSamples.Rania, 1, ReviewAction.Accept), "amira", Now);

        Assert.Equal([2, 2, 3, 2], new[] { toActor, wider, renamed, accepted }.Select(o => o.CurrentVersion));
        using var testimonies = SqliteTestimonyStore.Open(DatabasePath);
        var entities = testimonies.ReadEntities().Where(e => e.TestimonyId == "DM-007").ToList();
        Assert.Equal(
            new EntityMention("e1", EntityType.Actor, 7, 18, "barrel bomb", "barrel bomb", 0.99),
            entities[0].Mention);
        Assert.Equal(
            new EntityMention("e2", EntityType.Place, 27, 39, "Douma market", "Douma market", 0.97654)
            {
                Geo = StoreSamples.Place.Geo,
            },
            entities[1].Mention);
        Assert.Equal(
            [("CORRECTED", 2), ("CORRECTED", 3), ("ACCEPTED", 2), ("UNREVIEWED", 1)],
            entities.Select(e => (e.ReviewStatus, e.Version)));

        var output = _folder.File("out");
        new CsvExporter().Export(testimonies, output);
        Assert.Equal(
            [
                "entity_id,testimony_id,source,type,text,start,end,normalized,category,confidence,review_status",
                "e1,DM-007,interviews/dm-007.txt,ACTOR,barrel bomb,7,18,barrel bomb,,0.99,CORRECTED",
                "e2,DM-007,interviews/dm-007.txt,PLACE,Douma market,27,39,Douma market,,0.9765,CORRECTED",
                "e3,DM-007,interviews/dm-007.txt,PERSON,Rania Khatib,79,91,Rania Khatib,,0.9,ACCEPTED",
                "e4,DM-007,interviews/dm-007.txt,PERSON,Omar,104,108,,,0.75,UNREVIEWED",
            ],
            File.ReadAllLines(Path.Combine(output, "entities.csv")).Take(5));
    }

    [Fact]
    public void Apply_ChangeTypeAwayFromWeapon_ClearsTheCategoryAndAuditsIt()
    {
        _store.Apply(new ReviewChange(ReviewSamples.Weapon, 1, ReviewAction.ChangeType, NewType: "PLACE"), "amira", Now);

        var entry = Assert.Single(_store.ReadHistory(ReviewSamples.Weapon));
        Assert.Equal(WeaponBefore, entry.Before);
        Assert.Equal(
            """{"type":"PLACE","start":7,"end":18,"normalized":"barrel bomb","category":null,"review_status":"CORRECTED"}""",
            entry.After);
        Assert.Equal((ReviewAction.ChangeType, 2), (entry.Action, entry.VersionAfter));
    }

    [Fact]
    public void Apply_EditCategoryOfWeapon_SetsTheCategory()
    {
        var outcome = _store.Apply(
            new ReviewChange(ReviewSamples.Weapon, 1, ReviewAction.EditCategory, NewCategory: "ARTILLERY"), "amira", Now);

        Assert.Equal(ReviewOutcomeKind.Applied, outcome.Kind);
        Assert.Equal("ARTILLERY", _store.ReadItem(ReviewSamples.Weapon)?.Category);
    }

    [Fact]
    public void Apply_CorrectionsOfClaim_VisibleThroughReadClaims()
    {
        _store.Apply(new ReviewChange(ReviewSamples.Claim, 1, ReviewAction.ChangeType, NewType: "INJURED"), "amira", Now);
        _store.Apply(new ReviewChange(ReviewSamples.Claim, 2, ReviewAction.EditCategory, NewCategory: "MORTAR"), "amira", Now);
        var outcome = _store.Apply(
            new ReviewChange(ReviewSamples.Claim, 3, ReviewAction.AdjustSpan, NewStart: 7, NewEnd: 48), "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Applied, 4, null), outcome);
        using var testimonies = SqliteTestimonyStore.Open(DatabasePath);
        var claim = testimonies.ReadClaims().First();
        Assert.Equal(
            (Harm.Injured, WeaponCategory.Mortar, "CORRECTED", 4),
            (claim.Claim.Harm, claim.Claim.Weapon, claim.ReviewStatus, claim.Version));
        Assert.Equal(
            [new Evidence(7, 48, "barrel bomb fell on Douma market at noon."), new Evidence(49, 66, "Seven people died")],
            claim.Claim.Evidence.ToArray());
        Assert.Equal(
            """{"type":"INJURED","start":7,"end":48,"normalized":null,"category":"MORTAR","actor":"e9","review_status":"CORRECTED"}""",
            _store.ReadHistory(ReviewSamples.Claim)[2].After);
    }

    [Fact]
    public void Apply_AcceptIncidentLink_BumpsTheLinkVersionNotTheClaimVersion()
    {
        var outcome = _store.Apply(new ReviewChange(ReviewSamples.Link, 1, ReviewAction.Accept), "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Applied, 2, null), outcome);
        Assert.Equal(("ACCEPTED", 2), (_store.ReadItem(ReviewSamples.Link)?.ReviewStatus, _store.ReadItem(ReviewSamples.Link)?.Version));
        Assert.Equal(("UNREVIEWED", 1), (_store.ReadItem(ReviewSamples.Claim)?.ReviewStatus, _store.ReadItem(ReviewSamples.Claim)?.Version));
        var entry = Assert.Single(_store.ReadHistory(ReviewSamples.Link));
        Assert.Equal(
            ("""{"incident_id":"I0001","review_status":"UNREVIEWED"}""", """{"incident_id":"I0001","review_status":"ACCEPTED"}"""),
            (entry.Before, entry.After));
        Assert.Empty(_store.ReadHistory(ReviewSamples.Claim));
    }

    [Fact]
    public void Apply_Undo_RestoresTheStateBeforeTheLastChangeAndIsAudited()
    {
        _store.Apply(new ReviewChange(ReviewSamples.Weapon, 1, ReviewAction.EditCategory, NewCategory: "MORTAR"), "amira", Now);
        _store.Apply(new ReviewChange(ReviewSamples.Weapon, 2, ReviewAction.ChangeType, NewType: "PLACE"), "amira", Now);

        var first = _store.Apply(new ReviewChange(ReviewSamples.Weapon, 3, ReviewAction.Undo), "bilal", Now.AddMinutes(1));

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Applied, 4, null), first);
        var item = _store.ReadItem(ReviewSamples.Weapon);
        Assert.Equal(("WEAPON", "MORTAR", "CORRECTED", 4), (item?.Label, item?.Category, item?.ReviewStatus, item?.Version));
        var undo = _store.ReadHistory(ReviewSamples.Weapon)[2];
        Assert.Equal(
            (3L, "bilal", Now.AddMinutes(1), ReviewAction.Undo, 4, (long?)2L),
            (undo.Id, undo.Reviewer, undo.At, undo.Action, undo.VersionAfter, undo.Reverts));
        Assert.Equal(_store.ReadHistory(ReviewSamples.Weapon)[1].Before, undo.After);
    }

    [Fact]
    public void Apply_UndoTwice_WalksBackToTheModelValuesThenHasNothingLeft()
    {
        _store.Apply(new ReviewChange(ReviewSamples.Weapon, 1, ReviewAction.EditCategory, NewCategory: "MORTAR"), "amira", Now);
        _store.Apply(new ReviewChange(ReviewSamples.Weapon, 2, ReviewAction.Reject), "amira", Now);
        _store.Apply(new ReviewChange(ReviewSamples.Weapon, 3, ReviewAction.Undo), "amira", Now);

        var second = _store.Apply(new ReviewChange(ReviewSamples.Weapon, 4, ReviewAction.Undo), "amira", Now);
        var third = _store.Apply(new ReviewChange(ReviewSamples.Weapon, 5, ReviewAction.Undo), "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Applied, 5, null), second);
        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Invalid, 5, "entity-1: there is no change left to undo"), third);
        Assert.Equal(WeaponBefore, _store.ReadHistory(ReviewSamples.Weapon)[3].After);
        Assert.Equal([null, null, 2L, 1L], _store.ReadHistory(ReviewSamples.Weapon).Select(e => e.Reverts));
        using var testimonies = SqliteTestimonyStore.Open(DatabasePath);
        var weapon = testimonies.ReadEntities().First();
        Assert.Equal(
            (StoreSamples.Weapon, "UNREVIEWED", 5),
            (weapon.Mention, weapon.ReviewStatus, weapon.Version));
    }

    [Fact]
    public void Apply_UndoOfSpanChange_RestoresTheText()
    {
        _store.Apply(new ReviewChange(ReviewSamples.Omar, 1, ReviewAction.AdjustSpan, NewStart: 100, NewEnd: 108), "amira", Now);
        Assert.Equal("son Omar", SqliteProbe.Scalar(DatabasePath, "SELECT text FROM entities WHERE id = 4"));

        _store.Apply(new ReviewChange(ReviewSamples.Omar, 2, ReviewAction.Undo), "amira", Now);

        Assert.Equal("Omar", SqliteProbe.Scalar(DatabasePath, "SELECT text FROM entities WHERE id = 4"));
        Assert.Equal(OmarBefore, _store.ReadHistory(ReviewSamples.Omar)[1].After);
    }

    [Fact]
    public void ReadAudit_AfterAnId_ReadsOnAcrossItemsInOrder()
    {
        _store.Apply(new ReviewChange(ReviewSamples.Omar, 1, ReviewAction.Accept), "amira", Now);
        _store.Apply(new ReviewChange(ReviewSamples.Link, 1, ReviewAction.Reject), "bilal", Now);
        _store.Apply(new ReviewChange(ReviewSamples.Omar, 2, ReviewAction.Undo), "amira", Now);

        var first = _store.ReadAudit(0, 2);
        var rest = _store.ReadAudit(first[^1].Id, 2);

        Assert.Equal(
            [(1L, ReviewSamples.Omar, ReviewAction.Accept), (2L, ReviewSamples.Link, ReviewAction.Reject)],
            first.Select(e => (e.Id, e.Ref, e.Action)));
        var undo = Assert.Single(rest);
        Assert.Equal((3L, ReviewSamples.Omar, ReviewAction.Undo, (long?)1L), (undo.Id, undo.Ref, undo.Action, undo.Reverts));
        Assert.Empty(_store.ReadAudit(3, 10));
    }

    [Theory]
    [InlineData("UPDATE audit_log SET reviewer = 'mallory'")]
    [InlineData("DELETE FROM audit_log")]
    public void AuditLog_EditOrDelete_IsRefusedByTheDatabase(string sql)
    {
        _store.Apply(new ReviewChange(ReviewSamples.Omar, 1, ReviewAction.Accept), "amira", Now);

        var exception = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => SqliteProbe.Execute(DatabasePath, sql));

        Assert.Contains("the audit log is append-only", exception.Message);
        Assert.Equal("amira", SqliteProbe.Scalar(DatabasePath, "SELECT reviewer FROM audit_log"));
    }

    /// <summary>Saves a third testimony, <c>Ali, a face emoji, Omar</c>, whose entity 7 is Omar at 7..11.</summary>
    private ReviewItemRef SaveTestimonyWithEmoji()
    {
        using var testimonies = SqliteTestimonyStore.Open(DatabasePath);
        var testimony = StoreSamples.Testimony(StoreSamples.HashA, "interviews/dm-009.txt", "DM-009") with
        {
            Content = "Ali \U0001F600 Omar",
            Segments = [],
        };
        testimonies.Save(new TestimonyResult(
            testimony, [new EntityMention("e1", EntityType.Person, 7, 11, "Omar", null, 0.5)], [], 3));
        return new ReviewItemRef(ReviewItemKind.Entity, 7);
    }
}
