using TestimonyNlp.Entities.Tagger;

namespace TestimonyNlp.Training;

/// <summary>Platt scaling fitted by Newton's method on (margin, correct) pairs, with Platt's smoothed targets.</summary>
public static class PlattCalibration
{
    /// <summary>Fits the scaling; <see cref="PlattScaling.Uncalibrated"/> when there is nothing to fit.</summary>
    public static PlattScaling Fit(IReadOnlyList<(float Margin, bool Correct)> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var positives = spans.Count(s => s.Correct);
        var negatives = spans.Count - positives;
        if (spans.Count == 0)
        {
            return PlattScaling.Uncalibrated;
        }

        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        var a = 0.0;
        var b = Math.Log((negatives + 1.0) / (positives + 1.0));
        for (var iteration = 0; iteration < Defaults.Iterations; iteration++)
        {
            double ga = 0, gb = 0, haa = Defaults.Ridge, hab = 0, hbb = Defaults.Ridge;
            foreach (var (margin, correct) in spans)
            {
                var m = (double)margin;
                var target = correct ? high : low;
                var p = 1 / (1 + Math.Exp((a * m) + b));
                var d = target - p;
                var w = p * (1 - p);
                ga += d * m;
                gb += d;
                haa += w * m * m;
                hab += w * m;
                hbb += w;
            }

            var determinant = (haa * hbb) - (hab * hab);
            if (determinant <= 0)
            {
                break;
            }

            var stepA = ((hbb * ga) - (hab * gb)) / determinant;
            var stepB = ((haa * gb) - (hab * ga)) / determinant;
            a -= stepA;
            b -= stepB;
            if (Math.Abs(stepA) + Math.Abs(stepB) < 1e-10)
            {
                break;
            }
        }

        return new PlattScaling(a, b);
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Newton iterations at most.</summary>
        public const int Iterations = 100;

        /// <summary>Added to the Hessian's diagonal to keep it invertible.</summary>
        public const double Ridge = 1e-6;
    }
}
