using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Constructs;

namespace Dot.Infra.Data;

/// <summary>
/// A customer-managed KMS key with yearly rotation whose policy names what it allows: the account may administer it
/// (not use it), and each use is added as its own statement. CDK's default policy would grant the account
/// <c>kms:*</c> on <c>*</c>, which is exactly the statement the security rules forbid.
/// </summary>
public static class ManagedKey
{
    private static readonly string[] AdministrationActions =
    [
        "kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*",
        "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion",
        "kms:CancelKeyDeletion",
    ];

    public static Key Create(Construct scope, string id, string description, bool retain)
    {
        var policy = new PolicyDocument();
        policy.AddStatements(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "AccountAdministersTheKey",
            Principals = [new AccountRootPrincipal()],
            Actions = AdministrationActions,
            Resources = ["*"],
        }));
        return new Key(scope, id, new KeyProps
        {
            Description = description,
            EnableKeyRotation = true,
            Policy = policy,
            RemovalPolicy = retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
            PendingWindow = Duration.Days(30),
        });
    }
}
