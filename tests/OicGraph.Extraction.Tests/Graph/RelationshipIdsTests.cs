using OicGraph.Extraction.Graph;
using OicGraph.Graph.Model;

namespace OicGraph.Extraction.Tests.Graph;

public sealed class RelationshipIdsTests
{
    public static TheoryData<RelationType> Types() => [.. RelationTypes.All];

    [Theory]
    [MemberData(nameof(Types))]
    public void Adding_a_property_other_than_the_claim_key_never_changes_an_id(RelationType type)
    {
        var key = RelationshipIds.ClaimKeyOf(type);
        var claim = key is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [key] = "1992" };
        var before = RelationshipIds.For(type, "a", "b", claim);

        foreach (var added in new[] { "since", "until", "year", "role", "place", "date" }.Where(p => p != key))
        {
            var more = new Dictionary<string, string>(claim) { [added] = "2017-05" };
            Assert.Equal(before, RelationshipIds.For(type, "a", "b", more));
        }
    }

    [Fact]
    public void Sources_that_disagree_on_the_claim_key_are_two_facts()
    {
        var interview = RelationshipIds.For(RelationType.MemberOf, "kazakhstan", "oic", new Dictionary<string, string> { ["since"] = "1992" });
        var reference = RelationshipIds.For(RelationType.MemberOf, "kazakhstan", "oic", new Dictionary<string, string> { ["since"] = "1995" });

        Assert.Equal("kazakhstan--member-of--oic--since-1992", interview);
        Assert.Equal("kazakhstan--member-of--oic--since-1995", reference);
    }

    [Fact]
    public void A_post_with_a_since_has_the_id_of_the_post()
    {
        var role = new Dictionary<string, string> { ["role"] = "Assistant Secretary General" };
        var dated = new Dictionary<string, string>(role) { ["since"] = "2017-05" };

        Assert.Equal("askar-mussinov--holds-position--oic--role-assistant-secretary-general", RelationshipIds.For(RelationType.HoldsPosition, "askar-mussinov", "oic", dated));
        Assert.Equal(RelationshipIds.For(RelationType.HoldsPosition, "askar-mussinov", "oic", role), RelationshipIds.For(RelationType.HoldsPosition, "askar-mussinov", "oic", dated));
    }
}
