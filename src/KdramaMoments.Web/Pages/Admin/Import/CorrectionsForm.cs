using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using KdramaMoments.Web.Editing;
using KdramaMoments.Web.Importing;

namespace KdramaMoments.Web.Pages.Admin.Import;

/// <summary>
/// One item's corrections as the preview form posts them (Items[k].Drama, Items[k].RemoveCast, …). Positions and
/// indexes are those of the article as parsed, so the form means the same on every "Preview again" and on save.
/// </summary>
public sealed class ItemForm
{
    public int Position { get; set; }

    // An emptied field must stay "" (an error to show), not null (no correction).
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Drama { get; set; }

    public bool NotAnItem { get; set; }
    public List<int> RemoveCast { get; set; } = [];
    public List<int> RemoveQuotes { get; set; } = [];

    /// <summary>People added on earlier previews, carried in hidden fields; each can be taken back.</summary>
    public List<AddedPersonForm> Added { get; set; } = [];

    public string? AddCharacter { get; set; }
    public string? AddActor { get; set; }
}

public sealed class AddedPersonForm
{
    public string? Character { get; set; }
    public string? Actor { get; set; }
    public bool Remove { get; set; }
}

public static class CorrectionsForm
{
    // Far above any real list article; a post beyond it is not a form this page wrote.
    public const int MaxItems = 500;

    /// <summary>
    /// Folds the "add a person" fields into the added list and drops people taken back, so the form shows
    /// what the corrections hold; the add fields are emptied for the next person.
    /// </summary>
    public static void Settle(List<ItemForm> items)
    {
        foreach (var item in items)
        {
            item.Added.RemoveAll(a => a.Remove || (string.IsNullOrWhiteSpace(a.Character) && string.IsNullOrWhiteSpace(a.Actor)));
            if (!string.IsNullOrWhiteSpace(item.AddCharacter) || !string.IsNullOrWhiteSpace(item.AddActor))
            {
                item.Added.Add(new AddedPersonForm { Character = FormText.OrNull(item.AddCharacter), Actor = FormText.OrNull(item.AddActor) });
            }
            item.AddCharacter = null;
            item.AddActor = null;
        }
    }

    /// <summary>The corrections a settled form holds: a drama field left as parsed is no correction.</summary>
    public static ImportCorrections ToCorrections(IEnumerable<ItemForm> items) => new(items
        .Select(i => new ItemCorrection(i.Position)
        {
            NotAnItem = i.NotAnItem,
            Drama = i.Drama?.Trim(),
            RemoveCast = [.. i.RemoveCast.Distinct().Order()],
            RemoveQuotes = [.. i.RemoveQuotes.Distinct().Order()],
            AddCast = [.. i.Added.Select(a => new CastCredit(FormText.OrNull(a.Character), FormText.OrNull(a.Actor)))],
        })
        .ToList());

    /// <summary>
    /// What a preview showed, as one string kept in the form: a save whose text or corrections differ from it is
    /// shown as a new preview instead of being saved, so what is saved is always what the editor last saw.
    /// </summary>
    public static string Fingerprint(string text, ImportCorrections corrections) =>
        CatalogResolver.Hash(text + "\n" + JsonSerializer.Serialize(corrections.Items.Select(c => new
        {
            c.Position,
            c.NotAnItem,
            c.Drama,
            c.RemoveCast,
            c.RemoveQuotes,
            Add = c.AddCast.Select(a => new[] { a.Character, a.Actor }),
        })));

}
