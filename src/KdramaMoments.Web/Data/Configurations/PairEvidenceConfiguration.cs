using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class PairEvidenceConfiguration : IEntityTypeConfiguration<PairEvidence>
{
    public void Configure(EntityTypeBuilder<PairEvidence> builder)
    {
        // Keyed by drama first: a save computes a drama's rows again.
        builder.HasKey(p => new { p.DramaId, p.FirstCharacterId, p.SecondCharacterId });
        // An actor's page reads the rows of its roles on either side.
        builder.HasIndex(p => p.FirstCharacterId);
        builder.HasIndex(p => p.SecondCharacterId);
        builder.HasOne<Drama>().WithMany().HasForeignKey(p => p.DramaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Character>().WithMany().HasForeignKey(p => p.FirstCharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Character>().WithMany().HasForeignKey(p => p.SecondCharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
