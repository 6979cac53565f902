namespace OicGraph.Text.Tests;

public sealed class OneMegabyteOtherTests
{
    public static TheoryData<char> Characters => ['-', ' ', '.', 'а'];

    [Theory]
    [MemberData(nameof(Characters))]
    public void One_megabyte_of_one_character_is_handled(char c) => EntryPoints.RunAll(new string(c, 1 << 20));
}
