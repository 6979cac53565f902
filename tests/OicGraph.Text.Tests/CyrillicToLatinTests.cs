namespace OicGraph.Text.Tests;

public sealed class CyrillicToLatinTests
{
    [Theory]
    [InlineData("Қазақстанның", "Qazaqstannyñ")]
    [InlineData("бір", "bır")]
    [InlineData("Елбасы", "Elbasy")]
    [InlineData("Нұрсұлтан Назарбаев", "Nūrsūltan Nazarbaev")]
    [InlineData("Ислам", "İslam")]
    [InlineData("ұйымдастыруымен", "ūiymdastyruymen")]
    [InlineData("Арабиясында", "Arabiiasynda")]
    [InlineData("хатшысының", "hatşysynyñ")]
    [InlineData("жөніндегі", "jönındegı")]
    [InlineData("Иерусалимдегі", "İerusalimdegı")]
    [InlineData("Әзербайжан", "Äzerbaijan")]
    [InlineData("қыркүйегінде", "qyrküiegınde")]
    [InlineData("революция", "revoliutsiia")]
    [InlineData("яғни", "iağni")]
    [InlineData("Чад", "Çad")]
    [InlineData("ҚР СІМ", "QR SIM")]
    [InlineData("Шешенстан", "Şeşenstan")]
    public void Uses_the_2021_alphabet(string cyrillic, string latin) => Assert.Equal(latin, CyrillicToLatin.Convert(cyrillic));
}
