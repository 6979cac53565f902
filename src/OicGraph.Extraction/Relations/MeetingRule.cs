using OicGraph.Extraction.Relations.Grammar;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Relations;

/// <summary>
/// MET_WITH from кездесті / жүздесті / кездесу өткізді / келіссөз жүргізді (the subject and each person in the
/// instrumental: Тоқаев Зеленскиймен кездесті, X пен Y кездесті, X пен Y-тың кездесуі) and from қабылдады (the subject and the person received
/// in the accusative). Stored once per pair, the first named as source.
/// </summary>
internal sealed class MeetingRule : IRelationRule
{
    public string Name => "MET_WITH";

    public void Apply(SentenceFacts facts)
    {
        if (facts.OfType(EntityType.Person).Take(2).Count() < 2)
        {
            return;
        }

        var grammar = facts.Grammar;
        foreach (var use in grammar.Predicates.Where(p => p.Frame is Frame.Meet or Frame.Receive))
        {
            // Кездесуде (at the meeting) opening its sentence is the verbal noun in the locative, not "is meeting" (-уде);
            // so is "кездесу барысында" (in the course of the meeting).
            var locative = use.Frame == Frame.Meet && CaseEndings.Of(grammar.Word(use.Verb).Key) == GrammaticalCase.Locative;
            var during = use.Frame == Frame.Meet && IsDuring(grammar, use);
            var opening = use.First == grammar.Sentence.FirstWord && (locative || during);
            if (opening || (use.Form.Shape == VerbShape.VerbalNoun && use.Form.Inflected && CaseEndings.Of(grammar.Word(use.Verb).Key) != GrammaticalCase.Nominative))
            {
                // Кездесуде X пен Y ... талқылады: at the meeting, the pair that is the clause's subject met.
                var assertion = opening ? Modality.OfRest(facts.Context.Words, use.Verb + 1, grammar.Sentence.EndWord) : use.Assertion;
                var first = assertion is Assertion.Stated or Assertion.Planned && (locative || during)
                    ? grammar.Arguments.FirstOrDefault(a => a.First > use.Verb + (during ? 1 : 0) && a.Entity.Type == EntityType.Person) is { Case: GrammaticalCase.Nominative, Modifier: false } named ? named : null
                    : null;
                if (first is not null && Coordinated(grammar, first) is { } second)
                {
                    facts.Relate(assertion, RelationType.MetWith, first.Entity, second.Entity);
                }
                else if (first is not null && Addressed(grammar, first) is { } other)
                {
                    // Кездесу барысында Тоқаев Путинге алғысын білдірді: what the subject did to a person at the meeting
                    // was done face to face.
                    facts.Relate(assertion, RelationType.MetWith, first.Entity, other.Entity);
                }
                else if (locative && !opening && WithAtMeeting(facts, grammar, use) is { } pair)
                {
                    facts.Relate(pair.Assertion, RelationType.MetWith, pair.First, pair.Second);
                }

                continue;
            }

            var subject = use.Relative ? grammar.HeadAfter(use, EntityType.Person) : grammar.Subject(use, EntityType.Person) ?? Possessor(grammar, use);
            var partners = use.Frame == Frame.Receive
                ? grammar.Before(use, GrammaticalCase.Accusative, EntityType.Person) ?? Received(grammar, use, subject)
                : grammar.Before(use, GrammaticalCase.Instrumental, EntityType.Person) ?? Coordinated(grammar, subject) ?? CoPossessor(grammar, use, subject);
            if (partners is null)
            {
                continue;
            }

            var list = grammar.WithList(partners);
            if (subject is null && use.Frame == Frame.Meet)
            {
                // X-пен Y кездесті: the pair is the instrumental and the bare name after it.
                subject = grammar.Arguments.FirstOrDefault(a => a.First > partners.End && a.End < use.First && a.Entity.Type == EntityType.Person
                    && a.Case == GrammaticalCase.Nominative && !a.Modifier);
            }

            // Мәскеуде Путинмен кездесу кезінде Назарбаев ... деді: a meeting named as the time of the main clause, whose
            // subject is the one who met.
            subject ??= During(grammar, use);

            // Путинмен кездесуде Тоқаев ... атап өтті: at the meeting with Y (-уде, the verbal noun in the locative), the
            // subject after it met Y.
            subject ??= locative && partners.End + 1 == use.First
                ? grammar.Arguments.FirstOrDefault(a => a.First > use.Verb && a.Entity.Type == EntityType.Person && a.Case == GrammaticalCase.Nominative && !a.Modifier)
                : null;

            // Елбасы Н. Назарбаев және Президент Қ. Тоқаевпен кездесті: a bare name in a list in the instrumental is met,
            // not the one meeting.
            if (subject is not null && partners.Case is not (GrammaticalCase.Nominative or GrammaticalCase.Genitive) && list.Any(a => a.Entity == subject.Entity))
            {
                continue;
            }

            foreach (var partner in list.Where(p => subject is not null && p.Entity != subject.Entity))
            {
                var (first, second) = subject!.First < partner.First ? (subject.Entity, partner.Entity) : (partner.Entity, subject.Entity);

                // Symmetric: a meeting told the other way round is the one already read.
                if (facts.Context.Relations.Any(r => r.Type == RelationType.MetWith && r.Source == second && r.Target == first))
                {
                    (first, second) = (second, first);
                }

                facts.Relate(use, RelationType.MetWith, first, second);
            }
        }

        Talks(facts, grammar);
        Between(facts, grammar);
        Reception(facts, grammar);
    }

    // Сағынтаев Тоқаевтың қабылдауында болды, Тоқаевтың қабылдауында Сағынтаев болды, Тоқаевтың қабылдауында болған
    // Сағынтаев: being at someone's reception is being received by him, the one in the genitive right before
    // "қабылдауында" the host, the clause's bare name the guest.
    private static void Reception(SentenceFacts facts, SentenceGrammar grammar)
    {
        var sentence = grammar.Sentence;
        for (var i = sentence.FirstWord + 1; i + 1 < sentence.EndWord; i++)
        {
            if (grammar.Word(i).Key != AtReception || grammar.ArgumentAt(i) is not null
                || grammar.ArgumentEndingAt(i - 1) is not { Entity.Type: EntityType.Person, Case: GrammaticalCase.Genitive } host
                || grammar.Predicates.FirstOrDefault(p => p.Frame == Frame.Stay && p.First > i && p.First <= i + 4) is not { } stay)
            {
                continue;
            }

            var start = grammar.ClauseStart(grammar.TitledStart(host));
            var guest = grammar.Arguments.FirstOrDefault(a => IsBareName(a) && a.Entity != host.Entity
                && ((a.First >= start && a.End < grammar.TitledStart(host)) || (a.First > i && a.End < stay.First)))
                ?? (stay.Relative ? grammar.HeadAfter(stay, EntityType.Person) : null); // ... қабылдауында болған Y: the guest the clause describes
            if (guest is not null)
            {
                var (first, second) = guest.First < host.First ? (guest.Entity, host.Entity) : (host.Entity, guest.Entity);
                facts.Relate(stay, RelationType.MetWith, first, second);
            }
        }
    }

    private static readonly string AtReception = Reference.Lexicon.Key("қабылдауында");

    // Тоқаев Путинмен кездесуінде ... талқылады (at his meeting with Putin): the verbal noun with the possessive in the
    // locative, the one met in the instrumental right before it, the one meeting the clause's bare name before that (or
    // after it: Путинмен кездесуінде Тоқаев ...); or the pair before it (Тоқаев пен Путиннің кездесуінде). What the
    // meeting states is what the main clause asserts.
    private static (EntityDraft First, EntityDraft Second, Assertion Assertion)? WithAtMeeting(SentenceFacts facts, SentenceGrammar grammar, PredicateUse use)
    {
        var assertion = Modality.OfRest(facts.Context.Words, use.Verb + 1, grammar.Sentence.EndWord);
        if (assertion is not (Assertion.Stated or Assertion.Planned))
        {
            return null;
        }

        // Тоқаев пен Путиннің кездесуінде: the pair's meeting, the genitive on the second name.
        if (grammar.ArgumentEndingAt(use.First - 1) is { Entity.Type: EntityType.Person, Case: GrammaticalCase.Genitive } second
            && grammar.TitledStart(second) is var titled && titled - 2 >= grammar.Sentence.FirstWord && SentenceGrammar.IsConjunction(grammar.Word(titled - 1))
            && grammar.ArgumentEndingAt(titled - 2) is { } first && IsBareName(first) && first.Entity != second.Entity)
        {
            return (first.Entity, second.Entity, assertion);
        }

        if (grammar.ArgumentEndingAt(use.First - 1) is not { Entity.Type: EntityType.Person, Case: GrammaticalCase.Instrumental } met)
        {
            return null;
        }

        var clause = grammar.ClauseStart(use.First);
        var meeting = grammar.Arguments.LastOrDefault(a => a.First >= clause && a.End < grammar.TitledStart(met) && IsBareName(a))
            ?? grammar.Arguments.FirstOrDefault(a => a.First > use.Verb && IsBareName(a));
        if (meeting is null || meeting.Entity == met.Entity)
        {
            return null;
        }

        return meeting.First < met.First ? (meeting.Entity, met.Entity, assertion) : (met.Entity, meeting.Entity, assertion);
    }

    // The first person after the subject in its clause in a case of its own (dative, accusative, instrumental): whom the
    // subject addressed, received or spoke with.
    private static Argument? Addressed(SentenceGrammar grammar, Argument subject) =>
        grammar.Arguments.FirstOrDefault(a => a.First > subject.End && a.Entity.Type == EntityType.Person && a.Entity != subject.Entity && !a.Modifier
            && grammar.ClauseStart(a.First) <= subject.First) is { Case: GrammaticalCase.Dative or GrammaticalCase.Accusative or GrammaticalCase.Instrumental } other
            ? other
            : null;

    private static bool IsBareName(Argument argument) =>
        argument is { Entity.Type: EntityType.Person, Case: GrammaticalCase.Nominative, Modifier: false };

    // Тоқаев пен Мирзиёев арасында келіссөздер өтті, арасындағы кездесу: a meeting or talks between a coordinated pair.
    private static void Between(SentenceFacts facts, SentenceGrammar grammar)
    {
        var sentence = grammar.Sentence;
        for (var i = sentence.FirstWord + 3; i + 1 < sentence.EndWord; i++)
        {
            var noun = grammar.Word(i + 1).Key;
            if (!Reference.Lexicon.IsAny(grammar.Word(i).Key, BetweenWords) || !Reference.Lexicon.StartsWithAny(noun, MeetingNouns) || grammar.ArgumentAt(i + 1) is not null
                || grammar.ArgumentEndingAt(i - 1) is not { Entity.Type: EntityType.Person, Case: GrammaticalCase.Nominative } second
                || grammar.TitledStart(second) is var titled && titled - 2 < sentence.FirstWord || !SentenceGrammar.IsConjunction(grammar.Word(titled - 1))
                || grammar.ArgumentEndingAt(titled - 2) is not { Entity.Type: EntityType.Person, Case: GrammaticalCase.Nominative } first)
            {
                continue;
            }

            var assertion = grammar.Predicates.FirstOrDefault(p => p.First > i + 1)?.Assertion ?? Modality.OfRest(facts.Context.Words, i + 2, sentence.EndWord);
            facts.Relate(assertion, RelationType.MetWith, first.Entity, second.Entity);
        }
    }

    private static readonly string[] BetweenWords = Reference.Lexicon.Keys("арасында", "арасындағы");
    private static readonly string[] MeetingNouns = Reference.Lexicon.Keys("кездесу", "келіссөз", "келіссөздер");

    // Тоқаев пен Әлиевтің келіссөздері өтті: talks as a noun, of a pair with the genitive on its second name, or of one
    // with another.
    private static void Talks(SentenceFacts facts, SentenceGrammar grammar)
    {
        var sentence = grammar.Sentence;
        // From the third word: "Тоқаевтың Путинмен келіссөзі" is the shortest phrase, two names before the noun.
        for (var i = sentence.FirstWord + 2; i < sentence.EndWord; i++)
        {
            var key = grammar.Word(i).Key;
            if (!key.StartsWith(TalksNoun, StringComparison.Ordinal) || grammar.ArgumentAt(i) is not null
                || !CaseEndings.IsInflection(key[TalksNoun.Length..]) || !CaseEndings.IsPossessive(key[TalksNoun.Length..]))
            {
                continue;
            }

            // Тоқаевтың Әзербайжан Президенті Әлиевпен келіссөзі өтті: the talks of the one in the genitive with those in
            // the instrumental right after him.
            if (grammar.ArgumentEndingAt(i - 1) is { Entity.Type: EntityType.Person, Case: GrammaticalCase.Instrumental } partner
                && grammar.WithList(partner) is var partners && grammar.TitledStart(partners[0]) - 1 is var before && before >= sentence.FirstWord
                && grammar.ArgumentEndingAt(before) is { Entity.Type: EntityType.Person, Case: GrammaticalCase.Genitive } holder)
            {
                var stated = grammar.Predicates.FirstOrDefault(p => p.First > i)?.Assertion ?? Modality.OfRest(facts.Context.Words, i + 1, sentence.EndWord);
                foreach (var met in partners.Where(p => p.Entity != holder.Entity))
                {
                    facts.Relate(stated, RelationType.MetWith, holder.Entity, met.Entity);
                }

                continue;
            }

            if (grammar.ArgumentEndingAt(i - 1) is not { Entity.Type: EntityType.Person, Case: GrammaticalCase.Genitive } second
                || grammar.TitledStart(second) is var titled && titled - 2 < sentence.FirstWord || !SentenceGrammar.IsConjunction(grammar.Word(titled - 1))
                || grammar.ArgumentEndingAt(titled - 2) is not { Entity.Type: EntityType.Person, Case: GrammaticalCase.Nominative } first)
            {
                continue;
            }

            var assertion = grammar.Predicates.FirstOrDefault(p => p.First > i)?.Assertion ?? Modality.OfRest(facts.Context.Words, i + 1, sentence.EndWord);
            facts.Relate(assertion, RelationType.MetWith, first.Entity, second.Entity);
        }
    }

    private static readonly string TalksNoun = Reference.Lexicon.Key("келіссөз");

    // Тоқаев Джузеппе Контені қабылдады: a foreign name whose accusative the name's reading kept (Конте-ні) is the one
    // received when it stands right before the verb and is not the subject; a name of the subject's own case there is the
    // object only with the accusative's letters on it.
    private static Argument? Received(SentenceGrammar grammar, PredicateUse use, Argument? subject) =>
        subject is not null && grammar.ArgumentEndingAt(use.First - 1) is { Entity.Type: EntityType.Person, Case: GrammaticalCase.Nominative } named
        && named.Entity != subject.Entity && named.First > subject.End && named.End == named.Mention.Last
        && Reference.Lexicon.EndsWithAny(grammar.Word(named.End).Key, Accusatives)
            ? named
            : null;

    private static readonly string[] Accusatives = Reference.Lexicon.Keys("ны", "ні", "ды", "ді", "ты", "ті");

    // Тоқаев пен Мирзиёев кездесті: a second bare name joined to the subject by мен/пен/бен/және met it.
    private static Argument? Coordinated(SentenceGrammar grammar, Argument? subject)
    {
        if (subject is null || subject.End + 2 >= grammar.Sentence.EndWord || !SentenceGrammar.IsConjunction(grammar.Word(subject.End + 1)))
        {
            return null;
        }

        return grammar.TitledPersonAt(subject.End + 2) is { Case: GrammaticalCase.Nominative } other ? other : null;
    }

    // Тоқаев пен Макронның кездесуі: the meeting of a pair, the genitive on the second name only (so the first reads as
    // a nominative subject, the second as the meeting's possessor).
    private static Argument? CoPossessor(SentenceGrammar grammar, PredicateUse use, Argument? first)
    {
        if (use.Form.Shape != VerbShape.VerbalNoun || first is not { Case: GrammaticalCase.Nominative } || first.End + 2 >= use.First
            || !SentenceGrammar.IsConjunction(grammar.Word(first.End + 1)))
        {
            return null;
        }

        return grammar.TitledPersonAt(first.End + 2) is { Case: GrammaticalCase.Genitive } second && second.End + 1 == use.First
            ? second
            : null;
    }

    private static readonly string[] Times = Reference.Lexicon.Keys("кезінде", "кезде", "барысында", "аясында", "кейін", "соң");

    private static Argument? During(SentenceGrammar grammar, PredicateUse use) =>
        IsDuring(grammar, use)
            ? grammar.Arguments.FirstOrDefault(a => a.First > use.Verb + 1 && a.Entity.Type == EntityType.Person && a.Case == GrammaticalCase.Nominative && !a.Modifier)
            : null;

    private static bool IsDuring(SentenceGrammar grammar, PredicateUse use) =>
        use.Form is { Shape: VerbShape.VerbalNoun, Inflected: false } && use.Verb + 1 < grammar.Sentence.EndWord
        && Reference.Lexicon.IsAny(grammar.Word(use.Verb + 1).Key, Times);

    // X-тың Y-пен кездесуі: the meeting's possessor is the one who met.
    private static Argument? Possessor(SentenceGrammar grammar, PredicateUse use) =>
        use.Form.Shape == VerbShape.VerbalNoun
            ? grammar.Arguments.FirstOrDefault(a => a.Entity.Type == EntityType.Person && a.Case == GrammaticalCase.Genitive && a.End < use.First && a.First >= grammar.ClauseStart(use.First))
            : null;
}
