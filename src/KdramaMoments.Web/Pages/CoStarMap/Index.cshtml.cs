using KdramaMoments.Web.CoStars;
using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.CoStarMap;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    // Beyond this many actors the picture stops being readable; the list still names them all shown.
    private const int MaxActors = 120;

    public CoStarDrawing Drawing { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (graph, linked) = await CoStarQueries.WholeMapAsync(db, MaxActors, cancellationToken);
        var caption = graph.Nodes.Count < linked
            ? $"The {graph.Nodes.Count} best-connected of {linked} actors with a co-star; a line joins actors who share a drama."
            : $"{graph.Nodes.Count} actors; a line joins actors who share a drama, thicker for more than one.";
        Drawing = CoStarLayout.WholeMap(graph, caption);
    }
}
