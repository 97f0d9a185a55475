using System.Net;
using Dot.Api.Http;
using Dot.Domain.Uploads;
using Dot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dot.Tests.Api.Http;

/// <summary>No answer carries an exception, a stack trace or a server path, in Development too.</summary>
public sealed class GenericErrorsTests
{
    [Fact]
    public async Task AnEndpointThatFails_Answers500WithOneGenericSentence_InDevelopment()
    {
        await using var factory = new DotApiFactory { TestServices = services => services.AddSingleton<IUploadStore, BrokenUploadStore>() };
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).GetAsync("upl_any");

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal(GenericErrors.ServerFailure, answer.Error);
        Assert.DoesNotContain("dot-secret", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMultipartBodyCutOffMidPart_Answers400WithOneSentence_AndStoresNothing()
    {
        await using var factory = new DotApiFactory();
        var scenario = await TenantScenario.CreateAsync(factory);

        var answer = await new UploadClient(factory.CreateClient(), scenario.UploadToken).PostAsync(new TruncatedMultipartContent(JUnitReports.Make(20)));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("The request body ended before it was complete; send it again.", answer.Error);
        await scenario.AssertNothingStoredAsync(factory.DataPath);
    }
}
