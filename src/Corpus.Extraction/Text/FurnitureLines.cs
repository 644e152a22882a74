using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Text;

/// <summary>
/// Recognizes one line of web-page furniture (section links, share and follow prompts, advertisements,
/// copyright notices) that scrapers leave around an article. Every pattern is anchored on the whole
/// line and the ones that could open a real sentence refuse a line that ends like one, because
/// dropping an author's closing sentence is worse than keeping a stray "Share this".
/// </summary>
internal static class FurnitureLines
{
    /// <summary>Longer lines are never furniture; it also bounds the work spent on a 10 MB line.</summary>
    public const int MaxLength = 300;

    private const int MaxSectionLength = 60;

    private static readonly HashSet<string> Advertisements = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advertisements", "advertising", "sponsored", "sponsored content",
    };

    private static readonly HashSet<string> Standalone = new(StringComparer.OrdinalIgnoreCase)
    {
        "related", "related articles", "related stories", "related content", "related coverage", "related news",
        "related links", "related topics", "related posts", "related reading",
        "share", "share this", "share this article", "share this story", "share this page", "share this post",
        "share article", "share story", "share on facebook", "share on twitter",
        "read more", "read more stories", "read more news", "continue reading",
        "print", "print this article", "print this page", "email", "e-mail", "email this article", "e-mail this article",
        "comments", "view comments", "show comments", "all rights reserved", "back to top",
        "you may also like", "recommended", "recommended stories", "most read", "most popular",
    };

    private static readonly string[] SectionLabels = { "section", "sections", "category", "categories", "posted in", "filed in" };

    private static readonly string[] OtherLabels =
    {
        "related", "related articles", "related stories", "related content", "related coverage", "related news",
        "related links", "related topics", "also read", "read also", "read more", "see also", "also see",
        "more", "more stories", "tags", "tagged", "topics", "keywords", "filed under",
        "share", "share this", "share this article", "share this story", "follow us", "advertisement", "sponsored",
    };

    private static readonly string[] Networks =
    {
        "twitter", "x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "threads", "bluesky",
        "mastodon", "telegram", "whatsapp", "google news", "flipboard", "reddit",
    };

    private static readonly char[] SectionSeparators = { '|', '•', '·', '»', '›' };

    public static bool IsAdvertisement(string line) => Advertisements.Contains(Bare(line));

    /// <summary>Whether a trimmed line is furniture, and the section it names, if it names one.</summary>
    public static bool IsFurniture(string line, out string? section)
    {
        section = null;
        if (line.Length == 0 || line.Length > MaxLength) return false;

        var bare = Bare(line);
        if (Advertisements.Contains(bare) || Standalone.Contains(bare)) return true;
        if (!HasWord(line)) return true; // "___", "* * *", "###": rules between the article and the page
        if (IsCopyright(line)) return true;
        if (TryMoreIn(line, out section)) return true;

        foreach (var label in SectionLabels)
        {
            if (TryLabel(line, label, out var rest))
            {
                section = SectionName(rest);
                return true;
            }
        }
        foreach (var label in OtherLabels)
        {
            if (TryLabel(line, label, out _)) return true;
        }

        return IsFollow(line) || IsShare(line) || IsReadMore(line) || IsNewsletter(line) || IsWireCredit(line);
    }

    private static bool HasWord(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c)) return true;
        }
        return false;
    }

    // "(Reporting by William Schomberg; Editing by Andy Bruce)": the wire's credits, in brackets.
    private static bool IsWireCredit(string line)
    {
        if (line[0] != '(' || line[line.Length - 1] != ')') return false;
        var inner = line.Substring(1).TrimStart();
        foreach (var credit in new[] { "reporting by", "additional reporting by", "writing by", "editing by", "compiled by", "with reporting by" })
        {
            if (StartsWithWord(inner, credit)) return true;
        }
        return false;
    }

    // "Advertisement", "ADVERTISEMENT:", "- Advertisement -", "Read more »": the words without decoration.
    private static string Bare(string line)
    {
        const string Decoration = ":»›>…|-–—•·*.";
        var start = 0;
        var end = line.Length;
        while (start < end && (char.IsWhiteSpace(line[start]) || Decoration.IndexOf(line[start]) >= 0)) start++;
        while (end > start && (char.IsWhiteSpace(line[end - 1]) || Decoration.IndexOf(line[end - 1]) >= 0)) end--;
        return line.Substring(start, end - start);
    }

    // "© 2010 The Hindu", "(c) 2010 Reuters", "Copyright 2010 AP", "Copyright © BBC", "... All rights reserved."
    // "Copyright lawyers said ..." is a sentence: after the word must come a symbol, a year or a colon.
    private static bool IsCopyright(string line)
    {
        if (line[0] == '©') return true;
        if (line.IndexOf("all rights reserved", StringComparison.OrdinalIgnoreCase) >= 0) return true;
        if (StartsWithWord(line, "copyright"))
        {
            var i = SkipSpaces(line, "copyright".Length);
            return i < line.Length &&
                (line[i] == ':' || line[i] == '©' || char.IsDigit(line[i]) || StartsWithSymbol(line, i));
        }
        if (StartsWithSymbol(line, 0))
        {
            var i = SkipSpaces(line, 3);
            return i < line.Length && char.IsDigit(line[i]);
        }
        return false;
    }

    private static bool StartsWithSymbol(string line, int i) =>
        string.Compare(line, i, "(c)", 0, 3, StringComparison.OrdinalIgnoreCase) == 0;

    // "More In: International | News", "More in World", "More from BBC News". Without a colon the rest
    // must look like a name and the line must not end like a sentence ("More in sorrow than anger.").
    private static bool TryMoreIn(string line, out string? section)
    {
        section = null;
        var isIn = StartsWithWord(line, "more in");
        if (!isIn && !StartsWithWord(line, "more from")) return false;

        var i = SkipSpaces(line, isIn ? "more in".Length : "more from".Length);
        var colon = i < line.Length && line[i] == ':';
        if (colon) i = SkipSpaces(line, i + 1);
        else if (i >= line.Length || !char.IsUpper(line[i]) || EndsLikeSentence(line) || line.Length > 80) return false;

        if (isIn) section = SectionName(line.Substring(i));
        return true;
    }

    // "Section: International", "Tags: Russia, Kyrgyzstan": the label, optional spaces, then a colon.
    private static bool TryLabel(string line, string label, out string rest)
    {
        rest = "";
        if (!StartsWithWord(line, label)) return false;
        var i = SkipSpaces(line, label.Length);
        if (i >= line.Length || line[i] != ':') return false;
        rest = line.Substring(i + 1);
        return true;
    }

    // "Follow us", "Follow us on Twitter.", "Follow Jane Doe on X: @janedoe", "Follow @janedoe".
    private static bool IsFollow(string line)
    {
        if (!StartsWithWord(line, "follow") || line.Length > 100) return false;
        if (Bare(line).Equals("follow us", StringComparison.OrdinalIgnoreCase)) return true;
        if (MentionsNetwork(line, "on ") || MentionsNetwork(line, "at ")) return true;
        return line.IndexOf('@') >= 0 && !EndsLikeSentence(line);
    }

    // "Share this article on Facebook", "Share on WhatsApp", "Share via email".
    private static bool IsShare(string line)
    {
        if (EndsLikeSentence(line)) return false;
        if (StartsWithWord(line, "share via")) return true;
        if (StartsWithWord(line, "share on")) return MentionsNetwork(line, "on ");
        foreach (var what in new[] { "article", "story", "page", "post", "video", "gallery" })
        {
            if (StartsWithWord(line, "share this " + what) && line.Length <= 80) return true;
        }
        return false;
    }

    // "Read more about the crisis in Kyrgyzstan", "Read more: ...", "Read More »".
    private static bool IsReadMore(string line)
    {
        if (!StartsWithWord(line, "read more") || EndsLikeSentence(line) || line.Length > 150) return false;
        var i = SkipSpaces(line, "read more".Length);
        if (i >= line.Length) return true;
        foreach (var next in new[] { "about", "on", "at", "from", "in", "of", "news", "stories" })
        {
            if (string.Compare(line, i, next, 0, next.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                (i + next.Length == line.Length || !char.IsLetter(line[i + next.Length])))
            {
                return true;
            }
        }
        return false;
    }

    // "Sign up for our daily newsletter", "Subscribe to our newsletter".
    private static bool IsNewsletter(string line) =>
        (StartsWithWord(line, "sign up") || StartsWithWord(line, "subscribe")) &&
        line.IndexOf("newsletter", StringComparison.OrdinalIgnoreCase) >= 0 &&
        line.Length <= 120;

    private static bool MentionsNetwork(string line, string preposition)
    {
        foreach (var network in Networks)
        {
            var needle = " " + preposition + network;
            var at = line.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
            var after = at + needle.Length;
            if (at >= 0 && (after == line.Length || !char.IsLetterOrDigit(line[after]))) return true;
        }
        return false;
    }

    private static string? SectionName(string rest)
    {
        foreach (var part in rest.Split(SectionSeparators))
        {
            var name = part.Trim().TrimEnd('.', ':', ';', ',').Trim();
            if (name.Length > 0) return name.Length <= MaxSectionLength ? name : null;
        }
        return null;
    }

    private static bool StartsWithWord(string line, string words) =>
        line.Length >= words.Length &&
        string.Compare(line, 0, words, 0, words.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
        (line.Length == words.Length || !char.IsLetterOrDigit(line[words.Length]));

    private static int SkipSpaces(string line, int i)
    {
        while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
        return i;
    }

    private static bool EndsLikeSentence(string line)
    {
        var end = line.Length;
        while (end > 0 && IsCloser(line[end - 1])) end--;
        return end > 0 && (line[end - 1] == '.' || line[end - 1] == '!' || line[end - 1] == '?' || line[end - 1] == ',' || line[end - 1] == ';');
    }

    private static bool IsCloser(char c) => c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']';
}
