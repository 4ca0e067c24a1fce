using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages;

public static class PageRoute
{
    /// <summary>
    /// The page's <c>{slug}</c>, read from the route rather than bound as a handler argument: a handler with arguments
    /// makes MVC build the request's value providers and run the binders on every request, for a value routing has
    /// already matched. The abort token a handler would bind is <c>HttpContext.RequestAborted</c>.
    /// </summary>
    public static string RouteSlug(this PageModel page) => page.RouteData.Values["slug"] as string ?? "";
}
