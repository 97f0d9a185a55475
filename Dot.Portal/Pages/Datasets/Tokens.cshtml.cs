using Dot.Portal.Api;
using Dot.Portal.Api.Models;
using Dot.Portal.Configuration;
using Dot.Portal.Forms;
using Dot.Portal.Tokens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dot.Portal.Pages.Datasets;

/// <summary>
/// <c>/datasets/{id}/upload-tokens</c> and <c>/datasets/{id}/read-tokens</c>: the list, and for owners the form
/// that creates one. A new token is written into this POST's answer only, never stored or redirected with.
/// </summary>
public sealed class TokensModel(DotApiClient api, IOptions<PortalOptions> portal, TimeProvider clock) : PageModel
{
    public TokenPage Subject { get; private set; } = null!;

    public TokenKind Kind => Subject.Kind;

    public DatasetView View => Subject.View;

    /// <summary>Null when the API does not list them to this user (members).</summary>
    public IReadOnlyList<TokenRow>? Tokens { get; private set; }

    public CreatedToken? Created { get; private set; }

    public string? CommandLine { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Bound on GET too: sign-in after an ended session returns here with what was typed (<see cref="Auth.KeptFormFields"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public TokenForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id, string kind, CancellationToken cancellationToken)
    {
        if (await api.TokenPageAsync(id, kind, cancellationToken) is not { } subject)
        {
            return NotFound();
        }
        Subject = subject;
        Form.Expires ??= TokenForm.Proposed(Today).Expires;
        Tokens = (await api.ListAsync(Kind, id, cancellationToken)).Data;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string kind, CancellationToken cancellationToken)
    {
        if (await api.TokenPageAsync(id, kind, cancellationToken) is not { } subject)
        {
            return NotFound();
        }
        Subject = subject;
        var created = await api.CreateAsync(Kind, id, Form, cancellationToken);
        if (created.Problem is { } problem)
        {
            FormProblems.Show(this, problem, nameof(Form) + "." + TokenForm.FieldOf(problem));
        }
        else
        {
            Created = created.Value;
            CommandLine = CurlLines.For(Kind, portal.Value.ApiBase, Created.Token);
            Response.Headers.CacheControl = "no-store";
            Form = TokenForm.Proposed(Today);
            ModelState.Clear();
        }
        Tokens = (await api.ListAsync(Kind, id, cancellationToken)).Data;
        return Page();
    }
}
