using System.Net;
using Dot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.GraphQL.Audit;

/// <summary>The API as a client at <see cref="RemoteAddress"/> sees it (TestServer has no remote address of its own); connectors never run.</summary>
public sealed class AuditApiFactory : DotApiFactory
{
    public static readonly IPAddress RemoteAddress = IPAddress.Parse("203.0.113.9");

    public AuditApiFactory()
    {
        Settings["Connectors:RunScheduler"] = "false";
        TestServices = services => services.AddSingleton<IStartupFilter, RemoteAddressFilter>();
    }

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = RemoteAddress;
                return then(context);
            });
            next(app);
        };
    }
}
