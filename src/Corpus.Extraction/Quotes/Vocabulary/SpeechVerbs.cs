using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Quotes.Vocabulary;

/// <summary>How a speech verb may attribute speech.</summary>
internal enum CueClass : byte
{
    /// <summary>Attributes quotes and reported clauses: said, warned, insisted, tweeted.</summary>
    Say,

    /// <summary>Describes how words were uttered; attributes quotes but never a reported clause: shouted, quipped.</summary>
    Sound,

    /// <summary>Characterises what was said; attributes partial quotes only: described it as, called it.</summary>
    Describe,
}

internal enum CueForm : byte
{
    Base,
    ThirdPerson,
    Past,
    Participle,
}

/// <param name="TakesObject">The verb names its hearer before the speech: told reporters, warned residents.</param>
/// <param name="BareClause">The verb reports a clause without "that": said the army had left.</param>
/// <param name="Noun">This form is also a common noun (reports, claims, a warning), so it counts only with a clear subject.</param>
internal readonly record struct Cue(string Lemma, CueClass Class, CueForm Form, bool TakesObject, bool BareClause, bool Noun)
{
    public bool IsFinite => Form != CueForm.Participle;
}

/// <summary>
/// The speech verbs Corpus knows, in every inflection. The lemmas are written here once with flags, and
/// the inflections are derived by English spelling rules (irregular ones are spelled out), so adding a
/// verb is adding a word.
/// </summary>
internal static class SpeechVerbs
{
    // Flags after the colon: o = names its hearer (told reporters), b = reports a bare clause (said the…),
    // s = sound/manner only, d = describing only, n = the base and -s forms are common nouns,
    // g = the -ing form is a common noun, + = doubles its final consonant (admitted).
    // Irregular inflections follow a bar: lemma|third|past|participle.
    private static readonly string[] Entries =
    {
        "say:b|says|said|saying", "tell:ob|tells|told|telling", "add:b", "state:n", "declare", "explain:b",
        "insist:b", "warn:obg", "claim:bn", "argue:b", "announce:b", "reply:bn", "respond", "answer:n",
        "ask:os", "write:b|writes|wrote|writing", "tweet:bn", "post:n", "comment:n", "note:bn", "remark:n",
        "observe", "continue:s", "conclude", "concede:b", "admit:b+", "acknowledge:b", "confirm:b", "deny",
        "assert:b", "maintain:b", "stress:bn", "emphasise", "emphasize", "reiterate", "repeat", "recall:b",
        "suggest:b", "predict:b", "promise:n", "vow:n", "pledge:n", "threaten", "complain:b", "lament",
        "boast:b", "joke:sn", "quip:sn+", "exclaim:s", "shout:sn", "yell:sn", "scream:sn", "cry:sn",
        "whisper:sn", "mutter:s", "murmur:s", "chant:sn", "sigh:sn", "laugh:sn", "gasp:s", "snap:s+",
        "testify", "report:bn", "reveal", "disclose", "inform:o", "advise:o", "caution:n", "counter:n",
        "retort", "interject:s", "agree:b", "disagree", "object:n", "protest:n", "proclaim", "pronounce",
        "estimate:bn", "speculate", "reckon:b", "hint:n", "indicate", "signal:n", "clarify", "elaborate",
        "contend:b", "allege:b", "affirm", "reaffirm", "assure:o", "reassure:o", "remind:o", "recount",
        "describe:d", "call:dn", "brand:dn", "label:dn", "hail:d", "praise:dn", "condemn:d", "denounce:d",
        "decry:d", "criticise:d", "criticize:d", "blast:dn", "slam:dn+", "plead", "blog:n", "text:n",
        "message:n", "muse:s", "wonder:s", "grumble:s", "fume:s", "gush:s", "enthuse:s", "rave:s",
        "specify", "underline", "underscore", "forecast:bn|forecasts|forecast|forecasting", "vouch",
        "demand:n", "urge:o", "guarantee", "surmise", "posit", "speak:s|speaks|spoke|speaking",
    };

    private static readonly Dictionary<string, Cue> Forms = Build();

    public static bool TryGet(string lower, out Cue cue) => Forms.TryGetValue(lower, out cue);

    private static Dictionary<string, Cue> Build()
    {
        var forms = new Dictionary<string, Cue>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            var bar = entry.Split('|');
            var head = bar[0].Split(':');
            var lemma = head[0];
            var flags = head.Length > 1 ? head[1] : "";
            var cls = flags.IndexOf('s') >= 0 ? CueClass.Sound : flags.IndexOf('d') >= 0 ? CueClass.Describe : CueClass.Say;
            var takesObject = flags.IndexOf('o') >= 0;
            var bare = flags.IndexOf('b') >= 0;
            var noun = flags.IndexOf('n') >= 0;
            var doubles = flags.IndexOf('+') >= 0;
            var third = bar.Length > 1 ? bar[1] : Third(lemma);
            var past = bar.Length > 2 ? bar[2] : Past(lemma, doubles);
            var participle = bar.Length > 3 ? bar[3] : Participle(lemma, doubles);
            // Later entries never overwrite earlier ones: the first spelling of a lemma carries its flags.
            Add(forms, lemma, new Cue(lemma, cls, CueForm.Base, takesObject, bare, noun));
            Add(forms, third, new Cue(lemma, cls, CueForm.ThirdPerson, takesObject, bare, noun));
            Add(forms, past, new Cue(lemma, cls, CueForm.Past, takesObject, bare, false));
            Add(forms, participle, new Cue(lemma, cls, CueForm.Participle, takesObject, bare, flags.IndexOf('g') >= 0));
        }
        return forms;
    }

    private static void Add(Dictionary<string, Cue> forms, string form, Cue cue)
    {
        if (!forms.ContainsKey(form)) forms.Add(form, cue);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string Third(string lemma)
    {
        if (lemma.EndsWith("s", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal)
            || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("x", StringComparison.Ordinal)
            || lemma.EndsWith("z", StringComparison.Ordinal) || lemma.EndsWith("o", StringComparison.Ordinal))
            return lemma + "es";
        if (lemma.Length > 1 && lemma[lemma.Length - 1] == 'y' && !IsVowel(lemma[lemma.Length - 2]))
            return lemma.Substring(0, lemma.Length - 1) + "ies";
        return lemma + "s";
    }

    private static string Past(string lemma, bool doubles)
    {
        if (doubles) return lemma + lemma[lemma.Length - 1] + "ed";
        if (lemma.EndsWith("e", StringComparison.Ordinal)) return lemma + "d";
        if (lemma.Length > 1 && lemma[lemma.Length - 1] == 'y' && !IsVowel(lemma[lemma.Length - 2]))
            return lemma.Substring(0, lemma.Length - 1) + "ied";
        return lemma + "ed";
    }

    private static string Participle(string lemma, bool doubles)
    {
        if (doubles) return lemma + lemma[lemma.Length - 1] + "ing";
        if (lemma.EndsWith("ie", StringComparison.Ordinal)) return lemma.Substring(0, lemma.Length - 2) + "ying";
        if (lemma.EndsWith("e", StringComparison.Ordinal) && !lemma.EndsWith("ee", StringComparison.Ordinal))
            return lemma.Substring(0, lemma.Length - 1) + "ing";
        return lemma + "ing";
    }
}
