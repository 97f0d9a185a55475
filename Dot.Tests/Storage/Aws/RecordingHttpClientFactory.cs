using System.Collections.Concurrent;
using Amazon.Runtime;

namespace Dot.Tests.Storage.Aws;

/// <summary>Gives the AWS clients an HTTP client that records every request it sends: method, path and query, target, JSON body.</summary>
public sealed class RecordingHttpClientFactory : HttpClientFactory
{
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public bool Recording { get; set; }

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new Recorder(this) { InnerHandler = new HttpClientHandler() });

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;

    public override string? GetConfigUniqueString(IClientConfig clientConfig) => null;

    private sealed class Recorder(RecordingHttpClientFactory factory) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (factory.Recording)
            {
                var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.First() : null;
                string? body = null;
                if ((target is not null || request.Method == HttpMethod.Post) && request.Content is not null)
                {
                    await request.Content.LoadIntoBufferAsync(cancellationToken);
                    body = await request.Content.ReadAsStringAsync(cancellationToken);
                }
                factory.Requests.Enqueue(new RecordedRequest(request.Method.Method, request.RequestUri!, target, body));
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>One request an AWS client sent: S3's are read by path and query, DynamoDB's by their JSON body.</summary>
public sealed record RecordedRequest(string Method, Uri Uri, string? Target, string? Body);
