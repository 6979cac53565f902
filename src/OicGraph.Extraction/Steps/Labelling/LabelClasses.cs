using OicGraph.Graph.Model;
using OicGraph.Labelling;

namespace OicGraph.Extraction.Steps.Labelling;

/// <summary>
/// The labeller's classes: KazNERD's, those the graph stores and those that teach the model what is not one (a post,
/// a people, a building). The order is part of the model format.
/// </summary>
internal static class LabelClasses
{
    public const int Person = 0;
    public const int Gpe = 1;
    public const int Location = 2;
    public const int Organization = 3;
    public const int Event = 4;
    public const int Date = 5;
    public const int Position = 6;
    public const int Norp = 7;
    public const int Facility = 8;

    public static TagSet Tags { get; } = new(["PER", "GPE", "LOC", "ORG", "EVT", "DATE", "POS", "NORP", "FAC"]);

    /// <summary>The class of a KazNERD annotation type, or -1 for those the labeller does not learn.</summary>
    public static int OfKazNerd(string type) => type switch
    {
        "PERSON" => Person,
        "GPE" => Gpe,
        "LOCATION" => Location,
        "ORGANISATION" => Organization,
        "EVENT" => Event,
        "DATE" => Date,
        "POSITION" => Position,
        "NORP" => Norp,
        "FACILITY" => Facility,
        _ => -1,
    };

    /// <summary>The class an entity type of the rules falls in, or -1.</summary>
    public static int OfEntityType(EntityType type) => type switch
    {
        EntityType.Person => Person,
        EntityType.Country or EntityType.City or EntityType.Region => Gpe,
        EntityType.Place => Location,
        EntityType.Organization => Organization,
        EntityType.Event => Event,
        EntityType.Date => Date,
        EntityType.Group => Norp,
        _ => -1,
    };
}
