using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ArDivergence.Core.Scenarios;

namespace ArDivergence.Scenarios.Tests;

/// <summary>
/// A scenario file is data: nothing in it can name a type to create, a method to call or a command to run.
/// YAML's way to do that is a tag (<c>!!python/object/apply:os.system</c>, a .NET deserializer's type tags);
/// the loader refuses every tag, reads YamlDotNet's parser events itself and maps them by hand to Core's
/// records, and there is no expression evaluator anywhere.
/// </summary>
public sealed class NoCodeExecutionTests
{
    [Theory]
    [InlineData("name: !!python/object/apply:os.system [\"echo pwned\"]\n", 1, 7, "tag:yaml.org,2002:python/object/apply:os.system")]
    [InlineData("name: !!python/object:os.system {}\n", 1, 7, "tag:yaml.org,2002:python/object:os.system")]
    [InlineData("title: !!binary aGVsbG8=\n", 1, 8, "tag:yaml.org,2002:binary")]
    [InlineData("name: !<tag:yaml.org,2002:str> t\n", 1, 7, "tag:yaml.org,2002:str")]
    [InlineData("name: !custom t\n", 1, 7, "'!custom'")]
    [InlineData("manifold: !System.Diagnostics.Process {kind: task}\n", 1, 11, "'!System.Diagnostics.Process'")]
    [InlineData("%TAG !e! tag:example.com,2024:\n---\nname: !e!run t\n", 3, 7, "tag:example.com,2024:run")]
    [InlineData("generators:\n  - !!map {name: ar}\n", 2, 5, "tag:yaml.org,2002:map")]
    public void Every_kind_of_tag_is_refused_at_the_tag(string text, int line, int column, string tag)
    {
        var result = Load.Text(text + ScenarioText.Minimal.Replace("name: minimal\n", string.Empty, StringComparison.Ordinal));
        Assert.Null(result.Spec);
        Load.HasError(result, line, column, "tags are not allowed", tag);
    }

    [Fact]
    public void A_tagged_scenario_that_is_otherwise_valid_still_yields_no_spec()
    {
        var result = Load.Text(ScenarioText.Minimal.Replace("name: minimal", "name: !!str minimal", StringComparison.Ordinal));
        Assert.Null(result.Spec);
        var diagnostic = Assert.Single(result.Diagnostics);
        Load.AssertAt(diagnostic, 1, 7, "tags are not allowed (found 'tag:yaml.org,2002:str')");
    }

    /// <summary>
    /// What this proves: the compiled loader (ArDivergence.Scenarios) and Core reference none of the APIs that
    /// create types or run code by name — YamlDotNet's Serialization namespace (Deserializer, type resolvers,
    /// tag mappings), Activator, Type.GetType, Assembly.Load*, Reflection.Emit, InvokeMember, Process, and
    /// nothing from a scripting or expression library. It reads the assemblies' metadata (every type and
    /// member they reference), so it sees what the compiler emitted, not what the source happens to spell.
    /// What it does not prove: that YamlDotNet's parser itself (YamlDotNet.Core) is free of bugs, or that
    /// no other path in the program (the Tui) loads types; it is a guard against the loader growing a
    /// deserializer, not a proof of the absence of every vulnerability.
    /// </summary>
    [Theory]
    [InlineData(typeof(ScenarioLoader))]
    [InlineData(typeof(ScenarioValidator))]
    public void Loader_and_core_reference_no_api_that_runs_code_by_name(Type inAssembly)
    {
        var references = ReferencedMembers(inAssembly.Assembly.Location);
        string[] forbiddenNamespaces =
        [
            "YamlDotNet.Serialization", "YamlDotNet.RepresentationModel", "System.Reflection.Emit", "System.Diagnostics.Process",
            "Microsoft.CodeAnalysis", "System.Linq.Dynamic", "System.Linq.Expressions", "System.Management.Automation",
        ];
        string[] forbiddenTypes =
        [
            "System.Activator", "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo", "System.AppDomain",
            "System.CodeDom.Compiler.CodeDomProvider",
        ];
        string[] forbiddenMembers =
        [
            "System.Type.GetType", "System.Type.InvokeMember", "System.Reflection.Assembly.Load", "System.Reflection.Assembly.LoadFrom",
            "System.Reflection.Assembly.LoadFile", "System.Reflection.MethodBase.Invoke", "System.Delegate.DynamicInvoke",
        ];

        var found = references.Where(r =>
            forbiddenNamespaces.Any(n => r.StartsWith(n + ".", StringComparison.Ordinal))
            || forbiddenTypes.Any(t => r == t || r.StartsWith(t + ".", StringComparison.Ordinal))
            || forbiddenMembers.Contains(r)).ToList();
        Assert.True(found.Count == 0, "references that could run code by name: " + string.Join(", ", found));

        // The scan sees something: the loader does use YamlDotNet's parser, and the validator the BCL.
        Assert.Contains(references, r => r.StartsWith(inAssembly == typeof(ScenarioLoader) ? "YamlDotNet.Core.Parser" : "System.", StringComparison.Ordinal));
    }

    /// <summary>The same guard on the loader's source: a plain search, for a reader who greps rather than reads metadata.</summary>
    [Fact]
    public void Loader_source_uses_no_deserializer_or_type_lookup()
    {
        var root = Path.Combine(RepositoryFiles.Root, "src", "ArDivergence.Scenarios");
        string[] forbidden = ["DeserializerBuilder", "Deserializer", "YamlStream", "TypeResolver", "WithTagMapping", "Activator", "Type.GetType", "Process", "Reflection.Emit", "Assembly.Load"];
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        var hits = files.SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && !l.Text.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .Where(l => forbidden.Any(w => l.Text.Contains(w, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }

    /// <summary>Every type (namespace.name) and member (namespace.type.member) the assembly references.</summary>
    private static HashSet<string> ReferencedMembers(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            names.Add(TypeName(metadata, handle));
        }

        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            var parent = member.Parent.Kind switch
            {
                HandleKind.TypeReference => TypeName(metadata, (TypeReferenceHandle)member.Parent),
                HandleKind.TypeSpecification => "(generic)",
                _ => "(local)",
            };
            names.Add(parent + "." + metadata.GetString(member.Name));
        }

        return names;
    }

    private static string TypeName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return TypeName(metadata, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
