using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;
using static ArDivergence.Core.Scenarios.ScenarioValidator;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>task: path_star</c>: the arm of a star graph that leads to the goal.</summary>
public sealed class PathStarTaskKind : TaskKindDescriptor<PathStarTaskSpec>
{
    public override string Description => "path_star task";

    protected override void Check(PathStarTaskSpec task, ManifoldCheck check)
    {
        var ok = check.Require(task.Degree >= 2, "manifold.degree", Invariant($"'degree' must be at least 2 (one arm is no choice), found {task.Degree}"));
        ok &= check.Require(task.PathLength >= 2, "manifold.path_length", Invariant($"'path_length' must be at least 2 (source and goal), found {task.PathLength}"));
        if (!ok)
        {
            return;
        }

        var needed = 1 + ((long)task.Degree * (task.PathLength - 1));
        ok &= check.Require(task.Nodes >= needed, "manifold.nodes", Invariant(
            $"'nodes' must be at least 1 + degree·(path_length − 1) = {needed:N0} so that every node of the star has its own label, found {task.Nodes:N0}"));
        ok &= check.Require(task.Nodes <= MaxVocabulary, "manifold.nodes", Invariant(
            $"'nodes' = {task.Nodes:N0} is over the vocabulary limit of {MaxVocabulary:N0} (every node label is a token)"));
        if (ok)
        {
            Adopt(task, check, namesItsTokens: false);
        }
    }
}
