using System.Globalization;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Moments;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Lists;

/// <summary>
/// A reader's list of moments, carried whole in the address (<c>?ids=12,3,40</c>, in the reader's order): no account,
/// nothing stored on the server, and the same link shows the same moments to whoever opens it.
/// </summary>
public sealed class SharedModel(KdramaDbContext db) : PageModel
{
    public const int MaxMoments = 100;

    public IReadOnlyList<int> Ids { get; private set; } = [];
    public IReadOnlyList<MomentCard> Moments { get; private set; } = [];
    public int Missing { get; private set; }

    public async Task OnGetAsync(string? ids, CancellationToken cancellationToken)
    {
        Ids = Parse(ids);
        var wanted = Ids.ToList();
        var found = await db.Moments.AsNoTracking().Where(m => wanted.Contains(m.Id)).ToCards().AsSplitQuery().ToListAsync(cancellationToken);
        var byId = found.ToDictionary(m => m.Id);
        Moments = Ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        Missing = Ids.Count - Moments.Count;
    }

    /// <summary>The address that shows this list.</summary>
    public string Href => HrefFor(Moments.Select(m => m.Id));

    public static string HrefFor(IEnumerable<int> ids) => "/lists/shared?ids=" + string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Positive whole numbers separated by commas, each once, in order; anything else is skipped.</summary>
    public static IReadOnlyList<int> Parse(string? ids) =>
        (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().Take(MaxMoments).ToList();
}
