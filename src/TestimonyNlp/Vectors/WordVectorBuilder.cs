using System.Globalization;

namespace TestimonyNlp.Vectors;

/// <summary>
/// Reduces a word-piece embedding table to short vectors: principal components of the table (the covariance of the
/// pieces that are not special or unused, diagonalised by cyclic Jacobi rotations in double precision, one thread, so
/// the same table gives the same bytes), each component's sign fixed so that its largest coordinate is positive, and
/// each projected dimension divided by its standard deviation over the pieces.
/// </summary>
public static class WordVectorBuilder
{
    /// <summary>
    /// The vectors of <paramref name="vocabulary"/> from <paramref name="table"/> (one row of
    /// <paramref name="width"/> values per piece), reduced to <paramref name="dimensions"/>.
    /// </summary>
    public static WordVectors Build(WordPieceVocabulary vocabulary, ReadOnlySpan<float> table, int width, int dimensions, string source)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(source);
        var rows = vocabulary.Pieces.Length;
        if (width < 1 || table.Length != rows * width)
        {
            throw new ArgumentException("the table must hold one row per piece", nameof(table));
        }

        if (dimensions < 1 || dimensions > Math.Min(width, WordVectors.MaxDimensions))
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions));
        }

        var mean = new double[width];
        var used = 0;
        for (var r = 0; r < rows; r++)
        {
            if (!Counts(vocabulary.Pieces[r]))
            {
                continue;
            }

            used++;
            var row = table.Slice(r * width, width);
            for (var i = 0; i < width; i++)
            {
                mean[i] += row[i];
            }
        }

        for (var i = 0; i < width; i++)
        {
            mean[i] /= Math.Max(used, 1);
        }

        var covariance = new double[width, width];
        var centred = new double[width];
        for (var r = 0; r < rows; r++)
        {
            if (!Counts(vocabulary.Pieces[r]))
            {
                continue;
            }

            var row = table.Slice(r * width, width);
            for (var i = 0; i < width; i++)
            {
                centred[i] = row[i] - mean[i];
            }

            for (var i = 0; i < width; i++)
            {
                var ci = centred[i];
                for (var j = i; j < width; j++)
                {
                    covariance[i, j] += ci * centred[j];
                }
            }
        }

        for (var i = 0; i < width; i++)
        {
            for (var j = i; j < width; j++)
            {
                covariance[i, j] /= Math.Max(used - 1, 1);
                covariance[j, i] = covariance[i, j];
            }
        }

        var (values, vectors) = Eigen(covariance);
        var order = Enumerable.Range(0, width).OrderByDescending(i => values[i]).ThenBy(i => i).Take(dimensions).ToArray();
        var components = new double[dimensions, width];
        for (var k = 0; k < dimensions; k++)
        {
            var column = order[k];
            var largest = 0;
            for (var i = 1; i < width; i++)
            {
                if (Math.Abs(vectors[i, column]) > Math.Abs(vectors[largest, column]))
                {
                    largest = i;
                }
            }

            var sign = vectors[largest, column] < 0 ? -1.0 : 1.0;
            var deviation = Math.Sqrt(Math.Max(values[column], 1e-12));
            for (var i = 0; i < width; i++)
            {
                components[k, i] = sign * vectors[i, column] / deviation;
            }
        }

        var reduced = new float[rows * dimensions];
        for (var r = 0; r < rows; r++)
        {
            var row = table.Slice(r * width, width);
            for (var k = 0; k < dimensions; k++)
            {
                var sum = 0.0;
                for (var i = 0; i < width; i++)
                {
                    sum += (row[i] - mean[i]) * components[k, i];
                }

                reduced[(r * dimensions) + k] = (float)sum;
            }
        }

        var kept = order.Sum(i => values[i]) / Math.Max(values.Sum(), 1e-12);
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"{source}; {rows} pieces x {width} reduced to {dimensions} principal components ({kept:0.000} of the variance over {used} pieces), each scaled to unit deviation, int8 per dimension");
        return WordVectors.Create(vocabulary, dimensions, reduced, description);
    }

    /// <summary>
    /// The vectors of the word-embedding table of the ONNX model in <paramref name="model"/>: the float32 initializer
    /// with one row per piece of <paramref name="vocabulary"/> (one whose name holds <c>word_embeddings</c> first).
    /// Throws <see cref="Entities.ModelFormatException"/> naming <paramref name="name"/> when the model has none.
    /// </summary>
    public static WordVectors FromOnnx(ReadOnlySpan<byte> model, string name, WordPieceVocabulary vocabulary, int dimensions, string source)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var table = OnnxInitializers.Read(model, name)
            .Where(t => t.DataType == OnnxInitializer.Float && t.Dims.Length == 2 && t.Dims[0] == vocabulary.Pieces.Length)
            .OrderBy(t => t.Name.Contains("word_embeddings", StringComparison.Ordinal) ? 0 : 1)
            .FirstOrDefault()
            ?? throw new Entities.ModelFormatException(string.Create(
                CultureInfo.InvariantCulture,
                $"{name} has no float32 table of {vocabulary.Pieces.Length} rows (one per vocabulary piece)"));
        return Build(vocabulary, OnnxInitializers.Floats(model, table, name), (int)table.Dims[1], dimensions, $"{source}, tensor {table.Name}");
    }

    /// <summary>Whether a piece counts towards the components: not special (<c>[CLS]</c>) nor unused (<c>[unused7]</c>).</summary>
    private static bool Counts(string piece) => !(piece.StartsWith('[') && piece.EndsWith(']'));

    /// <summary>The eigenvalues and eigenvectors (columns) of a symmetric matrix, by cyclic Jacobi rotations.</summary>
    internal static (double[] Values, double[,] Vectors) Eigen(double[,] symmetric)
    {
        var n = symmetric.GetLength(0);
        var a = (double[,])symmetric.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            v[i, i] = 1.0;
        }

        for (var sweep = 0; sweep < Defaults.JacobiSweeps; sweep++)
        {
            var off = 0.0;
            var diagonal = 0.0;
            for (var p = 0; p < n; p++)
            {
                diagonal += a[p, p] * a[p, p];
                for (var q = p + 1; q < n; q++)
                {
                    off += a[p, q] * a[p, q];
                }
            }

            if (off <= 1e-22 * diagonal)
            {
                break;
            }

            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    var apq = a[p, q];
                    if (Math.Abs(apq) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[q, q] - a[p, p]) / (2.0 * apq);
                    var t = Math.Sign(theta == 0 ? 1.0 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1.0));
                    var c = 1.0 / Math.Sqrt((t * t) + 1.0);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[k, p];
                        var akq = a[k, q];
                        a[k, p] = (c * akp) - (s * akq);
                        a[k, q] = (s * akp) + (c * akq);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[p, k];
                        var aqk = a[q, k];
                        a[p, k] = (c * apk) - (s * aqk);
                        a[q, k] = (s * apk) + (c * aqk);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[k, p];
                        var vkq = v[k, q];
                        v[k, p] = (c * vkp) - (s * vkq);
                        v[k, q] = (s * vkp) + (c * vkq);
                    }
                }
            }
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The dimensions kept.</summary>
        public const int Dimensions = 32;

        /// <summary>The most Jacobi sweeps (a 384-wide covariance converges in about ten).</summary>
        public const int JacobiSweeps = 50;
    }
}
