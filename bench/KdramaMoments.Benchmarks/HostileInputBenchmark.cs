using System.Diagnostics;
using System.Globalization;
using System.Text;
using KdramaMoments.Web.Importing;

/// <summary>
/// How long the parser takes on hostile text: one enormous paragraph, a huge paste, deeply nested quotes and
/// parentheses, other scripts' digits. Reports the median of five parses and the time per 100 KB; the aim is
/// "well under a second per 100 KB" with no crash.
/// Usage: dotnet run -c Release --project bench/KdramaMoments.Benchmarks -- hostile
/// </summary>
internal static class HostileInputBenchmark
{
    public static int Run()
    {
        var cases = new (string Name, string Text)[]
        {
            ("a 256 KiB paragraph", Article(LongParagraph(256 * 1024))),
            ("a 1 MiB paragraph", Article(LongParagraph(1024 * 1024))),
            ("a 1 MiB line of one word", Article(new string('a', 1024 * 1024))),
            ("a 1 MiB line of capitalised words", CoupleHeadings(Repeat("Harbour Lights Of The ", 1024 * 1024))),
            ("a ranked line and 1 MiB of spaces", Article("4. Moonlit" + new string(' ', 1024 * 1024) + "Harbour")),
            ("a 450 KB paste of real items", Paste(450 * 1000)),
            ("a 450 KB pipe table of items", Table(450 * 1000)),
            ("a 1 MiB line of table cells", Article(Repeat("| Goblin | 2016 ", 1024 * 1024))),
            ("a 1 MiB line of counters", Article(Repeat("CLIP 3 · 00:41:10 ", 1024 * 1024))),
            ("100 KB of nested quotes", Article(Nested("“‘\"(", 25_000) + Nested("”’\")", 25_000))),
            ("100 KB of parentheses and names", Article(Repeat("(Kim (Lee (Park Bo-gum ", 100 * 1024))),
            ("full-width and Arabic-Indic digits", FullWidth()),
            ("100 KB of digits and NUL", Article(Repeat("１２３٤٥\0 ", 100 * 1024))),
        };
        Console.WriteLine($"{"input",-36} {"KB",8} {"median ms",10} {"ms/100KB",9}  outcome");
        foreach (var (name, text) in cases)
        {
            var times = new List<double>();
            string outcome = string.Empty;
            for (var round = 0; round < 5; round++)
            {
                var watch = Stopwatch.StartNew();
                var (article, error) = ArticleParser.Parse(text);
                times.Add(watch.Elapsed.TotalMilliseconds);
                outcome = article is null ? $"refused: {error}" : $"{article.Items.Count} items";
            }
            times.Sort();
            var kb = Encoding.UTF8.GetByteCount(text) / 1000.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {kb,8:0} {times[2],10:0.0} {times[2] / kb * 100,9:0.0}  {outcome[..Math.Min(outcome.Length, 90)]}"));
        }
        return 0;
    }

    private const string Body = "Ri Jeong-hyeok (Hyun Bin) crawls through the tunnel for Yoon Se-ri (Son Ye-jin), and she says, “I found you.”";

    private static string Article(string hostileParagraph) =>
        $"Ten moments\n\nAn introduction that sets up the list in one long sentence for the reader.\n\n1. Crash Landing on You\n\n{Body}\n\n{hostileParagraph}\n\n2. Goblin\n\n{Body}\n\n3. Healer\n\n{Body}\n";

    // Headings that name only a couple: the drama is read from the title the first paragraph dates (the dated-title pattern).
    private static string CoupleHeadings(string hostileParagraph) =>
        $"Co-stars who fell for each other\n\nBaek Do-yun and Choi Ha-eun\n\n{hostileParagraph}\n\nSeo Min-gyu and Yoon Ara\n\n" +
        "They met as leads of the rowing drama Eight Oars at Dawn (2017), she as the cox Jin Seol and he as the stroke Go Tae-san.\n\n" +
        "Kang Jae-won and Lim So-hee\n\nBoth were newcomers when Crumbs on Sunday (2020) cast them as the baker Yu Dan and the regular Ahn Pil.\n";

    private static string LongParagraph(int length)
    {
        var words = new[] { "Kim", "Shin", "(Gong", "Yoo)", "said", "“I", "love", "you.”", "played", "by", "Lee", "Min-ho", "as", "Gu", "Jun-pyo", "in", "episode", "12,", "'Goblin'", "(2016)", "and", "Starring" };
        var sb = new StringBuilder(length + 16);
        for (var i = 0; sb.Length < length; i++)
        {
            sb.Append(words[i * 7 % words.Length]).Append(' ');
        }
        return sb.ToString();
    }

    private static string Paste(int length)
    {
        var sb = new StringBuilder("A very long list\n\nAn introduction that sets up the list in one long sentence for the reader.\n\n");
        for (var n = 1; sb.Length < length; n++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{n}. Crash Landing on You\n\n{Body} {Body}\n\nShe answers, “You came all this way for me?” and he nods.\n\n");
        }
        return sb.ToString();
    }

    private static string Table(int length)
    {
        var sb = new StringBuilder("A very long tracker\n\n| # | Moment | Drama | Couple | Ep | Quote |\n|---|---|---|---|---|---|\n");
        for (var n = 1; sb.Length < length; n++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {n} | The tunnel, take {n} | Crash Landing on You | Ri Jeong-hyeok & Yoon Se-ri | {n % 16 + 1} | You came all this way for me? |\n");
        }
        return sb.ToString();
    }

    private static string FullWidth() =>
        "Moments\n\nAn introduction that sets up the list in one long sentence for the reader.\n\n" +
        string.Concat(Enumerable.Range(1, 9).Select(n => $"{(char)('０' + n)}. Crash Landing on You\n\n{Body}\n\n٣. {Body}\n\n"));

    private static string Nested(string marks, int count) => Repeat(marks, count * marks.Length);

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length)
        {
            sb.Append(unit);
        }
        return sb.ToString();
    }
}
