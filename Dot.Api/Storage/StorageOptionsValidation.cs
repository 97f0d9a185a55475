using Dot.Storage.Aws;
using Microsoft.Extensions.Options;

namespace Dot.Api.Storage;

/// <summary>Checks the choice of stores and, for those on AWS, their settings; every failure names its setting.</summary>
public sealed class StorageOptionsValidation(IHostEnvironment environment) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        problems.AddRange(AwsStorageRules.Check(
            options.Aws,
            config: options.ConfigMode == StorageMode.Aws,
            raw: options.RawMode == StorageMode.Aws,
            secrets: options.SecretsMode == StorageMode.Aws,
            analytics: options.AnalyticsMode == StorageMode.Aws,
            environment: new AwsEnvironment(environment.IsDevelopment(), environment.IsProduction())));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
