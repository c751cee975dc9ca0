using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>Each lane's colour, the same in every pane (the chart's legend relies on it).</summary>
internal static class LaneRoles
{
    public static Role Of(int lane) => (Role)((int)Role.Lane0 + (lane % 6));
}
