using KdramaMoments.Web.CoStars;
using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.CoStarMap;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    /// <summary>The co-stars each actor's row of the list names at first; the whole row is on <see cref="WholeListAddress"/>.</summary>
    public const int StrongestListed = 4;

    public const string WholeListAddress = "/co-stars?list=all";

    public CoStarDrawing Drawing { get; private set; } = null!;

    /// <summary><c>?list=all</c>: every actor's row of the list names all their co-stars on the map.</summary>
    [BindProperty(SupportsGet = true, Name = "list")]
    public string? List { get; set; }

    public bool WholeList => string.Equals(List, "all", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether some actor's row names fewer co-stars than they have on the map (never on the seeds' map).</summary>
    public bool ListShortened => !WholeList && Drawing.Graph.Edges.SelectMany(e => new[] { e.From, e.To }).CountBy(id => id).Any(c => c.Value > StrongestListed);

    public CoStarListMarkup ListMarkup => WholeList ? new(Drawing.Graph) : new(Drawing.Graph, StrongestListed, WholeListAddress);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Drawn at write time (KeptCoStarMap); the caption counts every actor with a co-star, kept beside it.
        var (drawing, linked) = await KeptCoStarMap.ReadAsync(db, cancellationToken);
        var graph = drawing.Graph;
        var caption = graph.Nodes.Count < linked
            ? $"The {graph.Nodes.Count} best-connected of {linked} actors with a co-star; a line joins actors who share a drama."
            : $"{graph.Nodes.Count} actors; a line joins actors who share a drama, thicker for more than one.";
        Drawing = drawing with { Caption = caption };
    }
}
