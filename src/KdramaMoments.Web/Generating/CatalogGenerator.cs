using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Markdown;
using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KdramaMoments.Web.Generating;

public sealed record GeneratorOptions(int Moments, int Dramas, int Actors, int Seed = 20261122);

public sealed record GeneratorReport(int Dramas, int Actors, int Characters, int Moments, int Quotes, int Articles, int Sources, long SearchEntries);

/// <summary>
/// Fills a database with synthetic but realistic volume for load and search benchmarks: romanised
/// Korean names (with spelling variants as aliases), drama titles, moments with quotes, tropes and
/// sources. Rows are written with prepared SQL in one transaction (EF's change tracker would take
/// minutes at 100,000 moments), descriptions with their stored HTML, under SQLite settings for a bulk load
/// (<see cref="SqliteBulkLoad"/>, the list-order indexes set aside until the end: <see cref="DeferredIndexes"/>); the stored
/// counts and the search index are then computed once, from all of them.
/// </summary>
public static class CatalogGenerator
{
    private static readonly string[] Surnames = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Hong", "Yoo", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Ha", "Gong", "Byeon", "Cha", "Ji"];
    private static readonly string[] Syllables = ["ji", "min", "seo", "ha", "yeon", "woo", "hyun", "jun", "soo", "eun", "bin", "hye", "jin", "tae", "young", "ho", "seok", "jae", "sung", "kyung", "na", "ra", "yoon", "bo", "do", "in", "joo", "hee", "won", "gi", "chan", "dong", "hwa", "mi", "so", "ye", "rin", "kyu", "geon", "jeong", "hyeok", "sol", "ri", "shin", "yeol", "hoon"];
    private static readonly string[] Adjectives = ["Secret", "Beautiful", "Lonely", "Strong", "Crazy", "Hidden", "Midnight", "Summer", "Winter", "Lovely", "Wonderful", "Shining", "Reckless", "Brilliant", "Silent", "Golden", "Fated", "Last", "First", "Hundred-Year", "Blue", "Crimson", "Gentle", "Wild"];
    private static readonly string[] Nouns = ["Garden", "Moon", "Star", "Runner", "Doctor", "Prince", "Heiress", "Letter", "Season", "Promise", "Melody", "Contract", "Detective", "Chef", "Lawyer", "Spring", "Island", "Bridge", "Train", "Ghost", "Goblin", "Witch", "Palace", "Café", "Hotel", "Umbrella", "Tunnel", "Lighthouse", "Rooftop", "Diary"];
    private static readonly string[] Places = ["Seoul", "Jeju", "Busan", "the Palace", "Gangnam", "the Village", "the Hospital", "the Han River", "Paris", "the Office", "High School", "the Rooftop"];
    private static readonly (string Title, string Description, string[] Tags)[] Scenes =
    [
        ("{A} confesses to {B} on the rooftop", "Under the city lights {A} finally tells {B} the truth after hiding it for {n} episodes.", ["confession"]),
        ("{A} carries {B} on a piggyback ride", "{B} twists an ankle on the hiking trail, so {A} carries {B} all the way down the mountain.", ["piggyback", "comedy"]),
        ("{A} and {B} share an umbrella in the rain", "Caught in a sudden downpour, {A} holds the umbrella over {B} and gets soaked to the bone.", ["rain", "umbrella"]),
        ("{A} saves {B} from the speeding truck", "{A} pulls {B} out of the road a second before the truck passes, and neither lets go.", ["rescue", "danger"]),
        ("The first kiss of {A} and {B}", "After a long night of misunderstandings {A} kisses {B} by the river under the first snow.", ["kiss", "snow"]),
        ("{A} waits for {B} at the train station", "Years later {A} still waits on the same platform, and {B} finally steps off the train.", ["reunion", "tears"]),
        ("{A} gives up everything for {B}", "To protect {B}, {A} walks away from the family fortune and the company.", ["sacrifice", "grand-gesture"]),
        ("{A} proposes to {B} with a paper ring", "On the beach at dawn {A} kneels with a ring folded from a receipt and {B} laughs and cries at once.", ["proposal", "grand-gesture"]),
        ("{A} gets jealous of {B}'s blind date", "{A} follows {B} to the blind date in a terrible disguise and knocks over the table.", ["jealousy", "comedy"]),
        ("{A} says goodbye to {B} at the airport", "{A} lets {B} go to study abroad and breaks down only after the plane takes off.", ["farewell", "tears"]),
        ("{A} hugs {B} from behind", "In the quiet kitchen {A} wraps both arms around {B} and says nothing at all.", ["back-hug", "hug"]),
        ("{A} and {B} on their first date", "The date goes wrong in every possible way, which is exactly why {B} falls for {A}.", ["date", "comedy"]),
    ];
    private static readonly string[] Quotes =
    [
        "I didn’t know I could love someone this much.", "Don't go. Stay with me just for today.", "You are my first love and my last.",
        "If I end up dying to save you, I’ll be fine with that.", "I'll find you, no matter how many lifetimes it takes.", "Why do you keep appearing in my dreams?",
        "Let's just be happy. Only happy.", "I like you. I really, really like you.", "Even if the world ends tomorrow, I'll be next to you.",
        "You taught me everything, except how to say goodbye.", "Was it you all along?", "Every day with you was a gift.",
        "Hold my hand and don't let go.", "I missed you. Every single day.", "You're the only one who sees me.", "Shall we walk in the rain a little longer?",
    ];

    private const string PlaceSentence = " It happens in {P}.";

    // A description's stored HTML (see StoredHtml) is its scene's template rendered once, names and place filled in
    // encoded: they hold no Markdown, so this is what rendering each description gives (a test compares them), at a
    // fraction of the cost (rendering and sanitising every one took a fifth of the run).
    private static readonly string[] SceneHtml = [.. Scenes.Select(s => MarkdownRenderer.ToSafeHtml(s.Description + PlaceSentence))];

    // The encoder is the site's: the kept co-star map's markup is written with it (CoStars.KeptCoStarMap).
    public static async Task<GeneratorReport> GenerateAsync(KdramaDbContext db, HtmlEncoder encoder, GeneratorOptions options, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            GeneratorReport report;
            await using (var bulkLoad = db.Database.IsSqlite() ? await SqliteBulkLoad.StartAsync(db.Database.GetDbConnection(), cancellationToken) : null)
            {
                report = await LoadAsync(db, encoder, options, cancellationToken);
            }
            return report with { SearchEntries = await db.SearchStore.CountAsync(db, cancellationToken) };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Writes the rows in one transaction, then what is computed from them: stored counts and the search index.</summary>
    private static async Task<GeneratorReport> LoadAsync(KdramaDbContext db, HtmlEncoder encoder, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var now = DateTime.UtcNow;
        var connection = db.Database.GetDbConnection();
        await using var transaction = await db.BeginCatalogueWriteAsync(cancellationToken);
        var sql = new Sql(connection, transaction.GetDbTransaction(), positional: !db.Database.IsSqlite());
        var deferredIndexes = db.Database.IsSqlite() ? await DeferredIndexes.DropAsync(db, cancellationToken) : null;

        var tagIds = await EnsureTagsAsync(db, sql, cancellationToken);
        var slugs = await ExistingSlugsAsync(db, cancellationToken);
        var next = new NextIds(
            await NextIdAsync(db, "Dramas", cancellationToken), await NextIdAsync(db, "Actors", cancellationToken), await NextIdAsync(db, "Characters", cancellationToken),
            await NextIdAsync(db, "Moments", cancellationToken), await NextIdAsync(db, "Articles", cancellationToken));

        // Actors: popular ones get more roles, so the co-star network has hubs like the real one.
        var actorIds = new List<int>(options.Actors);
        var actorNames = new Dictionary<int, string>();
        for (var i = 0; i < options.Actors; i++)
        {
            var id = next.Actor++;
            var name = $"{Pick(random, Surnames)} {GivenName(random)}";
            actorNames[id] = name;
            await sql.RunAsync("INSERT INTO \"Actors\" (\"Id\", \"Slug\", \"Name\", \"NormalizedName\", \"Version\", \"CreatedAt\") VALUES ($1, $2, $3, $4, 1, $5)",
                cancellationToken, id, UniqueSlug(slugs.Actors, name), name, Names.Normalize(name), now);
            if (random.NextDouble() < 0.15)
            {
                var alias = Variant(name);
                await sql.RunAsync("INSERT INTO \"ActorAliases\" (\"ActorId\", \"Name\", \"NormalizedName\") VALUES ($1, $2, $3)", cancellationToken, id, alias, Names.Normalize(alias));
            }
            actorIds.Add(id);
        }

        int characters = 0, moments = 0, quotes = 0;
        var momentIds = new List<(int Id, string Title, string Description)>(options.Moments);
        for (var d = 0; d < options.Dramas; d++)
        {
            var dramaId = next.Drama++;
            var title = DramaTitle(random);
            // No synopsis: its stored HTML is empty, as a save would store it.
            await sql.RunAsync("INSERT INTO \"Dramas\" (\"Id\", \"Slug\", \"Title\", \"NormalizedTitle\", \"Year\", \"SynopsisHtml\", \"Version\", \"CreatedAt\") VALUES ($1, $2, $3, $4, $5, '', 1, $6)",
                cancellationToken, dramaId, UniqueSlug(slugs.Dramas, title), title, Names.Normalize(title), 1998 + random.Next(28), now);
            if (random.NextDouble() < 0.2)
            {
                var alias = $"{Pick(random, Adjectives)} {title}";
                await sql.RunAsync("INSERT INTO \"DramaAliases\" (\"DramaId\", \"Name\", \"NormalizedName\") VALUES ($1, $2, $3)", cancellationToken, dramaId, alias, Names.Normalize(alias));
            }
            // Two leads and two second leads, each played by an actor.
            var cast = new List<(int Id, string Name)>();
            for (var c = 0; c < 4; c++)
            {
                var characterId = next.Character++;
                var name = $"{Pick(random, Surnames)} {GivenName(random)}";
                var actorId = actorIds[(int)(Math.Pow(random.NextDouble(), 2.2) * actorIds.Count)];
                await sql.RunAsync("INSERT INTO \"Characters\" (\"Id\", \"Slug\", \"Name\", \"NormalizedName\", \"DramaId\", \"ActorId\", \"Version\", \"CreatedAt\") VALUES ($1, $2, $3, $4, $5, $6, 1, $7)",
                    cancellationToken, characterId, UniqueSlug(slugs.Characters, name), name, Names.Normalize(name), dramaId, actorId, now);
                cast.Add((characterId, name));
                characters++;
            }
            // Moments spread over the dramas (the remainder goes to the first ones).
            var count = (options.Moments / options.Dramas) + (d < options.Moments % options.Dramas ? 1 : 0);
            for (var m = 0; m < count; m++)
            {
                var momentId = next.Moment++;
                var (a, b) = random.NextDouble() < 0.75 ? (cast[0], cast[1]) : (cast[2], cast[random.Next(2)]);
                var sceneIndex = random.Next(Scenes.Length);
                var scene = Scenes[sceneIndex];
                var momentTitle = Fill(scene.Title, a.Name, b.Name, 3 + random.Next(12), "");
                var (n, place) = (3 + random.Next(12), Pick(random, Places));
                var description = Fill(scene.Description + PlaceSentence, a.Name, b.Name, n, place);
                var descriptionHtml = Fill(SceneHtml[sceneIndex], WebUtility.HtmlEncode(a.Name), WebUtility.HtmlEncode(b.Name), n, WebUtility.HtmlEncode(place));
                await sql.RunAsync("INSERT INTO \"Moments\" (\"Id\", \"Slug\", \"Title\", \"DramaId\", \"Description\", \"DescriptionHtml\", \"Episode\", \"Version\", \"CreatedAt\") VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8)",
                    cancellationToken, momentId, UniqueSlug(slugs.Moments, momentTitle), momentTitle, dramaId, description, descriptionHtml, 1 + random.Next(16), now);
                await sql.RunAsync("INSERT INTO \"MomentCharacters\" (\"CharactersId\", \"MomentsId\") VALUES ($1, $2)", cancellationToken, a.Id, momentId);
                await sql.RunAsync("INSERT INTO \"MomentCharacters\" (\"CharactersId\", \"MomentsId\") VALUES ($1, $2)", cancellationToken, b.Id, momentId);
                foreach (var tag in scene.Tags.Where(tagIds.ContainsKey))
                {
                    await sql.RunAsync("INSERT INTO \"MomentTags\" (\"MomentsId\", \"TagsId\") VALUES ($1, $2)", cancellationToken, momentId, tagIds[tag]);
                }
                var quoteCount = random.Next(3);
                for (var q = 0; q < quoteCount; q++)
                {
                    await sql.RunAsync("INSERT INTO \"Quotes\" (\"MomentId\", \"Position\", \"Text\") VALUES ($1, $2, $3)", cancellationToken, momentId, q + 1, Quotes[random.Next(Quotes.Length)]);
                    quotes++;
                }
                momentIds.Add((momentId, momentTitle, description));
                moments++;
            }
        }

        // Articles: lists of ten moments each, about one per ten moments.
        int articles = 0, sources = 0;
        for (var i = 0; i < Math.Max(1, options.Moments / 10); i++)
        {
            var articleId = next.Article++;
            var title = $"Top 10 {Pick(random, Adjectives)} K-Drama Moments, Volume {i + 1}";
            await sql.RunAsync("INSERT INTO \"Articles\" (\"Id\", \"Slug\", \"FileName\", \"Title\", \"Text\", \"ContentHash\", \"ItemCount\", \"ImportedAt\", \"Version\") VALUES ($1, $2, $3, $4, $5, $6, 10, $7, 1)",
                cancellationToken, articleId, UniqueSlug(slugs.Articles, $"generated-{options.Seed}-{i}"), $"generated_{options.Seed}_{i}.txt", title, title, $"generated-{options.Seed}-{i}", now);
            articles++;
            foreach (var (position, moment) in Enumerable.Range(1, 10).Zip(Enumerable.Range(0, 10).Select(_ => momentIds[random.Next(momentIds.Count)]).DistinctBy(x => x.Id)))
            {
                await sql.RunAsync("INSERT INTO \"Sources\" (\"MomentId\", \"ArticleId\", \"Position\", \"Rank\", \"Heading\", \"Excerpt\") VALUES ($1, $2, $3, $3, $4, $5)",
                    cancellationToken, moment.Id, articleId, position, moment.Title, moment.Description);
                sources++;
            }
        }

        if (!db.Database.IsSqlite())
        {
            await AdvanceIdentitiesAsync(db, cancellationToken);
        }
        await StoredCounts.RefreshAllAsync(db, cancellationToken);
        await CoStars.KeptCoStarMap.RefreshAsync(db, encoder, cancellationToken);
        if (deferredIndexes is not null)
        {
            await deferredIndexes.CreateAsync(cancellationToken);
        }
        await SearchIndexer.RebuildAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new GeneratorReport(options.Dramas, options.Actors, characters, moments, quotes, articles, sources, SearchEntries: 0);
    }

    private sealed class NextIds(int drama, int actor, int character, int moment, int article)
    {
        public int Drama = drama, Actor = actor, Character = character, Moment = moment, Article = article;
    }

    private sealed record SlugSets(HashSet<string> Dramas, HashSet<string> Actors, HashSet<string> Characters, HashSet<string> Moments, HashSet<string> Articles);

    // Rows were written with their ids, past PostgreSQL's identity sequences: the next row EF adds must not reuse one.
    private const string AdvanceIdentities = """
            SELECT setval(pg_get_serial_sequence('"Dramas"', 'Id'), (SELECT COALESCE(max("Id"), 0) + 1 FROM "Dramas"), false);
            SELECT setval(pg_get_serial_sequence('"Actors"', 'Id'), (SELECT COALESCE(max("Id"), 0) + 1 FROM "Actors"), false);
            SELECT setval(pg_get_serial_sequence('"Characters"', 'Id'), (SELECT COALESCE(max("Id"), 0) + 1 FROM "Characters"), false);
            SELECT setval(pg_get_serial_sequence('"Moments"', 'Id'), (SELECT COALESCE(max("Id"), 0) + 1 FROM "Moments"), false);
            SELECT setval(pg_get_serial_sequence('"Articles"', 'Id'), (SELECT COALESCE(max("Id"), 0) + 1 FROM "Articles"), false);
            SELECT setval(pg_get_serial_sequence('"Tags"', 'Id'), (SELECT COALESCE(max("Id"), 0) + 1 FROM "Tags"), false);
            """;

    private static async Task AdvanceIdentitiesAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(AdvanceIdentities, cancellationToken);

    /// <summary>
    /// One prepared command per statement text, reused for every row. Parameters are <c>$1</c>, <c>$2</c>…: named so on
    /// SQLite, positional (unnamed) on PostgreSQL.
    /// </summary>
    private sealed class Sql(DbConnection connection, DbTransaction transaction, bool positional)
    {
        private readonly Dictionary<string, DbCommand> commands = [];

        public async Task RunAsync(string text, CancellationToken cancellationToken, params object?[] values)
        {
            if (!commands.TryGetValue(text, out var command))
            {
                command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = text;
                for (var i = 1; i <= values.Length; i++)
                {
                    if (text.Contains($"${i}", StringComparison.Ordinal))
                    {
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = positional ? "" : $"${i}";
                        command.Parameters.Add(parameter);
                    }
                }
                if (!positional)
                {
                    command.Prepare(); // Npgsql would need every parameter's type first
                }
                commands[text] = command;
            }
            for (var i = 0; i < command.Parameters.Count; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<Dictionary<string, int>> EnsureTagsAsync(KdramaDbContext db, Sql sql, CancellationToken cancellationToken)
    {
        var wanted = Scenes.SelectMany(s => s.Tags).Distinct().ToList();
        var existing = await db.Tags.AsNoTracking().ToDictionaryAsync(t => t.Slug, t => t.Id, cancellationToken);
        var nextId = await NextIdAsync(db, "Tags", cancellationToken);
        foreach (var slug in wanted.Where(s => !existing.ContainsKey(s)))
        {
            await sql.RunAsync("INSERT INTO \"Tags\" (\"Id\", \"Slug\", \"Name\", \"Version\") VALUES ($1, $2, $3, 1)", cancellationToken, nextId, slug, slug.Replace('-', ' '));
            existing[slug] = nextId++;
        }
        return existing;
    }

    private static async Task<SlugSets> ExistingSlugsAsync(KdramaDbContext db, CancellationToken cancellationToken) => new(
        (await db.Dramas.Select(x => x.Slug).ToListAsync(cancellationToken)).ToHashSet(),
        (await db.Actors.Select(x => x.Slug).ToListAsync(cancellationToken)).ToHashSet(),
        (await db.Characters.Select(x => x.Slug).ToListAsync(cancellationToken)).ToHashSet(),
        (await db.Moments.Select(x => x.Slug).ToListAsync(cancellationToken)).ToHashSet(),
        (await db.Articles.Select(x => x.Slug).ToListAsync(cancellationToken)).ToHashSet());

    private static async Task<int> NextIdAsync(KdramaDbContext db, string table, CancellationToken cancellationToken) => 1 + table switch
    {
        "Dramas" => await db.Dramas.MaxAsync(x => (int?)x.Id, cancellationToken) ?? 0,
        "Actors" => await db.Actors.MaxAsync(x => (int?)x.Id, cancellationToken) ?? 0,
        "Characters" => await db.Characters.MaxAsync(x => (int?)x.Id, cancellationToken) ?? 0,
        "Moments" => await db.Moments.MaxAsync(x => (int?)x.Id, cancellationToken) ?? 0,
        "Articles" => await db.Articles.MaxAsync(x => (int?)x.Id, cancellationToken) ?? 0,
        _ => await db.Tags.MaxAsync(x => (int?)x.Id, cancellationToken) ?? 0,
    };

    private static string UniqueSlug(HashSet<string> taken, string text)
    {
        var slug = Names.Slugify(text);
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }

    private static string GivenName(Random random)
    {
        var first = Pick(random, Syllables);
        var second = Pick(random, Syllables);
        var name = char.ToUpperInvariant(first[0]) + first[1..];
        // Both spellings occur in the wild: "Ji-won" and "Ji Won".
        return random.NextDouble() < 0.5 ? $"{name}-{second}" : $"{name} {char.ToUpperInvariant(second[0])}{second[1..]}";
    }

    /// <summary>Another romanisation of the same name: hyphens dropped, or eo/u swapped.</summary>
    private static string Variant(string name) =>
        name.Contains('-', StringComparison.Ordinal) ? name.Replace("-", "", StringComparison.Ordinal)
        : name.Contains("eo", StringComparison.Ordinal) ? name.Replace("eo", "u", StringComparison.Ordinal)
        : name.Replace(' ', '-');

    private static string DramaTitle(Random random) => random.Next(5) switch
    {
        0 => $"{Pick(random, Adjectives)} {Pick(random, Nouns)}",
        1 => $"The {Pick(random, Nouns)} of {Pick(random, Places)}",
        2 => $"My {Pick(random, Adjectives)} {Pick(random, Nouns)}",
        3 => $"{Pick(random, Nouns)} in {Pick(random, Places)}",
        _ => $"When the {Pick(random, Nouns)} Falls",
    };

    private static string Fill(string template, string a, string b, int n, string place) =>
        template.Replace("{A}", a, StringComparison.Ordinal).Replace("{B}", b, StringComparison.Ordinal)
            .Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{P}", place, StringComparison.Ordinal);

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
