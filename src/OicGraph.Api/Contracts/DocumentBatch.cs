namespace OicGraph.Api.Contracts;

/// <summary>What a batch of articles did, one result per document in the order they were sent.</summary>
/// <param name="Created" example="2">Documents stored by this batch.</param>
/// <param name="AlreadyPresent" example="0">Documents whose text was in the graph already (nothing changed).</param>
/// <param name="Failed" example="0">Documents refused (each result says why); the others were stored all the same.</param>
/// <param name="Results">One result per document, in the order of the request.</param>
public sealed record DocumentBatchResponse(int Created, int AlreadyPresent, int Failed, IReadOnlyList<DocumentBatchResult> Results);

/// <summary>What one document of a batch became.</summary>
/// <param name="Index" example="0">Its position in the request, from 0.</param>
/// <param name="Status" example="201">The status a single POST of it would have had: 201 stored, 200 already present, 400 invalid, 409 id taken, 413 too large, 422 unstorable.</param>
/// <param name="Change">What it changed, when stored or already present.</param>
/// <param name="Problem">Why it was refused, when it was.</param>
public sealed record DocumentBatchResult(int Index, int Status, DocumentChangeResponse? Change, DocumentBatchProblem? Problem);

/// <summary>Why one document of a batch was refused, as the single POST's ProblemDetails would say it.</summary>
/// <param name="Type" example="/problems/validation">The problem type URI.</param>
/// <param name="Title" example="The request is not valid.">A short summary.</param>
/// <param name="Detail" example="Send the article's text in 'text'.">What was wrong.</param>
/// <param name="Errors">Messages per field, for validation problems.</param>
public sealed record DocumentBatchProblem(string Type, string Title, string Detail, IDictionary<string, string[]>? Errors);
