//! A [`Node`] tree from any self-describing serde input: a JS object in the browser, through
//! serde-wasm-bindgen.

use super::{Node, Value, MAX_DEPTH};

/// Deserializes any self-describing serde input (a JS object through serde-wasm-bindgen) into a
/// [`Node`], refusing nesting deeper than [`MAX_DEPTH`] before descending further, and counting
/// every value against `budget` so a huge object is refused early.
pub struct NodeSeed<'b> {
    /// Nesting depth so far (0 at the top).
    pub depth: usize,
    /// How many more values may be read.
    pub budget: &'b std::cell::Cell<usize>,
}

impl<'de> serde::de::DeserializeSeed<'de> for NodeSeed<'_> {
    type Value = Node;
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        use serde::de::Error;
        if self.depth > MAX_DEPTH {
            return Err(D::Error::custom(format!("nesting is deeper than {MAX_DEPTH} levels")));
        }
        match self.budget.get().checked_sub(1) {
            Some(left) => self.budget.set(left),
            None => return Err(D::Error::custom("the case has too many values")),
        }
        deserializer.deserialize_any(NodeVisitor { depth: self.depth, budget: self.budget })
    }
}

struct NodeVisitor<'b> {
    depth: usize,
    budget: &'b std::cell::Cell<usize>,
}

impl<'de> serde::de::Visitor<'de> for NodeVisitor<'_> {
    type Value = Node;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::new(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::new(Value::Null))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::new(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        #[allow(clippy::cast_precision_loss)]
        Ok(Node::new(Value::Number(v as f64)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        #[allow(clippy::cast_precision_loss)]
        Ok(Node::new(Value::Number(v as f64)))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Node, E> {
        if v.is_finite() {
            Ok(Node::new(Value::Number(v)))
        } else {
            Err(E::custom("NaN and Infinity are not allowed"))
        }
    }
    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::new(Value::String(v.to_string())))
    }
    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::new(Value::String(v)))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(NodeSeed { depth: self.depth + 1, budget: self.budget })? {
            items.push(item);
        }
        Ok(Node::new(Value::Array(items)))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut members: Vec<(String, Node)> = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let value = map.next_value_seed(NodeSeed { depth: self.depth + 1, budget: self.budget })?;
            if !members.iter().any(|(k, _)| *k == key) {
                members.push((key, value));
            }
        }
        Ok(Node::new(Value::Object(members)))
    }
}

/// An object's key as a string. Keys from JS are strings; anything else is refused with a
/// message of our own (serde's default would describe a number with float formatting, which
/// would weigh on the wasm).
struct KeySeed;

impl<'de> serde::de::DeserializeSeed<'de> for KeySeed {
    type Value = String;
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(KeyVisitor)
    }
}

struct KeyVisitor;

impl serde::de::Visitor<'_> for KeyVisitor {
    type Value = String;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_string<E>(self, v: String) -> Result<String, E> {
        Ok(v)
    }
    fn visit_f64<E: serde::de::Error>(self, _v: f64) -> Result<String, E> {
        Err(E::custom("an object key is not text"))
    }
    fn visit_i64<E: serde::de::Error>(self, _v: i64) -> Result<String, E> {
        Err(E::custom("an object key is not text"))
    }
    fn visit_u64<E: serde::de::Error>(self, _v: u64) -> Result<String, E> {
        Err(E::custom("an object key is not text"))
    }
}
