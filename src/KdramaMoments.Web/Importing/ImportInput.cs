namespace KdramaMoments.Web.Importing;

/// <summary>One article to import: the name it is known by and its raw bytes.</summary>
public sealed record ImportInput(string FileName, byte[] Bytes)
{
    /// <summary>Files as given, folders as their <c>*.txt</c> files in name order; a missing path is an error input.</summary>
    public static IReadOnlyList<ImportInput> FromPaths(IEnumerable<string> paths)
    {
        var inputs = new List<ImportInput>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                inputs.AddRange(Directory.EnumerateFiles(path, "*.txt")
                    .Order(StringComparer.Ordinal)
                    .Select(file => new ImportInput(Path.GetFileName(file), File.ReadAllBytes(file))));
            }
            else if (File.Exists(path))
            {
                inputs.Add(new ImportInput(Path.GetFileName(path), File.ReadAllBytes(path)));
            }
            else
            {
                inputs.Add(new ImportInput(path, []) { Missing = true });
            }
        }
        return inputs;
    }

    public bool Missing { get; init; }
}
