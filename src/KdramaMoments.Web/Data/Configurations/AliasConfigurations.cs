using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

/// <summary>The three alias tables share a shape: a lookup index, and one spelling per owner.</summary>
internal abstract class AliasConfiguration<TAlias>(string ownerKey, int maxLength) : IEntityTypeConfiguration<TAlias>
    where TAlias : NameAlias
{
    public void Configure(EntityTypeBuilder<TAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(maxLength);
        builder.Property(a => a.NormalizedName).HasMaxLength(maxLength);
        builder.HasIndex(a => a.NormalizedName);
        builder.HasIndex(ownerKey, nameof(NameAlias.NormalizedName)).IsUnique();
    }
}

internal sealed class DramaAliasConfiguration() : AliasConfiguration<DramaAlias>(nameof(DramaAlias.DramaId), 200);

internal sealed class ActorAliasConfiguration() : AliasConfiguration<ActorAlias>(nameof(ActorAlias.ActorId), 100);

internal sealed class CharacterAliasConfiguration() : AliasConfiguration<CharacterAlias>(nameof(CharacterAlias.CharacterId), 100);
