namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>A predicate found in a sentence: its words <c>[First, Verb]</c>, its form and what its clause asserts.</summary>
internal sealed record PredicateUse(Predicate Predicate, int First, int Verb, VerbForm Form, Assertion Assertion)
{
    public Frame Frame => Predicate.Frame;

    /// <summary>Whether the clause says the event happened or will (kept, the latter with <c>planned</c>).</summary>
    public bool Asserts => Assertion is Assertion.Stated or Assertion.Planned;

    /// <summary>A participle with a noun after it: its clause describes that noun (Нью-Йоркте өтетін сессия).</summary>
    public bool Relative { get; init; }
}
