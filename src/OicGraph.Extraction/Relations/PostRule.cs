using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Extraction.Steps;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// Posts from role cues (issue #10 item 2). A post belongs to the country or organisation named just before it, in the
/// genitive or as a bare modifier (Мәжіліс төрағасы, Қазақстанның тұңғыш Президенті, Алматы қаласының әкімі), or to the
/// ministry its field names (денсаулық сақтау министрі). Its holder is the person named right after it (Украина
/// Президенті Владимир Зеленский), or before it in apposition (Асет Исекешев — Президент Әкімшілігінің басшысы), or the
/// subject of the appointment, election or accession the post is the complement of (X ... Президенті болып сайланды,
/// атанды, лауазымына кірісті), which also gives the date as <c>since</c>. A head (president, chairman, akim, minister of
/// a ministry) is LEADER_OF, any other post HOLDS_POSITION, with the post in English as <c>role</c>; a member is
/// MEMBER_OF and an employee WORKS_FOR.
/// </summary>
internal sealed class PostRule : IRelationRule
{
    private static readonly EntityType[] Owners = [EntityType.Country, EntityType.Organization, EntityType.City, EntityType.Region];

    public string Name => "POSTS";

    public void Apply(SentenceFacts facts)
    {
        if (!facts.Names(EntityType.Person))
        {
            return;
        }

        // Only where a post cue starts (read once per document), and the sentence's grammar only once a post is found.
        var postCues = facts.Document.PostCues;
        var sentence = facts.Sentence;
        for (var i = sentence.FirstWord; i < sentence.EndWord; i++)
        {
            if (postCues.At(i) && PostPhrase.At(facts.Context, sentence, i) is { } post && (!SpecificPostAt(facts, i) || OtherOrganizations(facts.Grammar, post)))
            {
                Bind(facts, facts.Grammar, post);
                i = post.Last;
            }
        }
    }

    // An OIC post of the reference (Бас хатшының ... орынбасары) is read by PositionRule with its organisation.
    private static bool SpecificPostAt(SentenceFacts facts, int word) =>
        facts.Posts.Any(p => p.First <= word && word <= p.Last && facts.Context.Resources.OrganizationOfPost(p.PostId) == "oic");

    // БҰҰ Бас хатшысы Антониу Гутерриш: the same words after another organisation are that organisation's post.
    private static bool OtherOrganizations(SentenceGrammar grammar, PostPhrase post) =>
        Owner(grammar, post) is { Entity.Type: EntityType.Organization } owner && owner.Entity.Id != "oic";

    private static void Bind(SentenceFacts facts, SentenceGrammar grammar, PostPhrase post)
    {
        var owner = Owner(grammar, post);
        if (HeadNouns.IsPlural(post.Ending) && owner is not null && grammar.WithList(owner).Count >= 2)
        {
            BindInTurn(facts, grammar, post, owner);
            return;
        }

        if (Holder(facts, grammar, post, owner) is not { } holding || holding.Office is { Asserts: false })
        {
            return;
        }

        var (holder, office) = (holding.Holder, holding.Office);
        post = holding.Acting ? post with { Role = "Acting " + post.Role } : post;

        var since = office is { Frame: Frame.TakeOffice } ? facts.PointDate?.Properties["value"] : null;
        var assertion = office?.Assertion ?? Assertion.Stated;
        if (post.Ministry is { } ministry && (owner is null || owner.Entity.Id == "kazakhstan"))
        {
            var entity = GazetteerStep.FromReference(facts.Context, ministry);
            if (entity.Mentions.Count == 0 || entity.Mentions.All(m => facts.Context.SentenceOf(m) != facts.Index))
            {
                facts.Context.AddMention(post.FieldFirst, post.CueFirst - 1, entity);
            }

            var type = post.Kind == PostKind.Head ? RelationType.LeaderOf : RelationType.HoldsPosition;
            var role = post.Role.Replace("Minister", Ministries.MinisterOf(ministry), StringComparison.Ordinal);
            facts.Relate(assertion, type, holder.Entity, entity, ("role", role), ("since", since));
            return;
        }

        if ((owner?.Entity ?? OurCountry(facts, post) ?? Government(facts, post) ?? Chamber(facts, grammar, post)) is not { } body)
        {
            return;
        }

        var kind = post.Kind;
        var roleName = post.Ministry is { } foreign ? post.Role.Replace("Minister", Ministries.MinisterOf(foreign), StringComparison.Ordinal) : post.Role;
        roleName = HeadOfGovernment(facts, post) && roleName.EndsWith("Head", StringComparison.Ordinal) ? roleName + " of Government" : roleName;
        if (post.Field && (body.Type != EntityType.Organization || !body.NameEn.StartsWith("Ministry", StringComparison.Ordinal)))
        {
            kind = PostKind.Post; // a minister of a country holds a post in it; only a ministry is his to head
        }

        switch (kind)
        {
            case PostKind.Head:
                facts.Relate(assertion, RelationType.LeaderOf, holder.Entity, body, ("role", roleName), ("since", since));
                break;
            case PostKind.Post:
                facts.Relate(assertion, RelationType.HoldsPosition, holder.Entity, body, ("role", roleName), ("since", since));
                break;
            case PostKind.Member when body.Type == EntityType.Organization:
                facts.Relate(assertion, RelationType.MemberOf, holder.Entity, body, ("since", since));
                break;
            case PostKind.Staff when body.Type == EntityType.Organization:
                facts.Relate(assertion, RelationType.WorksFor, holder.Entity, body);
                break;
        }
    }

    // Ресей мен Беларусь президенттері Владимир Путин мен Александр Лукашенко: a plural post between a list of owners and
    // a list of as many names gives each owner's post to the name in its place; with lists of different lengths (or one
    // name) it says nothing of who holds which. (One owner's plural post, «Хабар» тележүргізушілері X пен Y, is each
    // name's, as a singular post is.)
    private static void BindInTurn(SentenceFacts facts, SentenceGrammar grammar, PostPhrase post, Argument owner)
    {
        if (post.Kind is not (PostKind.Head or PostKind.Post) || post.Ministry is not null
            || grammar.ArgumentStartingAt(post.Last + 1) is not { Entity.Type: EntityType.Person, Case: GrammaticalCase.Nominative } first)
        {
            return;
        }

        var owners = grammar.WithList(owner);
        var holders = grammar.WithListAfter(first);
        if (owners.Count < 2 || owners.Count != holders.Count || owners.Select(o => o.Entity).Distinct().Count() != owners.Count)
        {
            return;
        }

        var type = post.Kind == PostKind.Head && !post.Field ? RelationType.LeaderOf : RelationType.HoldsPosition;
        for (var k = 0; k < owners.Count; k++)
        {
            facts.Relate(type, holders[k].Entity, owners[k].Entity, ("role", post.Role));
        }
    }

    // The owner ends right before the post (Қазақстанның Ресейдегі елшісі: past the host country in -дегі).
    private static Argument? Owner(SentenceGrammar grammar, PostPhrase post)
    {
        if (!post.Possessed)
        {
            return null;
        }

        // «Хабар» агенттігінің» төрағасы: a stray closing quote after the owner's head noun.
        var end = post.First - 1 > grammar.Sentence.FirstWord && IsClosingQuote(grammar.Word(post.First - 1)) ? post.First - 2 : post.First - 1;
        // Қазақстанның ИЫҰ жанындағы тұрақты өкілі: the body the post is attached to stands between owner and post.
        if (end > grammar.Sentence.FirstWord && grammar.Word(end).Key == Attached && grammar.ArgumentEndingAt(end - 1) is { Entity.Type: EntityType.Organization } host)
        {
            end = host.First - 1;
        }

        var before = grammar.ArgumentEndingAt(end);
        if (before is { Case: GrammaticalCase.LocativeAttributive })
        {
            before = grammar.ArgumentEndingAt(before.First - 1);
        }

        // Өзбекстанның инвестициялар және сыртқы сауда министрі: a foreign minister's field, which names no ministry of
        // the reference, stands between the country and the post.
        if (before is null && post.Field && post.Ministry is null)
        {
            for (var k = end - 1; k >= Math.Max(grammar.Sentence.FirstWord, end - MinisterFieldWords); k--)
            {
                if (grammar.ArgumentEndingAt(k) is { } country)
                {
                    return country is { Entity.Type: EntityType.Country, Case: GrammaticalCase.Genitive } ? country : null;
                }

                if (!grammar.Word(k + 1).IsWord || grammar.ArgumentAt(k + 1) is not null)
                {
                    return null;
                }
            }
        }

        return before is not null && Owners.Contains(before.Entity.Type) && before.Case is GrammaticalCase.Genitive or GrammaticalCase.Nominative
            ? before
            : null;
    }

    // The longest field a minister's title was seen with (Ауыл шаруашылығы және табиғи ресурстар министрі: five words).
    private const int MinisterFieldWords = 5;

    /// <summary>Who holds a post, the appointment or election that gave it (for its date), and whether only as acting.</summary>
    private sealed record Holding(Argument Holder, PredicateUse? Office = null, bool Acting = false);

    private static Holding? Holder(SentenceFacts facts, SentenceGrammar grammar, PostPhrase post, Argument? owner)
    {
        var sentence = facts.Sentence;
        var after = post.Last + 1;
        if (after < sentence.EndWord && IsDash(grammar.Word(after)))
        {
            after++;
        }
        else if (after + 1 < sentence.EndWord && grammar.Word(after).Key == As)
        {
            after++; // Қазақстан Президенті ретінде Тоқаев: as the post, so its holder.
        }

        // Венесуэла елшісімен Тоқаев: a post in a case of its own is an unnamed person's, not the name's after it (the
        // name carries the case when they are one phrase: Президент Тоқаевпен).
        if (grammar.ArgumentStartingAt(after) is { Entity.Type: EntityType.Person } named && !CoordinatedWithOblique(grammar, named) && !Topic(grammar, named)
            && CaseEndings.Of(post.Ending) is GrammaticalCase.Nominative && !AddresseeOfUnnamedHead(grammar, post, named, owner?.First ?? post.First))
        {
            return new Holding(named);
        }

        // X — Y елінің елшісі / X, Y елшісі,: the name before, set off by a dash or comma, the post closing the phrase.
        var start = owner?.First ?? post.First;
        if (start - 2 >= sentence.FirstWord && (IsDash(grammar.Word(start - 1)) || IsComma(grammar.Word(start - 1)))
            && grammar.ArgumentEndingAt(start - 2) is { Entity.Type: EntityType.Person } apposed
            && (post.Last + 1 >= sentence.EndWord || !grammar.Word(post.Last + 1).IsWord))
        {
            return new Holding(apposed);
        }

        // Жеңіс Қасымбек Қарағанды облысының әкімі.: a name opening the sentence and a post closing it, with no verb, is a
        // statement of who holds the post (the copula is left out in the present).
        if (owner is not null && start - 1 >= sentence.FirstWord && CaseEndings.Of(post.Ending) == GrammaticalCase.Nominative
            && grammar.ArgumentEndingAt(start - 1) is { Entity.Type: EntityType.Person, Case: GrammaticalCase.Nominative, Modifier: false } subject0
            && subject0.First == sentence.FirstWord && (post.Last + 1 >= sentence.EndWord || (post.Last + 2 >= sentence.EndWord && !grammar.Word(post.Last + 1).IsWord)))
        {
            return new Holding(subject0);
        }

        // Үкімет басшысы міндеті уақытша X-ға жүктелді: the post's duties were given to X, who now acts in it.
        if (after < sentence.EndWord && grammar.Word(post.Last + 1).Key.StartsWith(Duty, StringComparison.Ordinal)
            && Enumerable.Range(post.Last + 2, Math.Max(0, sentence.EndWord - post.Last - 2)).FirstOrDefault(k => grammar.Word(k).Key.StartsWith(Assigned, StringComparison.Ordinal)) is var verb and > 0
            && Modality.OfUnknownVerb(grammar.Word(verb).Key) == Assertion.Stated
            && grammar.Arguments.LastOrDefault(a => a.First > post.Last && a.End < verb && a.Entity.Type == EntityType.Person && a.Case == GrammaticalCase.Dative) is { } acting)
        {
            return new Holding(acting, Acting: true);
        }

        // X ... мүшелерінің қатарына қосылған Y / қосылды: joining the ranks of the members.
        if (post.Kind == PostKind.Member && post.Last + 2 < sentence.EndWord && grammar.Word(post.Last + 1).Key.StartsWith(Ranks, StringComparison.Ordinal)
            && grammar.Predicates.FirstOrDefault(p => p.First == post.Last + 2) is { } joined && joined.Asserts)
        {
            var member = joined.Relative ? grammar.HeadAfter(joined, EntityType.Person) : grammar.Subject(joined, EntityType.Person);
            if (member is not null)
            {
                return new Holding(member);
            }
        }

        // X ... Президенті болып сайланды / атанды / лауазымына кірісті: the subject takes the office.
        // X ... директоры болып жұмыс істейді / қызмет атқарды: serving as the post is holding it.
        // X ... комитетінің бірінші хатшысы болды: being the post, the verb right after it.
        var office = grammar.Predicates.FirstOrDefault(p => p.First > post.Last && p.First <= post.Last + 4
            && (p.Frame == Frame.TakeOffice || (p.Frame == Frame.Work && (grammar.Word(post.Last + 1).Key == Being || ServesAs(grammar, post, p)))
                || (p.Frame == Frame.Stay && p.First == post.Last + 1 && p.Verb == p.First && !p.Relative && p.Form.Shape == VerbShape.Finite
                    && CaseEndings.Of(post.Ending) == GrammaticalCase.Nominative && post.Possessed)));
        if (office is not null && grammar.Subject(office, EntityType.Person) is { } subject && subject.End < start)
        {
            return new Holding(subject, office);
        }

        // Алматы облысының әкімі болып тағайындалған Амандық Баталов: the appointment as a relative clause, its holder the
        // name it describes.
        if (office is { Relative: true } && grammar.Word(post.Last + 1).Key == Being && grammar.HeadAfter(office, EntityType.Person) is { } described)
        {
            return new Holding(described, office);
        }

        // Бұрын Алматы әкімі болған Бауыржан Байбек: the one the post was, described by "болған" right after it.
        if (CaseEndings.Of(post.Ending) == GrammaticalCase.Nominative
            && grammar.Predicates.FirstOrDefault(p => p.Frame == Frame.Stay && p.Relative && p.First == post.Last + 1 && p.Verb == p.First) is { } was
            && grammar.ArgumentStartingAt(was.Verb + 1) is { Entity.Type: EntityType.Person, Modifier: false } former)
        {
            return new Holding(former, was);
        }

        // Тоқаев Бекетаевты Әділет министрі етіп (министрі қызметіне, лауазымына) тағайындады: the one appointed, in the
        // accusative before the post.
        if (post.Last + 2 < sentence.EndWord && (grammar.Word(post.Last + 1).Key == Making || Reference.Lexicon.IsAny(grammar.Word(post.Last + 1).Key, ToOffice))
            && Reference.Lexicon.StartsWithAny(grammar.Word(post.Last + 2).Key, Appointing)
            && Modality.OfUnknownVerb(grammar.Word(post.Last + 2).Key) is var appointed and (Assertion.Stated or Assertion.Planned)
            && grammar.Arguments.LastOrDefault(a => a.End < start && a.First >= grammar.ClauseStart(start)) is { Entity.Type: EntityType.Person, Case: GrammaticalCase.Accusative } named2
            && named2.End + 1 == start)
        {
            return new Holding(named2);
        }

        // Алматы қаласының әкімі болып Ерболат Досаев тағайындалды: the post as the complement first, its new holder named
        // between "болып" and the appointment.
        if (post.Last + 2 < sentence.EndWord && grammar.Word(post.Last + 1).Key == Being
            && grammar.ArgumentStartingAt(post.Last + 2) is { Entity.Type: EntityType.Person, Case: GrammaticalCase.Nominative } appointee
            && grammar.Predicates.FirstOrDefault(p => p.Frame == Frame.TakeOffice && p.Verb > appointee.End && p.First <= appointee.End + 2) is { } appointment)
        {
            return new Holding(appointee, appointment);
        }

        return null;
    }

    // Вице-премьер Асқар Мамин with no country: the government the sentence names, whose post it is.
    private static EntityDraft? Government(SentenceFacts facts, PostPhrase post)
    {
        // Үкімет басшысы (a post of the reference, so no entity of its own): the government the sentence names.
        var headOfGovernment = HeadOfGovernment(facts, post);
        if (!headOfGovernment && !post.Role.EndsWith("Prime Minister", StringComparison.Ordinal))
        {
            return null;
        }

        var arguments = facts.Grammar.Arguments;
        var governments = arguments.Where(a => a.Entity.NameEn.StartsWith("Government", StringComparison.Ordinal)).Select(a => a.Entity).Distinct().ToList();
        if (governments.Count > 0)
        {
            return governments.Count == 1 ? governments[0] : null;
        }

        // Үкімет басшысы Асқар Мамин, Премьер-министрдің орынбасары Роман Скляр: a Kazakh article's bare government is
        // Kazakhstan's, unless the sentence names another country, whose it may be (Ресей Думасы премьер-министр ретінде ...).
        if (arguments.Any(a => a.Entity.Type == EntityType.Country && a.Entity.Id != "kazakhstan")
            || !facts.Context.Resources.Reference.ById.TryGetValue(KazakhGovernment, out var entry))
        {
            return null;
        }

        var government = GazetteerStep.FromReference(facts.Context, entry);
        if (government.Mentions.Count == 0)
        {
            // The word Үкімет names it; a premier's post alone has no word of the government's to stand for it.
            if (!headOfGovernment || facts.Context.OwnerOf(post.First - 1) is not null)
            {
                return null;
            }

            facts.Context.AddMention(post.First - 1, post.First - 1, government, facts.Context.Words[post.First - 1].Key[GovernmentWord.Length..]);
        }

        return government;
    }

    private const string KazakhGovernment = "government-kz";

    // Еліміздің тұңғыш Президенті Нұрсұлтан Назарбаев: "our country" in a Kazakh article is Kazakhstan, when the document
    // names it (the words themselves are no name to mention).
    private static EntityDraft? OurCountry(SentenceFacts facts, PostPhrase post) =>
        post.Possessed && post.First > facts.Sentence.FirstWord && Reference.Lexicon.IsAny(facts.Context.Words[post.First - 1].Key, OurCountryWords)
        && facts.Context.Entities.TryGetValue("kazakhstan", out var kazakhstan) && kazakhstan.Mentions.Count > 0
            ? kazakhstan
            : null;

    private static readonly string[] OurCountryWords = Reference.Lexicon.Keys("еліміздің", "еліміз");

    // Мәжілісте палата спикері Нұрлан Нығматулин: "the chamber's" post is that of the chamber of parliament named before it
    // in the sentence.
    // Мәжілісте спикер Нұрлан Нығматулин: a bare "спикер" (a chamber's own title, not a party's spokesman, who is
    // someone's: партиясының спикері) is the speaker of the chamber the sentence names before it.
    private static EntityDraft? Chamber(SentenceFacts facts, SentenceGrammar grammar, PostPhrase post) =>
        (post.Possessed && post.First > facts.Sentence.FirstWord && facts.Context.Words[post.First - 1].Key == ChamberWord
            || !post.Possessed && post.Role == "Speaker")
        && grammar.Arguments.LastOrDefault(a => a.End < post.First - (post.Possessed ? 1 : 0) && a.Entity.Type == EntityType.Organization
            && Reference.Lexicon.StartsWithAny(grammar.Word(a.Mention.First).Key, Chambers)
            && !grammar.Word(a.Mention.First).Key.StartsWith(InterParliamentary, StringComparison.Ordinal)) is { } chamber
            ? chamber.Entity
            : null;

    private static readonly string ChamberWord = Reference.Lexicon.Key("палата");
    private static readonly string[] Chambers = Reference.Lexicon.Keys("мәжіліс", "сенат", "парламент", "дума");

    // Парламентаралық ассамблея is a body of parliaments, not a chamber, though it starts like one.
    private static readonly string InterParliamentary = Reference.Lexicon.Key("парламентаралық");

    private static bool HeadOfGovernment(SentenceFacts facts, PostPhrase post) =>
        post.First > facts.Sentence.FirstWord && facts.Context.Words[post.First - 1].Key.StartsWith(GovernmentWord, StringComparison.Ordinal);

    // Үкімет басшысы Елбасы Н. Назарбаев және Президент Қ. Тоқаевпен кездесті: the name after the post opens a list whose
    // case (-пен) the last item carries, so it is an object of the verb, not the post's holder. A list in the genitive
    // (директоры X және Y-тің қатысуымен) is a possessor, which needs no subject before it: the post stays X's.
    private static bool CoordinatedWithOblique(SentenceGrammar grammar, Argument named)
    {
        var next = named.End + 1;
        if (named.Case != GrammaticalCase.Nominative || next + 1 >= grammar.Sentence.EndWord || !SentenceGrammar.IsConjunction(grammar.Word(next)))
        {
            return false;
        }

        for (var k = next + 1; k < grammar.Sentence.EndWord && k <= next + 4; k++)
        {
            if (grammar.ArgumentAt(k) is { Entity.Type: EntityType.Person } mate)
            {
                return mate.Case is not (GrammaticalCase.Nominative or GrammaticalCase.Genitive);
            }
        }

        return false;
    }

    // «Роскосмос» басшысы Тоқаевқа ... таныстырды: a possessed post opening its clause (past adverbials in a case of their
    // own: Өз кезегінде) is the clause's subject itself, an unnamed holder; the name after it in an oblique case is whom
    // he addresses, not who he is. Anything nominative before it may be the subject instead (Путин Қазақстан Президенті
    // Тоқаевқа жеделхат жолдады; Бастама Қазақстан Президенті Назарбаевқа тиесілі), and then the post is the name's
    // title. A bare post and its name are one phrase whose case the name carries (Президент Тоқаевпен).
    private static bool AddresseeOfUnnamedHead(SentenceGrammar grammar, PostPhrase post, Argument named, int start)
    {
        if (!post.Possessed || named.Case is GrammaticalCase.Nominative or GrammaticalCase.Genitive || GivenTo(grammar, named))
        {
            return false;
        }

        for (var k = grammar.ClauseStart(start); k < start; k++)
        {
            var word = grammar.Word(k);
            var nominative = grammar.ArgumentAt(k) is { } argument
                ? argument.Case == GrammaticalCase.Nominative && !argument.Modifier
                : word.IsWord && word.Key != Own && CaseEndings.Of(word.Key) == GrammaticalCase.Nominative;
            if (nominative)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string Own = Reference.Lexicon.Key("өз");

    // X Өзбекстан Президенті қызметін атқарады: performing the post's service right after it is holding the post.
    private static bool ServesAs(SentenceGrammar grammar, PostPhrase post, PredicateUse use) =>
        use.First == post.Last + 1 && grammar.Word(post.Last + 1).Key.StartsWith(Service, StringComparison.Ordinal)
        && CaseEndings.Of(post.Ending) == GrammaticalCase.Nominative;

    private static readonly string Service = Reference.Lexicon.Key("қызмет");

    // Алматы облысының әкімі Амандық Баталовқа тапсырма берілді: a passive verb of giving has no agent for the post to be,
    // so the name in the dative is the post's holder, given something.
    private static bool GivenTo(SentenceGrammar grammar, Argument named)
    {
        if (named.Case != GrammaticalCase.Dative)
        {
            return false;
        }

        for (var k = named.End + 1; k < grammar.Sentence.EndWord && k <= named.End + 6; k++)
        {
            var word = grammar.Word(k);
            if (!word.IsWord || grammar.ArgumentAt(k) is not null)
            {
                return false;
            }

            // Whatever the verb's mood (берілген жоқ, берілуі керек), the post is the name's by apposition.
            if (Reference.Lexicon.StartsWithAny(word.Key, PassiveGiving))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PassiveGiving = Reference.Lexicon.Keys(
        "беріл", "жүктел", "тапсырыл", "табыстал", "ұсыныл", "жолдан", "жіберіл", "марапаттал", "тағыл");

    // Қытайдың елшісі Тоқаев туралы әңгімелейді: a name before "about" is what the post's holder speaks of.
    private static bool Topic(SentenceGrammar grammar, Argument named) =>
        named.End + 1 < grammar.Sentence.EndWord && Reference.Lexicon.IsAny(grammar.Word(named.End + 1).Key, About);

    private static readonly string[] About = Reference.Lexicon.Keys("туралы", "жайлы", "жайында", "жөнінде", "хақында");

    private static readonly string GovernmentWord = Reference.Lexicon.Key("үкімет");
    private static readonly string Duty = Reference.Lexicon.Key("міндет");
    private static readonly string Assigned = Reference.Lexicon.Key("жүктел");
    private static readonly string Ranks = Reference.Lexicon.Key("қатар");
    private static readonly string As = Reference.Lexicon.Key("ретінде");
    private static readonly string Attached = Reference.Lexicon.Key("жанындағы");
    private static readonly string Being = Reference.Lexicon.Key("болып");
    private static readonly string Making = Reference.Lexicon.Key("етіп");
    private static readonly string[] ToOffice = Reference.Lexicon.Keys("қызметіне", "лауазымына");
    private static readonly string[] Appointing = Reference.Lexicon.Keys("тағайында", "сайла", "бекіт");

    private static bool IsClosingQuote(Word word) => !word.IsWord && word.Text is "»" or "”";

    private static bool IsDash(Word word) => !word.IsWord && word.Text is "—" or "–" or "-";

    private static bool IsComma(Word word) => word.Is(',') || word.Is('،');
}
