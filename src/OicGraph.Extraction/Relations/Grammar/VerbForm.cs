namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>What a clause says of the event its verb names.</summary>
internal enum Assertion
{
    /// <summary>It happened, or holds now: кездесті, өтті, орналасқан, жұмыс істейді.</summary>
    Stated,

    /// <summary>It is scheduled: өтеді, басталады, қатысады, өтпек (kept, with <c>planned: true</c>).</summary>
    Planned,

    /// <summary>It did not or does not happen: бармады, қатыспайды, ... емес, ... жоқ.</summary>
    Negated,

    /// <summary>It is only wished, required, possible, intended or conditional: өтуі керек (болған), өтсе, бармақшы.</summary>
    Unreal,
}

/// <summary>How a verb stands in its sentence: it ends a clause, modifies a noun, chains to the next verb, or is a noun.</summary>
internal enum VerbShape
{
    /// <summary>A finite verb (кездесті, өтеді), or a bare participle ending its clause (болған).</summary>
    Finite,

    /// <summary>A participle (өткен, өтетін): a relative clause when a noun follows, else a nominalised one (барғанын).</summary>
    Participle,

    /// <summary>A converb (барып): its clause says what the next verb's clause says.</summary>
    Converb,

    /// <summary>A verbal noun (кездесу, өткізу): what is said of it is said by the verb after it.</summary>
    VerbalNoun,
}

/// <summary>
/// When: the past, going on now (-уда, -ып жатыр), or the non-past (-ады/-еді), which is a schedule for an event
/// (өтеді: it will take place) and the present for a state (жұмыс істейді: works).
/// </summary>
internal enum Tense
{
    Past,
    Ongoing,
    NonPast,
}

/// <summary>One verb form: its shape, tense, what it asserts on its own, and whether a case ending follows it.</summary>
internal readonly record struct VerbForm(VerbShape Shape, Tense Tense, Assertion Assertion, bool Inflected = false);
