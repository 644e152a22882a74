namespace Corpus.Extraction.Tests.Text;

/// <summary>Paragraph styles and line endings.</summary>
public class ParagraphTests
{
    private static void AssertParagraphs(string text, params string[] expected)
    {
        var model = Extract.Model(text);
        Invariants.Check(text, model);
        Assert.Equal(expected, Extract.Paragraphs(text, model));
    }

    [Theory]
    [InlineData("First one.\n\nSecond one.\n\nThird one.")]
    [InlineData("First one.\r\n\r\nSecond one.\r\n\r\nThird one.")]
    [InlineData("First one.\r\rSecond one.\r\rThird one.")]
    [InlineData("First one.\n\n\n\nSecond one.\n\nThird one.\n")]
    [InlineData("First one.\n \t\u00A0\nSecond one.\n\t\nThird one.")]
    [InlineData("First one.\nSecond one.\nThird one.")]
    [InlineData("First one.\r\nSecond one.\r\nThird one.\r\n")]
    [InlineData("First one.\rSecond one.\rThird one.")]
    [InlineData("First one.\u2028Second one.\u2028Third one.")]
    [InlineData("First one.\u0085Second one.\u0085Third one.")]
    [InlineData("First one.\u2029Second one.\u2029Third one.")]
    [InlineData("First one.\r\nSecond one.\nThird one.")]
    [InlineData("First one.\r\n\r\nSecond one.\n\nThird one.")]
    [InlineData("First one.\r\rSecond one.\r\n\r\nThird one.\n")]
    [InlineData("   First one.   \n\n\tSecond one.\t\n\n  Third one.  \n\n")]
    public void Blank_lines_or_single_line_breaks_delimit_paragraphs_with_any_line_ending(string text) =>
        AssertParagraphs(text, "First one.", "Second one.", "Third one.");

    [Fact]
    public void Hard_wrapped_paragraphs_between_blank_lines_stay_whole()
    {
        AssertParagraphs(
            "The first paragraph is wrapped\nover two lines.\n\nThe second one is wrapped\nover three\nlines.",
            "The first paragraph is wrapped\nover two lines.",
            "The second one is wrapped\nover three\nlines.");
    }

    [Fact]
    public void Hard_wrapped_paragraphs_with_crlf_and_whitespace_only_separators()
    {
        AssertParagraphs(
            "Wrapped line\r\ncontinues here.\r\n   \r\nNext paragraph\r\ncontinues too.",
            "Wrapped line\r\ncontinues here.",
            "Next paragraph\r\ncontinues too.");
    }

    [Fact]
    public void A_one_per_line_file_with_a_stray_blank_line_keeps_one_paragraph_per_line()
    {
        // Three single breaks after complete sentences against one blank line: the lines are the paragraphs.
        AssertParagraphs(
            "First one.\nSecond one.\nThird one.\n\nFourth one.\nFifth one.",
            "First one.", "Second one.", "Third one.", "Fourth one.", "Fifth one.");
    }

    [Fact]
    public void When_blank_lines_separate_most_blocks_a_single_break_is_a_soft_wrap()
    {
        // Three blank separators against one single break: blank lines delimit, "Third.\nFourth." is one paragraph.
        AssertParagraphs(
            "First.\n\nSecond.\n\nThird.\nFourth.\n\nFifth.",
            "First.", "Second.", "Third.\nFourth.", "Fifth.");
    }

    [Fact]
    public void As_many_blank_separators_as_single_breaks_means_blank_lines_delimit()
    {
        AssertParagraphs("First one.\nSecond one.\r\rThird one.", "First one.\nSecond one.", "Third one.");
    }

    [Fact]
    public void A_paragraph_separator_always_ends_a_paragraph()
    {
        AssertParagraphs(
            "Wrapped line\u2028continues.\u2029Next one\u2028continues.\u2029Last one.",
            "Wrapped line\u2028continues.", "Next one\u2028continues.", "Last one.");
    }

    [Fact]
    public void Advertisement_markers_between_paragraphs_are_not_paragraphs()
    {
        AssertParagraphs(
            "First one.\n\nADVERTISEMENT\n\nSecond one.\n\n- Advertisement -\n\nThird one.",
            "First one.", "Second one.", "Third one.");
    }

    [Fact]
    public void A_single_line_without_a_break_is_one_paragraph()
    {
        AssertParagraphs("  Just one line, no break.  ", "Just one line, no break.");
    }
}
