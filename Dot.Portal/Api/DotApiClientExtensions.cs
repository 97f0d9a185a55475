using Dot.Portal.Configuration;
using Microsoft.Extensions.Options;

namespace Dot.Portal.Api;

public static class DotApiClientExtensions
{
    /// <summary>The GraphQL client of Dot.Api at <c>Portal:ApiUrl</c>, and the documents it sends.</summary>
    public static WebApplicationBuilder AddDotApiClient(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<GraphQLDocuments>();
        builder.Services.AddHttpClient<DotApiClient>((services, http) =>
        {
            http.BaseAddress = new Uri(services.GetRequiredService<IOptions<PortalOptions>>().Value.ApiBase + "/");
            http.Timeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }
}
