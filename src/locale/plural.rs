//! CLDR plural categories and, natively, the cardinal rules of the languages that ship a pack.

use super::primary;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The category's CLDR name: `"one"`, `"few"`…
    pub fn as_str(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    /// The category called `name` ("one", "few"…).
    pub fn parse(name: &str) -> Option<Plural> {
        Some(match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            "other" => Plural::Other,
            _ => return None,
        })
    }

    /// The category of the whole number `n` in language `tag` (CLDR's cardinal rules for whole
    /// numbers), for the languages that ship a pack; `Other` except for `1` elsewhere.
    pub fn of(tag: &str, n: u64) -> Plural {
        let (n10, n100) = (n % 10, n % 100);
        match primary(tag).as_str() {
            "fr" | "pt" => {
                if n <= 1 {
                    Plural::One
                } else if n != 0 && n % 1_000_000 == 0 {
                    Plural::Many
                } else {
                    Plural::Other
                }
            }
            "ru" | "uk" => {
                if n10 == 1 && n100 != 11 {
                    Plural::One
                } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
                    Plural::Few
                } else {
                    Plural::Many
                }
            }
            "he" | "iw" => match n {
                1 => Plural::One,
                2 => Plural::Two,
                _ => Plural::Other,
            },
            "ar" => match n {
                0 => Plural::Zero,
                1 => Plural::One,
                2 => Plural::Two,
                _ if (3..=10).contains(&n100) => Plural::Few,
                _ if (11..=99).contains(&n100) => Plural::Many,
                _ => Plural::Other,
            },
            "es" | "it" => {
                if n == 1 {
                    Plural::One
                } else if n != 0 && n % 1_000_000 == 0 {
                    Plural::Many
                } else {
                    Plural::Other
                }
            }
            _ if n == 1 => Plural::One,
            _ => Plural::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_follow_cldr_for_whole_numbers() {
        assert_eq!(Plural::of("en", 1), Plural::One);
        assert_eq!(Plural::of("en", 0), Plural::Other);
        assert_eq!(Plural::of("ru", 21), Plural::One);
        assert_eq!(Plural::of("ru", 12), Plural::Many);
        assert_eq!(Plural::of("ru", 23), Plural::Few);
        assert_eq!(Plural::of("he", 2), Plural::Two);
        assert_eq!(Plural::of("ar", 105), Plural::Few);
        assert_eq!(Plural::of("ar", 11), Plural::Many);
        assert_eq!(Plural::of("ar", 0), Plural::Zero);
        assert_eq!(Plural::of("fr", 0), Plural::One);
        assert_eq!(Plural::of("pt-BR", 1), Plural::One);
        assert_eq!(Plural::of("de", 1_000_000), Plural::Other);
    }
}
