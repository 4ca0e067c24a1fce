using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(100);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.NormalizedName).HasMaxLength(100);
        builder.HasIndex(a => a.NormalizedName);
        builder.Property(a => a.SortName).HasMaxLength(100).HasDefaultValue("");
        builder.HasIndex(a => new { a.MomentCount, a.DramaCount, a.Name, a.Slug }).IsDescending(true, true, false, false);
        builder.HasIndex(a => new { a.SortName, a.Slug });
        // The editors' to-do list of actors without a role (no drama), by name; it holds only that list's actors, and its
        // leading count lets SQLite's planner count the list from it rather than walk a whole index of the actors.
        builder.HasIndex(a => new { a.DramaCount, a.SortName, a.Slug }, "IX_Actors_NoRole").HasFilter("\"DramaCount\" = 0");
        // The co-star map's best-connected actors are the head of this index (most links, then the lowest id).
        builder.HasIndex(a => new { a.CoStarLinks, a.Id }).IsDescending(true, false);
        builder.Property(a => a.HangulName).HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasMany(a => a.Aliases).WithOne(x => x.Actor).HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Characters).WithOne(c => c.Actor).HasForeignKey(c => c.ActorId).OnDelete(DeleteBehavior.SetNull);
    }
}
