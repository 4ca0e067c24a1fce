using System.Runtime.InteropServices;
using KdramaMoments.Web.Hosting;

namespace KdramaMoments.Tests.Hosting;

/// <summary>
/// The site's trim gives back native memory that glibc kept after it was freed, on Linux (where the site and its Docker
/// image run); elsewhere there is no <c>malloc_trim</c> and the trim says so instead of failing.
/// </summary>
public sealed class NativeMemoryTrimTests
{
    [Fact]
    public void FreedBlocksAnArenaKeeps_AreGivenBack()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(NativeMemoryTrim.Trim());
            return;
        }
        // 16 MiB in 64 KiB blocks (below glibc's mmap threshold, so they come from an arena), each followed by a small
        // block kept alive: freeing the large ones leaves whole free pages between kept blocks, which free() itself cannot
        // give back from the top of the heap and only a trim returns.
        var pairs = Enumerable.Range(0, 256).Select(_ => (Large: Marshal.AllocHGlobal(64 * 1024), Pin: Marshal.AllocHGlobal(16))).ToList();
        try
        {
            pairs.ForEach(p => Marshal.FreeHGlobal(p.Large));
            Assert.True(NativeMemoryTrim.Trim());
        }
        finally
        {
            pairs.ForEach(p => Marshal.FreeHGlobal(p.Pin));
        }
    }
}
