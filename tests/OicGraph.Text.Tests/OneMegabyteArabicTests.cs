namespace OicGraph.Text.Tests;

// Split from OneMegabyteOtherTests so that xunit runs the two halves in parallel.
public sealed class OneMegabyteArabicTests
{
    public static TheoryData<char> Characters => ['ا', 'ء', '\u0654'];

    [Theory]
    [MemberData(nameof(Characters))]
    public void One_megabyte_of_one_character_is_handled(char c) => EntryPoints.RunAll(new string(c, 1 << 20));
}
