namespace Corpus.Synthesis;

/// <summary>What a story is about: the words for its event and for the people it affects.</summary>
internal sealed class Topic
{
    public Topic(string @event, string shortEvent, string harmed, string hurt, string[] actions, string[] demands)
    {
        Event = @event;
        ShortEvent = shortEvent;
        Harmed = harmed;
        Hurt = hurt;
        Actions = actions;
        Demands = demands;
    }

    /// <summary>"widespread ethnic violence"</summary>
    public string Event { get; }

    /// <summary>"the violence"</summary>
    public string ShortEvent { get; }

    /// <summary>"dead", "killed": what the worst-hit are.</summary>
    public string Harmed { get; }

    /// <summary>"wounded", "injured": what the others are.</summary>
    public string Hurt { get; }

    /// <summary>What authorities did: "declared a state of emergency".</summary>
    public string[] Actions { get; }

    /// <summary>What people asked for, in the first person: "we need outside forces to quell the confrontation".</summary>
    public string[] Demands { get; }

    public static readonly Topic[] All =
    {
        new("widespread ethnic violence", "the violence", "dead", "wounded",
            new[] { "declared a state of emergency", "clamped a curfew on the city", "sent troops and armour into the city", "closed the border" },
            new[] { "we need outside forces to quell the confrontation", "the situation has spun out of control", "we are ready to start negotiations at any moment", "this is an internal conflict" }),
        new("the worst flooding in decades", "the floods", "dead", "missing",
            new[] { "evacuated low-lying districts", "opened emergency shelters", "released water from the dam", "appealed for international aid" },
            new[] { "the water is still rising", "we have lost everything we had", "the dams were not built for this much rain", "help is reaching the villages too slowly" }),
        new("a powerful earthquake", "the earthquake", "killed", "injured",
            new[] { "sent rescue teams to the epicentre", "declared three days of national mourning", "set up field hospitals", "grounded all domestic flights" },
            new[] { "the buildings simply collapsed", "we are still pulling people out of the rubble", "there is no water and no electricity", "the aftershocks have not stopped" }),
        new("a nationwide general strike", "the strike", "arrested", "injured",
            new[] { "called in riot police", "opened talks with the unions", "suspended the pension reform", "imposed emergency wage controls" },
            new[] { "we will not go back to work until the law is withdrawn", "the government has not listened to us", "the strike is costing the economy dearly", "the unions are ready to talk" }),
        new("a disputed presidential election", "the election", "detained", "injured",
            new[] { "ordered a recount in several districts", "postponed the announcement of results", "invited international observers", "banned street protests" },
            new[] { "the vote was free and fair", "the count was rigged from the start", "we will accept the result of the recount", "the people have spoken" }),
        new("a series of bomb attacks", "the attacks", "killed", "wounded",
            new[] { "raised the national security alert", "arrested several suspects", "stepped up patrols on public transport", "closed the main railway station" },
            new[] { "these criminals will be found and punished", "we heard two explosions a few seconds apart", "nobody has claimed responsibility", "security has been tightened everywhere" }),
        new("a fierce dispute over gas prices", "the dispute", "affected", "cut off",
            new[] { "cut gas supplies by half", "threatened to take the case to arbitration", "offered a new discount", "signed an interim agreement" },
            new[] { "the price must reflect the market", "we will not be blackmailed", "households will not be left without heating", "the talks have been constructive" }),
        new("spreading forest fires", "the fires", "killed", "evacuated",
            new[] { "deployed water-bombing aircraft", "evacuated several villages", "banned entry to the forests", "requested firefighting planes from its neighbours" },
            new[] { "the wind keeps changing direction", "we have never seen fires like these", "the smoke is everywhere", "every available crew is on the ground" }),
    };
}
