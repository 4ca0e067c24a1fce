using System.Text.Json;
using System.Text.Json.Serialization;

namespace KdramaMoments.Tests.Importing.Corpus;

/// <summary>What a careful reader finds in one corpus article (its <c>NAME.golden.json</c> beside <c>NAME.txt</c>).</summary>
public sealed record GoldenArticle(string Layout, string Title, IReadOnlyList<GoldenItem> Items)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static GoldenArticle Load(string goldenPath) =>
        JsonSerializer.Deserialize<GoldenArticle>(File.ReadAllText(goldenPath), Json)
            ?? throw new InvalidDataException($"{goldenPath}: empty golden file");
}

public sealed record GoldenItem(
    string Heading,
    string Drama,
    IReadOnlyList<string>? DramaAliases,
    int? Year,
    IReadOnlyList<GoldenCredit> Cast,
    IReadOnlyList<string> Quotes,
    int? Episode)
{
    [JsonIgnore]
    public IEnumerable<string> DramaNames => (DramaAliases ?? []).Prepend(Drama);
}

/// <summary>A character and the actor who plays them, either possibly unnamed; <see cref="Aliases"/> are other spellings of either.</summary>
public sealed record GoldenCredit(string? Character, string? Actor, IReadOnlyList<string>? Aliases)
{
    [JsonIgnore]
    public IEnumerable<string> CharacterNames => Character is null ? [] : (Aliases ?? []).Prepend(Character);

    [JsonIgnore]
    public IEnumerable<string> ActorNames => Actor is null ? [] : (Aliases ?? []).Prepend(Actor);
}
