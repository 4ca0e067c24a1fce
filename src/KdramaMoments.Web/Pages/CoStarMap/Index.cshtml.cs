using KdramaMoments.Web.CoStars;
using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.CoStarMap;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    // Beyond this many actors the picture stops being readable; the list still names them all shown.
    private const int MaxActors = 120;

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
        var (graph, linked) = await CoStarQueries.WholeMapAsync(db, MaxActors, cancellationToken);
        var caption = graph.Nodes.Count < linked
            ? $"The {graph.Nodes.Count} best-connected of {linked} actors with a co-star; a line joins actors who share a drama."
            : $"{graph.Nodes.Count} actors; a line joins actors who share a drama, thicker for more than one.";
        Drawing = CoStarLayout.WholeMap(graph, caption);
    }
}
