using OicGraph.Extraction.Naming;
using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// Initiatives to create something: "15 دامىعان مەملەكەتتەر فورۋمىن قۇرۋ" (to create a forum of 15 developed states) is
/// an initiative, not an event; its English name is glossed from the words before the head noun.
/// </summary>
internal sealed class InitiativeStep : IExtractionStep
{
    private static readonly (string Key, string English)[] Heads =
        [.. new[] { ("форум", "Forum"), ("орталық", "Centre"), ("қор", "Fund"), ("кеңес", "Council"), ("ұйым", "Organisation") }.Select(h => (Lexicon.Key(h.Item1), h.Item2))];

    private static readonly string Create = Lexicon.Key("құру");

    public string Name => "initiatives";

    public void Run(ExtractionContext context)
    {
        var words = context.Words;
        foreach (var sentence in context.Sentences)
        {
            for (var i = sentence.FirstWord + 1; i + 1 < sentence.EndWord; i++)
            {
                if (words[i + 1].Key != Create || context.OwnerOf(i) is not null || EventHeads.Find(context, words[i].Key, Heads) is not { } head)
                {
                    continue;
                }

                var glosses = new List<string>();
                var first = i;
                for (var k = i - 1; k >= sentence.FirstWord && glosses.Count < 4 && context.OwnerOf(k) is null; k--)
                {
                    var gloss = words[k].Kind == WordKind.Number ? words[k].Text : Glossary.Gloss(words[k].Key);
                    if (gloss is null)
                    {
                        break;
                    }

                    glosses.Insert(0, gloss);
                    first = k;
                }

                if (glosses.Count == 0)
                {
                    continue;
                }

                var english = $"{head} of {string.Join(' ', glosses)}";
                var entity = context.Entity(Slug.Of(english), EntityType.Initiative, english);
                entity.NameArabic ??= context.Normalized.Text[words[first].Start..words[i].End];
                context.AddMention(first, i, entity);
            }
        }
    }
}
