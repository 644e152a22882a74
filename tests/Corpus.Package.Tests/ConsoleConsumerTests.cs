using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Package.Tests.Infrastructure;

namespace Corpus.Package.Tests;

/// <summary>
/// A net10.0 console app installs the package from the local feed, names its articles with
/// <c>CorpusArticle</c>, and uses the generated <c>News</c> class by name; <c>dotnet run</c> prints what
/// it sees and that is compared with the files the test wrote.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ConsoleConsumerTests
{
    private const string Program = """
        using System;
        using System.Linq;
        using System.Text;
        using Corpus;
        using Consumer;

        Console.OutputEncoding = new UTF8Encoding(false);

        Print("count", News.All.Count);
        Print("ids", string.Join("|", News.All.Select(a => a.Id)));
        Print("paths", string.Join("|", News.All.Select(a => a.Path)));
        Print("corpus", string.Join("|", News.All.Select(a => a.Corpus).Distinct()));
        Print("paragraph-counts", string.Join("|", News.All.Select(a => a.Id + ":" + a.Paragraphs.Count)));
        Print("mentions-cafe", string.Join("|", from a in News.All where a.Text.Contains("café") select a.Id));

        Article talks = News.WorldParisTalks;
        Print("talks.is-in-all", ReferenceEquals(talks, News.All.Single(a => a.Id == "world/paris-talks")));
        Print("talks.text", Base64(talks.Text));
        foreach (Paragraph paragraph in talks.Paragraphs) Print("talks.paragraph." + paragraph.Index, paragraph.Text);

        Article harbour = News.HarbourReopens;
        Print("harbour.title", harbour.Title);
        Print("harbour.section", harbour.Section ?? "(none)");
        Print("harbour.text", Base64(harbour.Text));
        Print("harbour.paragraphs", string.Join("|", harbour.Paragraphs.Select(p => p.Text)));

        Print("market.text", Base64(News.MarketReport.Text));
        Print("market.paragraphs", string.Join("|", News.MarketReport.Paragraphs.Select(p => p.Text)));
        return 0;

        static void Print(string key, object value) => Console.WriteLine("result: " + key + "=" + value);

        static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

        """;

    private readonly PackedPackage _package;

    public ConsoleConsumerTests(PackedPackage package) => _package = package;

    [Fact]
    public void Console_app_installs_the_package_and_reads_its_own_articles_through_the_generated_class()
    {
        var project = _package.CreateConsumer("console");
        project.WriteText("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus" Version="{project.Version}" />
                <CorpusArticle Include="{ConsumerArticles.Include}" />
              </ItemGroup>
            </Project>

            """);
        project.WriteText("Program.cs", Program);
        ConsumerArticles.WriteTo(project);

        var run = project.Run("run", "--disable-build-servers", "-nodeReuse:false", "-tl:off");

        Assert.True(run.Succeeded, run.Describe());
        project.AssertRestoredFromFeed();
        var results = Results(run);
        string Result(string key)
        {
            Assert.True(results.ContainsKey(key), $"The app printed no '{key}'. {run.Describe()}");
            return results[key];
        }

        Assert.Equal("3", Result("count"));
        Assert.Equal("harbour-reopens|market-report|world/paris-talks", Result("ids"));
        Assert.Equal($"{ConsumerArticles.HarbourPath}|{ConsumerArticles.MarketPath}|{ConsumerArticles.TalksPath}", Result("paths"));
        Assert.Equal("News", Result("corpus"));
        Assert.Equal("harbour-reopens:2|market-report:3|world/paris-talks:3", Result("paragraph-counts"));
        Assert.Equal("world/paris-talks", Result("mentions-cafe"));

        Assert.Equal("True", Result("talks.is-in-all"));
        Assert.Equal(ConsumerArticles.TalksText, FromBase64(Result("talks.text")));
        Assert.Equal(ConsumerArticles.TalksParagraph1, Result("talks.paragraph.0"));
        Assert.Equal(ConsumerArticles.TalksParagraph2, Result("talks.paragraph.1"));
        Assert.Equal(ConsumerArticles.TalksParagraph3, Result("talks.paragraph.2"));
        Assert.False(results.ContainsKey("talks.paragraph.3"), run.Describe());

        Assert.Equal("Harbour reopens after storm", Result("harbour.title"));
        Assert.Equal("Local", Result("harbour.section"));
        Assert.Equal(ConsumerArticles.HarbourText, FromBase64(Result("harbour.text")));
        Assert.Equal("The harbour reopened on Monday after a week of gales.|Fishing boats were back at sea by noon.", Result("harbour.paragraphs"));

        Assert.Equal(ConsumerArticles.MarketText, FromBase64(Result("market.text")));
        Assert.Equal("Shares closed higher on Friday.|Traders said the rally was broad.|Bond yields were little changed.", Result("market.paragraphs"));
    }

    private static Dictionary<string, string> Results(DotNetRun run)
    {
        const string prefix = "result: ";
        var results = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in run.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var key = line.Substring(prefix.Length, equals - prefix.Length);
            Assert.True(results.TryAdd(key, line.Substring(equals + 1)), $"The app printed '{key}' twice. {run.Describe()}");
        }
        return results;
    }

    private static string FromBase64(string value) => Encoding.UTF8.GetString(Convert.FromBase64String(value));
}
