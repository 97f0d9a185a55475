using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Dot.Tests.Support.EnvironmentTestFramework", "Dot.Tests")]

namespace Dot.Tests.Support;

/// <summary>
/// xunit's own framework, except that it reports as skipped, with the reason, the tests of a class marked
/// <see cref="RequiresEnvironmentAttribute"/> whose variable is not set, and the inherited contract tests a class
/// names in <see cref="SkipsContractTestAttribute"/> (xunit 2 has no skipping decided at run time).
/// </summary>
public sealed class EnvironmentTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    /// <summary>Why the test <paramref name="method"/> must be skipped, or null when it runs.</summary>
    private static string? SkipReason(ITestMethod method)
    {
        var type = method.TestClass.Class;
        if (type.GetCustomAttributes(typeof(RequiresEnvironmentAttribute)).FirstOrDefault() is { } requirement
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(requirement.GetNamedArgument<string>(nameof(RequiresEnvironmentAttribute.Variable)))))
        {
            return requirement.GetNamedArgument<string>(nameof(RequiresEnvironmentAttribute.Reason));
        }
        return type.GetCustomAttributes(typeof(SkipsContractTestAttribute))
            .Where(skip => skip.GetNamedArgument<string>(nameof(SkipsContractTestAttribute.Method)) == method.Method.Name)
            .Select(skip => skip.GetNamedArgument<string>(nameof(SkipsContractTestAttribute.Reason)))
            .FirstOrDefault();
    }

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(
            ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            if (testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).FirstOrDefault() is null || SkipReason(testMethod) is not { } reason)
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }
            var skipped = new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceProvider, diagnosticMessageSink)
    {
        protected override ITestFrameworkDiscoverer CreateDiscoverer() =>
            new Discoverer(AssemblyInfo, SourceInformationProvider, DiagnosticMessageSink);
    }
}
