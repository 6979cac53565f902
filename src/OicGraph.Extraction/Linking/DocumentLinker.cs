using System.Runtime.CompilerServices;
using OicGraph.Extraction.Reference;
using OicGraph.Extraction.Steps;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Linking;

/// <summary>
/// One entity per referent within a document (issue #16 step 2): spelling variants of a person's name, initials and
/// surname, first name and patronymic, a bare surname, each resolved to the one fuller name it agrees with (the
/// reference person first); an abbreviation defined in parentheses or spelt from a long name's initials resolved to that
/// name. A name that agrees with two different people is left alone: a wrong merge is worse than a duplicate.
/// </summary>
internal static class DocumentLinker
{
    private static readonly ConditionalWeakTable<ReferenceData, List<(ReferenceEntry Entry, PersonName Name)>> ReferencePeople = [];

    public static EntityLinks Link(ExtractionContext context)
    {
        var links = new EntityLinks();
        LinkPeople(context, links);
        LinkAbbreviations(context, links);
        LinkOrganizations(context, links);
        LinkSurnamesTypedAsOther(context, links);
        links.MoveMentions();
        return links;
    }

    private static bool IsReference(ExtractionContext context, EntityDraft entity) => context.Resources.Reference.ById.ContainsKey(entity.Id);

    private static List<EntityDraft> Live(ExtractionContext context, EntityLinks links, Func<EntityDraft, bool> filter) =>
        [.. context.Entities.Values.Where(e => e.Mentions.Count > 0 && links.IsRoot(e) && filter(e)).OrderBy(e => e.Mentions.Min(m => m.First))];

    private static void LinkPeople(ExtractionContext context, EntityLinks links)
    {
        var people = Live(context, links, e => e.Type == EntityType.Person)
            .Select(e => (Entity: e, Name: PersonName.Parse(e.NameArabic ?? "")))
            .Where(p => p.Name is not null)
            .Select(p => (p.Entity, Name: p.Name!))
            .ToList();

        // A variant of a reference person's name is that person: ميرزيايەۆ is Мирзиёев's (ميرزيوەۆ) other spelling.
        var reference = ReferencePeople.GetValue(context.Resources.Reference, Compile);
        foreach (var (entity, name) in people.Where(p => !IsReference(context, p.Entity)).ToList())
        {
            // Every reference name is tried for every person: a plain loop, stopping at a second reference person.
            ReferenceEntry? match = null;
            var unique = true;
            foreach (var (entry, referenceName) in reference)
            {
                if ((name.First is null) != (referenceName.First is null) || !PersonName.SameReferent(name, referenceName, fullNamesOnly: false))
                {
                    continue;
                }

                if (match is null)
                {
                    match = entry;
                }
                else if (match.Id != entry.Id)
                {
                    unique = false;
                    break;
                }
            }

            if (match is not null && unique)
            {
                links.Merge(entity, GazetteerStep.FromReference(context, match));
            }
        }

        var roots = Live(context, links, e => e.Type == EntityType.Person)
            .Select(e => (Entity: e, Name: PersonName.Parse(e.NameArabic ?? "")))
            .Where(p => p.Name is not null)
            .Select(p => (p.Entity, Name: p.Name!))
            .ToList();
        var order = new Dictionary<EntityDraft, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < roots.Count; i++)
        {
            order[roots[i].Entity] = i;
        }


        // Lighter names first, so a bare surname meets every full name it could be before any of them is merged.
        foreach (var (entity, name) in roots.OrderBy(p => p.Name.Weight).ThenBy(p => order[p.Entity]).ToList())
        {
            var candidates = roots
                .Where(q => !ReferenceEquals(q.Entity, entity) && links.IsRoot(q.Entity)
                    && (q.Name.Weight > name.Weight || (q.Name.Weight == name.Weight && order[q.Entity] < order[entity]))
                    && PersonName.SameReferent(name, q.Name, fullNamesOnly: false))
                .ToList();
            if (candidates.Count == 0 || !AllAgree(candidates))
            {
                continue;
            }

            var target = candidates.OrderByDescending(q => IsReference(context, q.Entity)).ThenByDescending(q => q.Name.Weight).ThenBy(q => order[q.Entity]).First();
            links.Merge(entity, target.Entity);
        }
    }

    private static bool AllAgree(List<(EntityDraft Entity, PersonName Name)> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            for (var j = i + 1; j < candidates.Count; j++)
            {
                if (!PersonName.SameReferent(candidates[i].Name, candidates[j].Name, fullNamesOnly: false))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static List<(ReferenceEntry Entry, PersonName Name)> Compile(ReferenceData reference) =>
        [.. reference.Entries
            .Where(e => e.Type == EntityType.Person)
            .SelectMany(e => e.AllNames.Select(n => (Entry: e, Name: PersonName.Parse(ReferenceNames.HasCyrillic(n) ? CyrillicToArabic.Convert(n) : n))))
            .Where(x => x.Name is not null)
            .Select(x => (x.Entry, x.Name!))];

    /// <summary>
    /// «Long name (ABBR)»: the abbreviation is the long name, here and wherever else the document writes it; an
    /// abbreviation spelt from a long name's initials in the same document (ۇقشۇ for ۇجىمدىق قاۋىپسىزدىك تۋرالى شارت ۇيىمى) too.
    /// </summary>
    private static void LinkAbbreviations(ExtractionContext context, EntityLinks links)
    {
        var words = context.Words;
        foreach (var mention in context.Mentions.OrderBy(m => m.First).ToList())
        {
            var entity = links.Root(mention.Entity);
            if (entity.Type is not (EntityType.Organization or EntityType.Event or EntityType.Initiative) || mention.Last - mention.First < 1)
            {
                continue;
            }

            var open = mention.Last + 1;
            if (open >= words.Count || !words[open].Is('('))
            {
                continue;
            }

            var close = open + 1;
            while (close < words.Count && close - open <= 8 && !words[close].Is(')') && words[close].Sentence == words[open].Sentence)
            {
                close++;
            }

            if (close >= words.Count || !words[close].Is(')') || close == open + 1)
            {
                continue;
            }

            // In parentheses after a long name, a short word is an abbreviation if it spells the name's initials (حتا
            // has a vowel letter, so the shape test alone would miss it) or is Latin capitals (OIC).
            var text = string.Join(' ', Enumerable.Range(open + 1, close - open - 1).Select(k => words[k].Text));
            var letters = OrganizationName.Letters(text);
            if (letters is null || !(OrganizationName.Abbreviates(letters, entity.NameArabic ?? "") || letters.All(char.IsAsciiLetterUpper)))
            {
                continue;
            }

            if (context.OwnerOf(open + 1) is { } owned)
            {
                var abbreviation = links.Root(owned.Entity);
                if (ReferenceEquals(abbreviation, entity) || owned.First != open + 1 || owned.Last != close - 1)
                {
                    continue;
                }

                if (IsReference(context, abbreviation) && IsReference(context, entity))
                {
                    continue; // two reference entries the rules already told apart
                }

                if (IsReference(context, abbreviation))
                {
                    links.Merge(entity, abbreviation);
                    entity = abbreviation;
                }
                else
                {
                    links.Merge(abbreviation, entity);
                }
            }
            else
            {
                context.AddMention(open + 1, close - 1, entity);
            }

            entity.Aliases.Add(text);
            ClaimOtherUses(context, links, entity, letters, except: open + 1);
        }

        // An abbreviation entity whose letters are the initials of exactly one long name in the document.
        var organizations = Live(context, links, e => e.Type == EntityType.Organization);
        foreach (var abbreviation in organizations)
        {
            if (OrganizationName.AbbreviationLetters(abbreviation.NameArabic ?? "") is not { } letters || IsReference(context, abbreviation))
            {
                continue;
            }

            var expansions = organizations
                .Where(o => !ReferenceEquals(o, abbreviation) && links.IsRoot(o) && OrganizationName.Abbreviates(letters, o.NameArabic ?? ""))
                .ToList();
            if (expansions.Count == 1)
            {
                links.Merge(abbreviation, expansions[0]);
            }
        }
    }

    // Other places the document writes the abbreviation: unclaimed words become mentions of the long name; a new entity
    // read from them (the labeller's guess) is merged into it.
    private static void ClaimOtherUses(ExtractionContext context, EntityLinks links, EntityDraft entity, string letters, int except)
    {
        var words = context.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (i == except || !words[i].IsWord)
            {
                continue;
            }

            var last = i;
            string? found = null;
            if (Stem(words[i].Key) == letters)
            {
                found = letters;
            }
            else if (words[i].Key.Length == 1)
            {
                while (last + 1 < words.Count && words[last + 1].IsWord && words[last + 1].Key.Length <= 1 && last + 1 - i < letters.Length)
                {
                    last++;
                }

                var spaced = string.Concat(Enumerable.Range(i, last - i + 1).Select(k => words[k].Key));
                var next = last + 1 < words.Count ? words[last + 1] : null;
                if (spaced == letters && (next is null || !next.IsWord || next.Text.StartsWith('-') || next.Key.Length > 1))
                {
                    found = letters;
                }
            }

            if (found is null)
            {
                continue;
            }

            if (context.OwnerOf(i) is { } owned)
            {
                var other = links.Root(owned.Entity);
                if (!ReferenceEquals(other, entity) && !IsReference(context, other) && OrganizationName.AbbreviationLetters(other.NameArabic ?? "") == letters)
                {
                    links.Merge(other, entity);
                }
            }
            else if (context.IsFree(i, last))
            {
                context.AddMention(i, last, entity);
            }

            i = last;
        }
    }

    // An abbreviation with a hyphenated case ending (يىۇ-دا): the letters before the hyphen.
    private static string Stem(string key) => key.IndexOf('-') is > 0 and var hyphen ? key[..hyphen] : key;

    private static void LinkOrganizations(ExtractionContext context, EntityLinks links)
    {
        var organizations = Live(context, links, e => e.Type == EntityType.Organization);
        for (var i = 0; i < organizations.Count; i++)
        {
            var later = organizations[i];
            if (IsReference(context, later))
            {
                continue;
            }

            var earlier = organizations.Take(i).Where(o => links.IsRoot(o) && OrganizationName.SameName(o.NameArabic ?? "", later.NameArabic ?? "")).ToList();
            if (earlier.Count == 1)
            {
                links.Merge(later, earlier[0]);
            }
        }
    }

    private static readonly string[] SurnameEndings = ["وۆ", "ەۆ", "وۆا", "ەۆا", "ين", "ينا"];

    /// <summary>
    /// A lone surname the labeller typed as a place or body (قاسىمجانوۆ as a city) when the document names exactly one
    /// person of that surname: it is that person.
    /// </summary>
    private static void LinkSurnamesTypedAsOther(ExtractionContext context, EntityLinks links)
    {
        var people = Live(context, links, e => e.Type == EntityType.Person)
            .Select(e => (Entity: e, Name: PersonName.Parse(e.NameArabic ?? "")))
            .Where(p => p.Name?.Surname is not null)
            .ToList();
        foreach (var other in Live(context, links, e => e.Type != EntityType.Person && e.Type != EntityType.Date && !IsReference(context, e)
                     && e.Properties.GetValueOrDefault("nameSource") == "transliterated"))
        {
            var key = MatchKeys.Key(other.NameArabic ?? "");
            if (key.Contains(' ', StringComparison.Ordinal) || !SurnameEndings.Any(e => key.Length > e.Length + 2 && key.EndsWith(e, StringComparison.Ordinal)))
            {
                continue;
            }

            var owners = people.Where(p => NameComparison.SameWord(p.Name!.Surname!, key)).Select(p => links.Root(p.Entity)).Distinct().ToList();
            if (owners.Count == 1)
            {
                links.Merge(other, owners[0]);
            }
        }
    }
}
