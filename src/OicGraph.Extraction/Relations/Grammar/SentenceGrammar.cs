using OicGraph.Extraction.Reference;
using OicGraph.Graph.Model;
using OicGraph.Text;

namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>
/// One sentence read for its grammar: the mentions as case-marked arguments, the predicates with what their clauses
/// assert, clause starts, and the binding of a predicate to its subject and case-marked arguments. Kazakh is verb-final,
/// so a predicate's arguments come before it in its clause; a relative participle's head noun comes after it.
/// </summary>
internal sealed class SentenceGrammar
{
    private static readonly string[] AdditiveParticles = Lexicon.Keys("да", "де", "та", "те");

    private static readonly string[] Conjunctions = Lexicon.Keys("және", "мен", "пен", "бен", "һәм", "әрі");
    private static readonly string[] ClauseOpeners = Lexicon.Keys("ал", "бірақ", "алайда", "сондай-ақ", "сонымен қатар", "дегенмен");
    private static readonly string[] Auxiliaries = Lexicon.Keys("еді", "екен", "жоқ", "емес", "болатын", "болды", "болған", "деп", "жатыр", "отыр", "тұр", "жүр");
    private static readonly string[] Postpositions = Lexicon.Keys("соң", "кейін", "бері", "кезде", "сайын", "шақта", "сәтте", "уақытта");
    private static readonly string[] NotPossessors = Lexicon.Keys("жылы", "айы", "күні", "кезі", "кезде", "кезінде", "жолы", "сәті", "бірі");
    private static readonly string[] Converbs = Lexicon.Keys("ып", "іп");
    private static readonly string[] PastEndings = Lexicon.Keys("ды", "ді", "ты", "ті");
    private static readonly string AccusativeN = Lexicon.Key("ын");

    private readonly ExtractionContext _context;
    private readonly IReadOnlyList<Word> _words;
    private readonly Dictionary<EntityDraft, string> _nameKeys;

    public SentenceGrammar(ExtractionContext context, SentenceSpan sentence, IReadOnlyList<MentionDraft> mentions, Dictionary<EntityDraft, string> nameKeys)
    {
        _context = context;
        _words = context.Words;
        _nameKeys = nameKeys;
        Sentence = sentence;
        var arguments = new List<Argument>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (mention.First >= sentence.FirstWord && mention.Last < sentence.EndWord)
            {
                arguments.Add(ArgumentOf(mention));
            }
        }

        _arguments = Merged(arguments);
        _predicates = FindPredicates();
    }

    // The rules ask these at nearly every word: plain loops over the lists, no delegate or enumerator per question.
    private readonly List<Argument> _arguments;
    private readonly List<PredicateUse> _predicates;

    public SentenceSpan Sentence { get; }

    public IReadOnlyList<Argument> Arguments => _arguments;

    public IReadOnlyList<PredicateUse> Predicates => _predicates;

    public Word Word(int i) => _words[i];

    public Argument? ArgumentAt(int word)
    {
        foreach (var a in _arguments)
        {
            if (a.First <= word && word <= a.End)
            {
                return a;
            }
        }

        return null;
    }

    public Argument? ArgumentStartingAt(int word)
    {
        foreach (var a in _arguments)
        {
            if (a.First == word)
            {
                return a;
            }
        }

        return null;
    }

    public Argument? ArgumentEndingAt(int word)
    {
        foreach (var a in _arguments)
        {
            if (a.End == word)
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>The argument right before word <paramref name="word"/>, past an opening quote (Назарбаевтың «...»).</summary>
    public Argument? ArgumentBefore(int word) =>
        word - 1 >= Sentence.FirstWord && !_words[word - 1].IsWord && _words[word - 1].Text is "«" or "“" or "\"" ? ArgumentEndingAt(word - 2) : ArgumentEndingAt(word - 1);

    /// <summary>The first word of the clause that word <paramref name="word"/> is in (its predicate's clause, for a verb).</summary>
    public int ClauseStart(int word)
    {
        for (var k = word - 1; k >= Sentence.FirstWord; k--)
        {
            var w = _words[k];
            if (w.Is(';') || w.Is(':') || w.Is('؛'))
            {
                return k + 1;
            }

            if (EndsClauseAsVerb(k))
            {
                return k + 1;
            }

            if ((w.Is(',') || w.Is('،')) && k > Sentence.FirstWord && EndsClause(k - 1))
            {
                return k + 1;
            }

            if (Lexicon.IsAny(w.Key, ClauseOpeners) && k > Sentence.FirstWord)
            {
                return k;
            }
        }

        return Sentence.FirstWord;
    }

    private bool EndsClauseAsVerb(int k)
    {
        foreach (var p in _predicates)
        {
            if (p.Verb == k && (p.Form.Shape is VerbShape.Finite or VerbShape.Converb) && !p.Relative)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of <paramref name="use"/>: the first nominative argument of one of <paramref name="types"/> in its
    /// clause that modifies nothing; else, for a clause with no nominative of its own (Kazakh drops a repeated subject),
    /// the subject of the clause before it.
    /// </summary>
    public Argument? Subject(PredicateUse use, params ReadOnlySpan<EntityType> types)
    {
        var end = use.First;
        for (var hops = 0; hops < 3; hops++)
        {
            var start = ClauseStart(end);
            var nominatives = false;
            foreach (var a in _arguments)
            {
                if (a.First >= start && a.End < end && a.Case == GrammaticalCase.Nominative && !a.Modifier)
                {
                    if (IsAnyOf(a.Type, types))
                    {
                        return a;
                    }

                    nominatives = true;
                }
            }

            if (nominatives || start <= Sentence.FirstWord)
            {
                return null;
            }

            end = start - 1;
        }

        return null;
    }

    /// <summary>
    /// The argument in <paramref name="case"/> nearest before the predicate in its clause, skipping those that belong to
    /// a relative clause in between (Нью-Йоркте өтетін сессияға: New York is where the session is, not where one goes).
    /// </summary>
    public Argument? Before(PredicateUse use, GrammaticalCase @case, params ReadOnlySpan<EntityType> types)
    {
        var start = ClauseStart(use.First);
        for (var k = Arguments.Count - 1; k >= 0; k--)
        {
            var a = Arguments[k];
            if (a.End >= use.First || a.First < start || a.Case != @case || !IsAnyOf(a.Type, types))
            {
                continue;
            }

            if (!RelativeBetween(use, a.End))
            {
                return a;
            }
        }

        return null;
    }

    private bool RelativeBetween(PredicateUse use, int after)
    {
        foreach (var p in _predicates)
        {
            if (p.Relative && p != use && p.First > after && p.Verb < use.First)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The dative argument of a verb of motion or joining, when it is the nearest dative before the verb: in "Семей
    /// қаласына түскен кезде ... жеріне келді" the goal of келді is жеріне, not the city.
    /// </summary>
    public Argument? NearestDative(PredicateUse use, params ReadOnlySpan<EntityType> types)
    {
        if (Before(use, GrammaticalCase.Dative, types) is not { } goal)
        {
            return null;
        }

        for (var k = goal.End + 1; k < use.First; k++)
        {
            var key = _words[k].Key;
            if (_words[k].IsWord && ArgumentAt(k) is null && key.Length > 3 && !Lexicon.IsAny(key, NotDatives) && Lexicon.EndsWithAny(key, DativeEndings))
            {
                return null;
            }
        }

        return goal;
    }

    private static readonly string[] DativeEndings = Lexicon.Keys("ға", "ге", "қа", "ке", "сына", "сіне", "ына", "іне");
    private static readonly string[] NotDatives = Lexicon.Keys("бірге", "мына", "міне", "тағы", "дейін", "шейін", "қарай", "сияқты", "кейінге", "ертеге");

    /// <summary>The head noun phrase a relative participle describes: an argument starting within three words after it.</summary>
    public Argument? HeadAfter(PredicateUse use, params ReadOnlySpan<EntityType> types)
    {
        foreach (var a in _arguments)
        {
            if (a.First > use.Verb && a.First <= use.Verb + 4 && IsAnyOf(a.Type, types) && OnlyHeadWordsBetween(use.Verb + 1, a.First))
            {
                return a;
            }
        }

        return null;
    }

    // Words, quotes, or a bare city or country name (its attribute) between a participle and its head noun phrase.
    private bool OnlyHeadWordsBetween(int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (!(_words[k].IsWord || IsOpeningQuote(_words[k]) || IsClosingQuote(_words[k]))
                || !(ArgumentAt(k) is not { } inside || (inside.Entity.Type is EntityType.City or EntityType.Country && inside.Case == GrammaticalCase.Nominative)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="type"/> is one of <paramref name="types"/> (a span: callers pass their types without an array).</summary>
    public static bool IsAnyOf(EntityType type, ReadOnlySpan<EntityType> types)
    {
        foreach (var t in types)
        {
            if (t == type)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The argument with the arguments listed before it, bare or in its own case (Қытай, Жапония және Кореяға; Әлиевпен
    /// және Мирзиёевпен), in order.
    /// </summary>
    public IReadOnlyList<Argument> WithList(Argument last)
    {
        var list = new List<Argument> { last };
        var k = PastPost(last.First - 1);
        while (k > Sentence.FirstWord)
        {
            var w = _words[k];
            // Путинмен де, Лукашенкомен де: the additive particle after each name of the list.
            var end = (w.Is(',') || w.Is('،')) && k - 2 > Sentence.FirstWord && Lexicon.IsAny(_words[k - 1].Key, AdditiveParticles) ? k - 2 : k - 1;
            if (!(w.Is(',') || w.Is('،') || Lexicon.IsAny(w.Key, Conjunctions)) || ArgumentEndingAt(end) is not { } mate
                || mate.Type != last.Type || (mate.Case != GrammaticalCase.Nominative && mate.Case != last.Case) || mate.Modifier)
            {
                break;
            }

            list.Insert(0, mate);
            k = PastPost(mate.First - 1);
        }

        return list;
    }

    /// <summary>
    /// The argument with the bare arguments of its type listed after it (Тоқаев, Путин және Си Цзиньпин), in order: a
    /// subject named first with its partners after it.
    /// </summary>
    public IReadOnlyList<Argument> WithListAfter(Argument first)
    {
        var list = new List<Argument> { first };
        var last = first;
        while (last.Case == GrammaticalCase.Nominative && last.End + 2 < Sentence.EndWord && IsConjunction(_words[last.End + 1])
            && ArgumentStartingAt(last.End + 2) is { } next && next.Type == first.Type && !next.Modifier
            && next.Case is GrammaticalCase.Nominative)
        {
            list.Add(next);
            last = next;
        }

        return list;
    }

    /// <summary>
    /// The first word of a person's phrase with the title before the name (Қытай Төрағасы Си Цзиньпин, Президент
    /// Тоқаев): the post right before it and the post's owner, bare or in the genitive, before that.
    /// </summary>
    public int TitledStart(Argument person)
    {
        var k = PastPost(person.First - 1);
        if (k == person.First - 1)
        {
            return person.First;
        }

        return ArgumentEndingAt(k) is { Type: EntityType.Country or EntityType.Organization or EntityType.City or EntityType.Region } owner
            && owner.Case is GrammaticalCase.Nominative or GrammaticalCase.Genitive
            ? owner.First
            : k + 1;
    }

    /// <summary>The person named at word <paramref name="k"/>, or after a title starting there.</summary>
    public Argument? TitledPersonAt(int k) =>
        Arguments.FirstOrDefault(a => a.First >= k && a.First <= k + 6 && a.Type == EntityType.Person && TitledStart(a) == k);

    // Х және Президент Тоқаевпен: a post before a listed name belongs to the name.
    private int PastPost(int k)
    {
        for (var from = Math.Max(Sentence.FirstWord, k - 2); from <= k; from++)
        {
            if (ArgumentAt(from) is null && RoleCues.At(_words, from, Sentence.EndWord) is { } cue && cue.Last == k)
            {
                return from - 1;
            }
        }

        return k;
    }

    private static bool IsOpeningQuote(Word word) => !word.IsWord && word.Text is "«" or "“" or "\"";

    private static bool IsClosingQuote(Word word) => !word.IsWord && word.Text is "»" or "”" or "\"" or "“";

    public static bool IsConjunction(Word word) => word.Is(',') || word.Is('،') || Lexicon.IsAny(word.Key, Conjunctions);

    private bool EndsClause(int k)
    {
        var w = _words[k];
        return w.IsWord && _context.OwnerOf(k) is null && w.Key.Length > 3
            && (Lexicon.EndsWithAny(w.Key, Converbs) || Lexicon.EndsWithAny(w.Key, PastEndings));
    }

    // Елбасы Нұрсұлтан Назарбаев: a title and the name of the same person are one phrase, cased on the name.
    private static List<Argument> Merged(List<Argument> arguments)
    {
        for (var k = arguments.Count - 1; k > 0; k--)
        {
            if (arguments[k - 1].Entity == arguments[k].Entity && arguments[k - 1].End + 1 == arguments[k].First)
            {
                arguments[k - 1] = arguments[k] with { Mention = arguments[k].Mention with { First = arguments[k - 1].First } };
                arguments.RemoveAt(k);
            }
        }

        return arguments;
    }

    // The head noun one or two free words past an organisation's name (шаруа қожалығының), and its ending; only a
    // possessed one (the body's own kind), so a noun the name merely modifies (Хабар тілшісі) is not taken.
    private (int Word, string Ending)? OrganizationHeadPast(int head)
    {
        for (var k = head + 1; k <= head + 2 && k < Sentence.EndWord; k++)
        {
            if (_context.OwnerOf(k - 1) is not null || !_words[k - 1].IsWord || HeadNouns.EndingAfter(_words[k - 1].Key, EntityType.Organization) is not null)
            {
                return null;
            }

            if (_context.OwnerOf(k) is null && _words[k].IsWord && HeadNouns.EndingAfter(_words[k].Key, EntityType.Organization) is { } ending
                && CaseEndings.IsPossessive(ending))
            {
                return (k, ending);
            }
        }

        return null;
    }

    private Argument ArgumentOf(MentionDraft mention)
    {
        var end = mention.Last;
        var ending = EndingOf(mention);
        var head = end + 1 < Sentence.EndWord && IsClosingQuote(_words[end + 1]) ? end + 2 : end + 1;
        if (ending.Length == 0 && head + 1 < Sentence.EndWord && _context.OwnerOf(head) is null && _context.OwnerOf(head + 1) is null
            && HeadNouns.OpensSettlement(_words[head].Key, _words[head + 1].Key))
        {
            head++; // Жаңабазар елді мекенінде: the case is on мекен, not on елді.
        }

        if (ending.Length == 0 && head < Sentence.EndWord && _context.OwnerOf(head) is null && _words[head].IsWord
            && HeadNouns.EndingAfter(_words[head].Key, mention.Entity.Type) is { } headEnding)
        {
            end = head;
            ending = headEnding;
        }

        // «Ақтерек» шаруа қожалығының, «Охотзоопром» қазыналық кәсіпорнының: a body's kind may take a word or two of its
        // own before its head noun, which still carries the name's case.
        else if (ending.Length == 0 && mention.Entity.Type == EntityType.Organization && OrganizationHeadPast(head) is { } far)
        {
            (end, ending) = far;
        }

        // Жаңаарқа ауданының: a name right before its possessed head noun is bare, whatever its last letters look like
        // (-қа read as the dative); only a genitive or an attributive -дағы (Қазақстанның облысы) stands before one.
        else if (ending.Length > 0 && CaseEndings.Of(ending) is not (GrammaticalCase.Genitive or GrammaticalCase.LocativeAttributive or GrammaticalCase.Nominative)
            && end == mention.Last && head < Sentence.EndWord && _context.OwnerOf(head) is null && _words[head].IsWord
            && mention.Entity.Type is EntityType.City or EntityType.Region or EntityType.Place
            && HeadNouns.EndingAfter(_words[head].Key, mention.Entity.Type) is { } possessedHead && CaseEndings.IsPossessive(possessedHead))
        {
            end = head;
            ending = possessedHead;
        }

        var eventNamed = mention.Entity.Type == EntityType.Organization && HeadNouns.EndingAfter(_words[mention.Last].Key, EntityType.Event) is not null;
        if (mention.Entity.Type == EntityType.Organization && ending.Length == 0 && end == mention.Last && EventHeadAfter(head) is { } eventHead)
        {
            (end, ending, eventNamed) = (eventHead.Word, eventHead.Ending, true);
        }

        if (mention.Entity.Type == EntityType.Organization && !eventNamed && CaseEndings.Of(ending) == GrammaticalCase.Genitive
            && MeetingOf(end + 1) is { } meeting)
        {
            (end, ending, eventNamed) = (meeting.Word, meeting.Ending, true);
        }

        var @case = CaseEndings.Of(ending);
        var possessive = CaseEndings.IsPossessive(ending);
        return new Argument(mention, @case, possessive, end, @case == GrammaticalCase.Genitive || ModifiesNext(end, @case, mention.Entity.Type), eventNamed);
    }

    // Еуразиялық үкіметаралық кеңесінің (ЕҮК) отырысы, ШЫҰ-ның саммитіне: a body in the genitive and its own event noun
    // right after it (past the body's abbreviation in brackets) is that body's meeting, and the phrase takes the event
    // noun's case: the meeting is held somewhere, people take part in it.
    private (int Word, string Ending)? MeetingOf(int from)
    {
        var k = from;
        if (k < Sentence.EndWord && _words[k].Is('('))
        {
            var close = k + 1;
            while (close < Sentence.EndWord && close <= k + 5 && !_words[close].Is(')'))
            {
                close++;
            }

            k = close < Sentence.EndWord && _words[close].Is(')') ? close + 1 : Sentence.EndWord;
        }

        return k < Sentence.EndWord && _words[k].IsWord && _context.OwnerOf(k) is null
            && HeadNouns.EndingAfter(_words[k].Key, EntityType.Event) is { } ending && CaseEndings.IsPossessive(ending)
            ? (k, ending)
            : null;
    }

    // «Джуниор Евровидение» халықаралық балалар ән байқауы: a bare name, a few plain words, then the event noun that
    // says what the name names (an organisation's name by its type, an event by this phrase).
    private (int Word, string Ending)? EventHeadAfter(int from)
    {
        for (var k = from; k < Sentence.EndWord && k < from + 4; k++)
        {
            if (!_words[k].IsWord || _context.OwnerOf(k) is not null)
            {
                return null;
            }

            var key = _words[k].Key;
            if (HeadNouns.EndingAfter(key, EntityType.Event) is { } ending && CaseEndings.IsPossessive(ending))
            {
                return (k, ending);
            }

            if (CaseEndings.Of(key) is not GrammaticalCase.Nominative || HeadNouns.EndingAfter(key, EntityType.Organization) is not null
                || PredicateLexicon.At(_words, k, Sentence.FirstWord) is not null)
            {
                return null;
            }
        }

        return null;
    }

    // Украина Президенті, Ресей делегациясы, Чехия үкіметі: a bare name before a possessed noun is its modifier.
    private bool ModifiesNext(int end, GrammaticalCase @case, EntityType type)
    {
        if (@case != GrammaticalCase.Nominative || end + 1 >= Sentence.EndWord || !_words[end + 1].IsWord)
        {
            return false;
        }

        var next = _words[end + 1].Key;
        if (_context.OwnerOf(end + 1) is { } owner)
        {
            // A person's bare name does not modify a body (Мусинов Сыртқы істер министрлігінде: the subject, then where).
            return type != EntityType.Person && owner.Entity.Type == EntityType.Organization && owner.First == end + 1 && CaseEndings.IsPossessive(EndingOf(owner));
        }

        // A bare -ын/-ін is as often an adverb or accusative (бүгін, кейін) as a possessed head: not enough alone.
        return next.Length >= 4 && !Lexicon.IsAny(next, NotPossessors) && CaseEndings.IsPossessive(next) && !next.EndsWith(AccusativeN, StringComparison.Ordinal)
            && PredicateLexicon.At(_words, end + 1, Sentence.FirstWord) is null;
    }

    /// <summary>The ending of a mention's last word: what its recogniser stripped, else what follows the entity's own name.</summary>
    public string EndingOf(MentionDraft mention)
    {
        var key = _words[mention.Last].Key;

        // A name that ends in its own head noun carries its case there (Орта Азия ... басшыларының саммиті: -і, the
        // possessive, where a stemmer that does not know саммит strips -ті as the accusative).
        if (mention.Last > mention.First && HeadNouns.EndingAfter(key, mention.Entity.Type) is { } headEnding)
        {
            return headEnding;
        }

        if (mention.Suffix.Length > 0)
        {
            return mention.Suffix;
        }

        if (!_nameKeys.TryGetValue(mention.Entity, out var name))
        {
            var arabic = mention.Entity.NameArabic;
            name = string.IsNullOrEmpty(arabic) ? "" : MatchKeys.Key(arabic);
            name = name[(name.LastIndexOf(' ') + 1)..];
            _nameKeys[mention.Entity] = name;
        }

        if (name.Length > 0 && key.Length > name.Length && key.StartsWith(name, StringComparison.Ordinal))
        {
            return key[name.Length..];
        }

        // A mention ending in its own head noun (форумына, Шет ауданында) carries its case there.
        return HeadNouns.EndingAfter(key, mention.Entity.Type) ?? ForeignInstrumental(mention, key);
    }

    // Шарль Мишельмен кездесті, Ли Чжаньшумен келіссөз жүргізді: a foreign name the labeller took with its instrumental
    // (the name read from the text keeps -мен), so no ending is left after the name. Kazakh names end in -мен too
    // (Сүлеймен), so it is read as the case only right before a verb of meeting, which takes the instrumental.
    private string ForeignInstrumental(MentionDraft mention, string key)
    {
        if (mention.Entity.Type != EntityType.Person || mention.Last + 1 >= Sentence.EndWord
            || !Lexicon.StartsWithAny(_words[mention.Last + 1].Key, Comitatives))
        {
            return "";
        }

        foreach (var ending in Instrumentals)
        {
            if (key.Length >= ending.Length + 3 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                return ending;
            }
        }

        return "";
    }

    private static readonly string[] Instrumentals = Lexicon.Keys("мен", "пен", "бен");

    private static readonly string[] Comitatives = Lexicon.Keys("кездес", "жүздес", "сөйлес", "келіссөз", "әңгімелес", "пікір");

    private List<PredicateUse> FindPredicates()
    {
        var found = new List<PredicateUse>();
        for (var i = Sentence.FirstWord; i < Sentence.EndWord; i++)
        {
            if (!_words[i].IsWord || _context.OwnerOf(i) is not null)
            {
                continue;
            }

            if (PredicateLexicon.At(_words, i, Sentence.FirstWord) is { } hit)
            {
                var next = i + 1 < Sentence.EndWord && IsOpeningQuote(_words[i + 1]) ? i + 2 : i + 1;
                var relative = hit.Form is { Shape: VerbShape.Participle, Inflected: false } && next < Sentence.EndWord
                    && _words[next].IsWord && !Lexicon.IsAny(_words[next].Key, Auxiliaries) && !Lexicon.IsAny(_words[next].Key, Postpositions);
                found.Add(new PredicateUse(hit.Predicate, hit.First, i, hit.Form, Assertion.Stated) { Relative = relative });
            }
        }

        for (var k = 0; k < found.Count; k++)
        {
            found[k] = found[k] with { Assertion = AssertionOf(found[k], found) };
        }

        return found;
    }

    private Assertion AssertionOf(PredicateUse use, List<PredicateUse> all)
    {
        var form = use.Form;
        var own = form.Assertion;
        if (own == Assertion.Stated && form.Tense == Tense.NonPast && use.Predicate.Event && form.Shape is VerbShape.Finite or VerbShape.Participle)
        {
            own = Assertion.Planned;
        }

        // кездесуге (келісті): a verbal noun in the dative is a purpose, not a fact.
        if (form is { Shape: VerbShape.VerbalNoun, Inflected: true } && CaseEndings.Of(_words[use.Verb].Key) == GrammaticalCase.Dative)
        {
            return Assertion.Unreal;
        }

        own = Modality.After(_words, use.Verb, Sentence.EndWord, form, own);
        if (Modality.Hypothetical(_words, ClauseStartIgnoring(use), use.Verb, Sentence.EndWord))
        {
            return Assertion.Unreal;
        }

        if (form.Shape is VerbShape.Converb or VerbShape.VerbalNoun)
        {
            var next = all.FirstOrDefault(p => p.Verb > use.Verb && p.Form.Shape == VerbShape.Finite);
            var nextAssertion = next is not null
                ? Modality.After(_words, next.Verb, Sentence.EndWord, next.Form, next.Form.Assertion == Assertion.Stated && next.Form.Tense == Tense.NonPast && next.Predicate.Event ? Assertion.Planned : next.Form.Assertion)
                : Modality.OfRest(_words, use.Verb + 1, Sentence.EndWord);
            own = Modality.Inherit(own, nextAssertion);
        }

        return own;
    }

    // Before predicates are known, a clause starts after punctuation that ends one.
    private int ClauseStartIgnoring(PredicateUse use)
    {
        for (var k = use.First - 1; k >= Sentence.FirstWord; k--)
        {
            if (_words[k].Is(';') || _words[k].Is(':') || ((_words[k].Is(',') || _words[k].Is('،')) && k > Sentence.FirstWord && EndsClause(k - 1)))
            {
                return k + 1;
            }
        }

        return Sentence.FirstWord;
    }
}
