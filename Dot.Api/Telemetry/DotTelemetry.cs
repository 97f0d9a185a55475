using System.Diagnostics;

namespace Dot.Api.Telemetry;

/// <summary>
/// The API's own traces and metrics, under one name. Tags carry opaque ids, counts, reasons and codes only: never a
/// token, a secret, a name or an e-mail address.
/// </summary>
public static class DotTelemetry
{
    public const string Name = "Dot.Api";

    public static readonly ActivitySource Source = new(Name);

    public const string TenantTag = "dot.tenant_id";
    public const string DatasetTag = "dot.dataset_id";
    public const string UploadTag = "dot.upload_id";
}
