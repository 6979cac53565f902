using System.Text.RegularExpressions;

namespace OicGraph.Graph.Model;

/// <summary>
/// The one id rule for documents, on every path (the API's POST, seeding from graph-seed/, the CLI): the id given (the
/// request's <c>id</c>, the manifest's, a JSONL line's), else a file's name up to its first dot when that is a valid id
/// (<c>oic-interview-mussinov.kk-Arab.txt</c> is <c>oic-interview-mussinov</c>), else <c>doc-</c> and the first 12 hex
/// digits of the text's SHA-256, so the same text always gets the same id.
/// </summary>
public static partial class DocumentIds
{
    public const string Rule = "An id is 1-100 characters of letters, digits, '-', '_' or '.', starting with a letter or digit.";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>The id of a text given no id and no file name.</summary>
    public static string ForText(string text) => "doc-" + Document.HashOf(text)[..12];

    /// <summary>A file's name up to its first dot, when that is a valid id.</summary>
    public static string? FromFileName(string path)
    {
        var stem = Path.GetFileName(path).Split('.')[0];
        return IsValid(stem) ? stem : null;
    }

    /// <summary>The rule in order: the given id, the file's name, the text's hash.</summary>
    public static string Choose(string? given, string? fileName, string text) =>
        given ?? (fileName is null ? null : FromFileName(fileName)) ?? ForText(text);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex Pattern();
}
