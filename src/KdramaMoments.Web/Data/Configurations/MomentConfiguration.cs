using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class MomentConfiguration : IEntityTypeConfiguration<Moment>
{
    public void Configure(EntityTypeBuilder<Moment> builder)
    {
        builder.Property(m => m.Slug).HasMaxLength(120);
        builder.HasIndex(m => m.Slug).IsUnique();
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.HasIndex(m => new { m.DramaId, m.Episode });
        builder.HasIndex(m => m.CreatedAt);
        // A save counts again the moments of the episodes it touched (CatalogueTotals).
        builder.HasIndex(m => m.Episode);
        // Each list order reads its page from one of these (the stored keys are kept by StoredCounts). In the database
        // the "year" index also holds "Episode IS NULL" before the episode (migration YearOrderIndex; the model has no
        // expression indexes), so the order's unknown-episode-last key is read from it, not sorted per request.
        builder.Property(m => m.SortDrama).HasMaxLength(200).HasDefaultValue("");
        builder.Property(m => m.SortTitle).HasMaxLength(300).HasDefaultValue("");
        builder.HasIndex(m => new { m.ListCount, m.SortYear, m.Title, m.Slug }).IsDescending(true, true, false, false);
        builder.HasIndex(m => new { m.SortYear, m.SortDrama, m.Episode, m.Slug }).IsDescending(true, false, false, false);
        builder.HasIndex(m => new { m.SortTitle, m.Slug });
        // A year's list (?year=) in the "most listed" and "title" orders: the year's slice, however deep the page (the
        // "year" order's index leads with the year already).
        builder.HasIndex(m => new { m.SortYear, m.ListCount, m.Title, m.Slug }).IsDescending(false, true, false, false);
        builder.HasIndex(m => new { m.SortYear, m.SortTitle, m.Slug });
        // A decade's and an episode band's lists (?decade=, ?episodes=) in the same orders: the decade's or band's slice,
        // however deep the page. A decade's "year" order is a range of the year order's own index; a band's "year" index
        // holds "Episode IS NULL" in the database, as that one does (migration DecadeAndBandLists).
        builder.HasIndex(m => new { m.Decade, m.ListCount, m.SortYear, m.Title, m.Slug }).IsDescending(false, true, true, false, false);
        builder.HasIndex(m => new { m.Decade, m.SortTitle, m.Slug });
        builder.HasIndex(m => new { m.EpisodeBand, m.ListCount, m.SortYear, m.Title, m.Slug }).IsDescending(false, true, true, false, false);
        builder.HasIndex(m => new { m.EpisodeBand, m.SortTitle, m.Slug });
        builder.HasIndex(m => new { m.EpisodeBand, m.SortYear, m.SortDrama, m.Episode, m.Slug }).IsDescending(false, true, false, false, false);
        // A search's facet window counts its moments' decades and episodes by id from this narrow copy (FacetCounts.
        // CountNewestAsync names it on SQLite, whose planner otherwise reads each moment's wide row by its key).
        builder.HasIndex(m => new { m.Id, m.SortYear, m.Episode, m.DramaId }, Facets.FacetCounts.WindowIndex);
        // The feeds' order (newest update first, then slug descending, read backwards), for the site and for a drama.
        builder.HasIndex(m => new { m.FeedUpdatedAt, m.Slug });
        builder.HasIndex(m => new { m.DramaId, m.FeedUpdatedAt, m.Slug });
        // The editors' to-do lists (Pages/Admin/Todo): the moments naming no character, and those whose title to rewrite, in
        // drama then title order; each index holds only its list's moments, so a list reads a slice as long as itself.
        builder.HasIndex(m => new { m.SortDrama, m.Title, m.Id }, "IX_Moments_NoCharacters").HasFilter("\"CharacterCount\" = 0");
        builder.HasIndex(m => new { m.SortDrama, m.Title, m.Id }, "IX_Moments_TitleFault").HasFilter("\"TitleFault\" <> 0");
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasMany(m => m.Characters).WithMany(c => c.Moments).UsingEntity("MomentCharacters");
        builder.HasMany(m => m.Tags).WithMany(t => t.Moments).UsingEntity(KdramaDbContext.MomentTagsTable);
        builder.HasMany(m => m.Quotes).WithOne(q => q.Moment).HasForeignKey(q => q.MomentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Sources).WithOne(s => s.Moment).HasForeignKey(s => s.MomentId).OnDelete(DeleteBehavior.Cascade);
    }
}
