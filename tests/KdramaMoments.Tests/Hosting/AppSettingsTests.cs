using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Tests.Hosting;

/// <summary>
/// The built app started as its own process from a folder that is not its own, as the README's run command does
/// from the repository root: it must read its appsettings.json all the same.
/// </summary>
public sealed class AppSettingsTests
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3); // a loaded 2-core machine is slow to start .NET

    [Fact]
    public async Task StartedFromAnotherFolder_LogsAsItsAppSettingsSay_AndKeepsDataInThatFolder()
    {
        using var folder = new TempDatabase();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KdramaMoments.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Seeds__ImportWhenEmpty"] = "false";
        start.Environment.Remove("ASPNETCORE_CONTENTROOT");
        start.Environment.Remove("ConnectionStrings__Default");

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // The console sink and its output template come from appsettings.json: without it nothing is written.
            var listening = await WaitForAsync(output, $@"^\[\d\d:\d\d:\d\d INF\] Microsoft\.Hosting\.Lifetime: Now listening on: http://127\.0\.0\.1:{port}", process);
            Assert.True(listening, "no 'Now listening on' line in the app's output:\n" + Text(output));
            Assert.Matches(new Regex(@"SQLite journal_mode=wal foreign_keys=1 busy_timeout=5000ms", RegexOptions.Multiline), Text(output));

            using var client = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"http://127.0.0.1:{port}/health"))).StatusCode);
            Assert.True(await WaitForAsync(output, @"HTTP GET /health responded 200", process), "no request line:\n" + Text(output));

            // The default database path is relative: it is created in the folder the app was started in.
            Assert.True(File.Exists(Path.Combine(folder.Folder, "data", "kdrama.db")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<bool> WaitForAsync(StringBuilder output, string pattern, Process process)
    {
        var regex = new Regex(pattern, RegexOptions.Multiline);
        var deadline = DateTime.UtcNow + StartLimit;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (regex.IsMatch(Text(output)))
            {
                return true;
            }
            await Task.Delay(200);
        }
        return regex.IsMatch(Text(output));
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
