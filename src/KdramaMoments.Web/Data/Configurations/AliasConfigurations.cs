using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

// The three alias tables share a shape; each still gets its own table and lookup index.
internal sealed class DramaAliasConfiguration : IEntityTypeConfiguration<DramaAlias>
{
    public void Configure(EntityTypeBuilder<DramaAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.NormalizedName).HasMaxLength(200);
        builder.HasIndex(a => a.NormalizedName);
        builder.HasIndex(a => new { a.DramaId, a.NormalizedName }).IsUnique();
    }
}

internal sealed class ActorAliasConfiguration : IEntityTypeConfiguration<ActorAlias>
{
    public void Configure(EntityTypeBuilder<ActorAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.NormalizedName).HasMaxLength(100);
        builder.HasIndex(a => a.NormalizedName);
        builder.HasIndex(a => new { a.ActorId, a.NormalizedName }).IsUnique();
    }
}

internal sealed class CharacterAliasConfiguration : IEntityTypeConfiguration<CharacterAlias>
{
    public void Configure(EntityTypeBuilder<CharacterAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.NormalizedName).HasMaxLength(100);
        builder.HasIndex(a => a.NormalizedName);
        builder.HasIndex(a => new { a.CharacterId, a.NormalizedName }).IsUnique();
    }
}
