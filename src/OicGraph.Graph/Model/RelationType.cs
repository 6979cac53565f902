using System.Text.Json.Serialization;

namespace OicGraph.Graph.Model;

/// <summary>
/// The relation vocabulary: the one definition of every fact type the graph holds (README's table lists them with their
/// ends and properties). Each type's name is its Neo4j relationship type and its JSON value, UPPER_SNAKE_CASE, so a
/// type can be written into Cypher text safely; <see cref="RelationTypes"/> converts between the two.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RelationType>))]
public enum RelationType
{
    /// <summary>Country → organisation it belongs to (<c>since</c>).</summary>
    [JsonStringEnumMemberName("MEMBER_OF")]
    MemberOf,

    /// <summary>Country → organisation it observes (<c>since</c>).</summary>
    [JsonStringEnumMemberName("OBSERVER_OF")]
    ObserverOf,

    /// <summary>Country or person → organisation or event it chaired (<c>year</c>).</summary>
    [JsonStringEnumMemberName("CHAIRED")]
    Chaired,

    /// <summary>Organisation → the event it was founded at.</summary>
    [JsonStringEnumMemberName("FOUNDED_AT")]
    FoundedAt,

    /// <summary>Event → place, city or country it was held in.</summary>
    [JsonStringEnumMemberName("HELD_IN")]
    HeldIn,

    /// <summary>Event → date.</summary>
    [JsonStringEnumMemberName("OCCURRED_ON")]
    OccurredOn,

    /// <summary>Event → organisation, country or person that organised it.</summary>
    [JsonStringEnumMemberName("ORGANIZED_BY")]
    OrganizedBy,

    /// <summary>Organisation → the event it was renamed at.</summary>
    [JsonStringEnumMemberName("RENAMED_AT")]
    RenamedAt,

    /// <summary>Place, city, organisation or region → the place it is in.</summary>
    [JsonStringEnumMemberName("LOCATED_IN")]
    LocatedIn,

    /// <summary>City → the country or region it is the capital of.</summary>
    [JsonStringEnumMemberName("CAPITAL_OF")]
    CapitalOf,

    /// <summary>Region or body → the whole it belongs to.</summary>
    [JsonStringEnumMemberName("PART_OF")]
    PartOf,

    /// <summary>Person → organisation or country where they hold a post that is not its head (<c>role</c>, <c>since</c>).</summary>
    [JsonStringEnumMemberName("HOLDS_POSITION")]
    HoldsPosition,

    /// <summary>Person → the department or body they head (<c>since</c>).</summary>
    [JsonStringEnumMemberName("HEADS")]
    Heads,

    /// <summary>Person → organisation they worked for in the past (<c>since</c>).</summary>
    [JsonStringEnumMemberName("WORKED_FOR")]
    WorkedFor,

    /// <summary>Person → organisation they work for, no post given.</summary>
    [JsonStringEnumMemberName("WORKS_FOR")]
    WorksFor,

    /// <summary>Person → the event they were elected at.</summary>
    [JsonStringEnumMemberName("ELECTED_AT")]
    ElectedAt,

    /// <summary>Person → country or organisation that nominated them.</summary>
    [JsonStringEnumMemberName("NOMINATED_BY")]
    NominatedBy,

    /// <summary>Person → country or organisation they represent.</summary>
    [JsonStringEnumMemberName("REPRESENTS")]
    Represents,

    /// <summary>Person → the country, organisation, city or region they head (<c>role</c>, <c>since</c>).</summary>
    [JsonStringEnumMemberName("LEADER_OF")]
    LeaderOf,

    /// <summary>Person, country or organisation → initiative or event they proposed.</summary>
    [JsonStringEnumMemberName("PROPOSED")]
    Proposed,

    /// <summary>Journalist → the person interviewed.</summary>
    [JsonStringEnumMemberName("INTERVIEWED")]
    Interviewed,

    /// <summary>Organisation → one of its working languages.</summary>
    [JsonStringEnumMemberName("WORKING_LANGUAGE")]
    WorkingLanguage,

    /// <summary>Group or person → the place they come from.</summary>
    [JsonStringEnumMemberName("ORIGINATED_FROM")]
    OriginatedFrom,

    /// <summary>Person → person they met (symmetric; stored once, source first named).</summary>
    [JsonStringEnumMemberName("MET_WITH")]
    MetWith,

    /// <summary>Person → country, city, region or place they visited.</summary>
    [JsonStringEnumMemberName("VISITED")]
    Visited,

    /// <summary>Person, country or organisation → event they took part in.</summary>
    [JsonStringEnumMemberName("PARTICIPATED_IN")]
    ParticipatedIn,

    /// <summary>Person, country or organisation → initiative (agreement, memorandum, declaration) they signed.</summary>
    [JsonStringEnumMemberName("SIGNED")]
    Signed,
}
