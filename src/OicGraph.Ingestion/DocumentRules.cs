using System.Globalization;
using OicGraph.Graph.Model;

namespace OicGraph.Ingestion;

/// <summary>
/// What a document to store must satisfy, one definition for the API's validators (FluentValidation rules built on these
/// predicates) and for <c>oicgraph ingest --data</c>, which writes without the API in between.
/// </summary>
public static class DocumentRules
{
    public const string TextMessage = "Send the article's text in 'text'.";
    public const string IdMessage = DocumentIds.Rule;
    public const string DateMessage = "A date is ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD.";
    public const string SourceUrlMessage = "'sourceUrl' must be an absolute http or https URL.";
    public const string LanguageMessage = "Only Kazakh (kk) is read for now.";
    public const string ScriptMessage = "Only the Arabic script (Arab) is read for now.";
    public const int TitleMaxLength = 300;

    public static bool BeAnId(string? id) => id is null || DocumentIds.IsValid(id);

    public static bool BeAnIsoDate(string? date) => date is null || date.Length switch
    {
        4 => int.TryParse(date, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        7 => DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        10 => DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };

    public static bool BeASourceUrl(string? url) => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    public static bool BeALanguage(string? language) => language is null or "kk";

    public static bool BeAScript(string? script) => script is null or "Arab";

    /// <summary>The first rule <paramref name="document"/> breaks, as "field: message", or null when it breaks none.</summary>
    public static string? FirstProblem(NewDocument document) =>
        string.IsNullOrWhiteSpace(document.Text) ? "text: " + TextMessage
        : (document.Title?.Length ?? 0) > TitleMaxLength ? $"title: a title is at most {TitleMaxLength} characters; this one has {document.Title!.Length}."
        : !BeASourceUrl(document.SourceUrl) ? "sourceUrl: " + SourceUrlMessage
        : !BeAnIsoDate(document.Date) ? "date: " + DateMessage
        : !BeALanguage(document.Language) ? "language: " + LanguageMessage
        : !BeAScript(document.Script) ? "script: " + ScriptMessage
        : !BeAnId(document.Id) ? "id: " + IdMessage
        : null;
}
