using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Overlays;

/// <summary>
/// What a dialog may read and ask for: the session and its snapshot, the options and keys, and the few
/// commands dialogs send. Dialogs see this, not the host.
/// </summary>
internal interface IOverlayHost
{
    DebuggerOptions Options { get; }

    KeyTable Keys { get; }

    OpenSession Session { get; }

    SessionSnapshot Snapshot { get; }

    void Push(Overlay overlay);

    void CloseOverlays();

    void OpenScenario(ScenarioSource source);

    /// <param name="tokenId">On a lane with its own tokens, which of the tokens showing <paramref name="token"/> is meant.</param>
    void ForceToken(string lane, int t, string token, int? tokenId);

    void SetSeed(long seed);

    void AddBreakpoint(BreakpointKind kind, double? value, string? token, string? lane);

    void RemoveBreakpoint(int id);
}
