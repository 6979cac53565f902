namespace OicGraph.Text.Tests;

public sealed class SearchKeysTests
{
    [Theory]
    [InlineData("Қазақстан", "Qazaqstan")]
    [InlineData("Қазақстан", "Kazakhstan")]
    [InlineData("Қазақстан", "Қазақстан")]
    [InlineData("Қазақстан", "қазақстан")]
    [InlineData("Қазақстан", "قازاقستان")]
    [InlineData("Қазақстан", "قازاقستاننىڭ")]
    [InlineData("Қазақстан", "Қазақстанның")]
    [InlineData("Қазақстан", "قازاق")]
    [InlineData("قازاقستان", "Kazakhstan")]
    [InlineData("Назарбаев", "نازاربايەۆ")]
    [InlineData("Назарбаев", "نازارباەۆتىڭ")]
    [InlineData("Назарбаев", "Nazarbayev")]
    [InlineData("Nursultan Nazarbayev", "نۇرسۇلتان نازاربايەۆ")]
    [InlineData("Сауд Арабиясы", "ساۋد ارابياسىندا")]
    [InlineData("Сауд Арабиясы", "Saudi Arabia")]
    [InlineData("Бангладеш", "Bangladesh")]
    [InlineData("Ресей Федерациясы", "رەسەي فەدەراسياسى")]
    [InlineData("Иерусалим", "يەرۋساليمدەگى")]
    [InlineData("Қазақстан", "Казахстан")]                 // Russian spelling reaches it through the skeleton
    [InlineData("ИЫҰ", "ي ى ۇ")]
    [InlineData("ي ى ۇ", "ИЫҰ")]
    [InlineData("Астана", "Astana")]
    [InlineData("Нұрсұлтан Назарбаев", "Nūrsūltan Nazarbaev")]
    [InlineData("Тәжікстан", "Tajikistan")]
    [InlineData("OIC", "oic")]
    [InlineData("OIC", "OIC")]
    [InlineData("G-20", "g-2")]
    public void A_query_in_any_script_reaches_the_entity(string name, string query) =>
        Assert.True(Matches(name, query), $"{string.Join(',', SearchKeys.ForName(name))} vs {string.Join(',', SearchKeys.ForQuery(query))}");

    [Theory]
    [InlineData("Қазақстан", "Қырғызстан")]
    [InlineData("Қазақстан", "Ресей")]
    [InlineData("Сауд Арабиясы", "Бангладеш")]
    public void Different_names_do_not_match(string name, string query) => Assert.False(Matches(name, query));

    [Fact]
    public void A_one_letter_latin_query_has_only_its_literal_key() => Assert.Equal(["=k"], SearchKeys.ForQuery("K"));

    [Fact]
    public void Keys_of_empty_or_blank_text_are_empty()
    {
        Assert.Empty(SearchKeys.ForQuery(string.Empty));
        Assert.Empty(SearchKeys.ForName("   "));
    }

    // The store's rule: some entity key starts with some query key.
    private static bool Matches(string name, string query) =>
        SearchKeys.ForName(name).Any(n => SearchKeys.ForQuery(query).Any(q => n.StartsWith(q, StringComparison.Ordinal)));
}
