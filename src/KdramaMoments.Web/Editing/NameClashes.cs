using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KdramaMoments.Web.Editing;

/// <summary>
/// The one check of names on the edit pages: each name typed (a title, a name, an alias) that another entity
/// already answers to is refused beside its field, naming that entity. Each page says who may not share a name
/// (any other drama; another role of the same drama; …) by the query it passes.
/// </summary>
public static class NameClashes
{
    public static async Task RefuseTakenAsync(ModelStateDictionary modelState, IEnumerable<(string Field, string? Name)> names,
        Func<string, Task<string?>> takenBy, Func<string, string, string> refusal)
    {
        foreach (var (field, name) in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }
            if (await takenBy(name.Trim()) is { } other)
            {
                modelState.AddModelError(field, refusal(name.Trim(), other));
            }
        }
    }

    /// <summary>A name field and the aliases typed with it, each with the field it is shown beside.</summary>
    public static IEnumerable<(string Field, string? Name)> NameAndAliases(string nameField, string? name, IEnumerable<string> aliases) =>
        aliases.Select(alias => ("Input.Aliases", (string?)alias)).Prepend((nameField, name));
}
