using System.Runtime.InteropServices;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>Where the country of a testimony was learnt.</summary>
public enum CountrySource
{
    /// <summary>No country could be told.</summary>
    None,

    /// <summary>Country, town and region names in the testimony text.</summary>
    Text,

    /// <summary>Only the interview place in the header (often a neighbouring country the witness fled to).</summary>
    Metadata,
}

/// <summary>The country a testimony is about, for resolving aliases such as <c>the army</c>.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, or null when unknown or tied.</param>
/// <param name="Source">Where it was learnt.</param>
public readonly record struct DocumentCountry(string? Code, CountrySource Source)
{
    /// <summary>No country.</summary>
    public static DocumentCountry Unknown => new(null, CountrySource.None);
}

/// <summary>
/// A hand-written table of country names, demonyms, regions and towns of the conflicts the corpus covers, used to
/// tell which country a testimony is about. Each mention in the text counts <see cref="Defaults.TextWeight"/>, and a
/// country named in the header's interview place <see cref="Defaults.MetadataWeight"/> once; the highest score wins
/// and a tie is unknown.
/// Names shared by a person and a place (Hama) or by two countries (Salah al-Din, Jazira) are left out.
/// </summary>
internal static class CountryKeywords
{
    private static readonly (string Code, string[] Names)[] Table =
    [
        ("SY", ["syria", "syrian", "aleppo", "halab", "idlib", "idleb", "raqqa", "raqqah", "al-raqqa", "deir ez-zor", "deir ezzor",
            "deir al-zour", "deir al-zor", "deir ez zor", "deir el-zor", "dayr az zawr", "dayr az-zawr", "homs", "douma",
            "ghouta", "damascus", "daraa", "deraa", "dara'a", "latakia", "lattakia", "tartus", "palmyra", "tadmur", "kobani", "kobane",
            "afrin", "manbij", "hasakah", "al-hasakah", "hasaka", "hassakeh", "qamishli", "qamishlo", "albu kamal", "abu kamal",
            "bukamal", "mayadin", "al-mayadin", "hajin", "baghouz", "tabqa", "jisr al-shughur", "maarat al-numan", "ma'arrat al-nu'man",
            "maarat al-nouman", "saraqib", "khan shaykhun", "khan sheikhoun", "ariha", "atmeh", "darayya", "daraya", "zabadani",
            "madaya", "yarmouk", "qusayr", "talbiseh", "rastan", "houla", "jobar", "harasta", "arbin", "saqba", "kafr batna",
            "hamouriyah", "muadamiyah", "al-bab", "azaz", "jarablus", "ras al-ain", "tal abyad", "sheikh maqsoud", "al-sukkari",
            "bustan al-qasr", "al-shaar", "al-kalasa", "al-mashhad", "hamidiyah", "al-hamidiyah", "hamidiya", "al-hamidiya"]),
        ("IQ", ["iraq", "iraqi", "mosul", "baghdad", "fallujah", "falluja", "ramadi", "anbar", "al-anbar", "tikrit", "samarra",
            "kirkuk", "sinjar", "shingal", "tal afar", "tel afar", "tal-afar", "nineveh", "ninewa", "ninawa", "hawija", "hawijah",
            "qayyarah", "hammam al-alil", "basra", "basrah", "najaf", "karbala", "diyala", "baquba", "baqubah", "erbil", "arbil",
            "dohuk", "duhok", "sulaymaniyah", "haditha", "al-qaim", "rutba", "jurf al-sakhar", "bartella", "qaraqosh", "bakhdida",
            "bashiqa", "makhmour", "halabja", "taza", "taza khurmatu", "tuz khurmatu", "amerli", "zanjili", "al-zanjili", "al-nouri"]),
        ("YE", ["yemen", "yemeni", "sanaa", "sana'a", "san'a", "taiz", "ta'izz", "taizz", "aden", "hodeidah", "hudaydah", "hodeida",
            "marib", "ma'rib", "saada", "sa'dah", "sadah", "hajjah", "ibb", "dhamar", "al-jawf", "shabwa", "shabwah", "abyan", "lahj",
            "mukalla", "hadramawt", "hadramout", "hadhramaut", "mocha", "al-makha", "mokha", "amran", "al-bayda", "bayda", "sirwah",
            "nihm", "al-jufaina", "bab musa", "al-rawda", "al-dhabab"]),
        ("SD", ["sudan", "sudanese", "khartoum", "omdurman", "khartoum bahri", "darfur", "el fasher", "el-fasher", "al-fashir",
            "al fashir", "nyala", "geneina", "el geneina", "el-geneina", "al-junaynah", "zalingei", "kordofan", "el obeid", "el-obeid",
            "kadugli", "wad madani", "gezira", "port sudan", "kassala", "blue nile", "abu shouk", "zamzam", "tawila", "kutum",
            "kabkabiya", "misterei", "ardamata", "babanusa", "el daein", "ed daein", "gedaref", "gedarif"]),
        ("UA", ["ukraine", "ukrainian", "kyiv", "kiev", "kharkiv", "kharkov", "mariupol", "bucha", "irpin", "hostomel", "borodyanka",
            "izium", "izyum", "kherson", "mykolaiv", "nikolaev", "zaporizhzhia", "zaporizhia", "zaporozhye", "odesa", "odessa",
            "donetsk", "luhansk", "lugansk", "donbas", "donbass", "bakhmut", "avdiivka", "avdeevka", "kramatorsk", "sloviansk",
            "slovyansk", "lyman", "chernihiv", "sumy", "dnipro", "kupiansk", "marinka", "maryinka", "severodonetsk", "sievierodonetsk",
            "lysychansk", "vuhledar", "pokrovsk", "saltivka", "saltovka", "chuhuiv", "okhtyrka", "melitopol", "berdyansk",
            "nova kakhovka", "kurakhove", "volnovakha", "toretsk", "horlivka", "tsyrkuny", "oblast"]),
        ("MM", ["myanmar", "burma", "burmese", "rakhine", "arakan", "maungdaw", "buthidaung", "rathedaung", "sittwe", "yangon",
            "rangoon", "mandalay", "naypyidaw", "sagaing", "kachin", "kayin", "magway", "tula toli", "inn din", "myo thu gyi",
            "rohingya", "lashio", "hpakant", "laiza", "myitkyina", "bhamo", "loikaw", "demoso", "kayah", "karenni", "hpa-an", "hpaan",
            "minbya", "mrauk-u", "mrauk u", "kyauktaw", "paletwa", "hakha", "falam", "mindat", "thantlang", "matupi", "namhsan",
            "kutkai", "hsenwi", "kyaukme", "northern shan", "shan state", "taunggyi", "pekon", "singu", "monywa", "mogok"]),
        ("PS", ["gaza", "palestine", "palestinian", "rafah", "khan younis", "khan yunis", "khan yunes", "jabalia", "jabalya",
            "beit hanoun", "beit hanun", "beit lahia", "deir al-balah", "nuseirat", "shujaiya", "shujaiyya", "shejaiya", "khuza'a",
            "khuzaa", "khuzaʿa", "bureij", "maghazi", "west bank", "jenin", "nablus", "hebron", "tulkarm"]),
        ("AF", ["afghanistan", "afghan", "kabul", "kandahar", "helmand", "lashkar gah", "lashkargah", "marjah", "marja", "nad-e ali",
            "nad ali", "nad-e-ali", "sangin", "musa qala", "kunduz", "nangarhar", "jalalabad", "herat", "ghazni", "khost", "paktia",
            "paktika", "kunar", "uruzgan", "zabul", "badghis", "faryab", "baghlan", "logar", "wardak", "achin", "saratan"]),
        ("LY", ["libya", "libyan", "tripoli", "benghazi", "sirte", "misrata", "misurata", "derna", "tarhuna", "tarhunah", "ain zara",
            "ein zara", "abu salim", "gharyan", "zawiya", "sabha", "ajdabiya", "ras lanuf", "brega", "murzuq", "qasr bin ghashir",
            "wadi rabea"]),
        ("SO", ["somalia", "somali", "mogadishu", "kismayo", "baidoa", "beledweyne", "jowhar", "afgoye", "afgooye", "merca",
            "lower shabelle", "middle shabelle", "jubaland", "lower juba", "middle juba", "gedo", "bakool", "hiraan", "galmudug",
            "puntland", "bosaso", "garowe", "hodan", "wardhigley", "awdheegle", "janaale", "bulo burde", "el buur", "villa somalia"]),
        ("CO", ["colombia", "colombian", "antioquia", "cauca", "narino", "choco", "catatumbo", "norte de santander", "arauca",
            "putumayo", "caqueta", "guaviare", "tumaco", "buenaventura", "briceno", "ituango", "cucuta", "bogota", "medellin",
            "valle del cauca", "sur de bolivar", "uraba", "bajo cauca", "tibu", "el tarra", "yarumal", "vereda", "el bagre", "bojaya",
            "toribio", "argelia", "puerto guzman", "calamar", "carmen del darien", "jamundi", "suarez"]),
        ("LB", ["lebanon", "lebanese", "beirut", "dahiyeh", "dahieh", "dahiya", "haret hreik", "tyre", "nabatieh", "nabatiyeh",
            "qana", "bint jbeil", "bint jbail", "aitaroun", "aita al-shaab", "khiam", "marjayoun", "baalbek", "bekaa", "sidon",
            "naqoura", "south lebanon", "achrafieh"]),
        ("NG", ["nigeria", "nigerian", "borno", "maiduguri", "konduga", "bama", "gwoza", "dikwa", "monguno", "damboa", "chibok",
            "dalori", "adamawa", "yobe", "damaturu", "ngala", "gamboru", "banki", "pulka", "kukawa", "dalwa", "mubi", "sambisa"]),
        ("ET", ["ethiopia", "tigray", "tigrayan", "mekelle", "mekele", "axum", "aksum", "adigrat", "hawzen", "humera", "wukro",
            "addis ababa", "gondar", "zalambessa", "togoga", "edaga hamus", "mai kadra", "maikadra", "abiy adi"]),
        ("SS", ["south sudan", "juba", "malakal", "bentiu", "leer", "yei", "wau", "upper nile", "jonglei", "nasir", "akobo",
            "kajo keji", "yambio", "rubkona", "pibor", "renk"]),
        ("CD", ["congo", "drc", "congolese", "kinshasa", "goma", "beni", "butembo", "bunia", "ituri", "north kivu", "south kivu",
            "kivu", "rutshuru", "nyiragongo", "masisi", "kiwanja", "djugu", "bukavu", "uvira", "oicha", "kanyaruchinya", "ndosho",
            "mugunga", "bulengo", "kishishe", "minova"]),
        ("MZ", ["mozambique", "mozambican", "cabo delgado", "cabo delgado province", "pemba", "palma", "mocimboa da praia",
            "mocimboa", "macomia", "quissanga", "ancuabe", "muidumbe", "meluco", "nangade", "montepuez", "metuge", "mueda"]),
        ("ML", ["mali", "malian", "bamako", "mopti", "gao", "timbuktu", "tombouctou", "kidal", "menaka", "segou", "moura", "sevare",
            "djenne", "ogossagou", "diallassagou", "bandiagara", "niono", "douentza"]),
        ("BF", ["burkina", "burkina faso", "burkinabe", "ouagadougou", "djibo", "kaya", "barsalogho", "dori", "fada n'gourma",
            "solenzo", "ouahigouya", "arbinda", "seytenga", "centre-nord", "soum"]),
        // Witnesses of the 2020 Karabakh war are told apart by their side's towns: demonyms ("the Armenians") are said
        // by the other side.
        ("AZ", ["azerbaijan", "ganja", "barda", "tartar", "terter", "baku", "mingachevir", "aghdam", "agdam", "fuzuli",
            "goranboy", "naftalan", "beylagan", "aghjabadi"]),
        ("AM", ["armenia", "yerevan", "stepanakert", "martakert", "martuni", "hadrut", "askeran", "shushi", "artsakh", "goris",
            "kapan", "vardenis", "sotk", "jermuk"]),
    ];

    private static readonly PhraseSpotter<string> Spotter = Build();

    /// <summary>Finds the country of <paramref name="document"/>'s testimony from its folded tokens and header.</summary>
    public static DocumentCountry Detect(Document document, FoldedTokens tokens, List<PhraseMatch<string>> scratch)
    {
        var scores = new Dictionary<string, (int Score, bool InText)>(StringComparer.Ordinal);
        scratch.Clear();
        Spotter.FindAll(document.Text, tokens, scratch);
        foreach (var match in scratch)
        {
            scores[match.Payload] = (scores.GetValueOrDefault(match.Payload).Score + Defaults.TextWeight, true);
        }

        if (document.Testimony.Metadata.Place is { Length: > 0 } place)
        {
            var placeTokens = new List<Token>();
            new Tokenizer().Tokenize(place, 0, place.Length, placeTokens);
            var folded = new FoldedTokens();
            folded.Fold(place, CollectionsMarshal.AsSpan(placeTokens));
            scratch.Clear();
            Spotter.FindAll(place, folded, scratch);
            foreach (var code in scratch.Select(m => m.Payload).Distinct())
            {
                var (score, inText) = scores.GetValueOrDefault(code);
                scores[code] = (score + Defaults.MetadataWeight, inText);
            }
        }

        string? best = null;
        var bestScore = 0;
        var tied = false;
        foreach (var (code, (score, _)) in scores)
        {
            if (score > bestScore)
            {
                (best, bestScore, tied) = (code, score, false);
            }
            else if (score == bestScore)
            {
                tied = true;
            }
        }

        if (best is null || tied)
        {
            return DocumentCountry.Unknown;
        }

        return new DocumentCountry(best, scores[best].InText ? CountrySource.Text : CountrySource.Metadata);
    }

    private static PhraseSpotter<string> Build()
    {
        var builder = new PhraseSpotter<string>.Builder(StringComparer.Ordinal);
        foreach (var (code, names) in Table)
        {
            foreach (var name in names)
            {
                builder.Add(name, code);
            }
        }

        return builder.Build();
    }

    /// <summary>Default weights.</summary>
    public static class Defaults
    {
        /// <summary>Score of one mention in the testimony text.</summary>
        public const int TextWeight = 2;

        /// <summary>Score of a country named (however many times) in the header's interview place.</summary>
        public const int MetadataWeight = 1;
    }
}
