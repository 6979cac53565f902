namespace OicGraph.Labelling;

/// <summary>How to learn word classes: the rarest word given one, the context words counted, and the class counts.</summary>
/// <param name="MinCount">A word seen fewer times has too few neighbours to place.</param>
/// <param name="ContextWords">The most frequent words, whose counts as left and right neighbours make a word's profile.</param>
/// <param name="Sizes">One k-means per size, coarse to fine: a coarse class generalises, a fine one tells near words apart.</param>
public sealed record ClusterOptions(int MinCount = 3, int ContextWords = 400, int Iterations = 12, int Seed = 16, params int[] Sizes);

/// <summary>
/// Distributional word classes learned from unlabelled text: each word's profile is the square roots of how often each
/// frequent word stands right before and right after it (L2-normalised), and spherical k-means groups the profiles,
/// seeded by k-means++ from a fixed seed, so the same text gives the same classes. Words are ids (the labeller's stem
/// hashes); a word's classes are packed one byte per size, coarse first, so a size is at most 255 classes.
/// </summary>
public static class WordClusters
{
    public static WordClasses Learn(IEnumerable<IReadOnlyList<ulong>> sentences, ClusterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Sizes.Length is 0 or > 4 || options.Sizes.Any(k => k is < 2 or > 255))
        {
            throw new ArgumentException("One to four class counts, each 2 to 255.", nameof(options));
        }

        var all = sentences.ToList();
        var counts = new Dictionary<ulong, int>();
        foreach (var sentence in all)
        {
            foreach (var w in sentence)
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        // Ties in frequency are broken by the id, so the order (and every class) is a function of the text alone.
        var byFrequency = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).ToList();
        var context = new Dictionary<ulong, int>();
        foreach (var (w, _) in byFrequency.Take(options.ContextWords))
        {
            context[w] = context.Count;
        }

        var vocabulary = byFrequency.Where(c => c.Value >= options.MinCount).Select(c => c.Key).ToList();
        var index = vocabulary.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);
        var c2 = context.Count;
        var dims = (2 * c2) + 2;
        var rows = new Dictionary<int, float>[vocabulary.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = [];
        }

        foreach (var sentence in all)
        {
            for (var j = 0; j < sentence.Count; j++)
            {
                if (!index.TryGetValue(sentence[j], out var row))
                {
                    continue;
                }

                var left = j == 0 ? 2 * c2 : context.TryGetValue(sentence[j - 1], out var l) ? l : -1;
                var right = j + 1 == sentence.Count ? (2 * c2) + 1 : context.TryGetValue(sentence[j + 1], out var r) ? c2 + r : -1;
                foreach (var d in (ReadOnlySpan<int>)[left, right])
                {
                    if (d >= 0)
                    {
                        rows[row][d] = rows[row].GetValueOrDefault(d) + 1;
                    }
                }
            }
        }

        var profiles = rows.Select(Profile).ToArray();
        var packed = new int[vocabulary.Count];
        for (var s = 0; s < options.Sizes.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var assigned = KMeans(profiles, dims, options.Sizes[s], options.Iterations, options.Seed + s, cancellationToken);
            for (var i = 0; i < packed.Length; i++)
            {
                packed[i] |= (assigned[i] + 1) << (8 * (options.Sizes.Length - 1 - s));
            }
        }

        var result = new Dictionary<ulong, int>(vocabulary.Count);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            result[vocabulary[i]] = packed[i];
        }

        return new WordClasses(result, options.Sizes.Length);
    }

    private static (int[] Dims, float[] Values) Profile(Dictionary<int, float> counts)
    {
        var dims = counts.Keys.Order().ToArray();
        var values = dims.Select(d => MathF.Sqrt(counts[d])).ToArray();
        var norm = MathF.Sqrt(values.Sum(v => v * v));
        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= norm > 0 ? norm : 1;
        }

        return (dims, values);
    }

    private static float Dot((int[] Dims, float[] Values) x, float[] centroids, int offset)
    {
        var sum = 0f;
        for (var i = 0; i < x.Dims.Length; i++)
        {
            sum += x.Values[i] * centroids[offset + x.Dims[i]];
        }

        return sum;
    }

    private static int[] KMeans((int[] Dims, float[] Values)[] profiles, int dims, int k, int iterations, int seed, CancellationToken cancellationToken)
    {
        var n = profiles.Length;
        var assigned = new int[n];
        if (n <= k)
        {
            for (var i = 0; i < n; i++)
            {
                assigned[i] = i;
            }

            return assigned;
        }

        // k-means++ on cosine distance (1 - similarity): each next centre is drawn in proportion to its distance squared
        // from the nearest centre chosen so far.
        var random = new Random(seed);
        var centroids = new float[k * dims];
        var nearest = new float[n];
        Array.Fill(nearest, float.MaxValue);
        var chosen = random.Next(n);
        for (var c = 0; c < k; c++)
        {
            var p = profiles[chosen];
            for (var i = 0; i < p.Dims.Length; i++)
            {
                centroids[(c * dims) + p.Dims[i]] = p.Values[i];
            }

            var total = 0.0;
            for (var i = 0; i < n; i++)
            {
                var d = 1 - Dot(profiles[i], centroids, c * dims);
                nearest[i] = Math.Min(nearest[i], d * d);
                total += nearest[i];
            }

            var target = random.NextDouble() * total;
            chosen = n - 1;
            for (var i = 0; i < n; i++)
            {
                target -= nearest[i];
                if (target <= 0)
                {
                    chosen = i;
                    break;
                }
            }
        }

        for (var iteration = 0; iteration < iterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var score = Dot(profiles[i], centroids, c * dims);
                    if (score > bestScore)
                    {
                        (best, bestScore) = (c, score);
                    }
                }

                changed |= iteration == 0 || assigned[i] != best;
                assigned[i] = best;
            }

            if (!changed)
            {
                break;
            }

            Array.Clear(centroids);
            for (var i = 0; i < n; i++)
            {
                var p = profiles[i];
                for (var j = 0; j < p.Dims.Length; j++)
                {
                    centroids[(assigned[i] * dims) + p.Dims[j]] += p.Values[j];
                }
            }

            for (var c = 0; c < k; c++)
            {
                var row = centroids.AsSpan(c * dims, dims);
                var norm = 0f;
                foreach (var v in row)
                {
                    norm += v * v;
                }

                norm = MathF.Sqrt(norm);
                if (norm > 0)
                {
                    foreach (ref var v in row)
                    {
                        v /= norm;
                    }
                }
            }
        }

        return assigned;
    }
}
