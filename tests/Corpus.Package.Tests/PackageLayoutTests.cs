using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Corpus.Package.Tests.Infrastructure;
using Corpus.Testing;

namespace Corpus.Package.Tests;

/// <summary>The one package <c>dotnet pack src/Corpus</c> makes, opened as the zip it is.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageLayoutTests
{
    /// <summary>Every file of the package but the zip's own packaging parts.</summary>
    private static readonly string[] ExpectedEntries =
    {
        "Corpus.nuspec",
        "README.md",
        "analyzers/dotnet/cs/Corpus.Extraction.dll",
        "analyzers/dotnet/cs/Corpus.Generator.dll",
        "build/Corpus.props",
        "build/Corpus.targets",
        "buildTransitive/Corpus.props",
        "buildTransitive/Corpus.targets",
        "lib/netstandard2.0/Corpus.dll",
        "lib/netstandard2.0/Corpus.xml",
    };

    private readonly PackedPackage _package;

    public PackageLayoutTests(PackedPackage package) => _package = package;

    [Fact]
    public void Pack_writes_exactly_one_package()
    {
        _ = _package.Nupkg;
        Assert.Equal(new[] { $"Corpus.{_package.Version}.nupkg" }, _package.PackedFiles);
    }

    [Fact]
    public void Package_holds_the_runtime_the_generator_its_engine_and_the_msbuild_glue()
    {
        using var zip = ZipFile.OpenRead(_package.Nupkg);
        var entries = zip.Entries
            .Select(entry => entry.FullName)
            .Where(name => !IsPackagingPart(name))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(ExpectedEntries, entries);
        Assert.True(zip.GetEntry("README.md")!.Length > 0, "README.md is empty.");
    }

    [Theory]
    [InlineData("build/Corpus.props", "Corpus.props")]
    [InlineData("build/Corpus.targets", "Corpus.targets")]
    [InlineData("buildTransitive/Corpus.props", "Corpus.props")]
    [InlineData("buildTransitive/Corpus.targets", "Corpus.targets")]
    public void Msbuild_glue_is_the_source_file_unchanged(string entry, string source)
    {
        using var zip = ZipFile.OpenRead(_package.Nupkg);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(RepoPaths.Root, "src", "Corpus", "build", source)),
            Read(zip, entry));
    }

    [Fact]
    public void Nuspec_names_the_package_and_depends_on_neither_roslyn_nor_the_generator_projects()
    {
        using var zip = ZipFile.OpenRead(_package.Nupkg);
        var nuspec = XDocument.Load(zip.GetEntry("Corpus.nuspec")!.Open());
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("Corpus", Field("id"));
        Assert.Equal(_package.Version, Field("version"));
        Assert.Equal("README.md", Field("readme"));
        Assert.NotEqual("true", Field("developmentDependency"));

        var dependencies = nuspec.Descendants()
            .Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string?)e.Attribute("id") ?? "")
            .ToArray();
        var forbidden = dependencies
            .Where(id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase)
                || id.Equals("Corpus.Generator", StringComparison.OrdinalIgnoreCase)
                || id.Equals("Corpus.Extraction", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        Assert.True(forbidden.Length == 0,
            $"The package must carry the generator, not depend on it: it depends on [{string.Join(", ", forbidden)}] (all: [{string.Join(", ", dependencies)}]).");
    }

    [Theory]
    [InlineData("lib/netstandard2.0/Corpus.dll", "Corpus", new[] { "netstandard" }, new[] { "Microsoft.CodeAnalysis", "Corpus.Extraction", "Corpus.Generator", "System.Runtime" })]
    [InlineData("analyzers/dotnet/cs/Corpus.Generator.dll", "Corpus.Generator", new[] { "netstandard", "Microsoft.CodeAnalysis", "Corpus.Extraction" }, new[] { "Corpus", "System.Runtime" })]
    [InlineData("analyzers/dotnet/cs/Corpus.Extraction.dll", "Corpus.Extraction", new[] { "netstandard" }, new[] { "Microsoft.CodeAnalysis", "Corpus", "System.Runtime" })]
    public void Assemblies_are_the_right_ones_built_for_netstandard(string entry, string name, string[] references, string[] notReferences)
    {
        using var zip = ZipFile.OpenRead(_package.Nupkg);
        using var pe = new PEReader(new MemoryStream(Read(zip, entry)));
        var reader = pe.GetMetadataReader();

        Assert.Equal(name, reader.GetString(reader.GetAssemblyDefinition().Name));
        var referenced = reader.AssemblyReferences
            .Select(handle => reader.GetString(reader.GetAssemblyReference(handle).Name))
            .ToHashSet(StringComparer.Ordinal);
        var all = string.Join(", ", referenced.Order(StringComparer.Ordinal));
        foreach (var expected in references) Assert.True(referenced.Contains(expected), $"{entry} does not reference {expected}; it references [{all}].");
        foreach (var unexpected in notReferences) Assert.False(referenced.Contains(unexpected), $"{entry} references {unexpected}; it references [{all}].");
    }

    // src/Corpus.OptimizeNow marks the engine after csc; this is the copy users get, built in Release.
    [Fact]
    public void The_packed_engine_is_compiled_fully_optimized_on_first_call_and_the_generator_is_not()
    {
        using var zip = ZipFile.OpenRead(_package.Nupkg);

        // A method that asks not to be optimized keeps asking, as the tool leaves it.
        var engine = MethodFlags.OfMethodsWithBodies(Read(zip, "analyzers/dotnet/cs/Corpus.Extraction.dll"))
            .Where(m => (m.Flags & MethodImplAttributes.NoOptimization) == 0).ToList();
        var generator = MethodFlags.OfMethodsWithBodies(Read(zip, "analyzers/dotnet/cs/Corpus.Generator.dll"));

        Assert.True(engine.Count > 1000, $"the engine has {engine.Count} methods with a body");
        Assert.All(engine, m => Assert.True((m.Flags & MethodImplAttributes.AggressiveOptimization) != 0, m.Name));
        Assert.Contains(generator, m => (m.Flags & MethodImplAttributes.AggressiveOptimization) == 0);
    }

    private static bool IsPackagingPart(string name) =>
        name == "[Content_Types].xml" || name.StartsWith("_rels/", StringComparison.Ordinal) || name.StartsWith("package/", StringComparison.Ordinal);

    private static byte[] Read(ZipArchive zip, string entry)
    {
        var found = zip.GetEntry(entry);
        Assert.True(found is not null, $"{entry} is not in the package.");
        using var stream = found!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
