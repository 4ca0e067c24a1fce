using System.ComponentModel.DataAnnotations;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Editing;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Articles;

/// <summary>
/// Articles arrive by import (the "create"); here editors correct a title or delete an article, which
/// removes its list items as sources (the moments stay).
/// </summary>
public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [TempData] public string? StatusMessage { get; set; }

    [BindProperty] public TitleInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public PagedList<Row> Articles { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRenameAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var title = Input.Title!.Trim();
        // Articles come only by import: there is always one to rename.
        var outcome = await EditSave.SaveAsync<ArticleSnapshot, Domain.Article>(db, Input.Id, Input.Version, () => throw new InvalidOperationException("articles are imported"),
            (_, before) => Task.FromResult(before! with { Title = title }), User.Identity?.Name ?? "editor", cancellationToken);
        switch (outcome)
        {
            case EditSave.Outcome<ArticleSnapshot>.Saved:
                StatusMessage = $"Renamed to “{title}”.";
                return Redirect("/admin/articles");
            case EditSave.Outcome<ArticleSnapshot>.Stale stale:
                await LoadAsync(cancellationToken);
                return StaleForm.Answer(this, Input, stale, stale.Theirs with { Title = title }, "article");
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var items = await db.Articles.Where(a => a.Id == id).Select(a => (int?)a.ItemCount).FirstOrDefaultAsync(cancellationToken);
        if (await EditSave.DeleteAsync<ArticleSnapshot, Domain.Article>(db, id, User.Identity?.Name ?? "editor", cancellationToken) is not { } title)
        {
            return NotFound();
        }
        StatusMessage = $"Deleted “{title}” and its {items} list items as sources; the moments stay.";
        return Redirect("/admin/articles");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = ListSearch.ContainsPattern(Q);
            articles = articles.Where(a => EF.Functions.Like(CaseFold.Lower(a.Title), pattern, "\\") || EF.Functions.Like(CaseFold.Lower(a.FileName), pattern, "\\"));
        }
        Articles = await articles.OrderBy(a => a.SortTitle).ThenBy(a => a.FileName).ThenBy(a => a.Id)
            .Select(a => new Row(a.Id, a.Slug, a.Title, a.FileName, a.Sources.Count, a.Version))
            .ToPagedListAsync(Paging.RequestedPage(Request), await ListSearch.TotalAsync(db, articles, Q, CatalogueSizeName.Articles, cancellationToken), cancellationToken, size: 50);
    }

    public sealed record Row(int Id, string Slug, string Title, string FileName, int Sources, long Version);

    public sealed class TitleInput : IVersionedInput
    {
        public int Id { get; set; }

        public long Version { get; set; }

        [Required(ErrorMessage = "An article needs a title.")]
        [StringLength(300, ErrorMessage = "Keep the title under 300 characters.")]
        public string? Title { get; set; }
    }
}
