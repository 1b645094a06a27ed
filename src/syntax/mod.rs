//! Lexer, parser and syntax tree of the pathway language.

mod ascii_id;
pub mod ast;
pub mod lexer;
pub mod messages;
pub mod outline;
pub mod parser;

pub use ast::*;
pub use lexer::{Lexed, lex, lex_into};
pub use outline::{Outline, OutlineComment, OutlineItem};
pub use parser::{Parsed, parse, parse_lexed};
