using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using OicGraph.Graph;

namespace OicGraph.Api.Composition;

/// <summary>
/// A strong ETag on every successful GET under /api, and 304 Not Modified when the client's If-None-Match already names
/// it: frontends polling the graph pay for the bytes only when something changed. A store that has a version
/// (<see cref="IGraphVersion"/>, the embedded one) answers the 304 before any work and streams every other response
/// unbuffered (and, with <see cref="VersionedResponseCache"/> on, answers a URL asked for again at the same version
/// from the bytes of its first answer); for a store without one (Neo4j, which other clients may write to) the body is
/// buffered and hashed.
/// </summary>
internal sealed class ETagMiddleware(RequestDelegate next, VersionedResponseCache cache)
{
    public async Task InvokeAsync(HttpContext context, IGraphStore store)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (store is IGraphVersion versioned)
        {
            await FromVersion(context, versioned);
            return;
        }

        await FromHash(context);
    }

    // The version is read before the work, so a write landing meanwhile can only make the tag older than the body: the
    // client's next request then gets the whole answer again, never a 304 over stale data.
    private async Task FromVersion(HttpContext context, IGraphVersion store)
    {
        var version = store.VersionToken;
        // The URL keys a cache entry already; the Accept header is the only other input a GET under /api answers by.
        var accept = context.Request.Headers.Accept.ToString();
        var variant = (uint)StringComparer.Ordinal.GetHashCode(accept);
        var etag = $"\"{version}-{variant:x8}\"";
        if (Matches(context.Request, etag))
        {
            NotModified(context.Response, etag);
            return;
        }

        var key = cache.Enabled ? string.Concat(context.Request.Path.Value, context.Request.QueryString.Value, "\n", accept) : null;
        if (key is not null && cache.TryGet(version, key, out var cached))
        {
            await WriteCached(context.Response, cached, etag, context.RequestAborted);
            return;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.Response.Headers.ETag = etag;
            }

            return Task.CompletedTask;
        });
        if (key is null)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        var capture = new CapturingStream(original, cache.MaxEntryBytes);
        context.Response.Body = capture;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        // Kept only when no write landed while it was computed: then the body is exactly the state the version names.
        if (context.Response.StatusCode == StatusCodes.Status200OK && !context.RequestAborted.IsCancellationRequested
            && capture.Captured is { } body && store.VersionToken == version)
        {
            cache.Add(version, key, new CachedResponse(body, context.Response.ContentType, context.Response.Headers.ContentDisposition.ToString() is { Length: > 0 } d ? d : null));
        }
    }

    private static Task WriteCached(HttpResponse response, CachedResponse cached, string etag, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = cached.ContentType;
        if (cached.ContentDisposition is { } disposition)
        {
            response.Headers.ContentDisposition = disposition;
        }

        response.ContentLength = cached.Body.Length;
        response.Headers.ETag = etag;
        return response.Body.WriteAsync(cached.Body, cancellationToken).AsTask();
    }

    private async Task FromHash(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        buffer.Position = 0;
        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(buffer))[..32]}\"";
            buffer.Position = 0;
            if (Matches(context.Request, etag))
            {
                NotModified(context.Response, etag);
                return;
            }

            context.Response.Headers.ETag = etag;
        }

        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static bool Matches(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(v => v is not null && (v == "*" || v.Split(',').Select(t => t.Trim()).Contains(etag)));

    private static void NotModified(HttpResponse response, string etag)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        response.ContentLength = null;
        response.Headers.Remove(HeaderNames.ContentType);
        response.Headers.ETag = etag;
    }
}
