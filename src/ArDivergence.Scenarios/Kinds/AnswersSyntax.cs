using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>manifold: {kind: answers, answers: [S1, S2, ...], ignore_case: false}</c> (semantics §8).</summary>
internal sealed class AnswersSyntax : IManifoldSyntax
{
    public string KindName => "answers";

    public string? TaskName => null;

    public KeySet Keys { get; } = new("answers_manifold", "an answers manifold", ["kind", "answers", "ignore_case"]);

    public ManifoldSpec Map(KindFields fields)
    {
        var (context, map) = (fields.Context, fields.Reader);
        var listPath = map.PathOf("answers");
        var items = Lists.Items(context, map.Required("answers"), listPath, "answers", nonEmpty: true) ?? [];
        var answers = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = SpecPath.Item(listPath, i);
            context.Paths.Register(itemPath, items[i].Start);
            answers.Add(TextScalars.Read(context, items[i], itemPath, registerCharacters: false) ?? string.Empty);
        }

        var ignoreCase = Values.Bool(context, map.Optional("ignore_case"), map.PathOf("ignore_case")) ?? false;
        return new AnswersManifoldSpec(answers, ignoreCase);
    }
}
