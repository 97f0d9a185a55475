namespace Dot.Domain.Connectors;

/// <summary>Which Jira a connector talks to: Cloud (search/jql, Basic auth with e-mail and API token) or Data Center (search with startAt, a personal access token).</summary>
public enum JiraDeployment
{
    Cloud,
    DataCenter,
}
