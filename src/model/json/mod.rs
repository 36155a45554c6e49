//! A strict JSON reader that remembers where every value starts.
//!
//! serde's derive stops at the first problem and forgets positions; the validator needs every
//! problem with its line and column, and hostile input needs limits that hold *before* anything
//! is allocated for it (nesting depth, string length). So the case text is read into [`Node`]s
//! here, and `validate` walks them. RFC 8259 JSON only: no comments, no trailing commas, no
//! NaN; a leading byte-order mark is skipped.

use crate::error::{clip, invisible, Pos, Problem, ProblemKind};

/// A JSON value with the position of its first character (absent for values built from JS).
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where it starts in the text.
    pub pos: Option<Pos>,
}

/// A JSON value. Objects keep their keys in file order; duplicates are reported by the reader.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number (finite).
    Number(f64),
    /// A string.
    String(String),
    /// A list.
    Array(Vec<Node>),
    /// An object: members in file order, duplicate keys already dropped.
    Object(Vec<(String, Node)>),
}

impl Value {
    /// The JSON type name, as used in messages ("expected a string, found a number").
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(true) => "true",
            Value::Bool(false) => "false",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

impl Node {
    /// A node without a position.
    pub fn new(value: Value) -> Self {
        Node { value, pos: None }
    }

    /// The first member called `key`, when this is an object.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, when this is one.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Nesting deeper than this is refused (a case file needs 5 levels).
pub const MAX_DEPTH: usize = 64;

/// The result of reading JSON text: the tree, plus duplicate-key problems found on the way.
pub struct Parsed {
    /// The document.
    pub root: Node,
    /// A problem for every key that appeared twice in an object (the first is kept).
    pub duplicates: Vec<Problem>,
}

/// Reads `text` as one JSON document.
///
/// # Errors
/// The first syntax error, with its line and column (JSON syntax has no way to go on after one).
pub fn parse(text: &str) -> Result<Parsed, Problem> {
    let (parsed, _) = parse_with(text, false)?;
    Ok(parsed)
}

fn parse_with(text: &str, defer: bool) -> Result<(Parsed, Option<Deferred<'_>>), Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader::new(text, defer);
    reader.skip_ws();
    let root = reader.value(0, Path::Text(""))?;
    reader.skip_ws();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("unexpected text after the end of the JSON document"));
    }
    let deferred = match reader.deferred.take() {
        Some(items) if root.get("version").is_some() => Some(Deferred { text, items }),
        // Not a case (perhaps TimelineJS): read again in full.
        Some(_) => return parse_with(text, false),
        None => None,
    };
    Ok((Parsed { root, duplicates: reader.duplicates }, deferred))
}

struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
    line: u32,
    line_start: usize,
    /// (byte offset, characters from `line_start` to it): where the last column count stopped,
    /// so counting columns stays linear on one-line (minified) files.
    column: std::cell::Cell<(usize, usize)>,
    duplicates: Vec<Problem>,
    /// Where each item of the top-level `events` list starts, once that list has been met with
    /// `defer` set (its items are then checked, not built).
    deferred: Option<Vec<Start>>,
    /// Leave the top-level `events` list's items in the text ([`parse_deferred`]).
    defer: bool,
    /// Check the syntax only, building nothing (a deferred item).
    skip: bool,
}

/// Where a value sits, written out only when a problem needs it (most values never do, and
/// building every member's path string would allocate once per member).
#[derive(Clone, Copy)]
enum Path<'p> {
    /// A written path: `""` for the document, `events[3]` for a deferred item.
    Text(&'p str),
    /// A member of the object at the parent path.
    Key(&'p Path<'p>, &'p str),
    /// An item of the list at the parent path.
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    fn write(&self) -> String {
        match self {
            Path::Text(t) => (*t).to_string(),
            Path::Key(parent, key) => join(&parent.write(), key),
            Path::Index(parent, i) => format!("{}[{i}]", parent.write()),
        }
    }

    /// True for the top-level `events` member.
    fn is_events(&self) -> bool {
        matches!(self, Path::Key(Path::Text(""), "events"))
    }
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, defer: bool) -> Self {
        Reader {
            bytes: text.as_bytes(),
            text,
            at: 0,
            line: 1,
            line_start: 0,
            column: std::cell::Cell::new((0, 0)),
            duplicates: Vec::new(),
            deferred: None,
            defer,
            skip: false,
        }
    }

    fn pos(&self) -> Pos {
        let (mut from, mut column) = self.column.get();
        if from < self.line_start || from > self.at {
            (from, column) = (self.line_start, 0);
        }
        column += self.text.get(from..self.at).map_or(0, |s| s.chars().count());
        self.column.set((self.at, column));
        Pos { line: self.line, column: u32::try_from(column).unwrap_or(u32::MAX).saturating_add(1) }
    }

    fn error(&self, message: impl Into<String>) -> Problem {
        Problem::error(ProblemKind::Syntax, "", Some(self.pos()), format!("JSON syntax: {}", message.into()))
    }

    fn rest(&self) -> &str {
        self.text.get(self.at..).unwrap_or("")
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' | b'\r' => self.at += 1,
                b'\n' => {
                    self.at += 1;
                    self.line += 1;
                    self.line_start = self.at;
                }
                _ => break,
            }
        }
    }

    fn found(&self) -> String {
        match self.text.get(self.at..).and_then(|s| s.chars().next()) {
            None => "the end of the text (is the file cut short?)".to_string(),
            Some(c) if c.is_control() => format!("the control character U+{:04X}", u32::from(c)),
            Some(c) if invisible(c) => format!("the invisible character U+{:04X}", u32::from(c)),
            Some(c) => format!("`{c}`"),
        }
    }

    /// "expected …, found …", or what to write instead of quotes that JSON does not know.
    fn unexpected(&self, what: &str, expected: &str) -> String {
        match self.rest().chars().next() {
            Some('`') => format!("{what} need double quotes (\"), not backquotes (`)"),
            Some('“' | '”' | '„' | '‟' | '″' | '«' | '»' | '‘' | '’' | '‚' | '‛') => {
                format!("{what} need straight double quotes (\"), not curly quotes")
            }
            _ => format!("expected {expected}, found {}", self.found()),
        }
    }

    fn value(&mut self, depth: usize, path: Path<'_>) -> Result<Node, Problem> {
        if depth > MAX_DEPTH {
            return Err(self.error(format!("nesting is deeper than {MAX_DEPTH} levels")));
        }
        let pos = if self.skip { None } else { Some(self.pos()) };
        let value = match self.peek() {
            Some(b'{') => self.object(depth, path)?,
            Some(b'[') => self.array(depth, path)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b'N' | b'n') if self.rest().get(..3).is_some_and(|s| s.eq_ignore_ascii_case("nan")) => {
                return Err(self.error("NaN is not allowed in JSON"))
            }
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(b'/') => return Err(self.error("comments are not allowed in JSON")),
            Some(b'\'') => return Err(self.error("strings need double quotes (\"), not single quotes")),
            Some(b'I') if self.rest().starts_with("Infinity") => {
                return Err(self.error("Infinity is not allowed in JSON"))
            }
            Some(b'+') => return Err(self.error("numbers must not start with +")),
            Some(b'<') => return Err(self.error("expected a value, found `<`: this looks like HTML, not JSON")),
            _ => return Err(self.error(self.unexpected("strings", "a value"))),
        };
        Ok(Node { value, pos })
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Problem> {
        if self.bytes.get(self.at..self.at + word.len()) == Some(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error(format!("expected true, false or null, found {}", self.found())))
        }
    }

    fn number(&mut self) -> Result<Value, Problem> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        if self.text.get(self.at..).is_some_and(|s| s.starts_with("Infinity")) {
            return Err(self.error("Infinity is not allowed in JSON"));
        }
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.error("numbers must not have leading zeros"));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error(format!("expected a digit, found {}", self.found()))),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("expected a digit after the decimal point"));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("expected a digit in the exponent"));
            }
            self.digits();
        }
        let literal = self.text.get(start..self.at).unwrap_or("");
        match parse_decimal(literal) {
            Some(n) if n.is_finite() => Ok(Value::Number(n)),
            _ => {
                self.at = start;
                Err(self.error("number is too large"))
            }
        }
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn string(&mut self) -> Result<String, Problem> {
        self.at += 1; // opening quote
        let mut out = String::new();
        loop {
            // Copy the run of plain characters in one go, found byte by byte: the quote, the
            // backslash and control characters are ASCII, so they never sit inside a character.
            // RFC 8259: every character from U+0020 up may appear raw, DEL included.
            let rest = self.bytes.get(self.at..).unwrap_or_default();
            let run = rest.iter().position(|&b| b == b'"' || b == b'\\' || b < b' ').unwrap_or(rest.len());
            if !self.skip {
                out.push_str(self.text.get(self.at..self.at + run).unwrap_or(""));
            }
            self.at += run;
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                Some(b'\n') => {
                    return Err(self.error("line break inside a string (write it as \\n) or a missing closing quote"))
                }
                Some(_) => return Err(self.error(format!("{} inside a string must be escaped", self.found()))),
                None => return Err(self.error("the text ends inside a string (missing closing quote)")),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), Problem> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let high = self.hex4()?;
                let c = if (0xD800..0xDC00).contains(&high) {
                    if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                        return Err(
                            self.error("lone surrogate in \\u escape (a high surrogate needs a low one after it)")
                        );
                    }
                    self.at += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("lone surrogate in \\u escape (expected a low surrogate)"));
                    }
                    char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                } else if (0xDC00..0xE000).contains(&high) {
                    None
                } else {
                    char::from_u32(high)
                };
                let Some(c) = c else {
                    return Err(self.error("lone surrogate in \\u escape"));
                };
                out.push(c);
                return Ok(());
            }
            None => return Err(self.error("the text ends inside a string (missing closing quote)")),
            _ => {
                let message = match self.rest().chars().next() {
                    Some(c) if !invisible(c) => format!("unknown escape \\{c}"),
                    _ => format!("unknown escape: a backslash before {}", self.found()),
                };
                return Err(self.error(message));
            }
        };
        self.at += 1;
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, Problem> {
        let digits = self.text.get(self.at..self.at + 4).unwrap_or("");
        match u32::from_str_radix(digits, 16) {
            Ok(n) if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_hexdigit()) => {
                self.at += 4;
                Ok(n)
            }
            _ => Err(self.error("\\u must be followed by four hex digits")),
        }
    }

    fn array(&mut self, depth: usize, path: Path<'_>) -> Result<Value, Problem> {
        self.at += 1;
        let mut items = Vec::new();
        // Only the first top-level `events` list (a second one is a duplicate key, dropped).
        let deferring = depth == 1 && self.defer && path.is_events() && self.deferred.is_none();
        if deferring {
            self.deferred = Some(Vec::new());
        }
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            if self.peek() == Some(b']') {
                return Err(self.error("trailing comma before `]`"));
            }
            if self.skip {
                self.value(depth + 1, Path::Text(""))?;
            } else if deferring {
                let _ = self.pos();
                let column = self.column.get();
                let start = Start { at: self.at, line: self.line, line_start: self.line_start, column };
                self.skip = true;
                let read = self.value(depth + 1, Path::Text(""));
                self.skip = false;
                read?;
                if let Some(starts) = &mut self.deferred {
                    starts.push(start);
                }
            } else {
                items.push(self.value(depth + 1, Path::Index(&path, items.len()))?);
            }
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                Some(b'/') => return Err(self.error("comments are not allowed in JSON")),
                _ => return Err(self.error(format!("expected `,` or `]` in a list, found {}", self.found()))),
            }
        }
    }

    fn object(&mut self, depth: usize, path: Path<'_>) -> Result<Value, Problem> {
        self.at += 1;
        let mut members: Vec<(String, Node)> = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(members));
        }
        // The one map type of the reader's build (each type of map costs its own code).
        let mut seen: crate::ids::Ids = crate::ids::Ids::default();
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.error("trailing comma before `}`")),
                Some(b'/') => return Err(self.error("comments are not allowed in JSON")),
                Some(b'\'') => return Err(self.error("keys need double quotes (\"), not single quotes")),
                _ => return Err(self.error(self.unexpected("keys", "a key in double quotes"))),
            }
            let key_pos = (!self.skip).then(|| self.pos());
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.error(format!(
                    "expected `:` after the key \"{}\", found {}",
                    clip(&key),
                    self.found()
                )));
            }
            self.at += 1;
            self.skip_ws();
            if self.skip {
                self.value(depth + 1, Path::Text(""))?;
            } else {
                let value = self.value(depth + 1, Path::Key(&path, &key))?;
                self.member(&mut members, &mut seen, key, key_pos, path, value);
            }
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(members));
                }
                Some(b'/') => return Err(self.error("comments are not allowed in JSON")),
                _ => return Err(self.error(format!("expected `,` or `}}` in an object, found {}", self.found()))),
            }
        }
    }

    /// Adds a member, or reports it as a duplicate key.
    fn member(
        &mut self,
        members: &mut Vec<(String, Node)>,
        seen: &mut crate::ids::Ids,
        key: String,
        key_pos: Option<Pos>,
        path: Path<'_>,
        value: Node,
    ) {
        // Objects with many keys look duplicates up in a set (linear search would make a file
        // of 100,000 keys take minutes).
        if members.len() == 32 {
            *seen = members.iter().map(|(k, _)| (k.clone(), 0)).collect();
        }
        let duplicate =
            if members.len() >= 32 { seen.contains_key(&key) } else { members.iter().any(|(k, _)| *k == key) };
        if let Some((_, first)) = duplicate.then(|| members.iter().find(|(k, _)| *k == key)).flatten() {
            let first =
                first.pos.map_or(String::new(), |p| format!(" (first at line {}, column {})", p.line, p.column));
            self.duplicates.push(Problem::error(
                ProblemKind::Duplicate,
                Path::Key(&path, &key).write(),
                key_pos,
                format!("the key \"{}\" appears twice{first}; the first one is used", clip(&key)),
            ));
        } else {
            if members.len() >= 32 {
                seen.insert(key.clone(), 0);
            }
            members.push((key, value));
        }
    }
}

/// Decimal text (already checked to be a number) → the nearest f64. Natively Rust's parser; in
/// the browser the JS engine's `parseFloat`, which rounds the same way (IEEE 754, nearest) and
/// keeps float-parsing code and its tables out of every reader's download.
pub fn parse_decimal(literal: &str) -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    {
        let v = js_sys::parse_float(literal);
        (!v.is_nan()).then_some(v)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        literal.parse::<f64>().ok()
    }
}

/// `node`'s members when it is an object; otherwise an error "expected {what} (an object { … })".
/// Members whose key is not in `known` get a warning (with the closest known key as a hint):
/// the one check the validator and the importers share.
pub(crate) fn object_members<'n>(
    node: &'n Node,
    path: &str,
    what: &str,
    known: &[&str],
    problems: &mut Vec<Problem>,
) -> Option<&'n [(String, Node)]> {
    let Value::Object(members) = &node.value else {
        problems.push(Problem::error(
            ProblemKind::WrongType,
            path,
            node.pos,
            format!("expected {what} (an object {{ … }}), found {}", node.value.type_name()),
        ));
        return None;
    };
    for (key, value) in members {
        if !known.contains(&key.as_str()) {
            let hint =
                crate::error::closest(key, known).map(|k| format!(" (did you mean \"{k}\"?)")).unwrap_or_default();
            problems.push(Problem::warning(
                ProblemKind::UnknownField,
                join(path, key),
                value.pos,
                format!("unknown field \"{}\" is ignored{hint}", clip(key)),
            ));
        }
    }
    Some(members)
}

/// `parent.key`, quoting keys that are not plain identifiers: `events[0]["odd key"]`.
pub fn join(parent: &str, key: &str) -> String {
    let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    match (parent.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{parent}.{key}"),
        (_, false) => {
            let mut out = format!("{parent}[\"");
            crate::error::escape_into(&mut out, key, usize::MAX, true);
            out.push_str("\"]");
            out
        }
    }
}

mod deferred;
mod seed;
mod write;

use deferred::Start;
pub use deferred::{parse_deferred, Deferred};

pub use seed::NodeSeed;
pub use write::to_string_pretty;

#[cfg(test)]
mod tests;
