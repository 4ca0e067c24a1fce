using KdramaMoments.Web.Facets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class FacetPairCountConfiguration : IEntityTypeConfiguration<FacetPairCount>
{
    public void Configure(EntityTypeBuilder<FacetPairCount> builder) =>
        // The key leads with the first value: a list narrowed by it reads its rows as one range.
        builder.HasKey(c => new { c.FirstKind, c.FirstKey, c.SecondKind, c.SecondKey });
}
