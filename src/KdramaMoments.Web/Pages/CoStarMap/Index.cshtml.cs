using System.Text.Encodings.Web;
using KdramaMoments.Web.CoStars;
using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.CoStarMap;

public sealed class IndexModel(KdramaDbContext db, HtmlEncoder encoder) : PageModel
{
    /// <summary>The co-stars each actor's row of the list names at first; the whole row is on <see cref="WholeListAddress"/>.</summary>
    public const int StrongestListed = 4;

    public const string WholeListAddress = "/co-stars?list=all";

    /// <summary>How many actors the map shows.</summary>
    public int Nodes { get; private set; }

    /// <summary>The map's markup as kept (<see cref="KeptCoStarMap"/>) around its caption.</summary>
    public IHtmlContent Map { get; private set; } = HtmlString.Empty;

    /// <summary><c>?list=all</c>: every actor's row of the list names all their co-stars on the map.</summary>
    [BindProperty(SupportsGet = true, Name = "list")]
    public string? List { get; set; }

    public bool WholeList => string.Equals(List, "all", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether some actor's row names fewer co-stars than they have on the map (never on the seeds' map).</summary>
    public bool ListShortened { get; private set; }

    /// <summary>The list's rows as kept: the whole ones on <see cref="WholeListAddress"/>, else the strongest co-stars'.</summary>
    public IHtmlContent ListMarkup { get; private set; } = HtmlString.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Drawn and written at save time (KeptCoStarMap); the caption counts every actor with a co-star, kept beside it.
        var kept = await KeptCoStarMap.ReadAsync(db, WholeList, encoder, cancellationToken);
        // Its markup is written from a pooled buffer after this handler returns: given back once the response is done.
        HttpContext.Response.RegisterForDispose(kept);
        var caption = kept.Nodes < kept.ActorsLinked
            ? $"The {kept.Nodes} best-connected of {kept.ActorsLinked} actors with a co-star; a line joins actors who share a drama."
            : $"{kept.Nodes} actors; a line joins actors who share a drama, thicker for more than one.";
        Nodes = kept.Nodes;
        Map = new KeptMapMarkup(kept.MapOpening, kept.MapMiddle, caption, encoder);
        ListShortened = !WholeList && kept.ListShortened;
        ListMarkup = kept.List;
    }
}
