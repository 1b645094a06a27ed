//! The lexer and parser on arbitrary text: no panic, and every error's
//! span lies inside the text on character boundaries.
#![no_main]

use leerlijn::source::FileId;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let arena = leerlijn::syntax::Arena::new();
    let parsed = leerlijn::syntax::parse(FileId(0), text, &arena);
    for d in &parsed.errors {
        for span in std::iter::once(d.span).chain(d.labels.iter().map(|l| l.span)) {
            assert!(span.start <= span.end, "span {span:?} runs backwards");
            assert!(span.end as usize <= text.len(), "span {span:?} past the end");
            assert!(text.is_char_boundary(span.start as usize));
            assert!(text.is_char_boundary(span.end as usize));
        }
    }
});
