//! Status codes, the thread-local last error message, and the guard every entry point runs in.
//!
//! Every `extern "C"` function returns an `i32` status: 0 for success, one of the codes below
//! otherwise, with a message that `iox_last_error_message` hands to the caller. A Rust panic is
//! caught by [`guard`] and becomes [`Code::Internal`]: unwinding into the JVM would abort it.

use core::cell::RefCell;
use core::fmt::Display;
use core::sync::atomic::{AtomicUsize, Ordering};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The status codes of the C ABI; the Java side maps each to an exception type.
#[repr(i32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// A bug: a Rust panic, or a state that should not happen.
    Internal = 1,
    /// An argument the caller should not have passed (null handle, bad name, bad UTF-8).
    InvalidArgument = 2,
    /// `open` of a service that does not exist.
    ServiceNotFound = 3,
    /// `create` of a service that exists already.
    ServiceAlreadyExists = 4,
    /// The service exists with other payload or user header types.
    IncompatibleTypes = 5,
    /// The service exists with settings that do not satisfy the request (QoS, pattern).
    IncompatibleService = 6,
    /// No sample can be loaned: too many loans, or the data segment is exhausted.
    LoanExhausted = 7,
    /// A port or borrow limit of the service is reached.
    LimitReached = 8,
    /// Delivery or connection failed.
    Connection = 9,
    /// Any other failure of iceoryx2.
    Failed = 10,
    /// A wait was interrupted by a signal.
    Interrupted = 11,
}

/// A failure on its way to the caller: a code and a message.
#[derive(Debug)]
pub struct Error {
    pub code: Code,
    pub message: String,
    /// Whether iceoryx2's own log lines of the call are worth appending to the message.
    pub with_log: bool,
}

impl Error {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self { code, message: message.into(), with_log: true }
    }

    /// An error whose message says all there is; iceoryx2's log lines would only repeat it.
    pub fn complete(code: Code, message: impl Into<String>) -> Self {
        Self { code, message: message.into(), with_log: false }
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(Code::InvalidArgument, message)
    }

    /// `what failed: <iceoryx2 error>` under the given code.
    pub fn iceoryx(code: Code, what: &str, error: impl Display) -> Self {
        Self::new(code, format!("{what}: {error}"))
    }
}

pub type Result<T> = core::result::Result<T, Error>;

thread_local! {
    /// The message of the last failed call on this thread.
    static LAST_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
    /// What iceoryx2 logged during the current call (its failures are logged at debug level),
    /// and how many lines that was.
    static CALL_LOG: RefCell<(String, usize)> = const { RefCell::new((String::new(), 0)) };
}

const CALL_LOG_LIMIT: usize = 1500;

/// Lines recorded by calls still running, in every thread. Most calls log nothing, and a
/// thread-local access in a shared library costs a `__tls_get_addr` call, which the
/// per-message entry points should not pay: a call touches its thread's log only while this is
/// non-zero.
static LINES_IN_CALLS: AtomicUsize = AtomicUsize::new(0);

/// Keeps a line iceoryx2 logged during the current call, for the error message.
pub fn record_log_line(line: core::fmt::Arguments) {
    use core::fmt::Write;
    let _ = CALL_LOG.try_with(|log| {
        if let Ok(mut log) = log.try_borrow_mut() {
            log.1 += 1;
            LINES_IN_CALLS.fetch_add(1, Ordering::Relaxed);
            let text = &mut log.0;
            if text.len() < CALL_LOG_LIMIT {
                if !text.is_empty() {
                    text.push_str(" | ");
                }
                let _ = write!(text, "{line}");
            }
        }
    });
}

/// Forgets what the call that ends now logged.
fn end_call_log() {
    if LINES_IN_CALLS.load(Ordering::Relaxed) == 0 {
        return;
    }
    let _ = CALL_LOG.try_with(|log| {
        if let Ok(mut log) = log.try_borrow_mut()
            && log.1 > 0
        {
            LINES_IN_CALLS.fetch_sub(log.1, Ordering::Relaxed);
            log.0.clear();
            log.1 = 0;
        }
    });
}

fn set_last_error(error: &Error) {
    let _ = LAST_ERROR.try_with(|last| {
        if let Ok(mut last) = last.try_borrow_mut() {
            last.clear();
            last.push_str(&error.message);
            if error.with_log {
                let _ = CALL_LOG.try_with(|log| {
                    if let Ok(log) = log.try_borrow()
                        && !log.0.is_empty()
                    {
                        last.push_str(" (iceoryx2: ");
                        last.push_str(&log.0);
                        last.push(')');
                    }
                });
            }
        }
    });
}

fn panic_message(payload: &(dyn core::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic without a message".to_string()
    }
}

/// Runs the body of an entry point: no panic escapes, and a failure leaves its message behind.
pub fn guard(body: impl FnOnce() -> Result<()>) -> i32 {
    let error = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => {
            end_call_log();
            return 0;
        }
        Ok(Err(error)) => error,
        Err(payload) => Error::new(
            Code::Internal,
            format!("internal error in the native iox-schema runtime (Rust panic): {}", panic_message(&*payload)),
        ),
    };
    set_last_error(&error);
    end_call_log();
    error.code as i32
}

/// Runs a destructor: no panic escapes; there is nobody to report a failure to.
pub fn guard_drop(body: impl FnOnce()) {
    let _ = catch_unwind(AssertUnwindSafe(body));
    end_call_log();
}

/// Copies the last error message of this thread into `buffer` (UTF-8, not terminated) and
/// returns its full length in bytes; a longer message is cut at `capacity`.
///
/// # Safety
/// `buffer` must be valid for `capacity` bytes of writing, or null with `capacity` 0.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_last_error_message(buffer: *mut u8, capacity: usize) -> usize {
    catch_unwind(AssertUnwindSafe(|| {
        LAST_ERROR.with(|last| {
            let last = last.borrow();
            let bytes = last.as_bytes();
            let count = bytes.len().min(capacity);
            if count > 0 && !buffer.is_null() {
                // SAFETY: the caller provides `capacity` writable bytes.
                unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), buffer, count) };
            }
            bytes.len()
        })
    }))
    .unwrap_or(0)
}
