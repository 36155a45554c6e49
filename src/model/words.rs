//! The words of the case format — party roles, event kinds, access and status — and the
//! everyday words editors write for them ("defendant", "verdict", "open").
//!
//! One table per field, shared by the validator (which accepts a synonym with a warning saying
//! which word to write) and the spreadsheet importer (which reads the synonym and says how in a
//! note). Matching ignores case, surrounding spaces and repeated inner spaces.
//!
//! Roles: everyone who brought the case is a `petitioner` (plaintiff, claimant, applicant,
//! complainant, appellant, prosecution); everyone who answers it a `respondent` (defendant, the
//! accused, appellee, defence). In an appeal the appellant petitions and the appellee responds,
//! whatever they were at trial.

use super::{Access, Kind, Role, Status};

/// The words of one field: the format's own, then synonyms.
pub struct Vocabulary<T: 'static> {
    /// The field's name in messages ("role").
    pub field: &'static str,
    /// The format's words, in the order messages list them.
    pub words: &'static [(&'static str, T)],
    /// Other words for them, lowercase with single spaces.
    pub synonyms: &'static [(&'static str, T)],
}

/// How a word was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading<T> {
    /// The value.
    pub value: T,
    /// The format's word for it ("respondent").
    pub word: &'static str,
    /// True when the text was the format's word exactly (after trimming).
    pub exact: bool,
}

impl<T: Copy + PartialEq> Vocabulary<T> {
    /// Reads `text`: the format's word (exactly, or in other case), or a synonym; `None` when it
    /// is neither.
    pub fn read(&self, text: &str) -> Option<Reading<T>> {
        let trimmed = text.trim();
        if let Some((word, value)) = self.words.iter().find(|(w, _)| *w == trimmed) {
            return Some(Reading { value: *value, word, exact: true });
        }
        // ASCII lowercasing: every word in the tables is ASCII, and `str::to_lowercase` would add
        // Unicode's case tables (~15 kB) to the reader's wasm.
        let key = crate::text::join(&mut trimmed.split_whitespace(), " ").to_ascii_lowercase();
        let value = self.words.iter().chain(self.synonyms).find(|(w, _)| *w == key).map(|(_, v)| *v).or_else(|| {
            key.strip_prefix("the ").and_then(|k| self.synonyms.iter().find(|(w, _)| *w == k)).map(|(_, v)| *v)
        })?;
        Some(Reading { value, word: self.word(value), exact: false })
    }

    /// The format's word for `value`.
    pub fn word(&self, value: T) -> &'static str {
        self.words.iter().find(|(_, v)| *v == value).map_or("", |(w, _)| w)
    }

    /// `"petitioner", "respondent", …`: the format's words quoted, for messages.
    pub fn allowed(&self) -> String {
        crate::text::join(
            &mut self.words.iter().map(|(w, _)| format!("\"{w}\"")).collect::<Vec<_>>().iter().map(String::as_str),
            ", ",
        )
    }
}

/// Party roles.
pub const ROLES: Vocabulary<Role> = Vocabulary {
    field: "role",
    words: &[
        ("petitioner", Role::Petitioner),
        ("respondent", Role::Respondent),
        ("court", Role::Court),
        ("intervenor", Role::Intervenor),
        ("other", Role::Other),
    ],
    synonyms: &[
        ("plaintiff", Role::Petitioner),
        ("claimant", Role::Petitioner),
        ("applicant", Role::Petitioner),
        ("complainant", Role::Petitioner),
        ("appellant", Role::Petitioner),
        ("prosecution", Role::Petitioner),
        ("prosecutor", Role::Petitioner),
        ("defendant", Role::Respondent),
        ("accused", Role::Respondent),
        ("appellee", Role::Respondent),
        ("defence", Role::Respondent),
        ("defense", Role::Respondent),
        ("judge", Role::Court),
        ("tribunal", Role::Court),
        ("intervener", Role::Intervenor),
        ("amicus", Role::Intervenor),
        ("amicus curiae", Role::Intervenor),
    ],
};

/// Event kinds.
pub const KINDS: Vocabulary<Kind> = Vocabulary {
    field: "kind",
    words: &[
        ("filing", Kind::Filing),
        ("hearing", Kind::Hearing),
        ("ruling", Kind::Ruling),
        ("statement", Kind::Statement),
        ("order", Kind::Order),
        ("appeal", Kind::Appeal),
        ("other", Kind::Other),
    ],
    synonyms: &[
        ("verdict", Kind::Ruling),
        ("judgment", Kind::Ruling),
        ("judgement", Kind::Ruling),
        ("decision", Kind::Ruling),
        ("sentencing", Kind::Ruling),
        ("sentence", Kind::Ruling),
        ("conviction", Kind::Ruling),
        ("acquittal", Kind::Ruling),
        ("motion", Kind::Filing),
        ("complaint", Kind::Filing),
        ("indictment", Kind::Filing),
        ("petition", Kind::Filing),
        ("lawsuit", Kind::Filing),
        ("brief", Kind::Filing),
        ("charge", Kind::Filing),
        ("charges", Kind::Filing),
        ("trial", Kind::Hearing),
        ("session", Kind::Hearing),
        ("arraignment", Kind::Hearing),
        ("injunction", Kind::Order),
        ("warrant", Kind::Order),
        ("press release", Kind::Statement),
        ("response", Kind::Statement),
    ],
};

/// Whether the public could attend.
pub const ACCESS: Vocabulary<Access> = Vocabulary {
    field: "access",
    words: &[
        ("public", Access::Public),
        ("partial", Access::Partial),
        ("closed", Access::Closed),
        ("sealed", Access::Sealed),
    ],
    synonyms: &[
        ("open", Access::Public),
        ("partly closed", Access::Partial),
        ("partially closed", Access::Partial),
        ("private", Access::Closed),
        ("in camera", Access::Closed),
        ("behind closed doors", Access::Closed),
        ("under seal", Access::Sealed),
    ],
};

/// Whether the event took place.
pub const STATUS: Vocabulary<Status> = Vocabulary {
    field: "status",
    words: &[
        ("happened", Status::Happened),
        ("scheduled", Status::Scheduled),
        ("postponed", Status::Postponed),
        ("cancelled", Status::Cancelled),
    ],
    synonyms: &[
        ("held", Status::Happened),
        ("done", Status::Happened),
        ("planned", Status::Scheduled),
        ("upcoming", Status::Scheduled),
        ("adjourned", Status::Postponed),
        ("delayed", Status::Postponed),
        ("canceled", Status::Cancelled),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_synonyms_are_read_ignoring_case_and_spaces() {
        assert_eq!(ROLES.read(" petitioner ").map(|r| (r.value, r.exact)), Some((Role::Petitioner, true)));
        assert_eq!(
            ROLES.read("Defendant").map(|r| (r.value, r.word, r.exact)),
            Some((Role::Respondent, "respondent", false))
        );
        assert_eq!(ROLES.read("The  Prosecution").map(|r| r.value), Some(Role::Petitioner));
        assert_eq!(KINDS.read("Hearing").map(|r| (r.value, r.exact)), Some((Kind::Hearing, false)));
        assert_eq!(KINDS.read("verdict").map(|r| r.value), Some(Kind::Ruling));
        assert_eq!(ACCESS.read("open").map(|r| r.value), Some(Access::Public));
        assert_eq!(ROLES.read("villain"), None);
        assert!(ROLES.allowed().starts_with("\"petitioner\", \"respondent\""));
    }
}
