using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KdramaMoments.Web.Api;

/// <summary>
/// One example per API route: a request and the answer the seeded site gave it (<c>Api/ApiExamples.json</c>, lists cut
/// to their first items). A test writes the file from the running app and checks every example against what its
/// route answers now, so the examples on /developers and in the OpenAPI document cannot drift from the API.
/// </summary>
public static class ApiExamples
{
    public const string ResourceName = "KdramaMoments.Web.Api.ApiExamples.json";

    /// <summary>How many items of each list an example keeps, and how long its strings may be.</summary>
    public const int ListItems = 2;
    public const int TextLength = 160;

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Hangul, curly quotes and & as themselves, as a reader expects them: the page HTML-encodes what it prints.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record Example(string Request, JsonNode Response);

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    /// <summary>By <see cref="Key"/>: "GET /api/dramas/{slug}".</summary>
    public static IReadOnlyDictionary<string, Example> All { get; } = Load();

    public static string Key(string method, string route) => $"{method.ToUpperInvariant()} {route}";

    /// <summary>An answer as an example shows it: every list cut to its first items, every long string shortened.</summary>
    public static JsonNode? Shorten(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Shorten(p.Value)))),
        JsonArray a => new JsonArray([.. a.Take(ListItems).Select(Shorten)]),
        JsonValue v when v.TryGetValue<string>(out var text) && text.Length > TextLength => JsonValue.Create(text[..TextLength].TrimEnd() + "…"),
        _ => node?.DeepClone(),
    };

    private static Dictionary<string, Example> Load()
    {
        using var stream = typeof(ApiExamples).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded");
        return JsonSerializer.Deserialize<Dictionary<string, Example>>(stream, ReadOptions) ?? [];
    }
}
