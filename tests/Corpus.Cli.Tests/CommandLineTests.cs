using Corpus.Testing;

namespace Corpus.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Version_is_the_projects_version()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", run.Stdout.Trim());
    }

    [Fact]
    public void Help_names_the_options()
    {
        var run = CliRun.Of("extract", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(new[] { "--json", "--pattern", "--recursive" }, option => Assert.Contains(option, run.Stdout));
    }

    [Theory]
    [InlineData]
    [InlineData("extract")]
    [InlineData("frobnicate")]
    [InlineData("extract", "seeds", "--no-such-option")]
    [InlineData("extract", "seeds", "--pattern", "sub/*.txt")]
    [InlineData("extract", "seeds", "--recursive", "maybe")]
    public void A_wrong_command_line_exits_2_and_says_why(params string[] args)
    {
        var run = CliRun.In(RepoPaths.Root, args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Stderr.Trim());
        Assert.DoesNotContain("\"articles\"", run.Stdout);
    }

    [Fact]
    public void A_file_named_twice_is_read_once()
    {
        var run = CliRun.In(RepoPaths.Root, "extract", "seeds", "seeds/000_dcf93b46243cb9cc.txt", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Stdout.Split("\"id\":").Length - 1);
        Assert.Single(run.Stdout.Split('\n'), line => line.Contains("\"path\": \"seeds/000_dcf93b46243cb9cc.txt\""));
    }
}
