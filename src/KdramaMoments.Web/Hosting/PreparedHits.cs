using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KdramaMoments.Web.Hosting;

/// <summary>
/// Cache hits answered first in the pipeline. Once the output cache has answered a page, that answer is kept as it
/// went out (status 200, its headers, its body bytes as sent, compressed or not), and the same request is answered
/// from the copy before anything else runs: no output-cache lookup (policies, key, stored entry read and its headers
/// copied) and none of the middlewares a hit passed on its way (cookies, security headers, compression, the request
/// log's bookkeeping), which would only set the same headers again. Only the <c>Age</c> header is computed per hit,
/// as the output cache computes it.
/// </summary>
/// <remarks>
/// A copy is made only from an answer the output cache served, so every rule of <see cref="PublicCaching"/> (session
/// cookie, uncached paths, query keys) has admitted it; it is keyed by the scheme, host, path, query string and
/// Accept-Encoding exactly as sent (a finer key than the output cache's, never a coarser one), forgotten with the
/// cached pages when the catalogue changes, and expires no later than the cached page it copies. Requests that the
/// cache may answer otherwise take the ordinary way: HEAD, conditional requests, an Authorization header, any cookie
/// named like the editors' session.
/// </remarks>
public sealed class PreparedHits
{
    // Headers the server writes per connection or per response, never part of the cached answer.
    private static readonly string[] NotKept = [HeaderNames.Age, HeaderNames.Connection, HeaderNames.KeepAlive, HeaderNames.TransferEncoding, HeaderNames.Server];

    // Larger bodies are left to the output cache alone.
    private const int MaxBody = 1024 * 1024;

    private readonly ConcurrentDictionary<Address, Answer> answers = new();
    private readonly TimeSpan lifetime;
    private readonly long byteLimit;
    private readonly TimeProvider time;
    private readonly string?[] ageTexts;
    private long generation;
    private long bytes;

    public PreparedHits(TimeSpan lifetime, long byteLimit, TimeProvider time)
    {
        this.lifetime = lifetime;
        this.byteLimit = byteLimit;
        this.time = time;
        ageTexts = new string?[Math.Max(0, (int)Math.Min(lifetime.TotalSeconds + 2, 86_400))];
    }

    /// <summary>Off when the output cache keeps nothing (<c>OutputCache:Minutes</c> 0).</summary>
    public bool Enabled => lifetime > TimeSpan.Zero;

    /// <summary>The answers kept now (for tests).</summary>
    public int Count => answers.Count;

    /// <summary>Forgets every answer; a copy being made while this runs is not kept.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref generation);
        answers.Clear();
        Interlocked.Exchange(ref bytes, 0);
    }

    internal Task InvokeAsync(HttpContext context, RequestDelegate next, Serilog.ILogger log, bool development)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !PublicCaching.MayAnswerBeforeCookies(request.Headers))
        {
            return next(context);
        }
        var address = new Address(request.Scheme, request.Host.Value ?? "", request.PathBase.Value ?? "", request.Path.Value ?? "",
            request.QueryString.Value ?? "", request.Headers.AcceptEncoding.ToString());
        var now = time.GetUtcNow();
        if (answers.TryGetValue(address, out var answer))
        {
            if (now < answer.Expires)
            {
                return ServeAsync(context, answer, now, log, development);
            }
            if (answers.TryRemove(KeyValuePair.Create(address, answer)))
            {
                Interlocked.Add(ref bytes, -answer.Size);
            }
        }
        return PublicCaching.IsPublicAddress(request) ? CopyAsync(context, next, address, now) : next(context);
    }

    private Task ServeAsync(HttpContext context, Answer answer, DateTimeOffset now, Serilog.ILogger log, bool development)
    {
        var start = Stopwatch.GetTimestamp();
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        var headers = response.Headers;
        foreach (var (name, value) in answer.Headers)
        {
            headers[name] = value;
        }
        // As the output cache writes it: whole seconds since the cached answer was made.
        var age = now > answer.Created ? (now - answer.Created).Ticks / TimeSpan.TicksPerSecond : 0;
        headers.Age = AgeText(age);
        var write = response.BodyWriter.WriteAsync(answer.Body, context.RequestAborted);
        if (write.IsCompletedSuccessfully)
        {
            RequestLogging.WriteCompletion(log, context, start, development);
            return Task.CompletedTask;
        }
        return AwaitedAsync(write, context, start, log, development);

        static async Task AwaitedAsync(ValueTask<System.IO.Pipelines.FlushResult> write, HttpContext context, long start, Serilog.ILogger log, bool development)
        {
            try
            {
                await write;
            }
            catch (OperationCanceledException)
            {
                context.Abort();
            }
            RequestLogging.WriteCompletion(log, context, start, development);
        }
    }

    private string AgeText(long seconds)
    {
        if (seconds < ageTexts.Length)
        {
            return ageTexts[seconds] ??= seconds.ToString(CultureInfo.InvariantCulture);
        }
        return seconds.ToString(CultureInfo.InvariantCulture);
    }

    // Runs the request as usual with its body copied on the way out, and keeps the answer if the output cache gave it.
    private async Task CopyAsync(HttpContext context, RequestDelegate next, Address address, DateTimeOffset started)
    {
        var generationAtStart = Volatile.Read(ref generation);
        var response = context.Response;
        var original = response.Body;
        var copy = new CopyingStream(original, context);
        response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }
        if (response.StatusCode != StatusCodes.Status200OK || !RequestLogging.AnsweredFromCache(context)
            || copy.Body is not { } body || context.RequestAborted.IsCancellationRequested
            || AnswerOf(response.Headers, body, started, time.GetUtcNow()) is not { } answer)
        {
            return;
        }
        if (Interlocked.Add(ref bytes, answer.Size) > byteLimit)
        {
            // Full: start again rather than keep the first pages ever asked for.
            Forget();
            return;
        }
        if (!answers.TryAdd(address, answer))
        {
            Interlocked.Add(ref bytes, -answer.Size);
            return;
        }
        // The catalogue changed while this was answered: what was copied may be the page before the change.
        if (Volatile.Read(ref generation) != generationAtStart)
        {
            answers.TryRemove(KeyValuePair.Create(address, answer));
        }
    }

    private Answer? AnswerOf(IHeaderDictionary headers, byte[] body, DateTimeOffset started, DateTimeOffset finished)
    {
        if (headers.SetCookie.Count > 0 || headers.ContentLength is { } length && length != body.Length
            || !HeaderUtilities.TryParseDate(headers.Date.ToString(), out var date)
            || !HeaderUtilities.TryParseNonNegativeInt64(headers.Age.ToString(), out var age))
        {
            return null;
        }
        var kept = new List<KeyValuePair<string, StringValues>>(headers.Count);
        foreach (var header in headers)
        {
            if (Array.FindIndex(NotKept, name => string.Equals(name, header.Key, StringComparison.OrdinalIgnoreCase)) < 0)
            {
                kept.Add(header);
            }
        }
        // The cached answer was made within the second its Date names, and Age whole seconds before the output cache
        // served it (between started and finished): the middle of what both allow, and an expiry at the earliest.
        var ageSpan = TimeSpan.FromSeconds(age);
        var earliest = Max(date, started - ageSpan - TimeSpan.FromSeconds(1));
        var latest = Min(date + TimeSpan.FromSeconds(1), finished - ageSpan);
        var created = latest > earliest ? earliest + (latest - earliest) / 2 : date;
        return new Answer([.. kept], body, created, Min(earliest, created) + lifetime);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private readonly record struct Address(string Scheme, string Host, string PathBase, string Path, string Query, string AcceptEncoding);

    private sealed record Answer(KeyValuePair<string, StringValues>[] Headers, byte[] Body, DateTimeOffset Created, DateTimeOffset Expires)
    {
        // The body and about as much again for the headers and keys.
        public long Size { get; } = Body.Length + 1024;
    }

    /// <summary>
    /// Writes through to the response and keeps a copy of what was written, up to <see cref="MaxBody"/>, when the output
    /// cache is answering: a page rendered now (a miss) is not copied, since only the cache's answers are kept.
    /// </summary>
    private sealed class CopyingStream(Stream inner, HttpContext context) : Stream
    {
        private MemoryStream? copy;
        private bool decided;

        /// <summary>Everything written, or null when nothing was kept (a rendered page, or one past the limit).</summary>
        public byte[]? Body => copy?.ToArray();

        private void Keep(ReadOnlySpan<byte> buffer)
        {
            if (!decided)
            {
                // By the first write the request has either been answered by the cache or gone past it to be rendered.
                decided = true;
                copy = RequestLogging.WentPastOutputCache(context) ? null : new MemoryStream();
            }
            if (copy is null)
            {
                return;
            }
            if (copy.Length + buffer.Length > MaxBody)
            {
                copy = null;
                return;
            }
            copy.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

public static class PreparedHitsPipeline
{
    /// <summary>Right after the forwarded headers (the key needs the client's scheme and host), before everything else.</summary>
    public static IApplicationBuilder UsePreparedHits(this IApplicationBuilder app, IHostEnvironment environment)
    {
        var hits = app.ApplicationServices.GetRequiredService<PreparedHits>();
        if (!hits.Enabled)
        {
            return app;
        }
        var log = RequestLogging.CompletionLogger(app.ApplicationServices);
        var development = environment.IsDevelopment();
        return app.Use(next => context => hits.InvokeAsync(context, next, log, development));
    }
}
