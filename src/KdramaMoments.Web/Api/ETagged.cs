using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace KdramaMoments.Web.Api;

/// <summary>
/// A JSON answer with a strong ETag (a hash of its bytes): a client that sends the tag back in
/// If-None-Match gets 304 and no body, so polling an unchanged catalogue costs almost nothing.
/// </summary>
public sealed class ETagged<T>(T value, JsonSerializerOptions? serializerOptions = null) : IResult, IEndpointMetadataProvider
{
    public T Value { get; } = value;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var context = httpContext;
        var options = serializerOptions ?? context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(Value, options);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
        context.Response.Headers.ETag = etag.ToString();
        context.Response.Headers.CacheControl = "public, no-cache"; // may be stored, but revalidated each time
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    // Tells OpenAPI what the 200 body looks like; the interface requires a static member on this generic type.
#pragma warning disable CA1000
    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
#pragma warning restore CA1000
}

public static class ETagged
{
    public static ETagged<T> Json<T>(T value, JsonSerializerOptions? options = null) => new(value, options);
}
