using Dot.Portal.Api;
using Dot.Portal.Api.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dot.Portal.Pages;

/// <summary><c>/audit</c>: the tenant's audit trail, newest first, filtered by action or actor; owners only (the API decides).</summary>
public sealed class AuditModel(DotApiClient api) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public string? NextCursor { get; private set; }

    /// <summary>Why there is no trail to show: not an owner, or a filter the API refused.</summary>
    public ApiProblem? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var variables = new { first = PageSize, after = Blank(After), action = Blank(Action), actor = Blank(Actor) };
        var answer = await api.SendAsync<AuditData>("Audit", variables, cancellationToken);
        Problem = answer.Problem;
        if (Problem is not null)
        {
            Response.StatusCode = Problem.IsAccessDenied ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return;
        }
        Events = answer.Value.AuditEvents.Nodes;
        NextCursor = answer.Value.AuditEvents.PageInfo is { HasNextPage: true, EndCursor: { } cursor } ? cursor : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
