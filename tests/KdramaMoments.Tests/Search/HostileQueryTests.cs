using System.Net;
using System.Text.Json;

namespace KdramaMoments.Tests.Search;

/// <summary>No input makes search fail: FTS5 syntax, SQL, long and control-character strings all answer 200.</summary>
public sealed class HostileQueryTests(SeededSite site) : IClassFixture<SeededSite>
{
    public static IReadOnlyList<string> Queries()
    {
        var fts = new[]
        {
            "\"", "\"\"", "\"goblin", "goblin\"", "'", "''", "*", "**", "go*", "*go", "-", "--", "-goblin", "goblin -kiss", "+", "^", "^goblin",
            ":", "title:goblin", "names:", "names : goblin", "{names quotes}: kiss", "(", ")", "()", "(goblin", "goblin)", "((((", "))))",
            "AND", "OR", "NOT", "NEAR", "AND OR NOT", "goblin AND", "OR goblin", "NOT goblin", "goblin NOT kiss", "NEAR(goblin kiss)",
            "NEAR(goblin kiss, 2)", "NEAR/3", "goblin NEAR/2 kiss", "a OR b AND c NOT d", "\"goblin\" OR \"kiss\"", "col:", "rank:", "rowid:1",
            "*:*", "\"*\"", "[", "]", "{", "}", "{}", "|", "&", "&&", "||", "!", "~", "@", "#", "$", "%", "%%", "_", "\\", "\\\\", "/", "//",
            ",", ";", ";;", "=", "<>", "<=", "goblin*kiss", "g\"o\"b", "\" OR 1=1 --",
        };
        var sql = new[]
        {
            "' OR '1'='1", "' OR 1=1 --", "1; DROP TABLE Dramas; --", "'; DELETE FROM search_entries; --", "\" OR \"\"=\"", "admin'--",
            "1' UNION SELECT sqlite_version() --", "' UNION SELECT name FROM sqlite_master --", "1 AND 1=2", "%' AND '%'='", "') OR ('a'='a",
            "'; ATTACH DATABASE '/tmp/x.db' AS x; --", "CASE WHEN 1 THEN 1 END", "randomblob(1000000000)", "zeroblob(99999999)", "char(0)",
            "SELECT * FROM Moments", "\\'; --", "%00", "' || (SELECT 1) || '", "1e309", "-1", "0x41",
        };
        var strange = new[]
        {
            new string('a', 5000), new string('*', 2000), string.Concat(Enumerable.Repeat("goblin ", 800)), string.Concat(Enumerable.Repeat("\" ", 500)),
            string.Concat(Enumerable.Repeat("OR ", 500)), string.Concat(Enumerable.Repeat("(", 1000)), "\0", "go\0blin", "\u0001\u0002\u0003",
            "\t\n\r", "\u001b[31mred", "\u200b", "\u200bgoblin\u200b", "\uFEFF", "\u202Egoblin", "\uD83D\uDE00", "😀 goblin", "\uD800", "\uDFFF",
            "도깨비", "사랑의 불시착", "Ǵöḃĺïñ", "ﬁ", "İstanbul", "ß", "   ", "", "\u00A0", "%E2%80%99", "&amp;", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${7*7}", "../../etc/passwd", "null", "undefined", "NaN",
        };
        return [.. fts, .. sql, .. strange];
    }

    [Fact]
    public async Task HostileQueries_AnswerOkOnPageAndApi()
    {
        var queries = Queries();
        Assert.True(queries.Count >= 100, $"{queries.Count} queries");
        var client = site.Factory.CreateClient();
        var failures = new List<string>();
        foreach (var q in queries)
        {
            var escaped = Uri.EscapeDataString(q);
            foreach (var url in new[] { $"/search?q={escaped}", $"/api/search?q={escaped}", $"/search?q={escaped}&kind={escaped}&tag={escaped}&drama={escaped}&year={escaped}&page={escaped}", $"/api/search/suggest?q={escaped}" })
            {
                var response = await client.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{(int)response.StatusCode} {url[..Math.Min(url.Length, 80)]}");
                }
                else if (url.StartsWith("/api/search?", StringComparison.Ordinal))
                {
                    using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    Assert.True(json.RootElement.TryGetProperty("groups", out _));
                }
            }
        }
        Assert.Empty(failures);
        // And the catalogue is intact afterwards.
        var dramas = await client.GetDocumentAsync("/dramas");
        Assert.Equal(28, dramas.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("/dramas/goblin", (await client.GetDocumentAsync("/search?q=goblin")).QuerySelector("#group-drama + ol a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ScriptInTheQuery_IsShownAsText()
    {
        var page = await site.Factory.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}
