using System.Collections.Generic;

namespace Corpus.Synthesis;

/// <summary>
/// Paragraphs that quote someone, in the shapes wire copy uses: attribution after or before the quote,
/// a quote split by its attribution (“A,” he said, “B.”), a quote running over several paragraphs
/// (no closing mark until the last one), a few words quoted inside the reporter's sentence, and a
/// question with no comma before the closing mark.
/// </summary>
internal sealed class Quotations
{
    private static readonly string[] Cues =
    {
        "said", "said", "said", "told reporters", "said in a statement", "added", "was quoted as saying by {agency}",
        "told {agency}", "had said", "said on {day}", "was quoted as saying by {agency} news agency",
    };

    private readonly Story _story;
    private readonly SynthesisRandom _random;

    public Quotations(Story story, SynthesisRandom random)
    {
        _story = story;
        _random = random;
    }

    public IEnumerable<string> Paragraphs()
    {
        var person = _story.Someone();
        var (o, c) = (_story.Open, _story.Close);
        switch (_random.Next(12))
        {
            case 0:
            case 1:
            case 2:
            {
                var speech = Speeches(_random.Between(1, 3));
                yield return $"{o}{Comma(speech)}{c} {Mention(person)} {Cue()}.";
                break;
            }
            case 3:
            {
                var speech = Speeches(_random.Between(1, 2));
                yield return $"{o}{Comma(speech)}{c} said {Mention(person)}.";
                break;
            }
            case 4:
                yield return $"{Story.Capital(Mention(person))} said: {o}{Speeches(_random.Between(1, 2))}{c}";
                break;
            case 5:
            {
                // Split by the attribution: either one sentence continued, or a second sentence.
                var first = _story.Speech();
                while (!first.EndsWith(".")) first = _story.Speech();
                first = first.Substring(0, first.Length - 1);
                if (_random.Chance(0.5))
                {
                    yield return $"{o}{first},{c} {Mention(person)} said, {o}and {Lower(_story.Speech())}{c}";
                }
                else
                {
                    yield return $"{o}{first},{c} {Mention(person)} said. {o}{Speeches(_random.Between(1, 2))}{c}";
                }
                break;
            }
            case 6:
            {
                // Over several paragraphs: each opens with a mark, only the last one closes.
                var parts = _random.Between(2, 3);
                for (var i = 0; i < parts - 1; i++) yield return o + Speeches(_random.Between(1, 3));
                yield return $"{o}{Comma(Speeches(_random.Between(1, 2)))}{c} {Mention(person)} {Cue()}.";
                break;
            }
            case 7:
                yield return $"{Story.Capital(Mention(person))} described the situation as {o}{_story.Fragment()}{c}.";
                break;
            case 8:
                yield return $"The ministry earlier ruled out a change of course, saying {o}{_story.Fragment()}{c}.";
                break;
            case 9:
                yield return $"{o}Where is the help we were promised?{c} asked {Mention(person)}, who said {Figures.Count(_random)} people were still waiting.";
                break;
            default:
            {
                var speech = Speeches(_random.Between(1, 2));
                yield return $"{o}{Comma(speech)}{c} {Mention(person)} {Cue()}, adding that {_story.Topic.ShortEvent} had to end.";
                break;
            }
        }
    }

    private string Mention(Person person) => person.Mention(_random);

    private string Cue() => _random.Pick(Cues).Replace("{agency}", _story.Agency).Replace("{day}", _story.Day);

    private string Speeches(int count)
    {
        var parts = new string[count];
        for (var i = 0; i < count; i++) parts[i] = _story.Speech();
        return string.Join(" ", parts);
    }

    // The comma writers put before the closing mark when the attribution follows; ? and ! stay.
    private static string Comma(string speech) => speech.EndsWith(".") ? speech.Substring(0, speech.Length - 1) + "," : speech;

    private static string Lower(string speech) =>
        speech.StartsWith("I ") || speech.StartsWith("I'") ? speech : char.ToLowerInvariant(speech[0]) + speech.Substring(1);
}
