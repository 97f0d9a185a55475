using Dot.Portal.Tests.Support;
using Microsoft.Playwright;

namespace Dot.Portal.Tests.EndToEnd;

/// <summary>Runs a stack of its own, since it stops the API.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class ApiDownTests
{
    [Fact]
    public async Task With_the_API_down_the_portal_says_so_instead_of_a_stack_trace()
    {
        var stack = new PortalHosts();
        await stack.InitializeAsync();
        try
        {
            // Before anyone signed in, the portal cannot reach the provider (the API, in Development).
            await stack.Api.StopAsync();
            await using (var early = await stack.NewSessionAsync())
            {
                var signIn = await early.GoToAsync("/");
                Assert.Equal(503, signIn!.Status);
                await Assertions.Expect(early.Heading("Sign-in is not reachable")).ToBeVisibleAsync();
                await early.CheckPageAsync("sign-in-down");
            }

            await stack.StartApiAsync(stack.ApiUrl);
            await using var alice = await stack.NewSessionAsync();
            await alice.SignInAsync("alice");
            await stack.Api.StopAsync();
            var response = await alice.GoToAsync("/");

            Assert.Equal(503, response!.Status);
            await Assertions.Expect(alice.Heading("The DoT API is not reachable")).ToBeVisibleAsync();
            await Assertions.Expect(alice.Page.GetByText(stack.ApiBase)).ToBeVisibleAsync();
            Assert.DoesNotContain("Exception", await alice.Page.ContentAsync(), StringComparison.Ordinal);
            await alice.CheckPageAsync("api-down");
        }
        finally
        {
            await stack.DisposeAsync();
        }
    }
}
