using OicGraph.Extraction.Linking;

namespace OicGraph.Extraction.Tests.Linking;

/// <summary>Pairs of names (written for the test, in Cyrillic, printed as Kazinform would) that must and must not be one person.</summary>
public sealed class PersonNameMatchTests
{
    private static PersonName Name(string cyrillic) => PersonName.Parse(OicGraph.Text.CyrillicToArabic.Convert(cyrillic))!;

    private static PersonName Arabic(string arabic) => PersonName.Parse(arabic)!;

    [Theory]
    [InlineData("ميرزيوەۆ", "ميرزيەيەۆ")]
    [InlineData("ميرزيوەۆ", "ميرزيايەۆ")]
    [InlineData("ميرزيوەۆ", "ميرزيەۆ")]
    [InlineData("ميرزيەيەۆ", "ميرزيايەۆ")]
    [InlineData("ميرزيەيەۆ", "ميرزيەۆ")]
    [InlineData("ميرزيايەۆ", "ميرزيەۆ")]
    [InlineData("شاۆكات ميرزيايەۆ", "شاۆكات ميرزيوەۆ")]
    public void Mirziyoyevs_four_spellings_are_one_surname(string a, string b)
    {
        Assert.True(PersonName.SameReferent(Arabic(a), Arabic(b), fullNamesOnly: false));
        Assert.True(PersonName.SameReferent(Arabic(b), Arabic(a), fullNamesOnly: false));
    }

    [Theory]
    [InlineData("Айбын Құсанбеков", "Айбын Қысанбеков")]
    [InlineData("Айтмұхамед Байділдаев", "Айтмұхаммед Байділдаев")]
    [InlineData("Қ. Тоқаев", "Қасым-Жомарт Тоқаев")]
    [InlineData("Қасым-Жомарт Кемелұлы", "Қасым-Жомарт Кемелұлы Тоқаев")]
    [InlineData("Нұрсұлтан Әбішұлы Назарбаев", "Нұрсұлтан Назарбаев")]
    [InlineData("Айдарбек Айтмұхамбетұлы", "Айдарбек Айтмахамбетұлы")] // a patronymic standing as the surname
    public void Variants_of_one_full_name_match_across_documents(string a, string b)
    {
        var strict = !a.Contains('.', StringComparison.Ordinal) && a != "Қасым-Жомарт Кемелұлы";
        Assert.True(PersonName.SameReferent(Name(a), Name(b), fullNamesOnly: strict));
    }

    [Theory]
    [InlineData("Ерлан Нұрғалиев", "Қанат Нұрғалиев")] // brothers: one surname, two first names
    [InlineData("Бақыт Сұлтанов", "Бахтияр Сұлтанов")]
    [InlineData("Ерлан Ахметов", "Арлан Ахметов")] // short first names one letter apart are different names
    [InlineData("Нұрсұлтан Назарбаев", "Дариға Назарбаева")]
    [InlineData("Назарбаев", "Назарбаева")] // -ов/-ова: not one person
    [InlineData("Радик Жақыпов", "Жақыпова")]
    [InlineData("Ж. Ахметов", "Серік Ахметов")] // the initial disagrees
    [InlineData("Қасым-Жомарт Кемелұлы", "Қасым-Жомарт Тоқаев")] // a patronymic and a surname: nothing shared to check
    [InlineData("Ерлан Әбілқасымұлы", "Ерлан Серікұлы")]
    [InlineData("Серік Ахметов", "Серік Мұхаметов")] // one first name, surnames with another first letter
    [InlineData("Айгүл Сейітова", "Айгүл Сейткалиева")] // one skeleton prefix, not one surname
    public void Different_people_are_never_one(string a, string b)
    {
        Assert.False(PersonName.SameReferent(Name(a), Name(b), fullNamesOnly: false));
        Assert.False(PersonName.SameReferent(Name(b), Name(a), fullNamesOnly: false));
    }

    [Theory]
    [InlineData("Мишустин", "Михаил Мишустин")]
    [InlineData("М. Мишустин", "Михаил Мишустин")]
    public void A_bare_surname_or_initial_is_never_trusted_across_documents(string a, string b)
    {
        Assert.False(PersonName.SameReferent(Name(a), Name(b), fullNamesOnly: true));
        Assert.True(PersonName.SameReferent(Name(a), Name(b), fullNamesOnly: false));
    }
}
