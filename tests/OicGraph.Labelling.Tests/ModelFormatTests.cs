using OicGraph.Labelling;

namespace OicGraph.Labelling.Tests;

public sealed class ModelFormatTests
{
    [Fact]
    public void A_written_model_reads_back_with_the_same_decisions()
    {
        var model = PerceptronTests.TrainToy();
        using var stream = new MemoryStream();
        ModelFormat.Write(model, stream);
        stream.Position = 0;
        var read = ModelFormat.Read(stream);
        Assert.Equal(model.Tags.Classes, read.Tags.Classes);
        Assert.Equal(model.FeatureCount, read.FeatureCount);
        var (a, b) = (new int[4], new int[4]);
        string[] sentence = ["halyk", "bank", "mr", "bek"];
        model.Label(PerceptronTests.Features(sentence), a);
        read.Label(PerceptronTests.Features(sentence), b);
        Assert.Equal(a, b);
    }

    [Fact]
    public void The_training_names_a_model_carries_read_back_in_order()
    {
        var model = PerceptronTests.TrainToy().WithNames([new KnownName([11UL, 12UL], 1), new KnownName([13UL], 0)]);
        using var stream = new MemoryStream();
        ModelFormat.Write(model, stream);
        stream.Position = 0;
        var read = ModelFormat.Read(stream);
        Assert.Equal(2, read.Names.Count);
        Assert.Equal([11UL, 12UL], read.Names[0].Words);
        Assert.Equal(1, read.Names[0].Class);
        Assert.Equal([13UL], read.Names[1].Words);
        Assert.Equal(0, read.Names[1].Class);
    }

    [Fact]
    public void The_word_classes_a_model_carries_read_back()
    {
        var classes = new WordClasses(new Dictionary<ulong, int> { [11UL] = 0x0203, [12UL] = 0x01C8 }, 2);
        var model = PerceptronTests.TrainToy().WithClasses(classes);
        using var stream = new MemoryStream();
        ModelFormat.Write(model, stream);
        stream.Position = 0;
        var read = ModelFormat.Read(stream);
        Assert.Equal(2, read.Classes.Levels);
        Assert.Equal(classes.ByWord.OrderBy(c => c.Key), read.Classes.ByWord.OrderBy(c => c.Key));
        Assert.Equal(200, read.Classes.At(read.Classes.Of(12UL), 1));
    }

    [Fact]
    public void A_version_2_model_without_word_classes_still_reads()
    {
        // A version 2 file is a version 3 file of a model without classes, less its empty classes section (a level
        // count byte and a zero count) and with 2 as its version.
        var model = PerceptronTests.TrainToy().WithNames([new KnownName([13UL], 0)]);
        using var written = new MemoryStream();
        ModelFormat.Write(model, written);
        var layout = Inflate(written.ToArray());
        var versionAt = 1 + "OICLBL".Length;
        Assert.Equal(3, BitConverter.ToInt32(layout, versionAt));
        BitConverter.GetBytes(2).CopyTo(layout, versionAt);
        var read = ModelFormat.Read(new MemoryStream(Deflate(layout[..^5])));
        Assert.Equal(0, read.Classes.Levels);
        Assert.Empty(read.Classes.ByWord);
        Assert.Single(read.Names);
        Assert.Equal(model.FeatureCount, read.FeatureCount);
    }

    private static byte[] Inflate(byte[] gzipped)
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(gzipped), System.IO.Compression.CompressionMode.Decompress);
        using var result = new MemoryStream();
        gzip.CopyTo(result);
        return result.ToArray();
    }

    private static byte[] Deflate(byte[] layout)
    {
        using var result = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(result, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(layout);
        }

        return result.ToArray();
    }

    [Fact]
    public void Bytes_that_are_not_a_model_are_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => ModelFormat.Read(new MemoryStream([1, 2, 3, 4])));
        using var stream = new MemoryStream();
        ModelFormat.Write(PerceptronTests.TrainToy(), stream);
        var truncated = stream.ToArray()[..(int)(stream.Length / 2)];
        Assert.Throws<InvalidDataException>(() => ModelFormat.Read(new MemoryStream(truncated)));
    }

    [Fact]
    public void A_model_missing_from_the_build_fails_loudly_naming_where_it_belongs()
    {
        var e = Assert.Throws<InvalidOperationException>(() => EmbeddedModels.Load("no-such-model.lbl.gz"));
        Assert.Contains("src/OicGraph.Labelling/Model/no-such-model.lbl.gz", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_model_is_built_in_loads_and_stays_small()
    {
        Assert.True(EmbeddedModels.Exists(EmbeddedModels.Entities), "the entity model is not embedded");
        using var stream = typeof(EmbeddedModels).Assembly.GetManifestResourceStream("labelling/" + EmbeddedModels.Entities)!;
        Assert.True(stream.Length <= 20 * 1024 * 1024, $"model file {stream.Length} bytes");
        var model = EmbeddedModels.Load(EmbeddedModels.Entities);
        Assert.Contains("ORG", model.Tags.Classes);
        Assert.True(model.FeatureCount > 1000, $"{model.FeatureCount} features");
        Assert.Equal(2, model.Classes.Levels);
        Assert.True(model.Classes.ByWord.Count > 1000, $"{model.Classes.ByWord.Count} words with classes");
    }
}
