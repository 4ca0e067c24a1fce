using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Serilog.Events;
using Serilog.Parsing;

namespace KdramaMoments.Web.Hosting;

/// <summary>
/// One log line per request, except a page answered from the output cache in production: writing that line
/// under the console sink's lock cost about 40 % of a cache hit's throughput. Locally every request is logged.
/// The line is Serilog.AspNetCore's request-completion event (same source, template and properties), written here
/// without its per-request diagnostic-context collection (an AsyncLocal set and reset around every request, cache
/// hits included), which nothing in the site enriches.
/// </summary>
public static class RequestLogging
{
    private static readonly object PastOutputCache = new();

    // What Serilog.AspNetCore's request logging writes, so the console and any sink see the same lines as before.
    private const string SourceContext = "Serilog.AspNetCore.RequestLoggingMiddleware";
    private static readonly MessageTemplate Completed =
        new MessageTemplateParser().Parse("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms");

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app, IHostEnvironment environment)
    {
        var logger = CompletionLogger(app.ApplicationServices);
        var development = environment.IsDevelopment();
        return app.Use(async (context, next) =>
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
                Write(logger, context, context.Response.StatusCode, start, null, development);
            }
            // Never caught (Write returns false): the exception goes on to the handlers as it came, logged here first.
            catch (Exception exception) when (Write(logger, context, StatusCodes.Status500InternalServerError, start, exception, development))
            {
            }
        });
    }

    // The app's own logger: the static one is left alone (several apps in one process), so it writes nowhere.
    internal static Serilog.ILogger CompletionLogger(IServiceProvider services) =>
        services.GetRequiredService<Serilog.ILogger>().ForContext(Serilog.Core.Constants.SourceContextPropertyName, SourceContext);

    /// <summary>The line of a request answered without passing this middleware (<see cref="PreparedHits"/>).</summary>
    internal static void WriteCompletion(Serilog.ILogger logger, HttpContext context, long start, bool development) =>
        Write(logger, context, context.Response.StatusCode, start, null, development);

    private static bool Write(Serilog.ILogger logger, HttpContext context, int statusCode, long start, Exception? exception, bool development)
    {
        var level = exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
            : !development && AnsweredFromCache(context) ? LogEventLevel.Debug
            : LogEventLevel.Information;
        if (!logger.IsEnabled(level))
        {
            return false;
        }
        var activity = Activity.Current;
        logger.Write(new LogEvent(DateTimeOffset.Now, level, exception, Completed,
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(PathOf(context))),
                new LogEventProperty("StatusCode", new ScalarValue(statusCode)),
                new LogEventProperty("Elapsed", new ScalarValue(Stopwatch.GetElapsedTime(start).TotalMilliseconds)),
            ],
            activity?.TraceId ?? default, activity?.SpanId ?? default));
        return false;
    }

    // The path as the client sent it (an error page's re-execution has restored it by now).
    private static string PathOf(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.Path is { Length: > 0 } path ? path : context.Request.Path.ToString();

    /// <summary>Placed right after the output cache: a request that reaches it was not answered from the cache.</summary>
    public static IApplicationBuilder MarkPastOutputCache(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Items[PastOutputCache] = true;
            return next(context);
        });

    internal static bool AnsweredFromCache(HttpContext context) =>
        context.Response.StatusCode == StatusCodes.Status200OK && !WentPastOutputCache(context);

    /// <summary>Whether the request reached <see cref="MarkPastOutputCache"/>: known before the page writes its body.</summary>
    internal static bool WentPastOutputCache(HttpContext context) => context.Items.ContainsKey(PastOutputCache);
}
