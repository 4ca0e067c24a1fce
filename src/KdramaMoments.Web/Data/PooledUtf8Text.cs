using System.Buffers;
using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace KdramaMoments.Web.Data;

/// <summary>
/// Long text columns read as their UTF-8 bytes into one pooled buffer and written to a page from there, never as a
/// string. A string of more than some 42,000 characters is allocated on the large object heap, which only a full
/// collection frees: the co-star map's 149 KB of kept markup read as strings on every request at 100,000 moments made
/// the collector run dozens of full collections a second (README, "Page speed"). Dispose it once the page is written
/// (<c>HttpResponse.RegisterForDispose</c>); its markup writes nothing after that.
/// </summary>
public sealed class PooledUtf8Text : IDisposable
{
    private const int FirstSize = 16 * 1024;
    private const int CharsPerWrite = 4 * 1024;

    private byte[] bytes = ArrayPool<byte>.Shared.Rent(FirstSize);
    private int length;

    /// <summary>
    /// The column's value as markup, read to its end through <see cref="DbDataReader.GetStream"/>: SQLite reads it from
    /// the stored row (when the command also selects the row's integer key), PostgreSQL from the row it received.
    /// </summary>
    public Utf8Markup Append(DbDataReader reader, int ordinal)
    {
        ObjectDisposedException.ThrowIf(bytes.Length == 0, this);
        using var stream = reader.GetStream(ordinal);
        var start = length;
        var expected = stream.CanSeek ? checked((int)stream.Length) : -1;
        Reserve(Math.Max(expected, 0));
        while (expected < 0 || length - start < expected)
        {
            Reserve(1);
            var read = stream.Read(bytes, length, bytes.Length - length);
            if (read == 0)
            {
                break;
            }
            length += read;
        }
        return new Utf8Markup(this, start, length - start);
    }

    public void Dispose()
    {
        var rented = bytes;
        bytes = [];
        length = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes <paramref name="count"/> bytes from <paramref name="start"/> as characters, a pooled chunk at a time.</summary>
    internal void WriteTo(TextWriter writer, int start, int count)
    {
        ObjectDisposedException.ThrowIf(bytes.Length == 0, this);
        var chars = ArrayPool<char>.Shared.Rent(CharsPerWrite);
        try
        {
            for (var done = 0; done < count;)
            {
                var written = Decode(start + done, count - done, chars, out var read);
                writer.Write(chars, 0, written);
                done += read;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// As <see cref="WriteTo(TextWriter, int, int)"/>, each chunk written asynchronously: a page's view buffer writes such
    /// content straight to the response, where a synchronous write of it is first copied into pages of its own.
    /// </summary>
    internal async ValueTask WriteToAsync(TextWriter writer, int start, int count)
    {
        ObjectDisposedException.ThrowIf(bytes.Length == 0, this);
        var chars = ArrayPool<char>.Shared.Rent(CharsPerWrite);
        try
        {
            for (var done = 0; done < count;)
            {
                var written = Decode(start + done, count - done, chars, out var read);
                await writer.WriteAsync(chars, 0, written);
                done += read;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // Stops before a character that does not fit, so no character is split between chunks; invalid bytes become U+FFFD.
    private int Decode(int start, int count, char[] chars, out int read)
    {
        Utf8.ToUtf16(bytes.AsSpan(start, count), chars, out read, out var written);
        return written;
    }

    private void Reserve(int more)
    {
        if (bytes.Length - length >= more)
        {
            return;
        }
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(checked(length + more), bytes.Length * 2));
        bytes.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(bytes);
        bytes = larger;
    }
}

/// <summary>Markup held as UTF-8 in a <see cref="PooledUtf8Text"/>, written as it is.</summary>
public sealed class Utf8Markup(PooledUtf8Text text, int start, int count) : IHtmlAsyncContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => text.WriteTo(writer, start, count);

    public ValueTask WriteToAsync(TextWriter writer) => text.WriteToAsync(writer, start, count);
}
