namespace OicGraph.Extraction.Tests.Linking;

/// <summary>One entity per referent within a document: sentences written for the test.</summary>
public sealed class DocumentLinkingTests
{
    private static IReadOnlyList<OicGraph.Extraction.Contract.ExtractedEntity> People(string text) =>
        [.. TestData.Extract(text).Entities.Where(e => e.Type == "Person")];

    [Fact]
    public void Mirziyoyevs_four_spellings_give_one_node()
    {
        var people = People("وزبەكستان پرەزيدەنتى شاۆكات ميرزيايەۆ استاناعا كەلدى. ميرزيەيەۆ پرەزيدەنتپەن كەزدەستى. ش. ميرزيوەۆ ءسوز سويلەدى. ميرزيەۆتىڭ ساپارى اياقتالدى.");
        var person = Assert.Single(people);
        Assert.Equal("shavkat-mirziyoyev", person.Id);
        Assert.Equal(4, person.Mentions.Count);
    }

    [Fact]
    public void A_new_persons_variants_and_initial_resolve_to_the_full_name()
    {
        var people = People(OicGraph.Text.CyrillicToArabic.Convert("Айбын Құсанбеков жиынды ашты. Кейін А. Құсанбеков сөз сөйледі. Айбын Қысанбеков сұрақтарға жауап берді."));
        var person = Assert.Single(people);
        Assert.Equal(3, person.Mentions.Count);
        Assert.Contains("Айбын Қысанбеков", person.Aliases);
    }

    [Fact]
    public void Initials_and_surname_resolve_to_the_reference_person()
    {
        var people = People(OicGraph.Text.CyrillicToArabic.Convert("Қасым-Жомарт Тоқаев Астанаға келді. Қ. Тоқаев мәлімдеме жасады."));
        Assert.Equal("kassym-jomart-tokayev", Assert.Single(people).Id);
    }

    [Fact]
    public void A_first_name_and_patronymic_resolves_to_the_full_name_named_earlier()
    {
        var people = People(OicGraph.Text.CyrillicToArabic.Convert("Жиынға Ерлан Әбілқасымұлы Қасымжанов қатысты. Ерлан Әбілқасымұлы баяндама жасады."));
        var person = Assert.Single(people);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_bare_surname_shared_by_two_people_stays_apart()
    {
        var people = People(OicGraph.Text.CyrillicToArabic.Convert("Сапарғали Махмұтов пен Талғат Махмұтов келді. Махмұтов сөз сөйледі."));
        Assert.Contains(people, p => p.Names["kk-Cyrl"] == "Сапарғали Махмұтов" && p.Mentions.Count == 1);
        Assert.Contains(people, p => p.Names["kk-Cyrl"] == "Талғат Махмұтов" && p.Mentions.Count == 1);
    }

    [Fact]
    public void The_long_csto_name_and_its_spaced_abbreviation_are_one_organisation()
    {
        var result = TestData.Extract("ۇجىمدىق قاۋىپسىزدىك تۋرالى شارت ۇيىمى وتىرىسى ءوتتى. ۇ ق ش ۇ- نىڭ باس حاتشىسى ءسوز سويلەدى.");
        var csto = Assert.Single(result.Entities, e => e.Type == "Organization");
        Assert.Equal("csto", csto.Id);
        Assert.Equal(2, csto.Mentions.Count);
    }

    [Fact]
    public void An_abbreviation_defined_in_parentheses_is_the_long_name_wherever_the_document_writes_it()
    {
        // A body the reference data does not know, defined once and then named by its abbreviation.
        var text = OicGraph.Text.CyrillicToArabic.Convert("Халықаралық түркі академиясы (ХТА) жиын өткізді. ХТА өкілдері баяндама жасады.");
        var result = TestData.Extract(text);
        var academy = Assert.Single(result.Entities, e => e.Mentions.Any(m => m.Text.StartsWith("حالىقارالىق", StringComparison.Ordinal)));
        Assert.Equal(3, academy.Mentions.Count);
    }

    [Fact]
    public void The_oic_long_name_its_spaced_and_joined_abbreviations_and_oic_in_latin_are_one_node()
    {
        var result = TestData.Extract("يسلام ىنتىماقتاستىعى ۇيىمى (ي ى ۇ) 1969 -جىلى قۇرىلدى. يىۇ- عا 57 ەل مۇشە. OIC ءىسىن قولدايدى. ي ى ۇ- نىڭ حاتشىسى كەلدى.");
        var oic = Assert.Single(result.Entities, e => e.Type == "Organization");
        Assert.Equal("oic", oic.Id);
        Assert.Equal(5, oic.Mentions.Count);
    }

    [Fact]
    public void A_letter_spaced_abbreviation_defined_in_parentheses_is_the_long_name_later_too()
    {
        var result = TestData.Extract("حالىقارالىق تۇركى اكادەمياسى (ح ت ا) جيىن وتكىزدى. ح ت ا وكىلدەرى بايانداما جاسادى.");
        var academy = Assert.Single(result.Entities, e => e.Type == "Organization");
        Assert.Equal(["حالىقارالىق تۇركى اكادەمياسى", "ح ت ا", "ح ت ا"], academy.Mentions.Select(m => m.Text));
    }
}
