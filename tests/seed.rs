//! The seed article (NATO Secretary General Mark Rutte at Davos), end to end: the checks of
//! `tests/support/seed.rs`, natively.

mod support;

seed_tests!(test);
