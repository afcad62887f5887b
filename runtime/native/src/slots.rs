//! Slot tables: the loans and received messages a port holds, in a table allocated with the
//! port (as many as it may hold at once), so a message costs no heap allocation. The caller
//! names an entry by its index.

use crate::error::{Code, Error, Result};

/// A table of `count` empty slots.
pub fn table<T>(count: usize) -> Vec<Option<T>> {
    (0..count).map(|_| None).collect()
}

/// The first empty slot, or a `code` error that says the port holds `what` to its limit.
pub fn free<T>(table: &[Option<T>], code: Code, what: impl FnOnce(usize) -> String) -> Result<usize> {
    table.iter().position(Option::is_none).ok_or_else(|| Error::new(code, what(table.len())))
}

/// The entry of `slot`; an invalid-argument error naming `what` if it is empty.
pub fn get<'a, T>(table: &'a [Option<T>], slot: u64, what: &str) -> Result<&'a T> {
    table
        .get(slot as usize)
        .and_then(Option::as_ref)
        .ok_or_else(|| Error::invalid(format!("no {what} in slot {slot}")))
}

/// Takes the entry of `slot` out of the table; an invalid-argument error if it is empty.
pub fn take<T>(table: &mut [Option<T>], slot: u64, what: &str) -> Result<T> {
    table
        .get_mut(slot as usize)
        .and_then(Option::take)
        .ok_or_else(|| Error::invalid(format!("no {what} in slot {slot}")))
}
