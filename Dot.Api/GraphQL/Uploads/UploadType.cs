using Dot.Domain.Reports;
using Dot.Domain.Results;
using Dot.Domain.Uploads;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Uploads;

public sealed class UploadType : ObjectGraphType<Upload>
{
    public UploadType()
    {
        Name = "Upload";
        Description = "One push of report files into a dataset, and what became of it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("datasetId").Resolve(c => c.Source.DatasetId);
        Field<NonNullGraphType<UploadStatusType>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("run").Description("The run key the upload was sent with (?run=).").Resolve(c => c.Source.RunKey);
        Field<StringGraphType>("environment").Resolve(c => c.Source.Environment);
        Field<NonNullGraphType<DateTimeGraphType>>("receivedAt").Resolve(c => c.Source.ReceivedAt.UtcDateTime);
        Field<DateTimeGraphType>("finishedAt").Resolve(c => c.Source.FinishedAt?.UtcDateTime);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UploadFileType>>>>("files").Resolve(c => c.Source.Files);
        Field<ReportCountsType>("counts").Description("Test executions read, once the upload succeeded.").Resolve(c => c.Source.Counts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UploadProblemType>>>>("errors").Resolve(c => c.Source.Errors ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings").Resolve(c => c.Source.Warnings ?? []);
    }
}

public sealed class UploadStatusType : EnumerationGraphType<UploadStatus>
{
    public UploadStatusType()
    {
        Name = "UploadStatus";
    }
}

public sealed class UploadFileType : ObjectGraphType<UploadFile>
{
    public UploadFileType()
    {
        Name = "UploadFile";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<LongGraphType>>("sizeBytes").Resolve(c => c.Source.SizeBytes);
        Field<NonNullGraphType<StringGraphType>>("format").Description("The format the file was read as, detected from its content.").Resolve(c => ReportFormats.NameOf(c.Source.Format));
        Field<ReportCountsType>("counts").Description("Test executions read from this file, once the upload succeeded.").Resolve(c => c.Source.Counts);
    }
}

public sealed class UploadProblemType : ObjectGraphType<UploadProblem>
{
    public UploadProblemType()
    {
        Name = "UploadProblem";
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
        Field<StringGraphType>("file").Resolve(c => c.Source.File);
        Field<IntGraphType>("line").Resolve(c => c.Source.Line);
        Field<IntGraphType>("column").Resolve(c => c.Source.Column);
    }
}

public sealed class ReportCountsType : ObjectGraphType<ReportCounts>
{
    public ReportCountsType()
    {
        Name = "ReportCounts";
        Field<NonNullGraphType<IntGraphType>>("tests").Resolve(c => c.Source.Tests);
        Field<NonNullGraphType<IntGraphType>>("passed").Resolve(c => c.Source.Passed);
        Field<NonNullGraphType<IntGraphType>>("failed").Resolve(c => c.Source.Failed);
        Field<NonNullGraphType<IntGraphType>>("errored").Resolve(c => c.Source.Errored);
        Field<NonNullGraphType<IntGraphType>>("skipped").Resolve(c => c.Source.Skipped);
        Field<NonNullGraphType<IntGraphType>>("workItems").Description("Work items read from a tracker export.").Resolve(c => c.Source.WorkItems);
    }
}
