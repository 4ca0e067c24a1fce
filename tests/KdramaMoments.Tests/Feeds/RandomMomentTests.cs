using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Feeds;

/// <summary><c>/random</c> draws moments' ids; deletes leave gaps in them, which it must neither land in nor favour the moments after.</summary>
public sealed class RandomMomentTests : FreshSiteTests
{
    [Fact]
    public async Task Random_AfterMostMomentsAreDeleted_LandsOnlyOnThoseLeftAndOnEachOfThem()
    {
        // The first and the last moment are kept: ids drawn up to the last mostly miss, and a miss must not move to the next id.
        var kept = await Factory.WithDbAsync(async db =>
        {
            var ids = await db.Moments.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
            var keep = new[] { ids[0], ids[^1] };
            db.Moments.RemoveRange(await db.Moments.Where(m => !keep.Contains(m.Id)).ToListAsync());
            await db.SaveChangesAsync();
            return await db.Moments.Select(m => "/moments/" + m.Slug).ToListAsync();
        });
        Assert.Equal(2, kept.Count);

        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var landed = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var response = await client.GetAsync("/random");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            landed.Add(response.Headers.Location!.OriginalString);
        }
        Assert.All(landed, target => Assert.Contains(target, kept));
        // Each of the two is reached (both missed in 40 fair draws: about one chance in 10^12).
        Assert.Equal(kept.Order(StringComparer.Ordinal), landed.Distinct().Order(StringComparer.Ordinal));
    }
}
