using System.IO.Compression;
using System.Text;

namespace OicGraph.Labelling;

/// <summary>
/// The model file: gzip of a versioned binary layout. Per feature only its non-zero tags are written, each weight as a
/// half-precision float (the perceptron's decisions do not need more), so a model of a few hundred thousand features
/// stays a few megabytes. Version 2 adds the training data's names after the weights; version 1 files have none. Version 3 adds the
/// training text's word classes after the names.
/// </summary>
public static class ModelFormat
{
    private const string Magic = "OICLBL";
    private const int Version = 3;

    public static void Write(SequenceModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.Tags.Classes.Count);
        foreach (var cls in model.Tags.Classes)
        {
            writer.Write(cls);
        }

        var t = model.Tags.Count;
        foreach (var x in model.Transitions)
        {
            writer.Write(x);
        }

        writer.Write(model.FeatureCount);
        foreach (var (feature, row) in model.Rows.OrderBy(r => r.Key))
        {
            writer.Write(feature);
            var slice = model.WeightsOf(row);
            var nonZero = 0;
            foreach (var x in slice)
            {
                nonZero += (Half)x != Half.Zero ? 1 : 0;
            }

            writer.Write((byte)nonZero);
            for (var k = 0; k < t; k++)
            {
                if ((Half)slice[k] != Half.Zero)
                {
                    writer.Write((byte)k);
                    writer.Write((Half)slice[k]);
                }
            }
        }

        writer.Write(model.Names.Count);
        foreach (var name in model.Names)
        {
            writer.Write((byte)name.Class);
            writer.Write((byte)name.Words.Count);
            foreach (var word in name.Words)
            {
                writer.Write(word);
            }
        }

        writer.Write((byte)model.Classes.Levels);
        writer.Write(model.Classes.ByWord.Count);
        foreach (var (word, packed) in model.Classes.ByWord.OrderBy(c => c.Key))
        {
            writer.Write(word);
            writer.Write(packed);
        }
    }

    /// <summary>Reads a model; a stream that is not one (or of another version) is an <see cref="InvalidDataException"/>.</summary>
    public static SequenceModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            // Inflate in one go, then read from memory: reading the rows through the gzip stream took most of the load time.
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var inflated = new MemoryStream();
            gzip.CopyTo(inflated);
            inflated.Position = 0;
            using var reader = new BinaryReader(inflated, Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("Not an OicGraph labeller model.");
            }

            var version = reader.ReadInt32();
            if (version is < 1 or > Version)
            {
                throw new InvalidDataException($"Labeller model version {version}; this build reads version {Version}.");
            }

            var classes = new string[reader.ReadInt32()];
            for (var c = 0; c < classes.Length; c++)
            {
                classes[c] = reader.ReadString();
            }

            var tags = new TagSet(classes);
            var t = tags.Count;
            var transitions = new float[(t + 1) * t];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = reader.ReadSingle();
            }

            var count = reader.ReadInt32();
            var rows = new Dictionary<ulong, int>(count);
            var weights = new float[count * t];
            for (var row = 0; row < count; row++)
            {
                rows.Add(reader.ReadUInt64(), row);
                int nonZero = reader.ReadByte();
                for (var j = 0; j < nonZero; j++)
                {
                    int k = reader.ReadByte();
                    weights[(row * t) + k] = (float)reader.ReadHalf();
                }
            }

            var names = new List<KnownName>();
            for (var nameCount = version >= 2 ? reader.ReadInt32() : 0; names.Count < nameCount;)
            {
                int cls = reader.ReadByte();
                var words = new ulong[reader.ReadByte()];
                for (var w = 0; w < words.Length; w++)
                {
                    words[w] = reader.ReadUInt64();
                }

                names.Add(new KnownName(words, cls));
            }

            var wordClasses = WordClasses.None;
            if (version >= 3)
            {
                int levels = reader.ReadByte();
                var classCount = reader.ReadInt32();
                var byWord = new Dictionary<ulong, int>(classCount);
                while (byWord.Count < classCount)
                {
                    byWord.Add(reader.ReadUInt64(), reader.ReadInt32());
                }

                wordClasses = new WordClasses(byWord, levels);
            }

            return new SequenceModel(tags, rows, weights, transitions, names, wordClasses);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or IndexOutOfRangeException)
        {
            throw new InvalidDataException("The labeller model is truncated or corrupt.", e);
        }
    }
}
