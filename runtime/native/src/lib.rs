//! The native half of the iox-schema Java runtime: a C ABI over iceoryx2, shaped for Java's
//! FFM API.
//!
//! Conventions of every entry point:
//! - it returns an `i32` status, 0 on success, else an [`error::Code`]; the message of the last
//!   failure on the calling thread is read with `iox_last_error_message`;
//! - no panic crosses the boundary: each body runs inside `catch_unwind`;
//! - objects are opaque handles (pointers) made by `*_create` and freed by `*_drop`; results
//!   come back through out-parameters the caller allocates (once per port, not per message);
//! - `u64::MAX` means "not set" wherever a count or id is optional;
//! - a publish is two calls (`iox_publisher_loan`, `iox_publisher_send`), a receive two
//!   (`iox_subscriber_receive`, `iox_subscriber_release`); in a stream of messages each is
//!   one: a send loans the next sample ahead, a receive releases the sample before. Requests and
//!   responses take two calls each way (`iox_client_loan`/`iox_client_send`,
//!   `iox_server_receive`/`iox_server_release_request`, `iox_server_loan`/`iox_server_send`,
//!   `iox_client_receive`/`iox_client_release_response`). Messages are held in slot tables
//!   allocated with the port: this code allocates nothing per message (iceoryx2 0.10 itself
//!   mallocs a small state per loan).
//!
//! Nodes and waitsets are created with iceoryx2's signal handling disabled: its handlers for
//! SIGINT and SIGTERM would replace the JVM's.

mod args;
mod blackboard;
mod error;
mod event;
mod logger;
mod node;
mod pubsub;
mod request_response;
mod service;
mod slots;
mod waitset;

/// The version of this ABI; the Java side refuses a library of another one.
pub const ABI_VERSION: u32 = 4;

/// Returns [`ABI_VERSION`].
#[unsafe(no_mangle)]
pub extern "C" fn iox_abi_version() -> u32 {
    ABI_VERSION
}

/// Routes iceoryx2's log: lines at `console_level` or above (0 trace .. 5 fatal) go to stderr;
/// failures' explanations also reach the error messages. Call once, before anything else.
#[unsafe(no_mangle)]
pub extern "C" fn iox_init(console_level: i32) -> i32 {
    error::guard(|| {
        logger::install(console_level);
        Ok(())
    })
}
