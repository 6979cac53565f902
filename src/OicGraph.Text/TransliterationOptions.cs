namespace OicGraph.Text;

/// <summary>How <see cref="CyrillicToArabic"/> renders the letters sites disagree on (doc §1.4, §7).</summary>
public sealed record TransliterationOptions
{
    /// <summary>Kazinform's output as seen in the seed (the default).</summary>
    public static TransliterationOptions Kazinform { get; } = new();

    /// <summary>ar.egemen.kz / abai.kz: no ي inserted before ەۆ.</summary>
    public static TransliterationOptions Egemen { get; } = new() { InsertYehBeforeEv = false };

    /// <summary>How ц is written.</summary>
    public TseRendering Tse { get; init; } = TseRendering.Auto;

    /// <summary>The Cyrl2Tote <c>-ев → يەۆ</c> rule (it also fires inside words: революция → ريەۆوليۋتسيا).</summary>
    public bool InsertYehBeforeEv { get; init; } = true;

    /// <summary>Write all-capital words letter by letter, as Kazinform does (ИЫҰ → ي ى ۇ).</summary>
    public bool SpellOutAbbreviations { get; init; }

    /// <summary>Split <c>…ұлы</c>/<c>…қызы</c> patronymics into a separate word (Cyrl2Tote does).</summary>
    public bool SplitPatronymics { get; init; } = true;

    /// <summary>Where the front-vowel hamza goes (doc §1.2).</summary>
    public HamzaStyle Hamza { get; init; } = HamzaStyle.Kazinform;
}

/// <summary>Hamza conventions of the converters in use.</summary>
public enum HamzaStyle
{
    /// <summary>One ء (U+0621) at the start of the word, hyphenated compounds counted as one word, none if the word has ك گ ە.</summary>
    Kazinform,

    /// <summary>MediaWiki KkConverter: ٴ (U+0674) before each hyphen-separated part, none if the part has ك گ ە ع ق.</summary>
    MediaWiki,
}

/// <summary>Renderings of Cyrillic ц.</summary>
public enum TseRendering
{
    /// <summary>تس after a vowel (Федерация → فەدەراتسيا), س elsewhere (конференция → كونفەرەنسيا): what the seed shows.</summary>
    Auto,

    /// <summary>Always تس (MediaWiki, Apertium).</summary>
    Ts,

    /// <summary>Always س (Cyrl2Tote, qamshy).</summary>
    S,
}
