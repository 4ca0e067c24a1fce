using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// The search form's year menu offers every year some drama has, once, newest first: a year only one drama has among
/// them, and nothing for a drama of unknown year (the menu steps down the year index rather than reading every drama).
/// </summary>
public sealed class SearchYearMenuTests : FreshSiteTests
{
    [Fact]
    public async Task YearMenu_IsEachDramaYearOnceNewestFirst_WithAnOddYearAndAnUnknownOne()
    {
        // One drama moves to a year no other has (its moments stay), one loses its year: both must show in the menu as they are.
        await Factory.WithDbAsync(async db =>
        {
            var dramas = await db.Dramas.OrderBy(d => d.Id).Take(2).ToListAsync();
            (dramas[0].Year, dramas[1].Year) = (1961, null);
            return await db.SaveChangesAsync();
        });
        var expected = await Factory.WithDbAsync(db =>
            db.Dramas.Where(d => d.Year != null).Select(d => d.Year!.Value).Distinct().OrderByDescending(y => y).ToListAsync());
        Assert.Contains(1961, expected);
        Assert.True(expected.Count > 3, "the seeds' dramas have several years");

        var page = await Factory.CreateClient().GetDocumentAsync("/search?q=kiss");
        var options = page.QuerySelectorAll("#search-year option").Select(o => o.GetAttribute("value")).ToList();

        Assert.Equal("", options[0]); // "Any year"
        Assert.Equal(expected.Select(y => y.ToString(CultureInfo.InvariantCulture)), options.Skip(1));
    }
}
