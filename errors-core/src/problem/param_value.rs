//! The value of one parameter of a typed problem, as rendering, matching and serializing
//! see it.

use std::fmt::{self, Display};

use serde::{Serialize, Serializer};

/// The value of one parameter of a typed problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParamValue<'a> {
    /// A text parameter.
    Str(&'a str),
    /// A whole-number parameter.
    Int(u64),
}

impl Serialize for ParamValue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ParamValue::Str(s) => serializer.serialize_str(s),
            ParamValue::Int(n) => serializer.serialize_u64(*n),
        }
    }
}

impl Display for ParamValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParamValue::Str(s) => f.write_str(s),
            ParamValue::Int(n) => write!(f, "{n}"),
        }
    }
}

impl From<ParamValue<'_>> for serde_json::Value {
    fn from(v: ParamValue<'_>) -> Self {
        match v {
            ParamValue::Str(s) => serde_json::Value::String(s.to_owned()),
            ParamValue::Int(n) => serde_json::Value::from(n),
        }
    }
}
