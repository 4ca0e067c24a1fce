using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class CatalogueTotalConfiguration : IEntityTypeConfiguration<CatalogueTotal>
{
    public void Configure(EntityTypeBuilder<CatalogueTotal> builder)
    {
        builder.HasKey(t => t.Name);
        builder.Property(t => t.Name).HasMaxLength(40);
    }
}
