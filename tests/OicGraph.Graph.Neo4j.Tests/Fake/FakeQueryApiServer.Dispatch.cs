using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace OicGraph.Graph.Neo4j.Tests.Fake;

public sealed partial class FakeQueryApiServer
{
    private enum RouteKind
    {
        Query,
        Begin,
        Transaction,
        Commit,
    }

    private sealed record RouteMatch(string Database, RouteKind Kind, string? TransactionId);

    private static RouteMatch? Route(string path)
    {
        var match = RoutePattern().Match(path);
        if (!match.Success)
        {
            return null;
        }

        var database = Uri.UnescapeDataString(match.Groups["db"].Value);
        if (!match.Groups["tx"].Success)
        {
            return new RouteMatch(database, RouteKind.Query, null);
        }

        if (!match.Groups["id"].Success)
        {
            return new RouteMatch(database, RouteKind.Begin, null);
        }

        return new RouteMatch(database, match.Groups["commit"].Success ? RouteKind.Commit : RouteKind.Transaction, match.Groups["id"].Value);
    }

    private async Task DispatchAsync(HttpContext context, RouteMatch route, FakeRequestBody body, bool typed)
    {
        var mediaType = typed ? FakeResponses.Typed : FakeResponses.Json;
        if (route.Kind == RouteKind.Query)
        {
            if (string.IsNullOrEmpty(body.Statement))
            {
                await FakeResponses.ErrorAsync(context, 400, "Neo.ClientError.Request.Invalid", "statement cannot be null or empty", mediaType);
                return;
            }

            var outcome = await ExecuteAsync(new FakeStatement(body.Statement, body.Parameters, body.ReadMode, null));
            await RespondAsync(context, outcome, typed, body.IncludeCounters, null, bookmarks: true);
            return;
        }

        if (route.Kind == RouteKind.Begin)
        {
            var transaction = new OpenTransaction(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..6], DateTimeOffset.UtcNow + Options.TransactionExpiry);
            transaction.TryAcquire();
            _transactions[transaction.Id] = transaction;
            _executor.Begin(transaction.Id);
            if (Options.ClusterAffinity is { } affinity)
            {
                context.Response.Headers["neo4j-cluster-affinity"] = affinity;
            }

            try
            {
                await RunInTransactionAsync(context, transaction, body, typed);
            }
            finally
            {
                transaction.Release();
            }

            return;
        }

        if (Find(route.TransactionId!, context) is not { } open)
        {
            await FakeResponses.ErrorAsync(context, 404, "Neo.ClientError.Request.Invalid",
                $"Transaction with Id: \"{route.TransactionId}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.",
                mediaType);
            return;
        }

        if (!open.TryAcquire())
        {
            await FakeResponses.ErrorAsync(context, 400, "Neo.ClientError.Transaction.TransactionAccessedConcurrently",
                "Another request is currently accessing this transaction.", mediaType);
            return;
        }

        try
        {
            await DispatchInAsync(context, route, open, body, typed, mediaType);
        }
        finally
        {
            open.Release();
        }
    }

    private async Task DispatchInAsync(HttpContext context, RouteMatch route, OpenTransaction open, FakeRequestBody body, bool typed, string mediaType)
    {
        if (HttpMethods.IsDelete(context.Request.Method))
        {
            End(open, commit: false);

            // "Keeps the status as 200 for not breaking compatibility"; 5.26 sends no body, 2026.09 sends {}.
            context.Response.StatusCode = 200;
            if (Options.Modern)
            {
                context.Response.ContentType = mediaType;
                await context.Response.WriteAsync("{}");
            }

            return;
        }

        if (route.Kind == RouteKind.Commit)
        {
            FakeOutcome? outcome = null;
            if (!string.IsNullOrEmpty(body.Statement))
            {
                outcome = await ExecuteInAsync(open, body);
                if (outcome.Error is not null)
                {
                    End(open, commit: false);
                    await RespondAsync(context, outcome, typed, body.IncludeCounters, null, bookmarks: false);
                    return;
                }
            }

            End(open, commit: true);
            await RespondAsync(context, outcome, typed, body.IncludeCounters, null, bookmarks: true);
            return;
        }

        await RunInTransactionAsync(context, open, body, typed);
    }

    private async Task RunInTransactionAsync(HttpContext context, OpenTransaction transaction, FakeRequestBody body, bool typed)
    {
        FakeOutcome? outcome = null;
        if (!string.IsNullOrEmpty(body.Statement))
        {
            outcome = await ExecuteInAsync(transaction, body);
            if (outcome.Error is not null)
            {
                // A failed statement ends the transaction; the next request on it gets 404.
                End(transaction, commit: false);
                await RespondAsync(context, outcome, typed, body.IncludeCounters, null, bookmarks: false);
                return;
            }
        }

        transaction.Expires = DateTimeOffset.UtcNow + Options.TransactionExpiry;
        await RespondAsync(context, outcome, typed, body.IncludeCounters, (transaction.Id, transaction.Expires), bookmarks: false);
    }

    // A statement may wait for another transaction's lock, blocking its thread: each runs on a thread of its own, so
    // waiting statements never starve the thread pool the listener answers on.
    private Task<FakeOutcome> ExecuteAsync(FakeStatement statement) =>
        Task.Factory.StartNew(() => Execute(statement), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private FakeOutcome Execute(FakeStatement statement)
    {
        if (Options.TakeTransientFailure())
        {
            return FakeOutcome.Fail(Options.TransientCode, "The fake was told to fail transiently.");
        }

        try
        {
            return _executor.Execute(statement);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return FakeOutcome.Fail("Neo.DatabaseError.General.UnknownError", exception.Message);
        }
    }

    private Task RespondAsync(
        HttpContext context, FakeOutcome? outcome, bool typed, bool counters, (string, DateTimeOffset)? transaction, bool bookmarks)
    {
        if (outcome?.Error is { } error && !outcome.ErrorAfterRows)
        {
            return FakeResponses.ErrorAsync(context, error.HttpStatus, error.Code, error.Message, typed ? FakeResponses.Typed : FakeResponses.Json);
        }

        return FakeResponses.ResultAsync(context, outcome, typed, counters, transaction, bookmarks && outcome?.Error is null, Options.Modern);
    }

    [GeneratedRegex("^/db/(?<db>[^/]+)/query/v2(?<tx>/tx(/(?<id>[^/]+)(?<commit>/commit)?)?)?/?$")]
    private static partial Regex RoutePattern();
}
