using System.Text;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Models;
using ArDivergence.Core.Text;
using ArDivergence.Gguf.Planting;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Tests.Verbs;

namespace ArDivergence.Tui.Tests.Models;

/// <summary>
/// `chat: true` on a gguf lane of a text scenario: the prompt is wrapped in the file's chat template by llama.cpp
/// (ChatML here) and then tokenized by the model; a model without a template is a one-line error naming the file.
/// </summary>
public sealed class ChatPromptTests : IDisposable
{
    private const string ChatMl =
        "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ardiv-chat-" + Guid.NewGuid().ToString("N"));

    public ChatPromptTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void A_chat_lane_reads_the_prompt_in_the_models_chat_template()
    {
        var file = Scenario(ChatMl);
        var source = ScenarioSource.Load(file);
        Assert.True(source.Result.Succeeded, string.Join('\n', source.Result.Diagnostics));
        var spec = ModelFiles.Resolve(source.Spec!, source.Path, null, out var error);
        Assert.True(error is null, error);
        var session = new DebuggerSession(spec!, new SessionOptions { Models = ModelFiles.Provider });
        var lane = (LanguageModelLane)session.Scenario.Generator("real");

        // The planted vocabulary has no <|im_start|> token, so the template's text is read byte by byte.
        var templated = "<|im_start|>user\nWhen?<|im_end|>\n<|im_start|>assistant\n";
        int[] expected = [PlantedTextModelBuilder.BosId, .. Encoding.UTF8.GetBytes(templated).Select(b => PlantedTextModelBuilder.FirstByteId + b)];
        Assert.Equal(expected, lane.Setup.PromptTokens);
    }

    [Fact]
    public void A_chat_lane_on_a_model_without_a_template_is_an_error_naming_the_file()
    {
        var file = Scenario(null);
        var (exit, _, error) = CliRunner.Run("run", file, "--format", "json", "--samples", "5");
        Assert.Equal(2, exit);
        Assert.Contains("chat.gguf: lane 'real' sets chat: true, and the model has no chat template", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private string Scenario(string? template)
    {
        var language = new TextLanguage(TextPatterns.Answers(["1"], ignoreCase: false), "When?", 2);
        File.WriteAllBytes(Path.Combine(_folder, "chat.gguf"), PlantedTextModelBuilder.Build(TextBigram.Fit("chat", language, 1), template));
        var file = Path.Combine(_folder, "chat.yaml");
        File.WriteAllText(file, """
            name: chat
            seed: 1
            length: 2
            prompt: "When?"
            manifold: {kind: answers, answers: ["1"]}
            generators:
              - name: real
                kind: autoregressive
                chat: true
                model: {kind: gguf, path: chat.gguf, context: 128}
            """);
        return file;
    }
}
