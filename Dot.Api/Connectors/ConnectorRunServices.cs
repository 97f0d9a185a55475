using Dot.Domain.Analytics;
using Dot.Domain.Connectors;
using Dot.Domain.Intake;
using Dot.Domain.Uploads;

namespace Dot.Api.Connectors;

/// <summary>Where a run's pages go: the intake, the raw store, the analytics store; and where its progress is kept.</summary>
public sealed record ConnectorRunServices(UploadIntake Intake, IRawStore Raw, IAnalyticsWriter Analytics, IConnectorStore Connectors, IConnectorRunStore Runs);
