using Dot.Portal.Api;
using Dot.Portal.Api.Models;
using Dot.Portal.Forms;
using Dot.Portal.Tokens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dot.Portal.Pages.Datasets;

/// <summary><c>/datasets/{id}/{upload-tokens|read-tokens}/{tokenId}/revoke</c>: asks first, then revokes.</summary>
public sealed class RevokeModel(DotApiClient api) : PageModel
{
    public TokenPage Subject { get; private set; } = null!;

    public TokenKind Kind => Subject.Kind;

    public DatasetView View => Subject.View;

    public TokenRow? Token { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string kind, string tokenId, CancellationToken cancellationToken) =>
        await LoadAsync(id, kind, tokenId, cancellationToken);

    /// <summary>Sends the revocation whatever the page showed, so the API alone decides (a member gets its 403).</summary>
    public async Task<IActionResult> OnPostAsync(string id, string kind, string tokenId, CancellationToken cancellationToken)
    {
        if (await api.TokenPageAsync(id, kind, cancellationToken) is not { } subject)
        {
            return NotFound();
        }
        Subject = subject;
        var problem = await api.RevokeAsync(Kind, tokenId, cancellationToken);
        if (problem is null)
        {
            return Redirect($"/datasets/{id}/{Kind.Slug}");
        }
        if (problem.IsNotFound)
        {
            return NotFound();
        }
        FormProblems.Show(this, problem, string.Empty);
        return Page();
    }

    /// <summary>The dataset and the token; 404 when either is not the user's. A member sees the API's refusal.</summary>
    private async Task<IActionResult> LoadAsync(string id, string kind, string tokenId, CancellationToken cancellationToken)
    {
        if (await api.TokenPageAsync(id, kind, cancellationToken) is not { } subject)
        {
            return NotFound();
        }
        Subject = subject;
        var tokens = await api.ListAsync(Kind, id, cancellationToken);
        if (tokens.Problem is { } problem)
        {
            FormProblems.Show(this, problem, string.Empty);
            return Page();
        }
        Token = tokens.Value.FirstOrDefault(token => token.Id == tokenId);
        return Token is null ? NotFound() : Page();
    }
}
