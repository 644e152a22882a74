using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using Corpus.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests.Emitting;

/// <summary>
/// Data lines become a string constant that the runtime reads back as exactly those lines joined by line
/// breaks, whatever quotes and backslashes they hold, in every C# version, and that the assembly keeps
/// out of the heap of string literals.
/// </summary>
public class DataConstantTests
{
    private static readonly string[] Awkward =
    {
        "plain",
        "a \" quote, \"\" two, \"\"\" three and \"\"\"\"\" five in a row",
        "\"\"\"\"",
        "back\\slash \\n \\\" and {braces} $\"{x}\" @\"verbatim\"",
        "\"starts and ends with a quote\"",
        "",
        "    leading spaces, and trailing ones    ",
    };

    [Theory]
    [InlineData(LanguageVersion.CSharp1)]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public void TheRuntimeReadsBackTheLines(LanguageVersion version)
    {
        Assert.Equal(string.Join("\n", Awkward), Read(Awkward, version));
    }

    /// <summary>Saved generated files checked out with CRLF line breaks still give the data back as written.</summary>
    [Fact]
    public void CarriageReturnsFromTheSourceAreNotData()
    {
        Assert.Equal(string.Join("\n", Awkward), Read(Awkward, LanguageVersion.Latest, lineBreak: "\r\n"));
    }

    [Fact]
    public void EmptyLinesAreKept()
    {
        Assert.Equal("", Read(Array.Empty<string>()));
        Assert.Equal("", Read(new[] { "" }));
        Assert.Equal("\n", Read(new[] { "", "" }));
        Assert.Equal("\nx\n", Read(new[] { "", "x", "" }));
    }

    [Fact]
    public void EachRecordIsALineOfTheSource()
    {
        var writer = new CodeWriter().Indent().Indent();
        DataConstant.Write(writer, Awkward);
        var lines = writer.ToString().TrimEnd('\n').Split('\n');

        Assert.StartsWith("        //", lines[0]);
        Assert.Equal("        private const string Records = @\"plain", lines[1]);
        Assert.Equal(Awkward.Length + 1, lines.Length);
        Assert.Equal(Awkward.Skip(1).Take(Awkward.Length - 2).Select(l => l.Replace("\"", "\"\"")), lines.Skip(2).Take(Awkward.Length - 2));
        Assert.Equal(Awkward[^1] + "\";", lines[^1]);
    }

    [Fact]
    public void DataThatIsNotThereIsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Corpus.Runtime.DataConstant.Read(typeof(DataConstantTests), DataConstant.Name));

        Assert.Contains(nameof(DataConstantTests) + " has no data constant Records", error.Message);
    }

    /// <summary>
    /// No code uses a data constant, so a trimmed app drops it unless the trimmer is told to keep the
    /// generated class's non-public fields: it reads the attribute by name, so the runtime's own copy counts.
    /// (Checked by hand with a trimmed publish, docs/benchmarks.md: without it, an article fails to load.)
    /// </summary>
    [Fact]
    public void TheTrimmerIsToldToKeepTheConstants()
    {
        var type = typeof(Corpus.Runtime.DataConstant).GetMethod(nameof(Corpus.Runtime.DataConstant.Read))!.GetParameters()[0];
        var keep = Assert.Single(type.CustomAttributes, a => a.AttributeType.FullName == "System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembersAttribute");

        Assert.Equal(0x0040, System.Convert.ToInt32(keep.ConstructorArguments.Single().Value));
    }

    /// <summary>
    /// A constant's value is kept with the metadata (the blob heap); only code that loads a string literal
    /// fills the user-string heap, which has room for 16 MB and made the compiler fail with CS8103.
    /// </summary>
    [Fact]
    public void TheDataStaysOutOfTheHeapOfStringLiterals()
    {
        var lines = Enumerable.Range(0, 2_000).Select(i => $"record {i} " + new string('x', 500)).ToArray();
        var image = Compile(lines, LanguageVersion.Latest);

        using var reader = new PEReader(new MemoryStream(image));
        var metadata = reader.GetMetadataReader();
        Assert.InRange(metadata.GetHeapSize(HeapIndex.UserString), 0, 1_000);
        Assert.InRange(metadata.GetHeapSize(HeapIndex.Blob), lines.Sum(l => l.Length) * 2, int.MaxValue);
    }

    private static string Read(string[] lines, LanguageVersion version = LanguageVersion.Latest, string lineBreak = "\n")
    {
        var context = new AssemblyLoadContext("data-constant", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(Compile(lines, version, lineBreak)));
            return Corpus.Runtime.DataConstant.Read(assembly.GetType("Data", throwOnError: true)!, DataConstant.Name);
        }
        finally
        {
            context.Unload();
        }
    }

    private static byte[] Compile(string[] lines, LanguageVersion version, string lineBreak = "\n")
    {
        var writer = new CodeWriter();
        writer.Open("public class Data");
        DataConstant.Write(writer, lines);
        writer.Close();
        var compilation = CSharpCompilation.Create(
            "DataConstant" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(writer.ToString().Replace("\n", lineBreak), new CSharpParseOptions(version)) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return image.ToArray();
    }
}
