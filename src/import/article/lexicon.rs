//! Word lists the rules use, each sorted so that a look-up is a binary search.
//!
//! Everything is lower case (as in [`super::text::Words::low`]) except [`NOT_ACRONYMS`] and
//! [`ABBREVIATIONS`]. The
//! lists are English: the drafter is for English news stories.

/// Whether `word` is in `list` (sorted).
pub fn is(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Capitalised words that start sentences or clauses without naming anything.
#[rustfmt::skip]
pub const STOP_WORDS: &[&str] = &[
    "a", "according", "additionally", "addressing", "after", "again", "all", "already", "also", "although",
    "among", "an", "and", "announcing", "as", "asked", "at", "authorities", "because", "before", "both", "but",
    "by", "commenting", "delivering", "describing", "despite", "dismissing", "dozens", "during", "each",
    "earlier", "even", "every", "explaining", "finally", "first", "five", "for", "former", "four", "from",
    "further", "furthermore", "granting", "he", "her", "here", "his", "how", "however", "i", "if", "in",
    "inside", "instead", "it", "its", "jailing", "judges", "jurors", "just", "last", "later", "lawyers", "like",
    "many", "meanwhile", "moreover", "most", "my", "next", "no", "not", "now", "of", "officials", "on", "once",
    "one", "only", "or", "our", "outside", "over", "passing", "police", "presiding", "prosecutors", "quashing",
    "rather", "reacting", "rejecting", "responding", "ruling", "second", "senior", "sentencing", "separately",
    "several", "she", "since", "so", "some", "speaking", "still", "such", "that", "the", "their", "then",
    "there", "these", "they", "this", "those", "though", "three", "to", "today", "two", "under", "until", "we",
    "what", "when", "where", "while", "who", "why", "with", "without", "writing", "yesterday", "yet",
];

/// Month and weekday names (and abbreviations).
#[rustfmt::skip]
pub const CALENDAR_WORDS: &[&str] = &[
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "friday", "jan", "january", "jul",
    "july", "jun", "june", "mar", "march", "may", "monday", "nov", "november", "oct", "october", "saturday",
    "sep", "sept", "september", "sunday", "thursday", "tuesday", "wednesday",
];

/// Title words that can stand before a name in a capitalised run.
#[rustfmt::skip]
pub const TITLE_WORDS: &[&str] = &[
    "adv", "advocate", "agent", "alderman", "ambassador", "arbitrator", "assemblyman", "assemblymember",
    "assemblywoman", "attorney", "auditor", "barrister", "bishop", "capt", "captain", "ceo", "chairman",
    "chairperson", "chairwoman", "chancellor", "col", "colonel", "commander", "commissioner", "comptroller",
    "constable", "coroner", "corporal", "councillor", "councilman", "councilmember", "councilwoman", "counsel",
    "dame", "dci", "dcs", "det", "detective", "director", "dr", "executive", "gen", "general", "gov", "governor",
    "imam", "insp", "inspector", "investigator", "judge", "judges", "juror", "justice", "justices", "lady",
    "lawyer", "lieutenant", "lord", "lt", "magistrate", "marshal", "mayor", "minister", "miss", "mr", "mrs", "ms",
    "officer", "pastor", "pleader", "premier", "president", "prof", "professor", "prosecutor", "rabbi", "recorder",
    "registrar", "rep", "representative", "rev", "reverend", "secretary", "sen", "senator", "sergeant", "sgt",
    "sheriff", "sir", "solicitor", "spokesman", "spokesperson", "spokeswoman", "superintendent", "supt",
    "treasurer", "trooper", "warden",
];

/// Words that may come before a title word in a title ("Chief Justice", "U.S. District Judge").
#[rustfmt::skip]
pub const TITLE_MODIFIERS: &[&str] = &[
    "acting", "additional", "assistant", "associate", "chief", "circuit", "city", "county", "crown", "deputy",
    "district", "federal", "government", "presiding", "public", "senior", "state", "superior", "u.s.", "us",
];

/// Post-nominals that mark a person ("Helen Marsh KC").
pub const POST_NOMINALS: &[&str] = &["esq", "ii", "iii", "jr", "kc", "mp", "qc", "sc", "sr"];

/// Organisation words: courts.
pub const COURT_HEADS: &[&str] = &["court", "courts", "tribunal"];

/// Organisation words: the prosecution.
pub const PROSECUTION_HEADS: &[&str] = &["prosecution", "prosecutor", "prosecutors"];

/// Organisation words: government bodies.
#[rustfmt::skip]
pub const GOVERNMENT_HEADS: &[&str] = &[
    "administration", "agency", "army", "assembly", "authority", "bureau", "cabinet", "city", "commission",
    "congress", "council", "department", "government", "legislature", "ministry", "municipality", "navy",
    "office", "parliament", "police", "republic", "senate", "service",
];

/// Organisation words: companies.
#[rustfmt::skip]
pub const COMPANY_HEADS: &[&str] = &[
    "airlines", "bank", "co", "company", "corp", "corporation", "energy", "enterprises", "group", "holdings",
    "inc", "industries", "labs", "llc", "llp", "ltd", "media", "motors", "partners", "pharmaceuticals", "plc",
    "products", "systems", "technologies",
];

/// Organisation words: associations, charities, institutions.
#[rustfmt::skip]
pub const GROUP_HEADS: &[&str] = &[
    "alliance", "association", "board", "campaign", "center", "centre", "charity", "church", "clinic", "club",
    "coalition", "collective", "college", "committee", "federation", "forum", "foundation", "fund", "guild", "hospice",
    "hospital", "initiative", "institute", "international", "league", "movement", "network", "organisation",
    "organization", "party", "school", "society", "trust", "union", "university", "watch",
];

/// Lower-case words after a name that make it an organisation ("the Uttar Pradesh government").
pub const LOWER_ORG_HEADS: &[&str] = &["administration", "authorities", "government", "ministry", "police"];

/// Small words inside names ("Ministry of Defense", "Rio Grande do Norte").
#[rustfmt::skip]
pub const CONNECTORS: &[&str] = &[
    "&", "al", "bin", "da", "das", "de", "del", "den", "der", "do", "dos", "du", "for", "la", "le", "of", "the",
    "van", "von",
];

/// Capitalised abbreviations that are not organisations.
#[rustfmt::skip]
pub const NOT_ACRONYMS: &[&str] = &[
    "AAP", "AFP", "AM", "AP", "CCTV", "CEO", "COVID", "DNA", "EU", "GPS", "ID", "II", "III", "IV", "KC", "MP",
    "OK", "PM", "QC", "SC", "TV", "U.K", "U.S", "UK", "UN", "US", "USA",
];

/// Words that report speech or writing.
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    "according", "accused", "acknowledged", "added", "adding", "adds", "admitted", "alleged", "announced",
    "argued", "argues", "arguing", "asked", "called", "calling", "claimed", "commented", "complained",
    "conceded", "concluded", "concluding", "contended", "continued", "continues", "countered", "cried",
    "criticised", "criticized", "declared", "described", "describing", "explained", "found", "insisted",
    "insisting", "maintained", "noted", "noting", "objected", "observed", "pledged", "posted", "predicted",
    "recalled", "remarked", "replied", "responded", "ruled", "said", "say", "saying", "says", "shouted",
    "stated", "states", "stating", "submits", "submitted", "suggested", "telling", "tells", "testified",
    "told", "tweeted", "urged", "urging", "vowed", "warned", "warning", "welcomed", "writes", "writing",
    "wrote",
];

/// Besides speech verbs, verbs that make a lone capitalised word an actor ("Amnesty petitioned").
#[rustfmt::skip]
pub const ACTING_VERBS: &[&str] = &[
    "appealed", "challenged", "denied", "filed", "had", "has", "is", "lost", "petitioned", "rejected", "sued",
    "was", "will", "won", "would",
];

/// Role nouns: judges.
pub const JUDGE_NOUNS: &[&str] = &["arbitrator", "judge", "justice", "magistrate", "recorder"];

/// Role nouns: lawyers.
pub const LAWYER_NOUNS: &[&str] =
    &["adv", "advocate", "attorney", "barrister", "counsel", "defender", "lawyer", "pleader", "solicitor"];

/// Role nouns: officials and spokespeople.
#[rustfmt::skip]
pub const OFFICIAL_NOUNS: &[&str] = &[
    "ceo", "chair", "chairman", "chairwoman", "chief", "commissioner", "dci", "dcs", "det", "detective", "director",
    "executive", "founder", "governor", "head", "insp", "inspector", "leader", "liaison", "manager", "mayor",
    "minister", "officer", "official", "president", "representative", "secretary", "senator", "spokesman",
    "spokesperson", "spokeswoman", "superintendent", "supt",
];

/// Role nouns that say what someone is without a legal role.
#[rustfmt::skip]
pub const OTHER_ROLE_NOUNS: &[&str] = &[
    "activist", "analyst", "brother", "daughter", "defendant", "doctor", "driver", "employee", "expert",
    "farmer", "father", "fisherman", "friend", "husband", "journalist", "member", "mother", "neighbor",
    "neighbour", "nurse", "owner", "partner", "pensioner", "pharmacist", "plaintiff", "professor", "reporter",
    "researcher", "resident", "retiree", "sister", "son", "student", "teacher", "tenant", "vendor", "victim",
    "widow", "wife", "witness", "worker",
];

/// Family words: "Daughter of …", not "Daughter, …".
pub const FAMILY_NOUNS: &[&str] = &[
    "brother",
    "daughter",
    "family",
    "father",
    "husband",
    "mother",
    "parents",
    "relatives",
    "sister",
    "son",
    "widow",
    "wife",
];

/// Words that cannot be part of a role phrase ("after state lawyer Sara Bilu": not "after").
#[rustfmt::skip]
pub const FUNCTION_WORDS: &[&str] = &[
    "about", "above", "across", "after", "again", "against", "allowed", "along", "already", "also", "although",
    "among", "and", "are", "around", "as", "asked", "at", "be", "because", "been", "before", "being", "between",
    "but", "by", "can", "could", "did", "do", "does", "down", "during", "even", "except", "for", "from", "had",
    "has", "have", "however", "if", "in", "including", "inside", "into", "is", "just", "let", "like", "may",
    "might", "must", "near", "no", "nor", "not", "of", "off", "on", "only", "onto", "or", "out", "outside",
    "over", "past", "per", "shall", "should", "since", "so", "still", "than", "that", "then", "though",
    "through", "thus", "to", "told", "toward", "towards", "under", "unless", "until", "up", "upon", "urged",
    "via", "was", "were", "when", "where", "whether", "which", "while", "who", "whom", "whose", "will", "with",
    "within", "without", "would", "yet",
];

/// Nouns for someone's words ("Amnesty’s statement" is Amnesty's).
#[rustfmt::skip]
pub const STATEMENT_NOUNS: &[&str] = &[
    "attorney", "attorneys", "barrister", "counsel", "decision", "dissent", "filing", "judgement", "judgment",
    "lawyer", "lawyers", "letter", "opinion", "order", "post", "release", "remarks", "ruling", "spokesman",
    "spokesperson", "spokeswoman", "statement", "statements", "testimony", "words",
];

/// Words that start a parenthetical segment, never a subject.
#[rustfmt::skip]
pub const PARENTHETICAL_STARTS: &[&str] = &[
    "according", "addition", "additionally", "after", "also", "as", "asked", "at", "before", "by", "despite",
    "during", "earlier", "finally", "for", "from", "further", "however", "in", "instead", "later", "like",
    "meanwhile", "moreover", "next", "now", "of", "on", "outside", "rather", "separately", "since", "speaking",
    "still", "then", "through", "today", "under", "unlike", "when", "where", "which", "while", "who", "whom",
    "whose", "with", "yesterday",
];

/// Nouns of court events that a date before them dates ("a 2021 judgment", "the 2019 lawsuit").
#[rustfmt::skip]
pub const EVENT_NOUNS: &[&str] = &[
    "acquittal", "appeal", "complaint", "conviction", "decision", "hearing", "indictment", "judgement",
    "judgment", "lawsuit", "petition", "ruling", "sentencing", "suit", "trial", "verdict",
];

/// What rulings dismiss, grant or uphold.
#[rustfmt::skip]
pub const LEGAL_OBJECTS: &[&str] = &[
    "action", "appeal", "appeals", "application", "argument", "arguments", "bail", "ban", "bid", "case",
    "challenge", "charges", "claim", "claims", "complaint", "conviction", "decision", "grievance", "injunction",
    "judgement", "judgment", "law", "lawsuit", "lawsuits", "litigation", "motion", "order", "ordinance",
    "petition", "petitions", "pil", "plea", "proceedings", "request", "rule", "ruling", "sentence", "suit",
    "verdict",
];

/// What a petitioner brings ("X’s lawsuit", "a petition by X").
#[rustfmt::skip]
pub const LEGAL_NOUNS: &[&str] = &[
    "action", "appeal", "application", "bid", "case", "challenge", "claim", "complaint", "lawsuit", "motion",
    "petition", "request", "suit",
];

/// Words for a court or its judges.
#[rustfmt::skip]
pub const COURT_WORDS: &[&str] = &[
    "bench", "court", "courtroom", "judge", "judges", "jury", "justice", "justices", "magistrate", "panel",
    "tribunal",
];

/// Abbreviations after which a full stop does not end a sentence (case as written).
#[rustfmt::skip]
pub const ABBREVIATIONS: &[&str] = &[
    "Adv", "Apr", "Ariz", "Aug", "Bros", "Calif", "Capt", "Co", "Col", "Colo", "Conn", "Corp", "Dec", "Dept", "Dr",
    "Feb", "Fla", "Ft", "Gen", "Gov", "Hon", "Ill", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Mar",
    "Mass", "Mich", "Minn", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Nov", "Oct", "Ore", "Prof", "Rep", "Rev",
    "Sen", "Sep", "Sept", "Sgt", "Sr", "St", "Tenn", "Tex", "Wash", "Wis", "al", "approx", "v", "vs",
];

/// Words after a date that show it is not a modifier of a noun ("in 2019, …", "in 2019 by …").
#[rustfmt::skip]
pub const NOT_NOUNS: &[&str] = &[
    "a", "after", "an", "and", "are", "as", "at", "because", "before", "but", "by", "during", "for", "from",
    "had", "has", "have", "if", "in", "in 2019 by …", "in 2019, …", "is", "of", "on", "or", "so", "than",
    "that", "the", "then", "through", "to", "until", "was", "were", "when", "which", "while", "who", "will",
    "with", "would",
];

/// Common English words of news stories that other languages rarely have (not "a", "in",
/// "on"): enough of them means the text is English.
#[rustfmt::skip]
pub const COMMON_ENGLISH: &[&str] = &[
    "and", "court", "for", "he", "is", "it", "of", "said", "she", "that", "the", "to", "was", "with",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_without_repeats_so_binary_search_works() {
        let lists: &[(&str, &[&str])] = &[
            ("ABBREVIATIONS", ABBREVIATIONS),
            ("NOT_NOUNS", NOT_NOUNS),
            ("EVENT_NOUNS", EVENT_NOUNS),
            ("COMMON_ENGLISH", COMMON_ENGLISH),
            ("STOP_WORDS", STOP_WORDS),
            ("CALENDAR_WORDS", CALENDAR_WORDS),
            ("TITLE_WORDS", TITLE_WORDS),
            ("TITLE_MODIFIERS", TITLE_MODIFIERS),
            ("POST_NOMINALS", POST_NOMINALS),
            ("COURT_HEADS", COURT_HEADS),
            ("PROSECUTION_HEADS", PROSECUTION_HEADS),
            ("GOVERNMENT_HEADS", GOVERNMENT_HEADS),
            ("COMPANY_HEADS", COMPANY_HEADS),
            ("GROUP_HEADS", GROUP_HEADS),
            ("LOWER_ORG_HEADS", LOWER_ORG_HEADS),
            ("CONNECTORS", CONNECTORS),
            ("NOT_ACRONYMS", NOT_ACRONYMS),
            ("SPEECH_VERBS", SPEECH_VERBS),
            ("ACTING_VERBS", ACTING_VERBS),
            ("JUDGE_NOUNS", JUDGE_NOUNS),
            ("LAWYER_NOUNS", LAWYER_NOUNS),
            ("OFFICIAL_NOUNS", OFFICIAL_NOUNS),
            ("OTHER_ROLE_NOUNS", OTHER_ROLE_NOUNS),
            ("FAMILY_NOUNS", FAMILY_NOUNS),
            ("FUNCTION_WORDS", FUNCTION_WORDS),
            ("STATEMENT_NOUNS", STATEMENT_NOUNS),
            ("PARENTHETICAL_STARTS", PARENTHETICAL_STARTS),
            ("LEGAL_OBJECTS", LEGAL_OBJECTS),
            ("LEGAL_NOUNS", LEGAL_NOUNS),
            ("COURT_WORDS", COURT_WORDS),
        ];
        for (name, list) in lists {
            assert!(list.windows(2).all(|p| p[0] < p[1]), "{name} is not sorted");
        }
        assert!(is(SPEECH_VERBS, "said"));
        assert!(!is(SPEECH_VERBS, "walked"));
    }
}
