using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KdramaMoments.Tests.Cli;

/// <summary>The built executable itself, as a user runs it: what starts the web server and what does not.</summary>
public sealed class CommandLineProcessTests
{
    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KdramaMoments.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        return Process.Start(start)!;
    }

    [Theory]
    [InlineData("bakup", "--out", "x.db")]
    [InlineData("serve")]
    public async Task UnknownCommand_SaysSoListsTheCommandsAndExits2_WithoutServing(params string[] args)
    {
        using var process = Start(args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(2, process.ExitCode);
        var text = await errors;
        Assert.Contains($"Unknown command '{args[0]}'", text, StringComparison.Ordinal);
        foreach (var command in new[] { "import", "export", "parse", "generate", "create-editor", "backup" })
        {
            Assert.Contains(command, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Now listening", await process.StandardOutput.ReadToEndAsync(timeout.Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serving_WithDb_ServesThatFile()
    {
        using var database = new TempDatabase();
        var port = FreePort();
        using var process = Start("--db", database.Path, "--urls", $"http://127.0.0.1:{port}", "--Seeds:ImportWhenEmpty=false");
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            // Generous: on a loaded CI machine a cold start has taken most of a minute.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
            HttpStatusCode? health = null;
            while (health is null && !process.HasExited)
            {
                try
                {
                    health = (await client.GetAsync("/health", timeout.Token)).StatusCode;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(250, timeout.Token);
                }
            }
            Assert.Equal(HttpStatusCode.OK, health);
            Assert.True(database.Exists(), $"{database.Path} was not created");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
