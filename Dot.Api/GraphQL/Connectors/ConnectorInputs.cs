using Dot.Api.GraphQL.Audit;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Connectors;

public sealed record CreateJiraConnectorInput(
    string DatasetId, string Name, string BaseUrl, Domain.Connectors.JiraDeployment Deployment, string Jql, string? Email, string ApiToken, string? Schedule,
    int? ReconcileHours) : IAuditTarget
{
    public string? AuditTargetId => DatasetId;
}

public sealed class CreateJiraConnectorInputType : InputObjectGraphType<CreateJiraConnectorInput>
{
    public CreateJiraConnectorInputType()
    {
        Name = "CreateJiraConnectorInput";
        Field<NonNullGraphType<IdGraphType>>("datasetId");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("baseUrl").Description("The site, e.g. https://acme.atlassian.net (https only).");
        Field<NonNullGraphType<JiraDeploymentType>>("deployment");
        Field<NonNullGraphType<StringGraphType>>("jql").Description("The issues to pull, e.g. project = WEB.");
        Field<StringGraphType>("email").Description("Cloud only: the account the API token belongs to.");
        Field<NonNullGraphType<StringGraphType>>("apiToken").Description("Cloud: the API token. Data Center: a personal access token. Write-only.");
        this.AddSchedule();
        this.AddReconcileHours();
    }
}

public sealed record CreateAppStoreConnectorInput(string DatasetId, string Name, string AppId, string IssuerId, string KeyId, string PrivateKey, string? Schedule) : IAuditTarget
{
    public string? AuditTargetId => DatasetId;
}

public sealed class CreateAppStoreConnectorInputType : InputObjectGraphType<CreateAppStoreConnectorInput>
{
    public CreateAppStoreConnectorInputType()
    {
        Name = "CreateAppStoreConnectorInput";
        Field<NonNullGraphType<IdGraphType>>("datasetId");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("appId");
        Field<NonNullGraphType<StringGraphType>>("issuerId");
        Field<NonNullGraphType<StringGraphType>>("keyId");
        Field<NonNullGraphType<StringGraphType>>("privateKey").Description("The .p8 file's text (an EC P-256 key). Write-only.");
        this.AddSchedule();
    }
}

public sealed record CreateGooglePlayConnectorInput(string DatasetId, string Name, string PackageName, string ServiceAccountJson, string? Schedule) : IAuditTarget
{
    public string? AuditTargetId => DatasetId;
}

public sealed class CreateGooglePlayConnectorInputType : InputObjectGraphType<CreateGooglePlayConnectorInput>
{
    public CreateGooglePlayConnectorInputType()
    {
        Name = "CreateGooglePlayConnectorInput";
        Field<NonNullGraphType<IdGraphType>>("datasetId");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("packageName");
        Field<NonNullGraphType<StringGraphType>>("serviceAccountJson").Description("The service account key file's JSON. Write-only.");
        this.AddSchedule();
    }
}

public sealed record UpdateConnectorInput(string Id, string? Name, string? Schedule, bool? Enabled, string? BaseUrl, string? Jql, string? Email, int? ReconcileHours) : IAuditTarget
{
    public string? AuditTargetId => Id;
}

public sealed class UpdateConnectorInputType : InputObjectGraphType<UpdateConnectorInput>
{
    public UpdateConnectorInputType()
    {
        Name = "UpdateConnectorInput";
        Description = "The values to change; those left out stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("name");
        Field<StringGraphType>("schedule");
        Field<BooleanGraphType>("enabled");
        Field<StringGraphType>("baseUrl");
        Field<StringGraphType>("jql");
        Field<StringGraphType>("email");
        this.AddReconcileHours();
    }
}

public sealed record SetConnectorSecretInput(string Id, string Secret) : IAuditTarget
{
    public string? AuditTargetId => Id;
}

public sealed class SetConnectorSecretInputType : InputObjectGraphType<SetConnectorSecretInput>
{
    public SetConnectorSecretInputType()
    {
        Name = "SetConnectorSecretInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("secret").Description("The API token, personal access token, .p8 key or service account JSON. Write-only.");
    }
}

public sealed record ConnectorIdInput(string Id) : IAuditTarget
{
    public string? AuditTargetId => Id;
}

public sealed class ConnectorIdInputType : InputObjectGraphType<ConnectorIdInput>
{
    public ConnectorIdInputType()
    {
        Name = "ConnectorIdInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
