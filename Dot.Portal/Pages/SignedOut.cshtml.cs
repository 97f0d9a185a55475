using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dot.Portal.Pages;

/// <summary><c>/signed-out</c>: where sign-out ends, with the way back in.</summary>
[AllowAnonymous]
public sealed class SignedOutModel : PageModel;
