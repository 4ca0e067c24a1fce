using System.Globalization;
using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Tests.Pages.Admin;
using KdramaMoments.Web.Cli;
using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;
using ActorPage = KdramaMoments.Web.Pages.Actors.DetailsModel;

namespace KdramaMoments.Tests.Couples;

/// <summary>
/// Each actor's couples kept at write time (<see cref="ActorCouples"/>) agree with the couples found afresh from every
/// moment and correction (<see cref="AllCouples"/>) after imports, an editor's corrections, edits of moments, a
/// role's actor, a trope's slug, a merge of actors, deletes and undo; so do the couples list read from them and their number.
/// </summary>
public sealed class ActorCouplesTests : FreshSiteTests
{
    /// <summary>Every stored couple or pairing that differs from the couples found afresh, and every actor's page read that differs.</summary>
    private Task<List<string>> DriftAsync() => Factory.WithDbAsync(async db =>
    {
        var all = await AllCouples.FindAsync(db, CancellationToken.None);
        // Both sides of each couple: the actor, the partner, and each pairing with the actor's role first.
        var expected = all.SelectMany(c => new[]
            {
                Describe(c.First.Id, c.Second.Id, c.DramaCount, c.MomentIds.Count, c.Slug, c.Pairings.Select(p => (p.First.Id, p.Second.Id, p.Reason))),
                Describe(c.Second.Id, c.First.Id, c.DramaCount, c.MomentIds.Count, c.Slug, c.Pairings.Select(p => (p.Second.Id, p.First.Id, p.Reason))),
            })
            .Order(StringComparer.Ordinal).ToList();
        var couples = await db.ActorCouples.ToListAsync();
        var pairings = (await db.ActorCouplePairings.ToListAsync()).ToLookup(p => (p.ActorId, p.PartnerActorId));
        var stored = couples
            .Select(c => Describe(c.ActorId, c.PartnerActorId, c.DramaCount, c.MomentCount, c.Slug,
                pairings[(c.ActorId, c.PartnerActorId)].Select(p => (p.CharacterId, p.PartnerCharacterId, p.Reason))))
            .Concat(pairings.Where(g => !couples.Any(c => (c.ActorId, c.PartnerActorId) == g.Key)).Select(g => $"pairings without their couple: {g.Key}"))
            .Order(StringComparer.Ordinal).ToList();

        // The actor's page: its first couples and their count, as the whole list orders them.
        var pages = new List<string>();
        foreach (var actor in await db.Actors.Select(a => new PersonRef(a.Id, a.Slug, a.Name)).ToListAsync())
        {
            var theirs = all.Where(c => c.First.Id == actor.Id || c.Second.Id == actor.Id).ToList();
            var (shown, count) = await ActorCouples.OfActorAsync(db, actor, ActorPage.CouplesShown, CancellationToken.None);
            var want = $"{actor.Slug}: {theirs.Count} couples; {string.Join("; ", theirs.Take(ActorPage.CouplesShown).Select(CoupleCard.Of).Select(Show))}";
            var read = $"{actor.Slug}: {count} couples; {string.Join("; ", shown.Select(Show))}";
            if (want != read)
            {
                pages.Add($"page read {read} but {want}");
            }
        }
        // The couples list: every couple once, in the order of the couples found afresh, reunions marked; and their number.
        var total = await CatalogueTotals.ReadAsync(db, CatalogueSizeName.Couples, CancellationToken.None);
        var listed = await ActorCouples.ListAsync(db, 1, total, Math.Max(1, total), CancellationToken.None);
        var wantList = all.Select(c => $"{(c.IsReunion ? "reunion " : "")}{Show(CoupleCard.Of(c))}").ToList();
        var readList = listed.Items.Select(c => $"{(c.IsReunion ? "reunion " : "")}{Show(c.Card)}").ToList();
        var list = total != all.Count || !wantList.SequenceEqual(readList)
            ? [$"couples list of {total} read [{string.Join("; ", readList)}] but {all.Count} [{string.Join("; ", wantList)}]"]
            : new List<string>();
        return stored.Except(expected).Select(s => $"stored {s}")
            .Concat(expected.Except(stored).Select(s => $"expected {s}"))
            .Concat(pages)
            .Concat(list)
            .ToList();
    });

    private async Task AssertNoDriftAsync()
    {
        var drift = await DriftAsync();
        Assert.True(drift.Count == 0, string.Join("\n", drift));
    }

    private static string Describe(int actor, int partner, int dramas, int moments, string slug, IEnumerable<(int Mine, int Theirs, PairReason Reason)> pairings) =>
        $"actor {actor} with {partner} ({slug}): {dramas} dramas, {moments} moments; pairings "
        + string.Join(", ", pairings.Order().Select(p => $"{p.Mine}-{p.Theirs} {p.Reason}"));

    private static string Show(CoupleCard c) =>
        $"{c.Slug} \"{c.Title}\" {c.MomentCount} moments [{string.Join(", ", c.Pairings.Select(p => $"{p.First} & {p.Second}"))}]";

    [Fact]
    public async Task StoredCouples_AgreeWithEveryMoment_AfterImportsCorrectionsEditsAndUndo()
    {
        // The seeds were imported as the site started.
        await AssertNoDriftAsync();
        Assert.True(await Factory.WithDbAsync(db => db.ActorCouples.CountAsync()) >= 8);

        var errors = new StringWriter();
        Assert.True(await CommandLine.RunAsync(["import", RepositoryPaths.Fixture("second-looks.txt"), "--db", DatabasePath], new StringWriter(), errors) == 0, errors.ToString());
        await AssertNoDriftAsync();
        var editor = await EditorSession.NewEditorClientAsync(Factory);
        await ImportFromPageAsync(editor, "summer-no-style.txt");
        await AssertNoDriftAsync();

        // An editor joins two roles that share no moment: their actors' pages show the couple at once.
        var anonymous = Factory.CreateClient();
        var (a, b) = await UnpairedRolesAsync();
        await CorrectAsync(editor, a, b, isCouple: true);
        await AssertNoDriftAsync();
        var joined = Couple.SlugOf(a.Actor, b.Actor);
        foreach (var actor in new[] { a.Actor, b.Actor })
        {
            Assert.Contains((await anonymous.GetDocumentAsync($"/actors/{actor}")).QuerySelectorAll("#couples ~ ul a"), l => l.GetAttribute("href") == $"/couples/{joined}");
        }

        // An editor splits a couple the rule makes: gone from both pages.
        var (hyunBin, sonYeJin) = await RolesAsync("crash-landing-on-you", "hyun-bin", "son-ye-jin");
        await CorrectAsync(editor, hyunBin, sonYeJin, isCouple: false);
        await AssertNoDriftAsync();
        Assert.DoesNotContain((await anonymous.GetDocumentAsync("/actors/son-ye-jin")).QuerySelectorAll("a"), l => l.GetAttribute("href") == "/couples/hyun-bin-son-ye-jin");

        // The split taken back by the rule (the correction cleared), then the clearing undone.
        var split = await Factory.WithDbAsync(db => db.PairingCorrections.Where(p => !p.IsCouple).Select(p => p.Id).SingleAsync());
        var (_, token) = await EditorSession.GetFormAsync(editor, "/admin/couples?drama=crash-landing-on-you");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, $"/admin/couples?handler=Clear&drama=crash-landing-on-you&id={split}", token)).StatusCode);
        await AssertNoDriftAsync();
        await UndoNewestAsync(editor, "pairing");
        await AssertNoDriftAsync();

        // A moment's characters and tropes edited: two other roles of its drama, paired by a romance trope.
        var moment = await Factory.WithDbAsync(db => db.Moments.Where(m => m.Drama.Characters.Count(c => c.ActorId != null) >= 3)
            .OrderBy(m => m.Id).Select(m => new { m.Id, Roles = m.Drama.Characters.Where(c => c.ActorId != null).OrderByDescending(c => c.Id).Select(c => c.Id).Take(2).ToList() }).FirstAsync());
        await SaveFormAsync(editor, $"/admin/moments/edit/{moment.Id}",
            ("Input.CharacterIds", Id(moment.Roles[0])), ("Input.CharacterIds", Id(moment.Roles[1])), ("Input.Tags", "kiss"));
        await AssertNoDriftAsync();

        // A role given to another actor.
        var role = await Factory.WithDbAsync(db => db.Characters.Where(c => c.Actor!.Slug == "son-ye-jin").Select(c => c.Id).FirstAsync());
        var other = await Factory.WithDbAsync(db => db.ActorCouples.Where(c => c.Slug != "hyun-bin-son-ye-jin").OrderBy(c => c.ActorId).Select(c => c.ActorId).FirstAsync());
        await SaveFormAsync(editor, $"/admin/characters/edit/{role}", ("Input.ActorSlug", await Factory.WithDbAsync(db => db.Actors.Where(a => a.Id == other).Select(a => a.Slug).SingleAsync())));
        await AssertNoDriftAsync();

        // A romance trope renamed out of the rule: the couples it alone made go.
        var kiss = await Factory.WithDbAsync(db => db.Tags.Where(t => t.Slug == "kiss").Select(t => t.Id).SingleAsync());
        var (_, tagsToken) = await EditorSession.GetFormAsync(editor, "/admin/tags");
        var version = await Factory.WithDbAsync(db => db.Tags.Where(t => t.Id == kiss).Select(t => t.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, "/admin/tags?handler=Save", tagsToken,
            ("Input.Id", Id(kiss)), ("Input.Version", version.ToString(CultureInfo.InvariantCulture)), ("Input.Name", "Smooch"))).StatusCode);
        await AssertNoDriftAsync();

        // The newest import undone.
        var (undoneImport, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, "/admin/changes", "Undo the whole import");
        Assert.StartsWith("Undid the import", undoneImport, StringComparison.Ordinal);
        await AssertNoDriftAsync();
    }

    [Fact]
    public async Task StoredCouples_AgreeWithEveryMoment_AfterAMergeOfTwoPartnersItsUndoAndDeletes()
    {
        await AssertNoDriftAsync();
        // One actor merged into their partner: one actor twice is no couple.
        var editor = await EditorSession.NewEditorClientAsync(Factory);
        var survivor = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "hyun-bin").Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(editor, "actor", "son-ye-jin", "hyun-bin")).StatusCode);
        await AssertNoDriftAsync();
        Assert.False(await Factory.WithDbAsync(db => db.ActorCouples.AnyAsync(c => c.Slug == "hyun-bin-son-ye-jin")));
        var (undone, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, $"/admin/history/actor/{survivor}", "Undo the whole merge");
        Assert.StartsWith("Undid the merge", undone, StringComparison.Ordinal);
        await AssertNoDriftAsync();
        Assert.True(await Factory.WithDbAsync(db => db.ActorCouples.AnyAsync(c => c.Slug == "hyun-bin-son-ye-jin")));

        // A paired role deleted (the database removes its moments' join rows and its corrections).
        await Factory.WithDbAsync(async db =>
        {
            var paired = await db.ActorCouplePairings.OrderBy(p => p.CharacterId).Select(p => p.CharacterId).FirstAsync();
            db.Characters.Remove(await db.Characters.SingleAsync(c => c.Id == paired));
            return await db.SaveChangesAsync();
        });
        await AssertNoDriftAsync();

        // A moment of a couple deleted.
        await Factory.WithDbAsync(async db =>
        {
            var pairing = await db.ActorCouplePairings.OrderByDescending(p => p.CharacterId).FirstAsync();
            db.Moments.Remove(await db.Moments.Where(m => m.Characters.Any(c => c.Id == pairing.CharacterId) && m.Characters.Any(c => c.Id == pairing.PartnerCharacterId)).OrderBy(m => m.Id).FirstAsync());
            return await db.SaveChangesAsync();
        });
        await AssertNoDriftAsync();

        // An actor with couples deleted: their roles keep no actor.
        await Factory.WithDbAsync(async db =>
        {
            var actor = await db.ActorCouples.OrderBy(c => c.ActorId).Select(c => c.ActorId).FirstAsync();
            db.Actors.Remove(await db.Actors.Include(a => a.Characters).Include(a => a.Aliases).SingleAsync(a => a.Id == actor));
            return await db.SaveChangesAsync();
        });
        await AssertNoDriftAsync();
    }

    private sealed record Role(int Id, string Drama, string Actor);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Two roles of one drama, of two actors who are no couple, sharing no moment: the rule cannot pair them.</summary>
    private Task<(Role, Role)> UnpairedRolesAsync() => Factory.WithDbAsync(async db =>
    {
        var roles = await db.Characters.Where(c => c.ActorId != null).OrderBy(c => c.Id)
            .Select(c => new { Role = new Role(c.Id, c.Drama.Slug, c.Actor!.Slug), c.DramaId, ActorId = c.ActorId!.Value, Moments = c.Moments.Select(m => m.Id).ToList() }).ToListAsync();
        var couples = await db.ActorCouples.Select(c => new { c.ActorId, c.PartnerActorId }).ToListAsync();
        return roles.SelectMany(a => roles.Where(b => b.DramaId == a.DramaId && b.Role.Id > a.Role.Id && b.ActorId != a.ActorId && !b.Moments.Intersect(a.Moments).Any()
                && !couples.Contains(new { a.ActorId, PartnerActorId = b.ActorId }))
            .Select(b => (a.Role, b.Role))).First();
    });

    private Task<(Role, Role)> RolesAsync(string drama, string first, string second) => Factory.WithDbAsync(async db =>
    {
        var roles = await db.Characters.Where(c => c.Drama.Slug == drama && (c.Actor!.Slug == first || c.Actor!.Slug == second))
            .Select(c => new Role(c.Id, drama, c.Actor!.Slug)).ToListAsync();
        return (roles.Single(r => r.Actor == first), roles.Single(r => r.Actor == second));
    });

    private static async Task CorrectAsync(HttpClient editor, Role a, Role b, bool isCouple)
    {
        var (_, token) = await EditorSession.GetFormAsync(editor, $"/admin/couples?drama={a.Drama}");
        var saved = await EditorSession.PostFormAsync(editor, $"/admin/couples?handler=Set&drama={a.Drama}", token,
            ("first", Id(a.Id)), ("second", Id(b.Id)), ("isCouple", isCouple ? "true" : "false"), ("version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private async Task UndoNewestAsync(HttpClient editor, string entityType)
    {
        var revision = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.EntityType == entityType).OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
        var (_, token) = await EditorSession.GetFormAsync(editor, "/admin/changes");
        await EditorSession.PostFormAsync(editor, "/admin/changes?handler=Undo", token, ("revision", Id(revision)));
    }

    private static async Task ImportFromPageAsync(HttpClient editor, string fixture)
    {
        var (_, token) = await EditorSession.GetFormAsync(editor, "/admin/import");
        var text = await File.ReadAllTextAsync(RepositoryPaths.Fixture(fixture));
        var saved = await EditorSession.PostFormAsync(editor, "/admin/import?handler=Confirm", token, ("Input.Text", text), ("Input.FileName", fixture));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static async Task SaveFormAsync(HttpClient editor, string address, params (string Name, string Value)[] changes)
    {
        var (page, token) = await EditorSession.GetFormAsync(editor, address);
        var response = await EditorSession.PostFormAsync(editor, address, token, EditorSession.FormFields(page, changes));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
