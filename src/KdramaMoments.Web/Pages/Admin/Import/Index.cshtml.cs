using System.ComponentModel.DataAnnotations;
using System.Text;
using KdramaMoments.Web.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Admin.Import;

/// <summary>
/// Import an article by pasting it or uploading a .txt file. "Preview" runs the whole import without
/// saving (the importer's save:false) and shows what would be created, matched and merged; "Import"
/// runs it again and saves it all in one transaction.
/// </summary>
[RequestSizeLimit(2 * MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * MaxBytes, ValueLengthLimit = 2 * MaxBytes)]
public sealed class IndexModel(ArticleImporter importer) : PageModel
{
    public const int MaxBytes = 512 * 1024;

    [BindProperty] public ImportForm Input { get; set; } = new();

    [BindProperty] public IFormFile? Upload { get; set; }

    public ImportReport? Preview { get; private set; }

    [TempData] public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken) is not { } input)
        {
            return Page();
        }
        Preview = await importer.ImportAsync([input], save: false, cancellationToken: cancellationToken);
        // The preview's form carries the text on to "Import", so what is saved is exactly what was previewed.
        Input.Text = Encoding.UTF8.GetString(input.Bytes);
        Input.FileName = input.FileName;
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken) is not { } input)
        {
            return Page();
        }
        var report = await importer.ImportAsync([input], save: true, author: User.Identity?.Name ?? "editor", cancellationToken: cancellationToken);
        if (!report.Saved)
        {
            Preview = report;
            return Page();
        }
        var file = report.Files[0];
        StatusMessage = file.Outcome == FileOutcome.Skipped
            ? $"{file.FileName} was already imported; nothing changed."
            : $"Imported {file.FileName}: created {report.Created}; merged {report.Merged.Total}.";
        return Redirect("/admin/import");
    }

    private async Task<ImportInput?> ReadAsync(CancellationToken cancellationToken)
    {
        var fileName = string.IsNullOrWhiteSpace(Input.FileName) ? null : Path.GetFileName(Input.FileName.Trim());
        if (Upload is { Length: > 0 })
        {
            if (!Upload.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                ModelState.AddModelError(nameof(Upload), $"{Upload.FileName}: only plain-text .txt articles can be imported.");
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
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ImportForm.Text)}", "Paste an article's text or choose a .txt file.");
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
    }
}
