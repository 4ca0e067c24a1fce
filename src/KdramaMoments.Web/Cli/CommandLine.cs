using KdramaMoments.Web.Accounts;
using KdramaMoments.Web.Auditing;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Exporting;
using KdramaMoments.Web.Generating;
using KdramaMoments.Web.Hosting;
using KdramaMoments.Web.Importing;
using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;
using Serilog;
using Serilog.Filters;

namespace KdramaMoments.Web.Cli;

/// <summary>The web project's commands: <c>import PATH...</c>, <c>export [--out FILE]</c>, <c>parse PATH...</c>, <c>generate --moments N</c>, <c>create-editor EMAIL</c>, <c>backup --out FILE</c>; each takes <c>--db PATH</c>.</summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["migrate", "import", "export", "parse", "generate", "create-editor", "backup"];

    /// <summary>
    /// A first argument that is a word (not an option such as <c>--urls</c>, nor a <c>key=value</c> setting) names a
    /// command: a known one runs, an unknown one (a typo) is refused, and the web server is never started by mistake.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && args[0].Length > 0 && args[0][0] is not ('-' or '/') && !args[0].Contains('=', StringComparison.Ordinal);

    /// <summary><c>--db PATH</c>, for the commands and when serving: the SQLite file instead of <c>ConnectionStrings:Default</c>.</summary>
    public static void UseDatabaseOption(IConfiguration configuration, string? dbPath)
    {
        if (!string.IsNullOrWhiteSpace(dbPath))
        {
            var postgres = DatabaseProviders.IsPostgresConnectionString(dbPath);
            configuration[DatabaseProviders.SettingKey] = postgres ? nameof(DatabaseProvider.Postgres) : nameof(DatabaseProvider.Sqlite);
            configuration["ConnectionStrings:Default"] = postgres ? dbPath : $"Data Source={dbPath}";
        }
    }

    // services: extra services for the command's host (tests add a log sink to read the audit lines).
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, Action<IServiceCollection>? services = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (!Commands.Contains(args[0]))
        {
            await stderr.WriteLineAsync($"Unknown command '{args[0]}'. Commands: {string.Join(", ", Commands)}. Without a command the site is served (options such as --urls and --db are allowed).");
            return 2;
        }
        var (options, positional) = ParseOptions(args.Skip(1));
        if (options.TryGetValue("error", out var usageError))
        {
            await stderr.WriteLineAsync(usageError);
            return 2;
        }

        if (args[0] == "parse")
        {
            return await ParseAsync(positional, stdout, stderr);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppFolders.ContentRoot([]) ?? AppFolders.WorkingDirectory });
        UseDatabaseOption(builder.Configuration, options.GetValueOrDefault("db"));
        AddAuditLog(builder);
        builder.Services.AddKdramaData(builder.Configuration, AppFolders.WorkingDirectory);
        builder.Services.AddKdramaSearch();
        builder.Services.AddKdramaImporting();
        builder.Services.AddKdramaAccounts(builder.Configuration);
        services?.Invoke(builder.Services);
        using var host = builder.Build();
        if (args[0] == "backup")
        {
            if (DatabaseProviders.From(builder.Configuration) == DatabaseProvider.Postgres)
            {
                await stderr.WriteLineAsync("backup copies a SQLite file; on PostgreSQL use pg_dump.");
                return 2;
            }
            var connectionString = DataServiceCollectionExtensions.AnchorDataSource(
                builder.Configuration.GetConnectionString("Default") ?? DataServiceCollectionExtensions.DefaultConnectionString, AppFolders.WorkingDirectory);
            return await DatabaseBackup.RunAsync(connectionString, options.GetValueOrDefault("out"), stdout, stderr, host.Services.GetRequiredService<CommandAudit>());
        }
        // "migrate" is a start without serving: migrate, index, and import the seeds into an empty catalogue (unless
        // Seeds:ImportWhenEmpty is false), for deployments whose web instances start with that off.
        await DatabaseStartup.PrepareAsync(host.Services, seed: args[0] == "migrate" && builder.Configuration.GetValue("Seeds:ImportWhenEmpty", true));
        if (args[0] == "migrate")
        {
            await stdout.WriteLineAsync("The database is migrated and ready.");
            return 0;
        }

        using var scope = host.Services.CreateScope();
        return args[0] switch
        {
            "import" => await ImportAsync(scope.ServiceProvider, positional, stdout, stderr),
            "create-editor" => await CreateEditorAsync(scope.ServiceProvider, positional, options.GetValueOrDefault("role"), stdout, stderr),
            "generate" => await GenerateAsync(scope.ServiceProvider, options, stdout, stderr),
            _ => await ExportAsync(scope.ServiceProvider.GetRequiredService<KdramaDbContext>(), options.GetValueOrDefault("out"), stdout),
        };
    }

    /// <summary>
    /// The commands' writes leave the same audit lines as the site's (category <see cref="EditorAudit.Category"/>, to
    /// the sinks the configuration names) and nothing else: a command's own output is what it prints.
    /// </summary>
    private static void AddAuditLog(HostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Filter.ByIncludingOnly(Matching.FromSource(EditorAudit.Category)), preserveStaticLogger: true);
        builder.Services.AddEditorAudit();
        builder.Services.AddSingleton<CommandAudit>();
    }

    private static async Task<int> ImportAsync(IServiceProvider services, List<string> paths, TextWriter stdout, TextWriter stderr)
    {
        if (paths.Count == 0)
        {
            await stderr.WriteLineAsync("usage: import PATH... [--db FILE]");
            return 2;
        }
        var importer = services.GetRequiredService<ArticleImporter>();
        var report = await importer.ImportAsync(ImportInput.FromPaths(paths), save: true, author: CommandAudit.Operator);
        foreach (var file in report.Files)
        {
            var line = file.Outcome switch
            {
                FileOutcome.Failed => $"{file.FileName}: error: {file.Error}",
                FileOutcome.Skipped => $"{file.FileName}: skipped (already imported)",
                _ => $"{file.FileName}: {file.Items} items; created {file.Created}; merged {file.Merged.Total}",
            };
            await (file.Outcome == FileOutcome.Failed ? stderr : stdout).WriteLineAsync(line);
            foreach (var warning in file.Warnings)
            {
                await stdout.WriteLineAsync($"  warning: {warning}");
            }
        }
        var refused = report.Files.Count(f => f.Outcome == FileOutcome.Failed);
        await stdout.WriteLineAsync($"Created: {report.Created}");
        await stdout.WriteLineAsync($"Matched: {report.Matched}");
        await stdout.WriteLineAsync($"Merged: {report.Merged}");
        await stdout.WriteLineAsync($"Imported: {report.Files.Count(f => f.Outcome == FileOutcome.Imported)} files");
        await stdout.WriteLineAsync($"Skipped: {report.Files.Count(f => f.Outcome == FileOutcome.Skipped)} files");
        await stdout.WriteLineAsync($"Refused: {refused} files");
        if (refused > 0)
        {
            // Each file is its own transaction: the others are in, and the refused ones import alone once fixed.
            await stderr.WriteLineAsync($"{refused} of {report.Files.Count} files were not imported: fix them and run again.");
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// Creates an editor (role Editor, or Editor and Admin). The password comes from KDRAMA_EDITOR_PASSWORD
    /// or a prompt, never from the command line, where other users and shell history could read it.
    /// </summary>
    private static async Task<int> CreateEditorAsync(IServiceProvider services, List<string> positional, string? role, TextWriter stdout, TextWriter stderr)
    {
        if (positional.Count != 1 || (role is not null && role != Roles.Admin))
        {
            await stderr.WriteLineAsync("usage: create-editor EMAIL [--role Admin] [--db FILE]   (password from KDRAMA_EDITOR_PASSWORD or a prompt)");
            return 2;
        }
        var email = positional[0].Trim();
        var password = Environment.GetEnvironmentVariable("KDRAMA_EDITOR_PASSWORD") ?? await PromptPasswordAsync(stdout);
        if (string.IsNullOrEmpty(password))
        {
            await stderr.WriteLineAsync("No password: set KDRAMA_EDITOR_PASSWORD or type one at the prompt.");
            return 2;
        }
        var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<EditorUser>>();
        var roles = services.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await stderr.WriteLineAsync($"{email}: an account with this email already exists.");
            return 1;
        }
        foreach (var name in new[] { Roles.Editor, Roles.Admin })
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new Microsoft.AspNetCore.Identity.IdentityRole(name));
            }
        }
        var user = new EditorUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                await stderr.WriteLineAsync($"{email}: {error.Description}");
            }
            return 1;
        }
        string[] granted = role == Roles.Admin ? [Roles.Editor, Roles.Admin] : [Roles.Editor];
        await users.AddToRolesAsync(user, granted);
        var roleNames = string.Join(", ", granted);
        services.GetRequiredService<CommandAudit>().EditorCreated(CommandAudit.Operator, email, roleNames);
        await stdout.WriteLineAsync($"Created {(role == Roles.Admin ? "admin" : "editor")} {email}.");
        return 0;
    }

    private static async Task<string?> PromptPasswordAsync(TextWriter stdout)
    {
        await stdout.WriteAsync("Password (at least 12 characters): ");
        if (Console.IsInputRedirected)
        {
            return await Console.In.ReadLineAsync();
        }
        var password = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
        await stdout.WriteLineAsync();
        return password.ToString();
    }

    private static async Task<int> GenerateAsync(IServiceProvider services, Dictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        static int? Number(Dictionary<string, string> options, string key) =>
            options.TryGetValue(key, out var value) && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
        if (Number(options, "moments") is not { } moments)
        {
            await stderr.WriteLineAsync("usage: generate --moments N [--dramas N] [--actors N] [--seed N] [--db FILE]  (N > 0)");
            return 2;
        }
        // Defaults keep the proportions of the issue's example: 100,000 moments, 5,000 dramas, 20,000 actors.
        var generatorOptions = new GeneratorOptions(moments, Number(options, "dramas") ?? Math.Max(1, moments / 20), Number(options, "actors") ?? Math.Max(2, moments / 5), Number(options, "seed") ?? 20261122);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var report = await CatalogGenerator.GenerateAsync(services.GetRequiredService<KdramaDbContext>(), services.GetRequiredService<System.Text.Encodings.Web.HtmlEncoder>(), generatorOptions);
        services.GetRequiredService<CommandAudit>().Generated(CommandAudit.Operator, report.Moments, report.Dramas, report.Actors, generatorOptions.Seed);
        await stdout.WriteLineAsync($"Generated {report.Moments:N0} moments, {report.Dramas:N0} dramas, {report.Actors:N0} actors, {report.Characters:N0} characters, {report.Quotes:N0} quotes, {report.Articles:N0} articles, {report.Sources:N0} sources; {report.SearchEntries:N0} search entries; {watch.Elapsed.TotalSeconds:N1} s");
        return 0;
    }

    // Shows what the parser reads from articles without touching a database.
    private static async Task<int> ParseAsync(List<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var exitCode = 0;
        foreach (var input in ImportInput.FromPaths(paths))
        {
            var decoded = input.Missing ? DecodeResult.Fail("no such file or folder") : ArticleDecoder.Decode(input.Bytes);
            var (article, error) = decoded.Text is null ? (null, decoded.Error) : ArticleParser.Parse(decoded.Text);
            if (article is null)
            {
                await stderr.WriteLineAsync($"{input.FileName}: error: {error}");
                exitCode = 1;
                continue;
            }
            await stdout.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(new { file = input.FileName, article }, CatalogExport.JsonOptions));
        }
        return exitCode;
    }

    private static async Task<int> ExportAsync(KdramaDbContext db, string? outPath, TextWriter stdout)
    {
        if (outPath is null)
        {
            using var buffer = new MemoryStream();
            await CatalogExport.WriteAsync(db, buffer);
            await stdout.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return 0;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        await using (var file = File.Create(outPath))
        {
            await CatalogExport.WriteAsync(db, file);
        }
        await stdout.WriteLineAsync($"Wrote {outPath} ({await db.Moments.CountAsync()} moments)");
        return 0;
    }

    private static (Dictionary<string, string> Options, List<string> Positional) ParseOptions(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>();
        var positional = new List<string>();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            if (e.Current is "--db" or "--out" or "--moments" or "--dramas" or "--actors" or "--seed" or "--role")
            {
                var flag = e.Current;
                if (!e.MoveNext())
                {
                    options["error"] = $"{flag} needs a value";
                    break;
                }
                options[flag[2..]] = e.Current;
            }
            else
            {
                positional.Add(e.Current);
            }
        }
        return (options, positional);
    }
}
