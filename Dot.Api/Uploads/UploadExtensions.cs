using Dot.Domain.Reports;
using Dot.Domain.Reports.Jira;
using Dot.Domain.Reports.Json;
using Dot.Domain.Reports.NUnit;
using Dot.Domain.Reports.Trx;
using Dot.Domain.Reports.XUnit;
using Dot.Domain.WorkItems;

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
        builder.Services.AddSingleton<ReportParsers>();
        builder.Services.AddSingleton<ReportFileClassifier>();
        builder.Services.AddSingleton<ArchiveInspector>();
        builder.Services.AddSingleton<UploadReceiver>();
        builder.Services.AddSingleton<PendingUploads>();
        builder.Services.AddSingleton<UploadCompletion>();
        builder.Services.AddSingleton<UploadProcessor>();
        if (builder.Configuration.GetValue(UploadOptions.Section + ":" + nameof(UploadOptions.RunWorker), defaultValue: true))
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<UploadProcessor>());
        }
        return builder;
    }
}
