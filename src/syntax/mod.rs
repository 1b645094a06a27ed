//! Lexer, parser and syntax tree of the pathway language.

mod ascii_id;
pub mod ast;
pub mod lexer;
pub mod parser;

pub use ast::*;
pub use parser::{Parsed, parse};
