using System.Text.Json;
using Microsoft.Playwright;

namespace KdramaMoments.BrowserTests;

/// <summary>axe-core (from npm, in node_modules) injected into the page and run there.</summary>
public static class Axe
{
    private static readonly string Script = File.ReadAllText(Path.Combine(BrowserSite.RepositoryRoot, "tests", "KdramaMoments.BrowserTests", "node_modules", "axe-core", "axe.min.js"));

    public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Targets);

    /// <summary>The WCAG 2.x A/AA violations axe finds on the current page.</summary>
    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
                return result.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }));
            }
            """);
        return json.EnumerateArray().Select(v => new Violation(
            v.GetProperty("id").GetString()!, v.GetProperty("impact").GetString()!, v.GetProperty("help").GetString()!,
            v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList())).ToList();
    }

    public static string Describe(IEnumerable<Violation> violations) =>
        string.Join("\n", violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} — {string.Join(", ", v.Targets.Take(5))}"));
}
