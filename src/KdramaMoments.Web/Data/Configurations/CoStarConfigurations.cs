using KdramaMoments.Web.CoStars;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class CoStarDramaConfiguration : IEntityTypeConfiguration<CoStarDrama>
{
    public void Configure(EntityTypeBuilder<CoStarDrama> builder)
    {
        builder.ToTable("CoStarDramas");
        // Keyed by drama first: a save computes a drama's rows again.
        builder.HasKey(p => new { p.DramaId, p.FirstActorId, p.SecondActorId });
        // The links among chosen actors are looked up by both actors; a save recounts an actor's pairs from either side.
        builder.HasIndex(p => new { p.FirstActorId, p.SecondActorId });
        builder.HasIndex(p => p.SecondActorId);
        builder.HasOne<Drama>().WithMany().HasForeignKey(p => p.DramaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actor>().WithMany().HasForeignKey(p => p.FirstActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actor>().WithMany().HasForeignKey(p => p.SecondActorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CoStarPairConfiguration : IEntityTypeConfiguration<CoStarPair>
{
    public void Configure(EntityTypeBuilder<CoStarPair> builder)
    {
        builder.ToTable("CoStarPairs");
        builder.HasKey(p => new { p.ActorId, p.CoStarId });
        // An actor's page reads its co-stars in this order: most dramas shared, then the first added.
        builder.HasIndex(p => new { p.ActorId, p.DramaCount, p.CoStarId }).IsDescending(false, true, false);
        builder.HasIndex(p => p.CoStarId);
        builder.HasOne<Actor>().WithMany().HasForeignKey(p => p.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actor>().WithMany().HasForeignKey(p => p.CoStarId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredCoStarMapConfiguration : IEntityTypeConfiguration<StoredCoStarMap>
{
    public void Configure(EntityTypeBuilder<StoredCoStarMap> builder)
    {
        builder.ToTable("StoredCoStarMaps");
        // One row, written by an upsert on its fixed id.
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.InputHash).HasMaxLength(64);
    }
}
