namespace Dot.Api.Audit;

public static class AuditExtensions
{
    /// <summary>The audit recorder; the audit log port itself comes with the storage adapters.</summary>
    public static IHostApplicationBuilder AddDotAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<AuditRecorder>();
        builder.Services.AddSingleton<RefusedCallAuditor>();
        return builder;
    }
}
