using System.Collections.Generic;

namespace Corpus.Extraction.Quotes.Vocabulary;

/// <summary>
/// Words that make a speaker an organisation rather than a person: the head of "the Defence Ministry",
/// "local media reports", "Acme Corp"; institutions known by one capitalised word ("the Kremlin");
/// the heads of news outlets (for what a quote is relayed through) and the platforms it is posted on.
/// </summary>
internal static class OrganisationWords
{
    private static readonly HashSet<string> Heads = FunctionWords.Set(
        "ministry", "ministries", "government", "governments", "agency", "agencies", "office", "department",
        "council", "committee", "commission", "parliament", "congress", "senate", "court", "police", "army",
        "navy", "military", "forces", "force", "media", "reports", "company", "companies", "firm", "corporation",
        "corp", "inc", "ltd", "plc", "llc", "gmbh", "ag", "co", "group", "party", "union", "organisation",
        "organization", "association", "federation", "league", "administration", "embassy", "consulate",
        "authorities", "authority", "pentagon", "kremlin", "club", "board", "bureau", "service", "services",
        "team", "university", "institute", "foundation", "network", "channel", "station", "television", "tv",
        "radio", "newspaper", "paper", "daily", "times", "post", "journal", "magazine", "tribune", "herald",
        "gazette", "telegraph", "bank", "fund", "coalition", "alliance", "movement", "charity", "hospital",
        "school", "college", "regime", "cabinet", "presidency", "secretariat", "directorate", "inspectorate",
        "command", "headquarters", "junta", "airline", "airlines", "studio", "studios", "publisher",
        "watchdog", "operator", "exchange", "mission", "delegation", "militia", "brigade", "battalion",
        "corps", "guard", "guards", "prosecutors", "prosecution", "broadcaster", "website", "outlet", "outlets",
        "press", "house", "hall", "chamber", "assembly", "tribunal", "body", "bloc", "state", "states",
        "republic", "federation", "kingdom", "emirate", "municipality", "county", "province", "city",
        "council", "utility", "insurer", "manufacturer", "maker", "retailer", "carrier", "lender", "giant",
        "industry", "sector", "centre", "center", "laboratory", "lab", "observatory", "ngo", "charity",
        "trust", "society", "institution", "energy", "airways", "motors", "holdings", "systems", "technologies",
        "industries", "pharmaceuticals", "foods", "networks", "labs", "solutions", "petroleum", "oil", "gas",
        "power", "steel", "mining", "logistics", "electric", "communications", "telecom", "insurance",
        "investments", "ventures", "resources", "capital", "partners", "entertainment", "pictures", "records",
        "software", "robotics", "aerospace", "automotive", "chemicals", "brands", "stores", "inc.", "broadcaster");

    // Generic nouns for a business, which point back to the business the article named: "the airline",
    // "the company" after "Fairline Airways", "Northwind Energy".
    private static readonly HashSet<string> Businesses = FunctionWords.Set(
        "company", "firm", "group", "business", "carrier", "airline", "lender", "bank", "insurer", "retailer",
        "maker", "manufacturer", "giant", "operator", "conglomerate", "startup", "corporation", "producer",
        "supplier", "developer", "publisher", "utility", "chain", "brand", "club", "team", "broadcaster");

    private static readonly HashSet<string> BusinessHeads = FunctionWords.Set(
        "company", "companies", "firm", "corporation", "corp", "inc", "ltd", "plc", "llc", "gmbh", "ag", "co",
        "group", "energy", "airways", "airlines", "airline", "motors", "holdings", "systems", "technologies",
        "industries", "pharmaceuticals", "foods", "networks", "labs", "solutions", "petroleum", "oil", "gas",
        "power", "steel", "mining", "logistics", "electric", "communications", "telecom", "insurance",
        "investments", "ventures", "resources", "capital", "partners", "entertainment", "pictures", "records",
        "software", "robotics", "aerospace", "automotive", "chemicals", "brands", "stores", "bank", "club",
        "team", "studio", "studios", "publisher", "broadcaster", "network", "channel", "television", "tv",
        // the same, singular, as heads are compared
        "airway", "motor", "holding", "system", "technology", "industry", "pharmaceutical", "food", "lab",
        "solution", "communication", "investment", "venture", "resource", "partner", "picture", "record",
        "chemical", "brand", "store");

    private static readonly HashSet<string> Institutions = FunctionWords.Set(
        "kremlin", "pentagon", "vatican", "elysee", "élysée", "whitehall", "downing", "reuters", "xinhua",
        "interfax", "bloomberg", "itar-tass", "tass", "ria", "novosti", "yonhap", "kyodo", "bernama", "anadolu",
        "nato", "un", "eu", "opec", "who", "imf", "unicef", "unhcr", "interpol", "europol", "frontex", "hamas",
        "hezbollah", "taliban", "fifa", "uefa", "ioc", "google", "apple", "microsoft", "amazon", "meta",
        "facebook", "twitter", "tesla", "boeing", "airbus", "gazprom", "rosneft", "aljazeera", "politico",
        "axios", "vedomosti", "kommersant", "izvestia", "pravda");

    private static readonly HashSet<string> MediaHeads = FunctionWords.Set(
        "agency", "newspaper", "paper", "daily", "weekly", "times", "post", "journal", "magazine", "tribune",
        "herald", "gazette", "telegraph", "television", "tv", "radio", "channel", "station", "network",
        "broadcaster", "website", "outlet", "news", "press", "wire", "service", "media", "programme",
        "program", "show", "podcast", "blog");

    private static readonly HashSet<string> Platforms = FunctionWords.Set(
        "twitter", "x", "facebook", "instagram", "telegram", "tiktok", "youtube", "linkedin", "weibo", "wechat",
        "threads", "bluesky", "mastodon", "reddit", "snapchat", "whatsapp", "vkontakte", "vk", "substack");

    // Hearers named after "told" who relay nothing: "told reporters", "told parliament".
    private static readonly HashSet<string> Audiences = FunctionWords.Set(
        "reporters", "journalists", "correspondents", "lawmakers", "legislators", "parliament", "congress",
        "senate", "court", "committee", "assembly", "council", "conference", "summit", "meeting", "rally",
        "crowd", "crowds", "audience", "audiences", "supporters", "students", "delegates", "members", "staff",
        "employees", "workers", "investors", "analysts", "shareholders", "residents", "people", "nation",
        "country", "mps", "senators", "voters", "media", "press", "briefing", "hearing", "inquiry", "jury",
        "judge", "panel", "gathering", "forum", "session", "troops", "soldiers", "officials", "leaders",
        "colleagues", "listeners", "viewers", "readers", "fans", "him", "her", "them", "us", "me");

    // Nouns for written words that report speech without speaking: "The official death toll given out by
    // the health ministry said". Their agent ("by"/"from" the ministry) is the speaker.
    private static readonly HashSet<string> Documents = FunctionWords.Set(
        "statement", "statements", "report", "reports", "toll", "figures", "data", "release", "communique",
        "communiqué", "letter", "tally", "notice", "memo", "document", "documents", "filing", "message",
        "post", "tweet", "note", "bulletin", "announcement", "decree", "order", "ruling", "estimate", "survey",
        "study", "poll", "count", "update", "summary", "transcript", "readout", "email", "text", "website");

    public static bool IsHead(string lower) => Heads.Contains(lower);

    public static bool IsBusinessNoun(string lower) => Businesses.Contains(lower);

    public static bool IsBusinessHead(string lower) => BusinessHeads.Contains(lower);

    public static bool IsInstitution(string lower) => Institutions.Contains(lower);

    public static bool IsMediaHead(string lower) => MediaHeads.Contains(lower);

    public static bool IsPlatform(string lower) => Platforms.Contains(lower);

    public static bool IsAudience(string lower) => Audiences.Contains(lower);

    public static bool IsDocument(string lower) => Documents.Contains(lower);
}
