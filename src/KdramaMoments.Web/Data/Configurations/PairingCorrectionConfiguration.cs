using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class PairingCorrectionConfiguration : IEntityTypeConfiguration<PairingCorrection>
{
    public void Configure(EntityTypeBuilder<PairingCorrection> builder)
    {
        builder.HasIndex(p => new { p.FirstCharacterId, p.SecondCharacterId }).IsUnique();
        builder.HasIndex(p => p.SecondCharacterId);
        builder.Property(p => p.Version).IsConcurrencyToken();
        // A correction is about two roles; it goes when either role does.
        builder.HasOne(p => p.FirstCharacter).WithMany().HasForeignKey(p => p.FirstCharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.SecondCharacter).WithMany().HasForeignKey(p => p.SecondCharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
