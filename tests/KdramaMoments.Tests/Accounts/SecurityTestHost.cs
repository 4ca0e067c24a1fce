using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace KdramaMoments.Tests.Accounts;

/// <summary>
/// The site with what security tests need to see and steer: the Serilog events it writes, a clock that can be
/// moved on, and the client address taken from a test header (so parallel guesses can come from many addresses).
/// </summary>
public sealed class SecurityTestHost : IAsyncDisposable
{
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private readonly TempDatabase database = new();
    private readonly KdramaAppFactory site;

    public SecurityTestHost(IReadOnlyDictionary<string, string>? settings = null, bool seed = false, string environment = "Testing")
    {
        site = new KdramaAppFactory(database.Path, seed, settings);
        Factory = site.WithWebHostBuilder(builder => builder.UseEnvironment(environment).ConfigureTestServices(services =>
        {
            // Serilog's ReadFrom.Services picks up every registered sink.
            services.AddSingleton<ILogEventSink>(Log);
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
        }));
    }

    public WebApplicationFactory<Program> Factory { get; }

    public CapturedLog Log { get; } = new();

    public MovableClock Clock { get; } = new();

    public string DatabasePath => database.Path;

    public HttpClient NewClient(string baseAddress = "https://localhost", bool handleCookies = true) =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false, HandleCookies = handleCookies });

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await site.DisposeAsync();
        database.Dispose();
    }

    public sealed class CapturedLog : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

        public IReadOnlyList<LogEvent> All => events.ToList();

        public IReadOnlyList<LogEvent> Category(string category) =>
            events.Where(e => e.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string name } && name == category).ToList();
    }

    public sealed class MovableClock : TimeProvider
    {
        private TimeSpan offset;

        public void Advance(TimeSpan by) => offset += by;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public static class LogEventText
{
    public static string? Property(this LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) ? value is ScalarValue { Value: var scalar } ? scalar?.ToString() : value.ToString() : null;
}
