using KdramaMoments.Web.Accounts;
using KdramaMoments.Web.Api;
using KdramaMoments.Web.Cli;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Exporting;
using KdramaMoments.Web.Feeds;
using KdramaMoments.Web.Health;
using KdramaMoments.Web.Hosting;
using KdramaMoments.Web.Importing;
using KdramaMoments.Web.Search;
using Serilog;

// A command ("import", "export", …) runs and exits; anything else serves the site.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services));

// No "Server: Kestrel" header: nothing to gain from telling.
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);

builder.Services.AddKdramaData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddKdramaAccounts(builder.Configuration);
builder.Services.AddKdramaImporting();
builder.Services.AddScoped<SiteSearch>();
builder.Services.AddSingleton<NameVocabulary>();
builder.Services.AddOpenApi();
// One convention guards the editors' folder; a page added there cannot forget it.
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Admin", Roles.EditorPolicy);
    options.Conventions.AddPageRoute("/Admin/Changes/Index", "admin/history/{type}/{id:int}");
});
builder.Services.AddPublicCaching(builder.Configuration);
// Hangul, curly quotes and accents are written as characters, not entities; HTML-special characters are still encoded.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
    options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

await DatabaseStartup.PrepareAsync(app.Services, seed: app.Configuration.GetValue("Seeds:ImportWhenEmpty", true));

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/Error/{0}");
app.UseSerilogRequestLogging();
app.UsePublicCompression();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
// After authentication, so signed-in editors are never served (or stored as) a cached page.
app.UseOutputCache();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapFeeds();
app.MapEntityFeeds();
app.MapCatalogApi();
app.MapExport();
app.MapOpenApi();
app.MapHealthChecks("/health");

await app.RunAsync();
return 0;

/// <summary>Entry point marker for WebApplicationFactory in the tests.</summary>
public partial class Program;
