using System.Net;
using Dot.Api.GraphQL;
using Dot.Tests.Support;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dot.Tests.Api.GraphQL.Limits;

/// <summary>
/// A request that outlives GraphQL:RequestTimeoutSeconds is stopped at the stage it is in, validation included, and
/// answered 503 TIMEOUT. The clock is the test's: a validation rule moves it past the budget at the first field.
/// </summary>
public sealed class RequestBudgetTests : IDisposable
{
    private readonly ClockMovingRule _rule = new(TimeSpan.FromSeconds(6));
    private readonly DotApiFactory _factory;

    public RequestBudgetTests()
    {
        _factory = new DotApiFactory
        {
            TestServices = services => services
                .AddSingleton<TimeProvider>(_rule.Clock)
                .AddSingleton<IConfigureExecution>(new AppendRule(_rule)),
        };
        _factory.Settings["GraphQL:RequestTimeoutSeconds"] = "5";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ARequestPastItsBudget_IsStoppedDuringValidation_AndAnswers503Timeout()
    {
        var client = new GraphQLClient(_factory.CreateClient(), await _factory.GetClientTokenAsync("acme-automation"));
        _rule.Armed = true;

        var response = await client.PostAsync("mutation { createDataset(input: { name: \"never\" }) { dataset { id } } }");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal([ErrorCodes.Timeout], response.ErrorCodes);
        Assert.Contains("longer than 5 s", response.Body, StringComparison.Ordinal);
        Assert.Equal(1, _rule.FieldsEntered);
        _rule.Armed = false;
        var datasets = await client.DataAsync("{ datasets { name } }");
        Assert.DoesNotContain(datasets.GetProperty("datasets").EnumerateArray(), d => d.GetProperty("name").GetString() == "never");
    }

    [Fact]
    public async Task ARequestWithinItsBudget_IsAnswered()
    {
        var client = new GraphQLClient(_factory.CreateClient(), await _factory.GetClientTokenAsync("acme-automation"));

        var data = await client.DataAsync("{ me { subject } }");

        Assert.Equal("acme-automation", data.GetProperty("me").GetProperty("subject").GetString());
    }

    /// <summary>The API's clock, moved by <paramref name="step"/> at each field the rule sees while armed, as slow validation would.</summary>
    private sealed class ClockMovingRule(TimeSpan step) : ValidationRuleBase, INodeVisitor
    {
        private int _fieldsEntered;

        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        public bool Armed { get; set; }

        public int FieldsEntered => _fieldsEntered;

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(this);

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (Armed && node is GraphQLField)
            {
                Interlocked.Increment(ref _fieldsEntered);
                Clock.Advance(step);
            }
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
    }

    private sealed class AppendRule(IValidationRule rule) : IConfigureExecution
    {
        public float SortOrder => 100;

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(rule);
            return next(options);
        }
    }
}
