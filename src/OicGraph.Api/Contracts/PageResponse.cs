namespace OicGraph.Api.Contracts;

/// <summary>One page of a list, the size of the whole list and the link to the next page.</summary>
/// <param name="Items">The items of this page, in the list's stable order.</param>
/// <param name="Total">How many items the whole list has.</param>
/// <param name="Offset">How many items precede this page.</param>
/// <param name="Limit">The most items a page holds.</param>
/// <param name="Next">The relative URL of the next page, or null on the last page.</param>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit, string? Next);
