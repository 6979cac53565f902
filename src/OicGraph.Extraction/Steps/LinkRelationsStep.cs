using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Relations;
using OicGraph.Extraction.Relations.Grammar;

namespace OicGraph.Extraction.Steps;

/// <summary>
/// Runs the relation rules over every sentence, after resolving the bare "ұйым" (the organisation) of each sentence to
/// the organisation the document is about. The rules and their order are declared here.
/// </summary>
internal sealed class LinkRelationsStep : IExtractionStep
{
    private static readonly string Organization = Lexicon.Key("ұйым");
    private static readonly string[] NotOrganization = [Lexicon.Key("ұйымдастыр"), Lexicon.Key("ұйымдар")];

    internal static readonly IReadOnlyList<IRelationRule> Rules =
    [
        new MembershipRule(),
        new ObserverRule(),
        new ChairRule(),
        new LocationRule(),
        new CapitalRule(),
        new PartOfRule(),
        new PostRule(),
        new PositionRule(),
        new MeetingRule(),
        new VisitRule(),
        new ParticipationRule(),
        new EventRule(),
        new DocumentRule(),
        new WorkRule(),
        new WorkedForRule(),
        new ElectedAtRule(),
        new InterviewRule(),
        new ProposedRule(),
        new OrganizedByRule(),
        new FoundedAtRule(),
        new WorkingLanguageRule(),
    ];

    public string Name => "relations";

    public void Run(ExtractionContext context)
    {
        PlaceInNameSplit.Apply(context);
        DemonymCountries.Complete(context);
        MainCities.Apply(context);
        DistrictNames.Complete(context);
        PlacedVillages.Complete(context);
        var postCues = new PostCueStarts(context.Words);
        PostOwnerNames.Complete(context, postCues);
        PostHolderNames.Complete(context, postCues);
        FacilityNames.Complete(context);
        AgreementNames.Complete(context);
        var document = DocumentFacts.Of(context, postCues);
        ResolveOrganization(context, document);
        StatedEventsFilter.Apply(context, document);
        foreach (var sentence in context.Sentences)
        {
            if (sentence.EndWord == sentence.FirstWord)
            {
                continue;
            }

            // A sentence naming nothing and no post states no relation, except a byline ("اڭگىمەلەسكەن") whose name is on
            // the next line.
            if (!HasMention(context, sentence) && !HasPost(context, sentence) && sentence.EndWord - sentence.FirstWord > 4)
            {
                continue;
            }

            var facts = new SentenceFacts(context, sentence, document);
            foreach (var rule in Rules)
            {
                rule.Apply(facts);
            }
        }

        document.MarkPlanned();
    }

    private static bool HasMention(ExtractionContext context, SentenceSpan sentence)
    {
        for (var i = sentence.FirstWord; i < sentence.EndWord; i++)
        {
            if (context.OwnerOf(i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPost(ExtractionContext context, SentenceSpan sentence)
    {
        foreach (var post in context.Posts)
        {
            if (post.Sentence == sentence.Index)
            {
                return true;
            }
        }

        return false;
    }

    // "ۇيىمعا", "اتالعان ۇيىم": the organisation the text is about, not a new one.
    private static void ResolveOrganization(ExtractionContext context, DocumentFacts document)
    {
        if (document.MainOrganization is not { } main)
        {
            return;
        }

        var words = context.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var key = words[i].Key;
            if (context.OwnerOf(i) is null && key.StartsWith(Organization, StringComparison.Ordinal) && !Lexicon.StartsWithAny(key, NotOrganization)
                && (key == Organization || context.Resources.NameStems(key).Contains(Organization)))
            {
                context.References.Add((words[i].Sentence, i, main));
            }
        }
    }
}
