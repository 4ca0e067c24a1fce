using KdramaMoments.Web.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;

namespace KdramaMoments.Web.Pages.Developers;

/// <summary>The OpenAPI document presented as a page: rendered on the server, so it needs no script.</summary>
public sealed class IndexModel([FromKeyedServices("v1")] IOpenApiDocumentProvider openApi) : PageModel
{
    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await openApi.GetOpenApiDocumentAsync(cancellationToken);
        Operations = document.Paths
            .SelectMany(path => (path.Value.Operations ?? []).Select(op => new Operation(
                op.Key.ToString().ToUpperInvariant(),
                path.Key,
                op.Value.Summary,
                (op.Value.Parameters ?? []).Select(p => new Parameter(p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "", p.Required, p.Schema?.Type?.ToString().ToLowerInvariant())).ToList(),
                (op.Value.Responses ?? []).Select(r => $"{r.Key} {r.Value.Description}".Trim()).ToList(),
                ApiExamples.All.GetValueOrDefault(ApiExamples.Key(op.Key.ToString(), path.Key)))))
            .OrderBy(o => o.Path, StringComparer.Ordinal)
            .ToList();
    }

    public sealed record Operation(string Method, string Path, string? Summary, IReadOnlyList<Parameter> Parameters, IReadOnlyList<string> Responses, ApiExamples.Example? Example)
    {
        public string? ExampleJson => Example?.Response.ToJsonString(ApiExamples.Json);
    }

    public sealed record Parameter(string Name, string In, bool Required, string? Type);
}
