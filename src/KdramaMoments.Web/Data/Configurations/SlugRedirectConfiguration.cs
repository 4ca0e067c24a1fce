using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.Property(r => r.EntityType).HasMaxLength(20);
        builder.Property(r => r.OldSlug).HasMaxLength(120);
        builder.HasIndex(r => new { r.EntityType, r.OldSlug }).IsUnique();
    }
}
