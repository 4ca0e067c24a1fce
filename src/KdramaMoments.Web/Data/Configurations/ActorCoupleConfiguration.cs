using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class ActorCoupleConfiguration : IEntityTypeConfiguration<ActorCouple>
{
    public void Configure(EntityTypeBuilder<ActorCouple> builder)
    {
        builder.HasKey(c => new { c.ActorId, c.PartnerActorId });
        // A save computes the couples of some actors again, on both sides.
        builder.HasIndex(c => c.PartnerActorId);
        // The actor's page reads its first couples in the couples list's order.
        builder.HasIndex(c => new { c.ActorId, c.DramaCount, c.MomentCount, c.Slug }).IsDescending(false, true, true, false);
        // The couples list reads each couple once, from the side of the actor with the smaller id, a page at a time in its
        // order; the two ids make the index cover what the page's slice reads.
        builder.HasIndex(c => new { c.DramaCount, c.MomentCount, c.Slug, c.ActorId, c.PartnerActorId }, "IX_ActorCouples_List")
            .IsDescending(true, true, false, false, false)
            .HasFilter("\"ActorId\" < \"PartnerActorId\"");
        builder.Property(c => c.Slug).HasMaxLength(201);
        builder.HasOne<Actor>().WithMany().HasForeignKey(c => c.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actor>().WithMany().HasForeignKey(c => c.PartnerActorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActorCouplePairingConfiguration : IEntityTypeConfiguration<ActorCouplePairing>
{
    public void Configure(EntityTypeBuilder<ActorCouplePairing> builder)
    {
        // Keyed by actor and partner first: the actor's page reads the pairings of the couples it shows.
        builder.HasKey(p => new { p.ActorId, p.PartnerActorId, p.CharacterId, p.PartnerCharacterId });
        builder.HasIndex(p => p.PartnerActorId);
        builder.HasOne<Actor>().WithMany().HasForeignKey(p => p.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actor>().WithMany().HasForeignKey(p => p.PartnerActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Character>().WithMany().HasForeignKey(p => p.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Character>().WithMany().HasForeignKey(p => p.PartnerCharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
