using Dot.Domain.Intake;
using Dot.Domain.Jobs;
using Dot.Domain.Reports;
using Dot.Domain.Reports.Jira;
using Dot.Domain.Reports.Json;
using Dot.Domain.Reports.NUnit;
using Dot.Domain.Reports.Trx;
using Dot.Domain.Reports.XUnit;
using Dot.Domain.Uploads;
using Dot.Domain.WorkItems;
using Microsoft.Extensions.Options;

namespace Dot.Api.Uploads;

public static class UploadExtensions
{
    public static IHostApplicationBuilder AddDotUploads(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<UploadOptions>()
            .BindConfiguration(UploadOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IReportParser, JUnitXmlParser>();
        builder.Services.AddSingleton<IReportParser, NUnitXmlParser>();
        builder.Services.AddSingleton<IReportParser, XUnitXmlParser>();
        builder.Services.AddSingleton<IReportParser, TrxParser>();
        builder.Services.AddSingleton<IReportParser, CucumberJsonParser>();
        builder.Services.AddSingleton<IReportParser, MochaJsonParser>();
        builder.Services.AddOptions<WorkItemMapping>().BindConfiguration("WorkItems:Mapping");
        builder.Services.AddSingleton(new JiraIssueParser());
        builder.Services.AddSingleton(services => new ReportParsers(
            services.GetServices<IReportParser>(), services.GetRequiredService<JiraIssueParser>(), services.GetRequiredService<IOptions<WorkItemMapping>>().Value));
        builder.Services.AddSingleton<UploadJobSignal>();
        builder.Services.AddSingleton(services => new UploadIntake(
            services.GetRequiredService<IRawStore>(),
            services.GetRequiredService<IUploadStore>(),
            new SignalingUploadJobs(services.GetRequiredService<IUploadJobs>(), services.GetRequiredService<UploadJobSignal>()),
            services.GetRequiredService<ReportParsers>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<IOptions<UploadOptions>>().Value.IntakeLimits()));
        builder.Services.AddSingleton<UploadCompletion>();
        builder.Services.AddSingleton<UploadProcessor>();
        if (builder.Configuration.GetValue(UploadOptions.Section + ":" + nameof(UploadOptions.RunWorker), defaultValue: true))
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<UploadProcessor>());
        }
        return builder;
    }
}
