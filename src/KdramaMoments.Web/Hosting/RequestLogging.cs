using Serilog;
using Serilog.Events;

namespace KdramaMoments.Web.Hosting;

/// <summary>
/// One log line per request, except a page answered from the output cache in production: writing that line
/// under the console sink's lock cost about 40 % of a cache hit's throughput. Locally every request is logged.
/// </summary>
public static class RequestLogging
{
    private static readonly object PastOutputCache = new();

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app, IHostEnvironment environment) =>
        app.UseSerilogRequestLogging(options =>
        {
            // The app's own logger: the static one is left alone (several apps in one process), so it writes nowhere.
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : !environment.IsDevelopment() && AnsweredFromCache(context) ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });

    /// <summary>Placed right after the output cache: a request that reaches it was not answered from the cache.</summary>
    public static IApplicationBuilder MarkPastOutputCache(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Items[PastOutputCache] = true;
            return next(context);
        });

    private static bool AnsweredFromCache(HttpContext context) =>
        context.Response.StatusCode == StatusCodes.Status200OK && !context.Items.ContainsKey(PastOutputCache);
}
