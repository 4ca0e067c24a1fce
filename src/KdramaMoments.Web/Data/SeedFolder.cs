namespace KdramaMoments.Web.Data;

/// <summary>Finds the seed articles: the configured path, else a <c>seeds</c> folder beside or above the app.</summary>
public static class SeedFolder
{
    public static string? Find(string? configuredPath, string workingDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            var full = Path.GetFullPath(configuredPath, workingDirectory);
            return Directory.Exists(full) ? full : null;
        }
        foreach (var start in new[] { workingDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
