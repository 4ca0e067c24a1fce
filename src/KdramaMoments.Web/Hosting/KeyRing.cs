using System.Security.Cryptography.X509Certificates;
using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace KdramaMoments.Web.Hosting;

/// <summary>
/// The keys that sign cookies and antiforgery tokens live in the database, beside the data they guard: a restored
/// backup or a second instance reads the same keys, and nothing is left under a home folder outside the volume.
/// With <c>DataProtection:CertificatePath</c> (a PKCS#12 file; <c>DataProtection:CertificatePassword</c> if it has
/// one) each key is encrypted with the certificate before it is stored; without it keys are stored as plain XML,
/// protected only by access to the database.
/// </summary>
public static class KeyRing
{
    public const string ApplicationName = "KdramaMoments";

    public static IServiceCollection AddKdramaKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<KdramaDbContext>();
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            keys.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]));
        }
        return services;
    }
}
