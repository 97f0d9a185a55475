using Dot.Portal.Api;
using Dot.Portal.Api.Models;
using Dot.Portal.Configuration;
using Dot.Portal.Tokens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dot.Portal.Pages.Datasets;

/// <summary><c>/datasets/{id}/uploads</c>: recent uploads with their status, counts and parse errors.</summary>
public sealed class UploadsModel(DotApiClient api, IOptions<PortalOptions> portal) : PageModel
{
    public DatasetView View { get; private set; } = null!;

    public IReadOnlyList<Upload> Uploads { get; private set; } = [];

    /// <summary>The line a CI job runs, with a placeholder for the token (shown on an empty dataset).</summary>
    public string FirstUploadLine => CurlLines.Upload(portal.Value.ApiBase, "$DOT_TOKEN");

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await api.DatasetAsync(id, cancellationToken) is not { } view)
        {
            return NotFound();
        }
        View = view;
        Uploads = (await api.SendAsync<UploadsData>("Uploads", new { dataset = id }, cancellationToken)).Value.Uploads.Nodes;
        return Page();
    }
}
