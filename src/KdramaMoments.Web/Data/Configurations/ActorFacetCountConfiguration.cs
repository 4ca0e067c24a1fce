using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Facets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class ActorFacetCountConfiguration : IEntityTypeConfiguration<ActorFacetCount>
{
    public void Configure(EntityTypeBuilder<ActorFacetCount> builder)
    {
        // The key leads with the actor: the facet panel reads one actor's rows, a save rewrites them.
        builder.HasKey(c => new { c.ActorId, c.Facet, c.Key });
        builder.HasOne<Actor>().WithMany().HasForeignKey(c => c.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
