using System.ComponentModel.DataAnnotations;
using System.Text;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Admin.Import;

/// <summary>
/// Import an article by pasting it or uploading a text file (see <see cref="TextFileTypes"/>). "Preview" runs the whole import without saving
/// (the importer's save:false) and shows, item by item, what would be created, matched and merged and what the
/// importer was unsure of. The editor corrects items in that form and previews again; "Save" runs the import with
/// the same text and corrections in one transaction, and only when they are what the last preview showed.
/// </summary>
[RequestSizeLimit(2 * MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * MaxBytes, ValueLengthLimit = 2 * MaxBytes, ValueCountLimit = 20_000)]
public sealed class IndexModel(ArticleImporter importer, KdramaDbContext db) : PageModel
{
    /// <summary>
    /// The text files an article can come in: a page's text, Markdown, and the exports the importer reads (a spreadsheet's
    /// CSV or TSV, a journal's or notes app's JSON, a calendar's iCalendar, subtitles (MicroDVD's <c>.sub</c> among them), a
    /// feed's XML, a screenplay in Fountain, a Jupyter notebook, a FreeMind or Freeplane mind map). Their bytes are decoded
    /// and checked as any article's are.
    /// </summary>
    // A browser's bookmark export is .html; the decoder reads it and refuses any other HTML page, naming the file and why.
    public static readonly string[] TextFileTypes = [".txt", ".md", ".csv", ".tsv", ".json", ".ics", ".srt", ".vtt", ".smi", ".sami", ".ttml", ".dfxp", ".ass", ".ssa", ".xml", ".html", ".htm", ".enex", ".opml", ".sql", ".org", ".tid", ".wiki", ".mediawiki", ".bib", ".log", ".weechatlog", ".sub", ".fountain", ".ipynb", ".mm"];

    public const int MaxBytes = 512 * 1024;

    [BindProperty] public ImportForm Input { get; set; } = new();

    [BindProperty] public IFormFile? Upload { get; set; }

    [BindProperty] public List<ItemForm> Items { get; set; } = [];

    public ImportReport? Preview { get; private set; }

    /// <summary>Suggested catalogue titles for each item's drama field, by the item's position as parsed.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> DramaChoices { get; private set; } = new Dictionary<int, IReadOnlyList<string>>();

    /// <summary>Why a save was shown as a preview instead.</summary>
    public string? NotSavedReason { get; private set; }

    [TempData] public string? StatusMessage { get; set; }

    /// <summary>Also where a post too large to read is answered (<see cref="Hosting.RequestShapes"/>): the limit is said beside the upload.</summary>
    public void OnGet()
    {
        if (HttpContext.Features.Get<Hosting.RequestShapes.Problem>() is { Status: StatusCodes.Status413PayloadTooLarge })
        {
            ModelState.AddModelError(nameof(Upload), $"The upload is too large; the limit is {MaxBytes / 1024} KB.");
        }
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken) is not { } input)
        {
            return Page();
        }
        await PreviewAsync(input, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken) is not { } input)
        {
            return Page();
        }
        // A form without corrections (none were posted) saves the text as read, as a preview of it shows.
        ImportCorrections? corrections = null;
        if (Items.Count > 0)
        {
            CorrectionsForm.Settle(Items);
            corrections = CorrectionsForm.ToCorrections(Items);
            if (!ModelState.IsValid || Items.Count > CorrectionsForm.MaxItems || Input.Previewed != CorrectionsForm.Fingerprint(TextOf(input), corrections))
            {
                NotSavedReason = ModelState.IsValid && Items.Count <= CorrectionsForm.MaxItems
                    ? "Nothing is saved yet: the corrections changed since the preview. This is what they give now; save again if it is right."
                    : "Nothing is saved: some corrections cannot be used (see below).";
                await PreviewAsync(input, cancellationToken);
                return Page();
            }
        }
        var report = await importer.ImportAsync([input], save: true, author: User.Identity?.Name ?? "editor", corrections: corrections, cancellationToken: cancellationToken);
        if (!report.Saved)
        {
            NotSavedReason = "Nothing is saved.";
            await PreviewAsync(input, cancellationToken);
            return Page();
        }
        var file = report.Files[0];
        StatusMessage = file.Outcome == FileOutcome.Skipped
            ? $"{file.FileName} was already imported; nothing changed."
            : $"Imported {file.FileName}: created {report.Created}; merged {report.Merged.Total}.";
        return Redirect("/admin/import");
    }

    /// <summary>
    /// Runs the import without saving, with the form's corrections. Corrections that do not fit the article (a
    /// stale or hand-made form) or hold unusable values are named beside their item and left out of this
    /// preview; the form keeps what the editor typed, and the preview gets no fingerprint, so it cannot be saved.
    /// </summary>
    private async Task PreviewAsync(ImportInput input, CancellationToken cancellationToken)
    {
        if (Items.Count > CorrectionsForm.MaxItems)
        {
            ModelState.AddModelError(nameof(Items), $"The form holds {Items.Count} items; an article here has at most {CorrectionsForm.MaxItems}. The preview starts over without corrections.");
            Items = [];
        }
        CorrectionsForm.Settle(Items);
        var corrections = CorrectionsForm.ToCorrections(Items);
        var clean = ModelState.IsValid;
        Preview = await importer.ImportAsync([input], save: false, corrections: corrections, cancellationToken: cancellationToken);
        var article = Preview.Files[0].Article;
        if (Preview.Files[0].Outcome == FileOutcome.Failed && article is not null && !corrections.IsEmpty)
        {
            var problems = corrections.Items.Select(c => new ImportCorrections([c]).Check(article)).ToList();
            foreach (var (correction, itemProblems) in corrections.Items.Zip(problems))
            {
                foreach (var problem in itemProblems)
                {
                    ModelState.AddModelError(ErrorKey(correction.Position), problem);
                }
            }
            var duplicates = corrections.Items.GroupBy(c => c.Position).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            foreach (var position in duplicates)
            {
                ModelState.AddModelError(nameof(Items), $"Item {position} is corrected twice.");
            }
            var usable = new ImportCorrections([.. corrections.Items.Where((c, k) => problems[k].Count == 0 && !duplicates.Contains(c.Position))]);
            Preview = await importer.ImportAsync([input], save: false, corrections: usable, cancellationToken: cancellationToken);
            clean = false;
        }
        if (Preview.Files[0] is { Article: { } parsed } file && file.Outcome != FileOutcome.Failed)
        {
            DramaChoices = await Import.DramaChoices.ForAsync(db, parsed, cancellationToken);
            // The form shows every item as parsed; items the editor has not touched start from what was read.
            var posted = Items.Where(i => i.Position >= 1 && i.Position <= parsed.Items.Count).DistinctBy(i => i.Position).ToDictionary(i => i.Position);
            Items = [.. parsed.Items.Select(i => posted.GetValueOrDefault(i.Position) ?? new ItemForm { Position = i.Position })];
            foreach (var item in Items)
            {
                item.Drama ??= parsed.Items[item.Position - 1].Drama.Title;
            }
        }
        var text = TextOf(input);
        Input.Previewed = clean ? CorrectionsForm.Fingerprint(text, corrections) : null;
        // The preview's form carries the text on to "Save", so what is saved is exactly what was previewed.
        Input.Text = text;
        Input.FileName = input.FileName;
        var errors = ModelState.Where(e => e.Value?.Errors.Count > 0).ToList();
        ModelState.Clear();
        foreach (var (key, entry) in errors)
        {
            foreach (var error in entry!.Errors)
            {
                ModelState.AddModelError(key, error.ErrorMessage);
            }
        }
    }

    /// <summary>Where a problem with one item's corrections is kept, to be shown beside that item.</summary>
    public static string ErrorKey(int position) => $"item-{position}";

    private static string TextOf(ImportInput input) => Encoding.UTF8.GetString(input.Bytes);

    private async Task<ImportInput?> ReadAsync(CancellationToken cancellationToken)
    {
        var fileName = string.IsNullOrWhiteSpace(Input.FileName) ? null : Path.GetFileName(Input.FileName.Trim());
        if (Upload is { Length: > 0 })
        {
            if (!TextFileTypes.Contains(Path.GetExtension(Upload.FileName), StringComparer.OrdinalIgnoreCase))
            {
                ModelState.AddModelError(nameof(Upload), $"{Upload.FileName}: only text files ({string.Join(", ", TextFileTypes)}) can be imported.");
                return null;
            }
            if (Upload.Length > MaxBytes)
            {
                ModelState.AddModelError(nameof(Upload), $"{Upload.FileName} is {Upload.Length / 1024:N0} KB; the limit is {MaxBytes / 1024} KB.");
                return null;
            }
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, cancellationToken);
            return new ImportInput(Path.GetFileName(Upload.FileName), buffer.ToArray());
        }
        if (string.IsNullOrWhiteSpace(Input.Text))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ImportForm.Text)}", "Paste an article's text or choose a text file.");
            return null;
        }
        var bytes = Encoding.UTF8.GetBytes(Input.Text.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (bytes.Length > MaxBytes)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ImportForm.Text)}", $"The text is {bytes.Length / 1024:N0} KB; the limit is {MaxBytes / 1024} KB.");
            return null;
        }
        return new ImportInput(fileName ?? $"pasted-{DateTime.UtcNow:yyyyMMdd-HHmmss}.txt", bytes);
    }

    public sealed class ImportForm
    {
        [Display(Name = "Article text")]
        public string? Text { get; set; }

        [Display(Name = "Name for it (optional)")]
        [StringLength(200)]
        public string? FileName { get; set; }

        /// <summary>The fingerprint of the text and corrections the last preview showed.</summary>
        public string? Previewed { get; set; }
    }
}
