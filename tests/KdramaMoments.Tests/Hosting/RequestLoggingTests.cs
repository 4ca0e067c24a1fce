using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace KdramaMoments.Tests.Hosting;

/// <summary>
/// One completion line per request, as Serilog.AspNetCore's request logging wrote it (source, template, properties),
/// at Information, and at Debug for a page answered from the output cache outside Development.
/// </summary>
public sealed class RequestLoggingTests
{
    private const string Source = "Serilog.AspNetCore.RequestLoggingMiddleware";

    [Fact]
    public async Task ARenderedPage_IsLoggedAtInformation_TheSamePageFromTheCacheAtDebug()
    {
        using var database = new TempDatabase();
        var sink = new CollectingSink();
        await using var factory = new KdramaAppFactory(database.Path,
            settings: new Dictionary<string, string> { ["Serilog:MinimumLevel:Default"] = "Debug" },
            services: services => services.AddSingleton<ILogEventSink>(sink));
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dramas")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dramas")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dramas?nocache=1")).StatusCode);

        var lines = await sink.CompletionsAsync("/dramas", 3);
        Assert.Equal([LogEventLevel.Information, LogEventLevel.Debug, LogEventLevel.Information], lines.Select(e => e.Level));
        var first = lines[0];
        Assert.Equal("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", first.MessageTemplate.Text);
        Assert.Equal("\"GET\"", first.Properties["RequestMethod"].ToString());
        Assert.Equal("200", first.Properties["StatusCode"].ToString());
        Assert.IsType<double>(((ScalarValue)first.Properties["Elapsed"]).Value);
        Assert.Null(first.Exception);
    }

    [Fact]
    public async Task AMissingPage_IsLoggedWithItsStatus()
    {
        using var database = new TempDatabase();
        var sink = new CollectingSink();
        await using var factory = new KdramaAppFactory(database.Path, services: services => services.AddSingleton<ILogEventSink>(sink));

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/no-such-page")).StatusCode);

        var line = Assert.Single(await sink.CompletionsAsync("/no-such-page", 1));
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Equal("404", line.Properties["StatusCode"].ToString());
    }

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

        /// <summary>The completion lines of a path; a line is written just after its response, so it may trail the client.</summary>
        public async Task<List<LogEvent>> CompletionsAsync(string path, int expected)
        {
            for (var attempt = 0; attempt < 100 && Completions(path).Count < expected; attempt++)
            {
                await Task.Delay(50);
            }
            return Completions(path);
        }

        private List<LogEvent> Completions(string path) =>
            [.. events.Where(e => e.Properties.TryGetValue("SourceContext", out var source) && source.ToString() == $"\"{Source}\""
                && e.Properties.TryGetValue("RequestPath", out var requestPath) && requestPath.ToString() == $"\"{path}\"")];
    }
}
