using OicGraph.Extraction.Reference;

namespace OicGraph.Extraction.Relations.Grammar;

/// <summary>The argument frame a predicate brings: which relation its clause states and from which cases.</summary>
internal enum Frame
{
    /// <summary>Subject meets the instrumental (X Y-мен кездесті), or a coordinated pair (X пен Y кездесті).</summary>
    Meet,

    /// <summary>Subject receives the accusative person (X Y-ды қабылдады).</summary>
    Receive,

    /// <summary>Subject goes or comes to the dative place (барды, келді, сапар жасады).</summary>
    Go,

    /// <summary>Subject is, or travels, in the locative place (X Y-да болды, сапарда жүр).</summary>
    Stay,

    /// <summary>Subject goes round the accusative place (X Шымкентті аралады).</summary>
    Tour,

    /// <summary>Subject takes part in the dative event (қатысты).</summary>
    Participate,

    /// <summary>Subject speaks or performs at the locative event (сөз сөйледі, өнер көрсетті, баяндама жасады).</summary>
    Perform,

    /// <summary>The event takes place in the locative place, on the date (өтті, өткізілді, басталды, ашылды).</summary>
    TakePlace,

    /// <summary>Subject holds or organises the accusative event (өткізді, ұйымдастырды).</summary>
    Organize,

    /// <summary>Subject signs the dative document (қол қойды).</summary>
    Sign,

    /// <summary>Subject proposes the accusative initiative (ұсынды, бастама көтерді).</summary>
    Propose,

    /// <summary>Subject becomes a member of the dative organisation (мүше болды).</summary>
    Join,

    /// <summary>Subject is located in the locative place (орналасқан).</summary>
    Locate,

    /// <summary>Subject works at the locative organisation (жұмыс істейді, қызмет атқарды).</summary>
    Work,

    /// <summary>Subject leads the accusative organisation (басқарады), or the noun after the participle (X бастаған Y).</summary>
    Lead,

    /// <summary>Subject is appointed, elected or becomes the post the clause names (тағайындалды, сайланды, атанды, кірісті).</summary>
    TakeOffice,
}

/// <summary>
/// A predicate of the lexicon: the stem of its verb, the words that must come right before it (қол for қол қой-), its
/// frame, and whether it names an event (so its non-past is a schedule: өтеді) or a state (its non-past is the present:
/// жұмыс істейді). Written in Cyrillic and compiled to match keys.
/// </summary>
internal sealed record Predicate(Frame Frame, string Stem, string[] Before, bool Event = true)
{
    public static Predicate Of(Frame frame, string cyrillic, bool @event = true)
    {
        var words = cyrillic.Split(' ');
        return new Predicate(frame, Lexicon.Key(words[^1]), [.. words[..^1].Select(Lexicon.Key)], @event);
    }
}
