using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// The crawl metadata line (<c> date 2023-11</c>) is the document's date, not article text; an explicit
/// <see cref="Contract.ExtractionInput.Date"/> wins over it.
/// </summary>
internal sealed class DocumentDateStep : IExtractionStep
{
    public string Name => "document-date";

    public void Run(ExtractionContext context)
    {
        context.DocumentDate = context.Input.Date;
        var words = context.Words;
        if (words.Count < 2 || words[0].Text != "date" || words[1].Kind != WordKind.Number || !IsIsoDate(words[1].Text))
        {
            return;
        }

        context.DocumentDate ??= words[1].Text;
        var date = DateStep.DateEntity(context, words[1].Text);
        context.AddMention(1, 1, date);
        context.Metadata = (0, 1);
    }

    private static bool IsIsoDate(string text) =>
        text.Length is 4 or 7 or 10 && char.IsAsciiDigit(text[0]) && text.Split('-').All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
}
