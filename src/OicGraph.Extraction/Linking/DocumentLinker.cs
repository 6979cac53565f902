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

    /// <summary>The root drafts (every draft, given no <paramref name="links"/>) with a mention that pass
    /// <paramref name="filter"/>, by first mention, ties in the order the context holds them (what a stable sort gives).
    /// Linking asks for these six times a document: written as a loop, not as a LINQ sort over a Min per draft.</summary>
    internal static List<EntityDraft> Live(ExtractionContext context, EntityLinks? links, Func<EntityDraft, bool> filter)
    {
        var live = new List<(int First, int Index, EntityDraft Entity)>(context.Entities.Count);
        foreach (var entity in context.Entities.Values)
        {
            if (entity.Mentions.Count > 0 && (links is null || links.IsRoot(entity)) && filter(entity))
            {
                var first = int.MaxValue;
                foreach (var mention in entity.Mentions)
                {
                    first = Math.Min(first, mention.First);
                }

                live.Add((first, live.Count, entity));
            }
        }

        live.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Index.CompareTo(b.Index));
        return live.ConvertAll(static l => l.Entity);
    }

    // The live people whose name parses, in Live's order.
    private static List<(EntityDraft Entity, PersonName Name)> People(ExtractionContext context, EntityLinks links)
    {
        var people = new List<(EntityDraft Entity, PersonName Name)>();
        foreach (var entity in Live(context, links, static e => e.Type == EntityType.Person))
        {
            if (PersonName.Parse(entity.NameArabic ?? "") is { } name)
            {
                people.Add((entity, name));
            }
        }

        return people;
    }

    private static void LinkPeople(ExtractionContext context, EntityLinks links)
    {
        // A variant of a reference person's name is that person: ميرزيايەۆ is Мирзиёев's (ميرزيوەۆ) other spelling.
        var reference = ReferencePeople.GetValue(context.Resources.Reference, Compile);
        foreach (var (entity, name) in People(context, links))
        {
            if (IsReference(context, entity))
            {
                continue;
            }

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

        // A root's order is its index in roots (Live's order).
        var roots = People(context, links);
        var lightestFirst = new (int Weight, int Order)[roots.Count];
        for (var i = 0; i < roots.Count; i++)
        {
            lightestFirst[i] = (roots[i].Name.Weight, i);
        }

        // Lighter names first, so a bare surname meets every full name it could be before any of them is merged.
        Array.Sort(lightestFirst);
        var candidates = new List<(EntityDraft Entity, PersonName Name, int Order)>();
        foreach (var (weight, order) in lightestFirst)
        {
            var (entity, name) = roots[order];
            candidates.Clear();
            for (var k = 0; k < roots.Count; k++)
            {
                var q = roots[k];
                if (k != order && links.IsRoot(q.Entity) && (q.Name.Weight > weight || (q.Name.Weight == weight && k < order))
                    && PersonName.SameReferent(name, q.Name, fullNamesOnly: false))
                {
                    candidates.Add((q.Entity, q.Name, k));
                }
            }

            if (candidates.Count == 0 || !AllAgree(candidates))
            {
                continue;
            }

            // The reference person, else the fullest name, else the first named.
            var target = candidates[0];
            foreach (var candidate in candidates)
            {
                if (Before(context, candidate, target))
                {
                    target = candidate;
                }
            }

            links.Merge(entity, target.Entity);
        }
    }

    private static bool Before(ExtractionContext context, (EntityDraft Entity, PersonName Name, int Order) a, (EntityDraft Entity, PersonName Name, int Order) b)
    {
        var (referenceA, referenceB) = (IsReference(context, a.Entity), IsReference(context, b.Entity));
        if (referenceA != referenceB)
        {
            return referenceA;
        }

        return a.Name.Weight != b.Name.Weight ? a.Name.Weight > b.Name.Weight : a.Order < b.Order;
    }

    private static bool AllAgree(List<(EntityDraft Entity, PersonName Name, int Order)> candidates)
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

        // By first word, ties in the order they were added (a stable sort); a snapshot, as mentions are added below.
        var byFirst = new (int First, int Index)[context.Mentions.Count];
        for (var k = 0; k < byFirst.Length; k++)
        {
            byFirst[k] = (context.Mentions[k].First, k);
        }

        Array.Sort(byFirst);
        var mentions = Array.ConvertAll(byFirst, m => context.Mentions[m.Index]);
        foreach (var mention in mentions)
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

            // Merged only when exactly one earlier root has the same name: the scan stops at a second.
            EntityDraft? only = null;
            var count = 0;
            for (var k = 0; k < i && count < 2; k++)
            {
                var earlier = organizations[k];
                if (links.IsRoot(earlier) && OrganizationName.SameName(earlier.NameArabic ?? "", later.NameArabic ?? ""))
                {
                    only = earlier;
                    count++;
                }
            }

            if (count == 1)
            {
                links.Merge(later, only!);
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
        // Worked out only for a document that has such an entity (most have none).
        List<(EntityDraft Entity, PersonName Name)>? people = null;
        foreach (var other in Live(context, links, e => e.Type != EntityType.Person && e.Type != EntityType.Date && !IsReference(context, e)
                     && e.Properties.GetValueOrDefault("nameSource") == "transliterated"))
        {
            var key = MatchKeys.Key(other.NameArabic ?? "");
            if (key.Contains(' ', StringComparison.Ordinal) || !SurnameEndings.Any(e => key.Length > e.Length + 2 && key.EndsWith(e, StringComparison.Ordinal)))
            {
                continue;
            }

            people ??= People(context, links).FindAll(static p => p.Name.Surname is not null);
            var owners = people.Where(p => NameComparison.SameWord(p.Name.Surname!, key)).Select(p => links.Root(p.Entity)).Distinct().ToList();
            if (owners.Count == 1)
            {
                links.Merge(other, owners[0]);
            }
        }
    }
}
