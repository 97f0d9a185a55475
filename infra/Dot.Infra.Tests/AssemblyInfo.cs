// The jsii runtime behind the CDK is one Node.js process per test run, not safe to call from parallel tests.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
