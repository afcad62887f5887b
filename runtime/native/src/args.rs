//! Reading what the caller passed: strings as pointer and length, handles, out-parameters.

use crate::error::{Error, Result};

/// "Not set": QoS values and optional settings use it (a value nobody would ask for).
pub const UNSET: u64 = u64::MAX;

/// A UTF-8 string given as pointer and length.
///
/// # Safety
/// `ptr` must be valid for `len` bytes of reading (or null with `len` 0).
pub unsafe fn text<'a>(ptr: *const u8, len: usize, what: &str) -> Result<&'a str> {
    if ptr.is_null() {
        return if len == 0 { Ok("") } else { Err(Error::invalid(format!("{what}: null pointer"))) };
    }
    // SAFETY: guaranteed by the caller.
    let bytes = unsafe { core::slice::from_raw_parts(ptr, len) };
    core::str::from_utf8(bytes).map_err(|_| Error::invalid(format!("{what} is not valid UTF-8")))
}

/// The object behind a handle.
///
/// # Safety
/// `handle` must be null or a live pointer returned by this library for type `T`.
pub unsafe fn handle<'a, T>(handle: *mut T, what: &str) -> Result<&'a mut T> {
    // SAFETY: guaranteed by the caller.
    unsafe { handle.as_mut() }.ok_or_else(|| Error::invalid(format!("{what} handle is null")))
}

/// Writes `value` through an out-parameter.
///
/// # Safety
/// `out` must be null or valid for writing one `T`.
pub unsafe fn put<T>(out: *mut T, value: T, what: &str) -> Result<()> {
    if out.is_null() {
        return Err(Error::invalid(format!("out-parameter {what} is null")));
    }
    // SAFETY: guaranteed by the caller.
    unsafe { out.write(value) };
    Ok(())
}

/// Reads the caller's `N` values of `what` (a QoS or settings array).
///
/// # Safety
/// `values` must be null or readable for `N` values.
pub unsafe fn read_values<const N: usize>(values: *const u64, what: &str) -> Result<[u64; N]> {
    if values.is_null() {
        return Err(Error::invalid(format!("{what} is null")));
    }
    let mut read = [UNSET; N];
    // SAFETY: guaranteed by the caller.
    unsafe { core::ptr::copy_nonoverlapping(values, read.as_mut_ptr(), N) };
    Ok(read)
}

/// Checks an out-parameter array before anything is done that its absence would waste.
pub fn require_out(out: *mut u64) -> Result<()> {
    if out.is_null() { Err(Error::invalid("out is null")) } else { Ok(()) }
}

/// Writes `values` to the caller's `out`.
///
/// # Safety
/// `out` must be null or writable for `N` values.
pub unsafe fn write_out<const N: usize>(out: *mut u64, values: [u64; N]) -> Result<()> {
    require_out(out)?;
    // SAFETY: guaranteed by the caller.
    unsafe { core::ptr::copy_nonoverlapping(values.as_ptr(), out, N) };
    Ok(())
}

/// Hands a new object to the caller as a handle.
pub fn into_handle<T>(value: T) -> *mut T {
    Box::into_raw(Box::new(value))
}

/// Takes back and drops an object handed out by [`into_handle`]; null is ignored.
///
/// # Safety
/// `handle` must be null or come from [`into_handle`] for `T`, and not be used afterwards.
pub unsafe fn drop_handle<T>(handle: *mut T) {
    if !handle.is_null() {
        // SAFETY: guaranteed by the caller.
        drop(unsafe { Box::from_raw(handle) });
    }
}

/// An optional count: [`UNSET`] means "leave iceoryx2's default".
pub fn optional(value: u64) -> Option<usize> {
    (value != UNSET).then_some(value as usize)
}
