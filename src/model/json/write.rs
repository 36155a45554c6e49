//! JSON text from a [`Node`] tree: what the importers and the drafter write out.

use super::{Node, Value};

/// JSON text for `node`: 2-space indentation, object keys in stored order, one member or item a
/// line (`[]` and `{}` when empty). Strings are escaped per RFC 8259 (`"`, `\\` and every
/// control character below U+0020; other characters are written as they are). Whole numbers are
/// written without a fraction (`1`, not `1.0`); a non-finite number, which JSON cannot hold, is
/// written as `null`. Works without recursion, so any depth is fine.
pub fn to_string_pretty(node: &Node) -> String {
    enum Frame<'a> {
        Array(std::slice::Iter<'a, Node>),
        Object(std::slice::Iter<'a, (String, Node)>),
    }
    let mut out = String::new();
    let mut stack: Vec<Frame<'_>> = Vec::new();
    let mut first = true;
    let mut next = Some(node);
    loop {
        if let Some(node) = next.take() {
            match &node.value {
                Value::Null => out.push_str("null"),
                Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
                Value::Number(n) if n.is_finite() => out.push_str(&n.to_string()),
                Value::Number(_) => out.push_str("null"),
                Value::String(s) => write_string(&mut out, s),
                Value::Array(items) if items.is_empty() => out.push_str("[]"),
                Value::Object(members) if members.is_empty() => out.push_str("{}"),
                Value::Array(items) => {
                    out.push('[');
                    stack.push(Frame::Array(items.iter()));
                    first = true;
                }
                Value::Object(members) => {
                    out.push('{');
                    stack.push(Frame::Object(members.iter()));
                    first = true;
                }
            }
        }
        let depth = stack.len();
        let Some(top) = stack.last_mut() else { break };
        let child = match top {
            Frame::Array(items) => items.next().map(|item| (None, item)),
            Frame::Object(members) => members.next().map(|(k, v)| (Some(k), v)),
        };
        match child {
            Some((key, value)) => {
                if !first {
                    out.push(',');
                }
                first = false;
                out.push('\n');
                push_indent(&mut out, depth);
                if let Some(key) = key {
                    write_string(&mut out, key);
                    out.push_str(": ");
                }
                next = Some(value);
            }
            None => {
                let closing = if matches!(top, Frame::Array(_)) { ']' } else { '}' };
                stack.pop();
                out.push('\n');
                push_indent(&mut out, depth - 1);
                out.push(closing);
                first = false;
            }
        }
    }
    out
}

fn push_indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}
