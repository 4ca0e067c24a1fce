using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Heading).HasMaxLength(300);
        builder.HasIndex(s => new { s.ArticleId, s.Position }).IsUnique();
        builder.HasIndex(s => s.MomentId);
    }
}
