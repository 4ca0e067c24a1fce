using System.Security.Cryptography;
using System.Text;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Resolves a parsed article against the catalogue: finds what already exists (by normalised
/// name, alias, shared cast, same actor in the same drama, same scene) and creates the rest.
/// Works on the in-memory <see cref="Catalog"/>; persisting is the importer's job. Before it changes an
/// entity that already existed it calls <paramref name="changing"/>, so the importer can record the before state.
/// </summary>
public sealed class CatalogResolver(Catalog catalog, DateTime now, Action<object>? changing = null)
{
    // Tropes concrete enough that two articles naming one of them in the same scene mean the same scene.
    private static readonly HashSet<string> ActionTags = ["kiss", "hug", "confession", "rescue", "proposal", "reunion", "farewell", "piggyback"];

    public List<object> Created { get; } = [];

    // The item being resolved: the steps that decide by a rule note their doubts on it for the preview.
    private ItemOutcome? current;

    // Only what the database already holds has a before state; entities made earlier in this import have none.
    private void Changing(object entity, int id)
    {
        if (id != 0)
        {
            changing?.Invoke(entity);
        }
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public Article Resolve(string fileName, string text, ParsedArticle parsed, FileReport report)
    {
        var article = new Article
        {
            Slug = catalog.ArticleSlugs.Unique(Path.GetFileNameWithoutExtension(fileName)),
            FileName = fileName,
            Title = parsed.Title,
            Text = text,
            ContentHash = Hash(text),
            ItemCount = parsed.Items.Count,
            ImportedAt = now,
        };
        catalog.ArticleHashes.Add(article.ContentHash);
        Created.Add(article);

        foreach (var item in parsed.Items)
        {
            ResolveItem(article, item, report);
        }
        return article;
    }

    private void ResolveItem(Article article, ParsedItem item, FileReport report)
    {
        current = new ItemOutcome(item.Position);
        current.Doubts.AddRange(item.Doubts);
        report.ItemOutcomes.Add(current);
        var actors = new Dictionary<string, Actor>();
        foreach (var name in item.Cast.Select(c => c.Actor).OfType<string>().DistinctBy(Names.Normalize))
        {
            actors[Names.Normalize(name)] = ResolveActor(name, report);
        }

        var drama = ResolveDrama(item.Drama, actors.Values.ToList(), report);

        var people = new Dictionary<string, Character>();
        foreach (var credit in item.Cast)
        {
            var actor = credit.Actor is null ? null : actors[Names.Normalize(credit.Actor)];
            var character = credit.Character is null
                ? catalog.CharactersOf(drama).FirstOrDefault(c => actor is not null && SameActor(c, actor))
                : ResolveCharacter(drama, credit, actor, report);
            if (character is null)
            {
                continue;
            }
            foreach (var name in credit.AllNames().Append(credit.Actor).OfType<string>())
            {
                people.TryAdd(Names.Normalize(name), character);
            }
        }
        var featured = item.Featured
            .Select(n => people.GetValueOrDefault(Names.Normalize(n)))
            .OfType<Character>()
            .Distinct()
            .ToList();
        if (featured.Count < 2)
        {
            // Roles the catalogue already knows, named in full in this item ("Yoon Se-ri", "Grim Reaper").
            var text = item.Heading + "\n" + item.Excerpt;
            var notPeople = item.NotPeople.Select(Names.Normalize).ToHashSet();
            featured.AddRange(catalog.CharactersOf(drama)
                .Where(c => !featured.Contains(c) && !AllNames(c).Any(n => notPeople.Contains(Names.Normalize(n)))
                    && AllNames(c).Any(n => PersonNames.Words(n).Length >= 2 && PersonNames.MentionPattern(n).IsMatch(text))));
        }

        var tags = item.Tags.Select(t => ResolveTag(t, report)).ToList();
        var moment = FindSameScene(drama, item, featured);
        if (moment is null)
        {
            moment = new Moment
            {
                Slug = catalog.MomentSlugs.Unique(MomentTitle(item, drama)),
                Title = MomentTitle(item, drama),
                Drama = drama,
                DramaId = drama.Id,
                Description = item.Excerpt,
                Episode = item.Episode,
                CreatedAt = now,
            };
            catalog.Moments.Add(moment);
            Created.Add(moment);
            report.Created.Moments++;
            report.Changes.Add($"created moment \"{moment.Title}\" ({drama.Title})");
        }
        else
        {
            Changing(moment, moment.Id);
            report.Merged.Moments++;
            report.Changes.Add($"merged item {item.Position} into moment \"{moment.Title}\" (same scene)");
            current.Doubts.Add(new("item", $"same scene as the catalogue's moment “{moment.Title}”: this item adds its sources, quotes, tropes and people to it"));
            if (moment.Episode is null && moment.EditedAt is null)
            {
                moment.Episode = item.Episode;
            }
        }
        foreach (var character in featured.Where(c => !moment.Characters.Contains(c)))
        {
            moment.Characters.Add(character);
        }
        Describe(current, drama, moment, featured);
        foreach (var quote in item.Quotes.Where(q => !moment.Quotes.Any(x => SameQuote(x.Text, q))))
        {
            moment.Quotes.Add(new Quote { Text = quote, Position = moment.Quotes.Count + 1 });
        }
        foreach (var tag in tags.Where(t => !moment.Tags.Contains(t)))
        {
            moment.Tags.Add(tag);
        }
        moment.Sources.Add(new Source
        {
            Article = article,
            Moment = moment,
            Position = item.Position,
            Rank = item.Rank,
            Heading = item.Heading,
            Excerpt = item.Excerpt,
        });
    }

    private static void Describe(ItemOutcome outcome, Drama drama, Moment moment, IEnumerable<Character> featured)
    {
        outcome.DramaTitle = drama.Title;
        outcome.DramaSlug = drama.Slug;
        outcome.DramaIsNew = drama.Id == 0;
        outcome.DramaYear = drama.Year;
        outcome.MomentTitle = moment.Title;
        outcome.MomentSlug = moment.Slug;
        outcome.MomentIsNew = moment.Id == 0;
        outcome.People.AddRange(featured.Select(c => c.Actor is { } a ? $"{c.Name} ({a.Name})" : c.Name));
    }

    private static string MomentTitle(ParsedItem item, Drama drama)
    {
        if (!string.IsNullOrWhiteSpace(item.Title))
        {
            return item.Title;
        }
        var heading = item.Heading.Trim();
        // A heading that only names the drama makes a poor moment title; the first quote or trope says more.
        if (Names.Normalize(heading) == Names.Normalize(drama.Title) || drama.Aliases.Any(a => a.NormalizedName == Names.Normalize(heading)))
        {
            var first = item.Quotes.Count > 0 ? item.Quotes[0] : null;
            return first is not null && first.Length <= 80 ? $"{drama.Title}: “{first}”" : $"{drama.Title}: a {(item.Tags.Count > 0 ? item.Tags[0] : "moment")} scene";
        }
        return heading.Length <= 200 ? heading : heading[..197] + "…";
    }

    private Actor ResolveActor(string name, FileReport report)
    {
        var key = Names.Normalize(name);
        var actor = catalog.Actors.FirstOrDefault(a => a.NormalizedName == key || a.Aliases.Any(x => x.NormalizedName == key))
            ?? ByRomanisation(name);
        if (actor is null)
        {
            actor = new Actor { Slug = catalog.ActorSlugs.Unique(name), Name = name, NormalizedName = key, CreatedAt = now };
            catalog.Actors.Add(actor);
            IndexRomanisation(actor);
            Created.Add(actor);
            report.Created.Actors++;
            report.Changes.Add($"created actor {name}");
            current?.Doubts.Add(new("cast", $"new actor {name}: no actor in the catalogue has this name"));
            return actor;
        }
        Changing(actor, actor.Id);
        if (AddAlias(actor.Name, actor.Aliases, name, n => new ActorAlias { Name = n, NormalizedName = Names.Normalize(n), Actor = actor }))
        {
            report.Merged.Actors++;
            report.Changes.Add($"merged actor \"{name}\" into {actor.Name} (same name, other spelling)");
        }
        else
        {
            report.Matched.Actors++;
        }
        return actor;
    }

    // Actors by romanisation key ("Hyeon Bin" = "Hyun Bin", "Ku Hye-sun" = "Koo Hye-sun"), built once per import.
    private Dictionary<string, List<Actor>>? actorsByRomanisation;

    /// <summary>The one actor whose name or alias romanises to the same key; none when two different actors share it.</summary>
    private Actor? ByRomanisation(string name)
    {
        if (actorsByRomanisation is null)
        {
            actorsByRomanisation = [];
            foreach (var known in catalog.Actors)
            {
                IndexRomanisation(known);
            }
        }
        var candidates = actorsByRomanisation.GetValueOrDefault(PersonNames.RomanisationKey(name));
        return candidates is { Count: 1 } ? candidates[0] : null;
    }

    private void IndexRomanisation(Actor actor)
    {
        if (actorsByRomanisation is null)
        {
            return;
        }
        foreach (var key in actor.Aliases.Select(a => a.Name).Prepend(actor.Name).Select(PersonNames.RomanisationKey).Distinct())
        {
            var list = actorsByRomanisation.TryGetValue(key, out var found) ? found : actorsByRomanisation[key] = [];
            if (!list.Contains(actor))
            {
                list.Add(actor);
            }
        }
    }

    private Drama ResolveDrama(ParsedDrama parsed, List<Actor> actors, FileReport report)
    {
        var titles = parsed.AlternateTitles.Prepend(parsed.Title).ToList();
        var drama = titles.Select(FindDramaByTitle).OfType<Drama>().FirstOrDefault();
        var how = "same title";
        if (drama is null && titles.SelectMany(KnownDramas.OtherNames).Select(FindDramaByTitle).OfType<Drama>().FirstOrDefault() is { } known)
        {
            // "Goblin" and "Guardian: The Lonely and Great God" are one drama: the reference shelf knows both names.
            drama = known;
            how = "reference shelf";
        }
        if (drama is null && !parsed.ChosenByEditor)
        {
            // Two of the item's actors playing roles in one drama make it that drama under another title.
            drama = catalog.Dramas
                .Select(d => (Drama: d, Shared: catalog.CharactersOf(d).Select(c => c.Actor).OfType<Actor>().Distinct().Count(actors.Contains)))
                .Where(x => x.Shared >= 2)
                .OrderByDescending(x => x.Shared)
                .Select(x => x.Drama)
                .FirstOrDefault();
            how = "shared cast";
        }
        if (drama is null)
        {
            drama = new Drama
            {
                Slug = catalog.DramaSlugs.Unique(parsed.Title),
                Title = parsed.Title,
                NormalizedTitle = Names.Normalize(parsed.Title),
                Year = parsed.Year,
                CreatedAt = now,
            };
            catalog.Dramas.Add(drama);
            Created.Add(drama);
            report.Created.Dramas++;
            report.Changes.Add($"created drama {parsed.Title}{(parsed.Year is { } y ? $" ({y})" : string.Empty)}");
            how = "new";
            current?.Doubts.Add(new("drama", "new drama: no drama in the catalogue has this title or alias"));
        }
        else if (how == "shared cast")
        {
            current?.Doubts.Add(new("drama", $"“{parsed.Title}” is no title in the catalogue; taken as {drama.Title} because two of the item's actors play in it"));
        }
        Changing(drama, drama.Id);
        var merged = false;
        foreach (var title in titles)
        {
            var other = FindDramaByTitle(title);
            if ((other is null || other == drama) && AddAlias(drama.Title, drama.Aliases, title, n => new DramaAlias { Name = n, NormalizedName = Names.Normalize(n), Drama = drama }))
            {
                merged = true;
                report.Changes.Add($"merged drama title \"{title}\" into {drama.Title} ({(how == "new" ? "caption" : how)})");
            }
        }
        if (how != "new")
        {
            if (merged)
            {
                report.Merged.Dramas++;
            }
            else
            {
                report.Matched.Dramas++;
            }
        }
        if (drama.HangulTitle is null && parsed.HangulTitle is not null && drama.EditedAt is null)
        {
            drama.HangulTitle = parsed.HangulTitle;
        }
        // A drama's year is its first broadcast; articles about a later run cite later years.
        if (parsed.Year is not null && drama.EditedAt is null && (drama.Year is null || parsed.Year < drama.Year))
        {
            drama.Year = parsed.Year;
        }
        return drama;
    }

    private Drama? FindDramaByTitle(string title)
    {
        var key = Names.Normalize(title);
        return key.Length == 0 ? null : catalog.Dramas.FirstOrDefault(d => d.NormalizedTitle == key || d.Aliases.Any(a => a.NormalizedName == key));
    }

    private Character ResolveCharacter(Drama drama, CastCredit credit, Actor? actor, FileReport report)
    {
        var names = credit.AllNames().ToList();
        var keys = names.Select(Names.Normalize).ToHashSet();
        var inDrama = catalog.CharactersOf(drama).ToList();

        var how = "same name";
        var character = inDrama.FirstOrDefault(c => keys.Contains(c.NormalizedName) || c.Aliases.Any(a => keys.Contains(a.NormalizedName)));
        if (character is not null && actor is not null && character.Actor is not null && !SameActor(character, actor))
        {
            character = null; // one name, two actors: two different roles
        }
        if (character is null && actor is not null)
        {
            // The same actor in the same drama is the same role, whatever the spelling.
            character = inDrama.FirstOrDefault(c => SameActor(c, actor));
            how = "same actor in the same drama";
        }
        if (character is null)
        {
            character = inDrama.FirstOrDefault(c => (actor is null || c.Actor is null || SameActor(c, actor))
                && names.Any(n => AllNames(c).Any(cn => PersonNames.IsNameSuffix(n, cn) || PersonNames.IsNameSuffix(cn, n))));
            how = "same given name";
        }
        if (character is null && actor is null && names.Count == 1 && SurnameWithTitle(names[0]) is { } surname)
        {
            // "Captain Ri": a title and a surname name the only role in the drama with that surname.
            var bySurname = inDrama.Where(c => PersonNames.Words(c.Name).FirstOrDefault() == surname).ToList();
            character = bySurname.Count == 1 ? bySurname[0] : null;
            how = "title and surname";
        }

        if (character is null)
        {
            var name = credit.Character!;
            var slug = catalog.CharacterSlugs.Contains(Names.Slugify(name))
                ? catalog.CharacterSlugs.Unique($"{name} {drama.Title}")
                : catalog.CharacterSlugs.Unique(name);
            character = new Character { Slug = slug, Name = name, NormalizedName = Names.Normalize(name), Drama = drama, DramaId = drama.Id, Actor = actor, CreatedAt = now };
            foreach (var alias in credit.CharacterAliases)
            {
                AddAlias(character.Name, character.Aliases, alias, n => new CharacterAlias { Name = n, NormalizedName = Names.Normalize(n), Character = character });
            }
            catalog.Characters.Add(character);
            Created.Add(character);
            report.Created.Characters++;
            report.Changes.Add($"created character {name}{(actor is null ? string.Empty : $" ({actor.Name})")} in {drama.Title}");
            if (drama.Id != 0)
            {
                current?.Doubts.Add(new("cast", $"new character {name}: {drama.Title} has no role by this name in the catalogue"));
            }
            return character;
        }

        Changing(character, character.Id);
        var merged = false;
        foreach (var name in names)
        {
            if (AddAlias(character.Name, character.Aliases, name, n => new CharacterAlias { Name = n, NormalizedName = Names.Normalize(n), Character = character }))
            {
                merged = true;
                report.Changes.Add($"merged character \"{name}\" into {character.Name} in {drama.Title} ({how})");
                if (how != "same name")
                {
                    current?.Doubts.Add(new("cast", $"“{name}” taken as {character.Name} of {drama.Title} ({how})"));
                }
            }
        }
        if (character.Actor is null && actor is not null && character.EditedAt is null)
        {
            character.Actor = actor;
            merged = true;
        }
        if (merged)
        {
            report.Merged.Characters++;
        }
        else
        {
            report.Matched.Characters++;
        }
        return character;
    }

    private static string? SurnameWithTitle(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && PersonNames.IsTitleWord(words[0]) && char.IsUpper(words[1][0]) && PersonNames.Clean(words[1]) is not null
            ? Names.Normalize(words[1])
            : null;
    }

    private static IEnumerable<string> AllNames(Character c) => c.Aliases.Select(a => a.Name).Prepend(c.Name);

    private static bool SameActor(Character character, Actor actor) =>
        ReferenceEquals(character.Actor, actor) || (actor.Id != 0 && character.ActorId == actor.Id);

    private Tag ResolveTag(string slug, FileReport report)
    {
        var tag = catalog.Tags.FirstOrDefault(t => t.Slug == slug);
        if (tag is not null)
        {
            report.Matched.Tags++;
            return tag;
        }
        tag = new Tag { Slug = slug, Name = slug.Replace('-', ' ') };
        catalog.TagSlugs.Add(slug);
        catalog.Tags.Add(tag);
        Created.Add(tag);
        report.Created.Tags++;
        report.Changes.Add($"created tag {slug}");
        return tag;
    }

    /// <summary>
    /// The same scene named by another article: same drama, a shared character, and the same episode,
    /// a shared quote, or the same concrete trope with several distinctive words in common.
    /// </summary>
    private Moment? FindSameScene(Drama drama, ParsedItem item, List<Character> featured)
    {
        foreach (var moment in catalog.MomentsOf(drama))
        {
            if (!moment.Characters.Intersect(featured).Any())
            {
                continue;
            }
            if (item.Episode is not null && moment.Episode is not null)
            {
                if (item.Episode == moment.Episode)
                {
                    return moment;
                }
                continue;
            }
            if (item.Quotes.Any(q => moment.Quotes.Any(x => SameQuote(x.Text, q))))
            {
                return moment;
            }
            var sharedAction = item.Tags.Intersect(moment.Tags.Select(t => t.Slug)).Any(ActionTags.Contains);
            if (sharedAction && DistinctiveWords(item.Excerpt).Intersect(DistinctiveWords(moment.Description ?? string.Empty)).Count() >= 3)
            {
                return moment;
            }
        }
        return null;
    }

    private static HashSet<string> DistinctiveWords(string text) =>
        text.Split([' ', '\n', ',', '.', ';', ':', '!', '?', '"', '“', '”', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 6 && char.IsLower(w[0]))
            .Select(w => w.ToLowerInvariant())
            .ToHashSet();

    private static bool SameQuote(string a, string b) => Names.Normalize(a) == Names.Normalize(b);

    /// <summary>
    /// Adds another spelling as an alias ("Hyun-Bin" beside "Hyun Bin") unless it is the name in other
    /// case, or an alias already spells it the same way once normalised.
    /// </summary>
    private static bool AddAlias<T>(string name, List<T> aliases, string candidate, Func<string, T> create) where T : NameAlias
    {
        var key = Names.Normalize(candidate);
        if (string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase) || key.Length == 0
            || aliases.Any(a => a.NormalizedName == key))
        {
            return false;
        }
        aliases.Add(create(candidate));
        return true;
    }
}
