using KdramaMoments.Web.Accounts;
using KdramaMoments.Web.Api;
using KdramaMoments.Web.Auditing;
using KdramaMoments.Web.Cli;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Exporting;
using KdramaMoments.Web.Feeds;
using KdramaMoments.Web.Health;
using KdramaMoments.Web.Hosting;
using KdramaMoments.Web.Importing;
using KdramaMoments.Web.Search;
using KdramaMoments.Web.Sharing;
using Serilog;

// A command ("import", "export", …) runs and exits; anything else serves the site.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

// The app's appsettings are read from its own folder, wherever it is started from (see AppFolders).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppFolders.ContentRoot(args) });
// --db PATH serves that SQLite file, as it names the file for every command.
CommandLine.UseDatabaseOption(builder.Configuration, builder.Configuration["db"]);
// The host's own logger, not Serilog's static one: several hosts in one process (the tests) each keep their sinks.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services), preserveStaticLogger: true);

// No "Server: Kestrel" header: nothing to gain from telling.
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);

builder.Services.AddKdramaData(builder.Configuration, AppFolders.WorkingDirectory);
builder.Services.AddKdramaAccounts(builder.Configuration);
builder.Services.AddKdramaKeyRing(builder.Configuration);
builder.Services.AddHostPrefixedAntiforgery();
builder.Services.AddStrictTransport();
builder.Services.AddForwardedRequests(builder.Configuration);
// Search before importing: at start the index is built (if missing) before the seeds are imported.
builder.Services.AddKdramaSearch();
builder.Services.AddKdramaImporting();
builder.Services.AddEditorAudit();
builder.Services.AddCatalogApiDocument();
// One convention guards the editors' folder; a page added there cannot forget it.
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Admin", Roles.EditorPolicy);
    options.Conventions.AddPageRoute("/Admin/Changes/Index", "admin/history/{type}/{id:int}");
})
    // Forms are checked on the server only; without client validation an empty summary is not rendered
    // as the hidden <li style="display:none"> that the CSP (no inline style) refuses.
    .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
builder.Services.AddPublicCaching(builder.Configuration);
// Changes committed by other instances and the command line evict this instance's caches too.
builder.Services.AddHostedService<CatalogueChangeWatch>();
// Native memory freed after the JIT recompiles hot methods goes back to the system (README, "Page speed": RSS).
builder.Services.AddHostedService<NativeMemoryTrim>();
builder.Services.AddShareCards();
builder.Services.AddSiteUrls();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

await DatabaseStartup.PrepareAsync(app.Services, seed: app.Configuration.GetValue("Seeds:ImportWhenEmpty", true));

// First: everything after sees the client's address, scheme and host that a known proxy forwarded.
app.UseForwardedHeaders();
// A page the output cache has answered before is answered here again, as it went out (headers and bytes), by nothing else.
app.UsePreparedHits(app.Environment);
app.UseHostPrefixedCookies();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/Error/{0}");
app.UseErrorPagesAsGet();
app.UseRequestLogging(app.Environment);
app.UsePublicCompression();
app.UseHeadAsGet();
// Before routing and authentication, so a page answered from the cache runs neither. A request carrying the editors'
// session cookie is never served or stored (PublicCaching), so signed-in editors still never see a cached page.
app.UseOutputCache();
app.MarkPastOutputCache();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
// After authorization, so an anonymous request to an editors' page is sent to sign in whatever its method.
app.UsePageMethods();
app.UseReadableForms();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapFeeds();
app.MapShareCards();
app.MapEntityFeeds();
app.MapCatalogApi();
app.MapExport();
app.MapOpenApi();
app.MapHealthChecks("/health");

await app.RunAsync();
return 0;

/// <summary>Entry point marker for WebApplicationFactory in the tests.</summary>
public partial class Program;
