using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class CharacterConfiguration : IEntityTypeConfiguration<Character>
{
    public void Configure(EntityTypeBuilder<Character> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.NormalizedName).HasMaxLength(100);
        builder.HasIndex(c => new { c.DramaId, c.NormalizedName });
        builder.HasIndex(c => c.ActorId);
        // The editors' list of characters, by name (kept by StoredCounts).
        builder.Property(c => c.SortName).HasMaxLength(100).HasDefaultValue("");
        builder.HasIndex(c => new { c.SortName, c.Slug });
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Aliases).WithOne(a => a.Character).HasForeignKey(a => a.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
