using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class DramaConfiguration : IEntityTypeConfiguration<Drama>
{
    public void Configure(EntityTypeBuilder<Drama> builder)
    {
        builder.Property(d => d.Slug).HasMaxLength(100);
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.NormalizedTitle).HasMaxLength(200);
        builder.HasIndex(d => d.NormalizedTitle);
        builder.HasIndex(d => d.Year);
        builder.Property(d => d.SortTitle).HasMaxLength(200).HasDefaultValue("");
        builder.HasIndex(d => new { d.ListCount, d.MomentCount, d.Title }).IsDescending(true, true, false);
        builder.HasIndex(d => new { d.SortYear, d.SortTitle, d.Id }).IsDescending(true, false, false);
        builder.HasIndex(d => new { d.SortTitle, d.Id });
        builder.Property(d => d.HangulTitle).HasMaxLength(200);
        // The editors' to-do lists (Pages/Admin/Todo): the dramas without a year, and without a Hangul title, those with
        // most moments first; each index holds only its list's dramas.
        builder.HasIndex(d => new { d.MomentCount, d.Title, d.Id }, "IX_Dramas_NoYear").IsDescending(true, false, false).HasFilter("\"Year\" IS NULL");
        builder.HasIndex(d => new { d.MomentCount, d.Title, d.Id }, "IX_Dramas_NoHangulTitle").IsDescending(true, false, false)
            .HasFilter("\"HangulTitle\" IS NULL OR \"HangulTitle\" = ''");
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasMany(d => d.Aliases).WithOne(a => a.Drama).HasForeignKey(a => a.DramaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Characters).WithOne(c => c.Drama).HasForeignKey(c => c.DramaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Moments).WithOne(m => m.Drama).HasForeignKey(m => m.DramaId).OnDelete(DeleteBehavior.Restrict);
    }
}
