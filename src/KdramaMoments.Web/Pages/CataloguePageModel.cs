using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages;

/// <summary>
/// A public page whose data the catalogue version keeps (<see cref="CatalogueMemo"/>): it asks for the pooled DbContext
/// only when it reads the database (a memo miss, an unknown address), so a request answered from what is kept leases and
/// resets none (README, "Page speed").
/// </summary>
public abstract class CataloguePageModel : PageModel
{
    protected KdramaDbContext Db => HttpContext.RequestServices.GetRequiredService<KdramaDbContext>();

    /// <summary>
    /// The page's <c>{slug}</c>, read from the route rather than bound as a handler argument: a handler with arguments
    /// makes MVC build the request's value providers and run the binders on every request, for a value routing has
    /// already matched. The abort token a handler would bind is <c>HttpContext.RequestAborted</c>.
    /// </summary>
    public string Slug => RouteData.Values["slug"] as string ?? "";
}
