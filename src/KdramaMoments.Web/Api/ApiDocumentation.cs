using Microsoft.OpenApi;

namespace KdramaMoments.Web.Api;

/// <summary>
/// The OpenAPI document of the JSON API. Numbers arrive as strings (so "abc" or "2019x" is ignored, never a 400),
/// but callers should send integers: the document says so.
/// </summary>
public static class ApiDocumentation
{
    private static readonly HashSet<string> IntegerParameters = ["year", "page", "pageSize"];

    public static IServiceCollection AddCatalogApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.Name is not null && IntegerParameters.Contains(p.Name)))
            {
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" };
            }
            return Task.CompletedTask;
        }));
}
