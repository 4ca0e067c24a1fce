using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages;

/// <summary>The friendly page for every error status; never shows exception details. Always run as a GET (<see cref="Hosting.RequestShapes"/>).</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";
    public string Message { get; private set; } = "We could not show this page. Please try again in a moment.";
    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        // Re-executed for an error status: keep it; reached directly (/Error): a plain 500 page.
        Response.StatusCode = status;
        (Heading, Message) = status switch
        {
            404 => ("Page not found", "There is no page at this address. The moment may have moved, or the link may be mistyped."),
            400 => ("Bad request", "The request could not be understood."),
            403 => ("Not allowed", "You do not have access to this page."),
            405 => ("Not allowed", "This address does not accept that kind of request."),
            413 => ("Too large", "What you sent is larger than this address accepts. Nothing was saved."),
            415 => ("Not understood", "This address does not accept that kind of content."),
            431 => ("Too large", "The request's headers are too large."),
            429 => ("Too many requests", "Please wait a little and try again."),
            _ => (Heading, Message),
        };
        RequestId = status >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;
    }
}
