using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KdramaMoments.BrowserTests;

/// <summary>
/// The real site on Kestrel (127.0.0.1, a free port) over a freshly seeded SQLite file, and Debian's
/// Chromium driven by Playwright. Nothing is downloaded: the browser is /usr/bin/chromium.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kdrama-browser-tests", Guid.NewGuid().ToString("N"));
    private SiteFactory factory = null!;
    private IPlaywright playwright = null!;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KdramaMoments.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("KdramaMoments.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Screenshots go to the repository's ignored <c>screenshots/</c> folder, for people to look at.</summary>
    public static string ScreenshotPath(string name)
    {
        var directory = Path.Combine(RepositoryRoot, "screenshots");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name + ".png");
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        factory = new SiteFactory(Path.Combine(folder, "kdrama.db"), Path.Combine(RepositoryRoot, "seeds"));
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        BaseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await CreateEditorAsync();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // The machine's network is closed: background connections would only fail and slow start-up.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (no cookies, no storage). The site's CSP applies unless a test injects axe-core.</summary>
    public const string EditorEmail = "browser-editor@example.com";
    public const string EditorPassword = "a long browser passphrase";

    private async Task CreateEditorAsync()
    {
        using var scope = factory.Services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>();
        await roles.CreateAsync(new Microsoft.AspNetCore.Identity.IdentityRole(KdramaMoments.Web.Accounts.Roles.Editor));
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<KdramaMoments.Web.Accounts.EditorUser>>();
        var user = new KdramaMoments.Web.Accounts.EditorUser { UserName = EditorEmail, Email = EditorEmail, EmailConfirmed = true };
        await users.CreateAsync(user, EditorPassword);
        await users.AddToRoleAsync(user, KdramaMoments.Web.Accounts.Roles.Editor);
    }

    /// <summary>Opens an editors' page, signs in on the form it redirects to, and waits to be back on it.</summary>
    public static async Task SignInAsync(IPage page, string adminPath)
    {
        await page.GotoAsync(adminPath);
        await page.WaitForURLAsync("**/account/sign-in?returnUrl=**");
        await page.GetByLabel("Email").FillAsync(EditorEmail);
        await page.GetByLabel("Password").FillAsync(EditorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**" + adminPath);
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            // axe-core is injected as a script; the site's CSP would (rightly) refuse it.
            BypassCSP = bypassCsp,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }

    private sealed class SiteFactory(string databasePath, string seeds) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            // Outside Development the build's static-asset manifest (with the pre-compressed files
            // a browser asks for) is not read by default; a published app has the files in wwwroot.
            builder.UseStaticWebAssets();
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={databasePath}");
            builder.UseSetting("Seeds:Path", seeds);
            // Every browser test signs the one editor in from one address; on a fast machine more than ten of them fall in a
            // minute and the sign-in limits answer 429. The limits have tests of their own (KdramaMoments.Tests.Accounts).
            builder.UseSetting("Accounts:SignInAttemptsPerMinute", "10000");
            builder.UseSetting("Accounts:SignInAttemptsPerAccountPerMinute", "10000");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
