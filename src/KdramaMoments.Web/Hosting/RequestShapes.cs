using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Hosting;

/// <summary>
/// Requests a page was not written for get a 4xx before they reach it: a method it has no handler for (Razor Pages
/// would otherwise render the page without running any handler), and a form body that is too large or cannot be
/// read. A bad form is answered on the page that was posted, shown as if opened afresh, with the reason above it.
/// </summary>
public static partial class RequestShapes
{
    /// <summary>What was wrong with the request, for the page (or error page) that answers it.</summary>
    public sealed record Problem(int Status, string Message);

    /// <summary>
    /// Error pages are re-executed with the failed request's method and body: run them as a bare GET (or HEAD), so a
    /// body that could not be read once is never read again. Goes after the status-code and exception handlers.
    /// </summary>
    public static IApplicationBuilder UseErrorPagesAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            DropBody(context);
        }
        return next(context);
    });

    /// <summary>
    /// HEAD is GET without the body (RFC 9110 §9.3.2), and every GET address answers it: the pages do by themselves,
    /// but the endpoints mapped for GET alone (the API, the feeds, the sitemap, the export, the OpenAPI document) gave 405,
    /// and crawlers and link checkers ask with HEAD. Routing and the output cache see a GET (a HEAD is answered from the
    /// GET's cached page, and never stores a copy of its own); what the endpoint writes is dropped here, whatever the
    /// server; the log and the endpoint's headers keep the request as it came. A 405 names HEAD wherever it names GET.
    /// Goes before the output cache.
    /// </summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!HttpMethods.IsHead(request.Method))
        {
            if (!HttpMethods.IsGet(request.Method))
            {
                context.Response.OnStarting(NameHeadBesideGet, context.Response);
            }
            await next();
            return;
        }
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        request.Method = HttpMethods.Get;
        try
        {
            await next();
        }
        finally
        {
            request.Method = HttpMethods.Head;
            context.Features.Set(body);
        }
    });

    private static Task NameHeadBesideGet(object state)
    {
        var response = (HttpResponse)state;
        if (response.StatusCode == StatusCodes.Status405MethodNotAllowed
            && response.Headers.Allow.ToString().Split(',', StringSplitOptions.TrimEntries) is var allowed
            && allowed.Contains(HttpMethods.Get) && !allowed.Contains(HttpMethods.Head))
        {
            response.Headers.Allow = string.Join(", ", allowed.SelectMany(m => m == HttpMethods.Get ? [m, HttpMethods.Head] : new[] { m }));
        }
        return Task.CompletedTask;
    }

    /// <summary>A page answers only the methods it has handlers for (GET and HEAD when it has none): others get 405 with <c>Allow</c>.</summary>
    public static IApplicationBuilder UsePageMethods(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (PageOf(context) is { } page && AllowedMethods(page) is var allowed && !allowed.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = string.Join(", ", allowed);
            return;
        }
        await next();
    });

    /// <summary>
    /// Reads a page's posted form once, up front, within the page's limits: too large → 413, unreadable (a broken
    /// multipart boundary, an unknown charset, a truncated body, a URL-encoded NUL) → 400. NUL characters in a
    /// multipart form (the import page's paste), which no editor means to type (they come with text copied from
    /// binary files), are removed from the values. Goes after the output
    /// cache, which then never sees the POST turned into a GET here.
    /// </summary>
    public static IApplicationBuilder UseReadableForms(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (PageOf(context) is not { } page || !HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            await next();
            return;
        }
        var limit = BodyLimit(context);
        var problem = request.ContentLength > limit ? TooLarge(request.ContentLength.Value, limit.Value) : await ReadFormAsync(context);
        if (problem is null)
        {
            await next();
            return;
        }
        context.Features.Set(problem);
        context.Response.StatusCode = problem.Status;
        // The page is shown as opened (its GET), the reason above it; a page with nothing to show leaves it to the error page.
        if (AllowedMethods(page).Contains(HttpMethods.Get))
        {
            DropBody(context);
            await next();
        }
    });

    private static async Task<Problem?> ReadFormAsync(HttpContext context)
    {
        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (form.Any(field => field.Value.Any(value => value?.Contains('\0', StringComparison.Ordinal) == true)))
            {
                context.Request.Form = new FormCollection(
                    form.ToDictionary(field => field.Key, field => new Microsoft.Extensions.Primitives.StringValues([.. field.Value.Select(v => v?.Replace("\0", "", StringComparison.Ordinal))])),
                    form.Files);
            }
            return null;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(context.Request.ContentLength, BodyLimit(context));
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            // The form's own limits (a field's length, the number of fields, a multipart body's length).
            return TooLarge(context.Request.ContentLength, null);
        }
        catch (InvalidDataException e) when (e.InnerException is InvalidOperationException)
        {
            // ASP.NET Core refuses a URL-encoded NUL (%00) outright; a multipart form's NULs are removed above.
            return new Problem(StatusCodes.Status400BadRequest, "Nothing was saved: the form holds a NUL character (an invisible zero byte, usually copied from a binary file). Remove it and send the form again.");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestShapes));
            if (logger.IsEnabled(LogLevel.Information))
            {
                UnreadableForm(logger, e, context.Request.Path);
            }
            return new Problem(StatusCodes.Status400BadRequest, "Nothing was saved: the form could not be read (it arrived broken or in an unknown encoding). Please try again.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Unreadable form posted to {Path}")]
    private static partial void UnreadableForm(ILogger logger, Exception exception, PathString path);

    private static Problem TooLarge(long? size, long? limit) => new(StatusCodes.Status413PayloadTooLarge,
        size is null || limit is null
            ? "Nothing was saved: what you sent is larger than this page accepts."
            : $"Nothing was saved: what you sent is {size / 1024:N0} KB, and this page accepts at most {limit / 1024:N0} KB.");

    /// <summary>The page's own limit (<c>[RequestSizeLimit]</c>), else the server's.</summary>
    private static long? BodyLimit(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
        ?? context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;

    private static CompiledPageActionDescriptor? PageOf(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<CompiledPageActionDescriptor>();

    // Every request asks; a page's handlers never change while the app runs.
    private static readonly ConditionalWeakTable<CompiledPageActionDescriptor, IReadOnlyList<string>> Allowed = [];

    private static IReadOnlyList<string> AllowedMethods(CompiledPageActionDescriptor page) => Allowed.GetValue(page, MethodsOf);

    private static IReadOnlyList<string> MethodsOf(CompiledPageActionDescriptor page)
    {
        var handled = page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet();
        var gets = handled.Count == 0 || handled.Contains(HttpMethods.Get) ? new[] { HttpMethods.Get, HttpMethods.Head } : [];
        return [.. gets, .. handled.Where(m => m != HttpMethods.Get).Order(StringComparer.Ordinal)];
    }

    private static void DropBody(HttpContext context)
    {
        var request = context.Request;
        // A HEAD stays one, so its error page is sent without the body too (UseHeadAsGet).
        if (!HttpMethods.IsHead(request.Method))
        {
            request.Method = HttpMethods.Get;
        }
        request.Body = Stream.Null;
        request.ContentLength = null;
        request.Headers.ContentType = default;
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
    }
}
