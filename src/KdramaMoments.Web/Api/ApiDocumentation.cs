using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KdramaMoments.Web.Api;

/// <summary>
/// The OpenAPI document of the JSON API. Numbers arrive as strings (so "abc" or "2019x" is ignored, never a 400),
/// but callers should send integers: the document says so. Each operation's answer carries its example
/// (<see cref="ApiExamples"/>).
/// </summary>
public static class ApiDocumentation
{
    private static readonly HashSet<string> IntegerParameters = ["year", "page", "pageSize"];

    public static IServiceCollection AddCatalogApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddOperationTransformer((operation, context, _) =>
        {
            TypeIntegers(operation);
            AddExample(operation, context);
            return Task.CompletedTask;
        }));

    private static void TypeIntegers(OpenApiOperation operation)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.Name is not null && IntegerParameters.Contains(p.Name)))
        {
            parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" };
        }
    }

    private static void AddExample(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var key = ApiExamples.Key(context.Description.HttpMethod ?? "GET", "/" + context.Description.RelativePath);
        if (ApiExamples.All.TryGetValue(key, out var example) && operation.Responses is { } responses && responses.TryGetValue("200", out var ok)
            && ok.Content is { } content && content.TryGetValue("application/json", out var media) && media is OpenApiMediaType json)
        {
            json.Example = example.Response.DeepClone();
        }
    }
}
