using System.Text.Encodings.Web;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Tests.Data;
using KdramaMoments.Tests.Facets;
using KdramaMoments.Web.CoStars;
using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.CoStars;

/// <summary>
/// The whole co-star map kept at write time (<see cref="KeptCoStarMap"/>) and the caption's count of actors with a
/// co-star (a catalogue total) agree with the same computed afresh after every kind of save (imports, edits, merges,
/// deletes, undo); the page drawn from the kept row equals the page drawn again from nothing; a save that leaves the
/// map's input as it was draws nothing.
/// </summary>
public sealed class KeptCoStarMapTests : FreshSiteTests
{
    /// <summary>What differs between the kept map and count and the same computed afresh.</summary>
    private Task<List<string>> DriftAsync() => Factory.WithDbAsync(async db =>
    {
        var graph = await CoStarQueries.WholeMapGraphAsync(db, KeptCoStarMap.MaxActors, CancellationToken.None);
        var fresh = KeptCoStarMap.Render(CoStarLayout.WholeMap(graph, caption: ""), Factory.Services.GetRequiredService<HtmlEncoder>());
        var kept = await db.StoredCoStarMaps.AsNoTracking().SingleAsync();
        var keptTotal = await CatalogueTotals.ReadAsync(db, CatalogueSizeName.CoStarActors, CancellationToken.None);
        var counted = await db.CoStarPairs.Select(p => p.ActorId).Distinct().CountAsync();
        var drift = new List<string>();
        foreach (var (part, keptPart, freshPart) in new[]
        {
            ("map's opening", kept.MapOpening, fresh.MapOpening), ("map", kept.MapMiddle, fresh.MapMiddle),
            ("short list", kept.ShortList, fresh.ShortList), ("whole list", kept.WholeList, fresh.WholeList),
            ("actors shown", $"{kept.Nodes}", $"{fresh.Nodes}"), ("list shortened", $"{kept.ListShortened}", $"{fresh.ListShortened}"),
        })
        {
            if (keptPart != freshPart)
            {
                drift.Add($"kept {part} {keptPart.Length} chars, fresh {freshPart.Length}");
            }
        }
        if (kept.InputHash != KeptCoStarMap.InputHash(graph) || kept.Layout != KeptCoStarMap.Layout)
        {
            drift.Add($"kept hash {kept.InputHash} (layout {kept.Layout})");
        }
        if (keptTotal != counted)
        {
            drift.Add($"actors with a co-star: {keptTotal} kept but {counted}");
        }
        return drift;
    });

    private Task<StoredCoStarMap> KeptAsync() => Factory.WithDbAsync(db => db.StoredCoStarMaps.AsNoTracking().SingleAsync());

    /// <summary>Both addresses of the page as served from the kept row, then as served once the row is gone (drawn again from nothing).</summary>
    private async Task<List<string>> PagesDifferAsync()
    {
        var client = Factory.CreateClient();
        string[] addresses = ["/co-stars", "/co-stars?list=all"];
        // Pages cached before a save of another process (the command-line import) are forgotten only when this one notices.
        var caches = Factory.Services.GetRequiredService<CatalogueChangeDispatch>();
        await caches.EvictAsync(CancellationToken.None);
        var kept = new List<string>();
        foreach (var address in addresses)
        {
            kept.Add(await client.GetStringAsync(address));
        }
        await Factory.WithDbAsync(db => db.StoredCoStarMaps.ExecuteDeleteAsync());
        await caches.EvictAsync(CancellationToken.None);
        var differ = new List<string>();
        for (var i = 0; i < addresses.Length; i++)
        {
            var drawn = await client.GetStringAsync(addresses[i]);
            if (drawn != kept[i])
            {
                var at = kept[i].Zip(drawn).TakeWhile(c => c.First == c.Second).Count();
                differ.Add($"{addresses[i]} from character {at}: kept {kept[i][at..Math.Min(kept[i].Length, at + 80)]} but drawn {drawn[at..Math.Min(drawn.Length, at + 80)]}");
            }
        }
        return differ;
    }

    private async Task AgreeAsync()
    {
        Assert.Empty(await DriftAsync());
        Assert.Empty(await PagesDifferAsync());
    }

    [Fact]
    public async Task KeptMap_AgreesWithAFreshDrawing_AfterImportsEditsMergesDeletesAndUndo()
    {
        await AgreeAsync();
        Assert.True((await KeptAsync()).MapMiddle.Length > 1000);
        var editor = await CatalogueSaves.ImportsAndUndoAsync(Factory, DatabasePath, AgreeAsync);
        await CatalogueSaves.EditsMergesAndDeletesAsync(Factory, editor, AgreeAsync);
    }

    [Fact]
    public async Task KeptMarkup_OfAnyLengthAndScript_IsWrittenAsKept()
    {
        // Longer than the first pooled buffer and than many writes' chunks, in one-, two-, three- and four-byte characters
        // (Hangul, an emoji), so chunks end inside characters however they fall: the page must carry it whole.
        var row = string.Concat(Enumerable.Range(0, 3000).Select(i => $"<li id=\"r{i}\">김수현 · Kim Soo-hyun é 🌸 {i}</li>"));
        await Factory.WithDbAsync(db => db.StoredCoStarMaps.ExecuteUpdateAsync(m => m.SetProperty(x => x.WholeList, row)));
        await Factory.Services.GetRequiredService<CatalogueChangeDispatch>().EvictAsync(CancellationToken.None);
        var kept = await KeptAsync();

        var page = await Factory.CreateClient().GetStringAsync("/co-stars?list=all");

        Assert.True(row.Length > 100_000);
        Assert.Contains(kept.MapOpening, page, StringComparison.Ordinal);
        Assert.Contains(kept.MapMiddle, page, StringComparison.Ordinal);
        Assert.Contains(row, page, StringComparison.Ordinal);
        Assert.DoesNotContain(kept.ShortList, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeptMap_SaveLeavingItsInputAsItWas_DrawsNothing_AndOneChangingIt_DrawsIt()
    {
        var editor = await EditorSession.NewEditorClientAsync(Factory);
        var before = await KeptAsync();
        var goblin = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync());

        // A drama's year (a drama saved, the map shows only its title) and a moment's title: the kept row is untouched.
        await ActorMomentsTests.SaveFormAsync(editor, $"/admin/dramas/edit/{goblin}", ("Input.Year", "2001"));
        var moment = await Factory.WithDbAsync(db => db.Moments.Where(m => m.DramaId == goblin).Select(m => m.Id).FirstAsync());
        await ActorMomentsTests.SaveFormAsync(editor, $"/admin/moments/edit/{moment}", ("Input.Title", "AA Top of the stairs"));
        var after = await KeptAsync();
        Assert.Equal((before.Revision, before.InputHash, before.MapMiddle, before.WholeList), (after.Revision, after.InputHash, after.MapMiddle, after.WholeList));

        // The drama's title is written on the map's links: drawn again, once.
        await ActorMomentsTests.SaveFormAsync(editor, $"/admin/dramas/edit/{goblin}", ("Input.Title", "goblin: the lonely and great god"));
        var retitled = await KeptAsync();
        Assert.Equal(before.Revision + 1, retitled.Revision);
        Assert.Contains("goblin: the lonely and great god", retitled.MapMiddle, StringComparison.Ordinal);
        Assert.Empty(await DriftAsync());
    }
}
