namespace Dot.Portal.Pages.Datasets;

/// <summary>A chart as the page shows it: its title, the SVG (null when there is nothing to draw) and what it shows in words.</summary>
public sealed record ChartFigure(string Title, string? Svg, string Description);
