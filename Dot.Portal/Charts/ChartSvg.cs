using System.Globalization;
using Dot.Portal.Api.Models;
using ScottPlot;

namespace Dot.Portal.Charts;

/// <summary>
/// The dashboard's charts, drawn by ScottPlot on the server as SVG (no script, no style attributes, so the page's
/// Content-Security-Policy holds). Each chart is decoration for screen readers: the table beside it has the numbers.
/// </summary>
public static class ChartSvg
{
    private const int Width = 900;
    private const int Height = 300;
    private const string FontName = "DejaVu Sans";

    private static readonly Color Line = Color.FromHex("#1F5FBF");
    private static readonly Color Bar = Color.FromHex("#B3261E");

    /// <summary>Pass rate per day in percent over the whole window; days without results have no point. Null when no day has results.</summary>
    public static string? PassRate(IReadOnlyList<PassRatePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var measured = points.Where(point => point.PassRate is not null).ToList();
        return measured.Count == 0
            ? null
            : TimeLine(
                (points[0].Bucket, points[^1].Bucket),
                [.. measured.Select(point => point.Bucket)],
                [.. measured.Select(point => point.PassRate!.Value * 100)],
                "Pass rate (%)",
                0,
                100);
    }

    /// <summary>Average app-store rating per day (1 to 5) over the whole window. Null when no review was written in it.</summary>
    public static string? Rating(IReadOnlyList<RatingPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var rated = points.Where(point => point.AverageRating is not null).ToList();
        return rated.Count == 0
            ? null
            : TimeLine(
                (points[0].Bucket, points[^1].Bucket),
                [.. rated.Select(point => point.Bucket)],
                [.. rated.Select(point => point.AverageRating!.Value)],
                "Average rating",
                1,
                5);
    }

    /// <summary>One bar per label.</summary>
    public static string Bars(IReadOnlyList<string> labels, IReadOnlyList<double> values, string valueLabel)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(values);
        var plot = NewPlot();
        var bars = plot.Add.Bars(values.ToArray());
        bars.Color = Bar;
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.YLabel(valueLabel);
        return Svg(plot);
    }

    private static string TimeLine(
        (DateTimeOffset First, DateTimeOffset Last) window, DateTimeOffset[] days, double[] values, string valueLabel, double min, double max)
    {
        var plot = NewPlot();
        var line = plot.Add.Scatter(days.Select(day => day.UtcDateTime).ToArray(), values);
        line.Color = Line;
        line.LineWidth = 2;
        line.MarkerSize = 7;
        plot.Axes.DateTimeTicksBottom().TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = day => day.ToString("MMM d", CultureInfo.InvariantCulture),
        };
        plot.Axes.SetLimitsX(window.First.UtcDateTime.AddHours(-12).ToOADate(), window.Last.UtcDateTime.AddHours(12).ToOADate());
        plot.Axes.SetLimitsY(min, max);
        plot.YLabel(valueLabel);
        return Svg(plot);
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        return plot;
    }

    /// <summary>The SVG element alone (no XML declaration), scalable, and hidden from assistive technology.</summary>
    private static string Svg(Plot plot)
    {
        var xml = plot.GetSvgXml(Width, Height);
        var start = xml.IndexOf("<svg", StringComparison.Ordinal);
        var size = string.Create(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {Height}\" aria-hidden=\"true\" focusable=\"false\"");
        return size + xml[(start + "<svg".Length)..];
    }
}
