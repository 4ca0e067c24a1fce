using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KdramaMoments.Web.Health;

/// <summary>Healthy when the catalogue database answers a query.</summary>
internal sealed class DatabaseHealthCheck(KdramaDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var dramas = await db.Dramas.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{dramas} dramas");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database did not answer", ex);
        }
    }
}
