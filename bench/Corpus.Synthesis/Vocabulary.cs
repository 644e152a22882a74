namespace Corpus.Synthesis;

/// <summary>
/// The words stories are made of. Lists are long enough that a 20,000-article corpus has thousands of
/// distinct people and hundreds of places, as a real wire archive does, and include the spellings that
/// trouble a sentence splitter (initials, "Mr.", "U.S.", hyphenated and apostrophised names).
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] MaleFirstNames =
    {
        "Dmitry", "Vladimir", "Sergei", "Nikolai", "Kurmanbek", "Nursultan", "Ahmed", "Omar", "Hamid", "Rajiv",
        "Arun", "Li", "Wei", "Kenji", "Hiroshi", "Carlos", "Luis", "Jean-Pierre", "François", "Hans", "Klaus",
        "Giorgos", "Mehmet", "Recep", "Ali", "Yusuf", "Ivan", "Pavel", "Tomasz", "Andrzej", "Jan", "Peter",
        "John", "Michael", "David", "James", "Robert", "William", "Thomas", "Samuel", "Kwame", "Chinedu",
        "Mohammed", "Abdullah", "Bakhtiyor", "Almazbek", "Temir", "Rustam", "Farid", "Marco", "Giuseppe",
        "Pedro", "Diego", "Ethan", "Liam", "Seán", "Olumide", "Jacob", "Hassan", "Viktor",
    };

    public static readonly string[] FemaleFirstNames =
    {
        "Natalia", "Rosa", "Roza", "Tatiana", "Elena", "Olga", "Irina", "Aigul", "Fatima", "Aisha", "Priya",
        "Sonia", "Mei", "Yuki", "Akiko", "Maria", "Ana", "Lucía", "Marie", "Claire", "Angela", "Ursula",
        "Eleni", "Ayşe", "Zeynep", "Anna", "Katarzyna", "Ewa", "Sarah", "Emily", "Elizabeth", "Margaret",
        "Hillary", "Condoleezza", "Ngozi", "Amina", "Leila", "Nadia", "Gulnara", "Dilnoza", "Giulia",
        "Sofia", "Camila", "Chloe", "Siobhán", "Funmilayo", "Rachel", "Miriam", "Yasmin", "Helga",
    };

    public static readonly string[] Surnames =
    {
        "Medvedev", "Putin", "Timakova", "Otunbayeva", "Bakiyev", "Nazarbayev", "Bordyuzha", "Golikova", "Shoigu",
        "Lavrov", "Karimov", "Atambayev", "Sariyev", "Tashiev", "Singh", "Sharma", "Patel", "Zhang", "Wang",
        "Chen", "Tanaka", "Suzuki", "García", "Fernández", "López", "Dubois", "Lefèvre", "Müller", "Schmidt",
        "Papadopoulos", "Yılmaz", "Kaya", "Nowak", "Kowalski", "Smith", "Johnson", "Brown", "Williams",
        "O'Brien", "McAllister", "Okafor", "Mensah", "Abdullayev", "Rahimov", "Haddad", "Khalil", "Rossi",
        "Bianchi", "Silva", "Santos", "Nguyen", "Kim", "Park", "Ivanov", "Petrova", "Sokolov", "Novak",
        "van der Berg", "de la Cruz", "Al-Hashimi", "Ben-David", "Kuznetsov", "Osei", "Adeyemi", "Hernández",
        "Costa", "Fischer", "Weber", "Jensen", "Larsen", "Rahman", "Hussain", "Qureshi", "Tkachenko",
    };

    public static readonly string[] Roles =
    {
        "President", "Prime Minister", "Foreign Minister", "Defence Minister", "Interior Minister",
        "Health Minister", "Emergency Situations Minister", "Finance Minister", "Deputy Prime Minister",
        "spokesperson", "spokesman", "spokeswoman", "police chief", "mayor", "governor", "regional governor",
        "army commander", "Secretary General", "ambassador", "aid worker", "senior official", "analyst",
        "opposition leader", "union leader", "chief executive", "central bank governor", "head of the electoral commission",
    };

    public static readonly string[] Countries =
    {
        "Kyrgyzstan", "Russia", "Kazakhstan", "Uzbekistan", "Tajikistan", "Belarus", "Armenia", "Georgia",
        "Ukraine", "Turkey", "India", "Pakistan", "China", "Japan", "Indonesia", "the Philippines", "Nigeria",
        "Ghana", "Kenya", "Ethiopia", "Egypt", "Brazil", "Argentina", "Mexico", "Chile", "Peru", "France",
        "Germany", "Italy", "Spain", "Poland", "Greece", "the United States", "Canada", "Australia",
    };

    public static readonly string[] Cities =
    {
        "Osh", "Jalalabad", "Bishkek", "Moscow", "Tashkent", "Almaty", "Dushanbe", "Minsk", "Yerevan", "Tbilisi",
        "Kyiv", "Ankara", "Istanbul", "New Delhi", "Mumbai", "Karachi", "Beijing", "Shanghai", "Tokyo", "Jakarta",
        "Manila", "Lagos", "Abuja", "Accra", "Nairobi", "Addis Ababa", "Cairo", "São Paulo", "Buenos Aires",
        "Mexico City", "Santiago", "Lima", "Paris", "Berlin", "Rome", "Madrid", "Warsaw", "Athens", "Washington",
        "Ottawa", "Sydney", "St. Petersburg", "Nizhny Novgorod", "Port-au-Prince", "Kandahar", "Peshawar",
    };

    public static readonly string[] Agencies =
    {
        "ITAR-TASS", "Itar-Tass", "Reuters", "AFP", "Associated Press", "Xinhua", "RIA Novosti", "Interfax",
        "AKIpress", "Kyodo", "Anadolu", "PTI", "dpa", "EFE", "ANSA", "BBC", "Al Jazeera",
    };

    public static readonly string[] Organisations =
    {
        "CSTO", "OSCE", "United Nations", "UN Security Council", "European Union", "NATO", "Red Cross",
        "World Health Organization", "IMF", "World Bank", "Shanghai Cooperation Organization (SCO)",
        "African Union", "Amnesty International", "Human Rights Watch", "UNHCR", "World Food Programme",
    };

    public static readonly string[] Sections =
    {
        "International", "World", "Asia", "Europe", "Africa", "Americas", "Politics", "Business", "Economy",
        "National", "Regional", "Breaking News",
    };

    public static readonly string[] Days =
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    public static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    };

    public static readonly string[] NumberWords =
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen", "dozens of", "hundreds of", "thousands of",
    };

    public static readonly string[] Designators =
    {
        "Il-76", "An-124", "MiG-29", "Su-25", "Mi-8", "Boeing 737", "Airbus A320", "A-320", "C-130", "T-72",
        "BTR-80", "Tu-154", "Yak-42", "F-16", "Route 66", "Highway 3", "Flight 214", "Resolution 1244",
    };

    public static readonly string[] Weekparts =
    {
        "late Friday night", "early on Sunday", "on Saturday morning", "overnight", "in the early hours of Tuesday",
        "on Thursday evening", "last week", "earlier this month", "on Monday", "at dawn",
    };
}
