using System.Text.RegularExpressions;
using Corpus.Package.Tests.Infrastructure;

namespace Corpus.Package.Tests;

/// <summary>
/// A netstandard2.0 class library (C# 7.3, no nullable annotations, by the SDK's default) installs the
/// package: the generated code must compile there too, without a single warning.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class LibraryConsumerTests
{
    private readonly PackedPackage _package;

    public LibraryConsumerTests(PackedPackage package) => _package = package;

    [Fact]
    public void Netstandard20_library_builds_with_the_generated_code_and_no_warnings()
    {
        var project = _package.CreateConsumer("library");
        // No LangVersion: the point is the default, which the target prints so the test can check it.
        project.WriteText("Library.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <RootNamespace>Library</RootNamespace>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus" Version="{project.Version}" />
                <CorpusArticle Include="{ConsumerArticles.Include}" />
              </ItemGroup>
              <Target Name="ReportLanguageVersion" BeforeTargets="CoreCompile">
                <Message Importance="high" Text="corpus-test: LangVersion=$(LangVersion)" />
              </Target>
            </Project>

            """);
        project.WriteText("Headlines.cs", """
            using System.Collections.Generic;
            using System.Linq;
            using Corpus;

            namespace Library
            {
                public static class Headlines
                {
                    public static IReadOnlyList<Article> All { get { return News.All; } }

                    public static Article Talks { get { return News.WorldParisTalks; } }

                    public static string[] Titles()
                    {
                        return new[] { News.HarbourReopens, News.MarketReport, News.WorldParisTalks }.Select(a => a.Title).ToArray();
                    }
                }
            }

            """);
        ConsumerArticles.WriteTo(project);

        var build = project.Run("build", "--disable-build-servers", "-nodeReuse:false", "-tl:off", "-clp:Summary");

        Assert.True(build.Succeeded, build.Describe());
        project.AssertRestoredFromFeed();
        Assert.True(build.Stdout.Contains("corpus-test: LangVersion=7.3", System.StringComparison.Ordinal),
            "The library was not compiled as C# 7.3, so it does not test what it should. " + build.Describe());
        Assert.True(build.Stdout.Contains(" 0 Warning(s)", System.StringComparison.Ordinal), build.Describe());
        Assert.True(build.Stdout.Contains(" 0 Error(s)", System.StringComparison.Ordinal), build.Describe());
        Assert.False(Regex.IsMatch(build.Stdout + build.Stderr, @"\bCORPUS\d{3}\b"), "The build reported a Corpus diagnostic. " + build.Describe());
    }
}
