namespace OicGraph.Api.Contracts;

/// <summary>Text to run through the extraction pipeline.</summary>
/// <param name="Text" example="استانا. قازاقپارات - قازاقستان 1992 -جىلى يسلام ىنتىماقتاستىعى ۇيىمىنا مۇشە بولدى.">Kazakh text in Arabic script (tote); a first line `date YYYY-MM` is read as the document date.</param>
/// <param name="DocumentId" example="my-article">Id to put in the result's document; optional.</param>
/// <param name="Date" example="2023-11">Document date (ISO 8601, possibly partial) when the text has no `date` line; optional.</param>
public sealed record ExtractRequest(string? Text, string? DocumentId, string? Date);
