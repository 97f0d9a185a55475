using Dot.Portal.Api;
using Dot.Portal.Api.Models;
using Dot.Portal.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dot.Portal.Pages;

/// <summary><c>/</c>: the tenant's datasets; owners create new ones here.</summary>
public sealed class IndexModel(DotApiClient api) : PageModel
{
    public PageHeaderData Header { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Header = await api.HeaderAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var created = await api.SendAsync<CreateDatasetData>("CreateDataset", new { name = Name ?? string.Empty }, cancellationToken);
        if (created.Problem is null)
        {
            return RedirectToPage();
        }
        FormProblems.Show(this, created.Problem, nameof(Name));
        Header = await api.HeaderAsync(cancellationToken);
        return Page();
    }
}
