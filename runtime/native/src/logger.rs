//! iceoryx2's log, routed: lines at or above the console level go to stderr, and every line of
//! debug level or above is kept for the error message of the current call (iceoryx2 logs the
//! reason of a failure at debug level and returns only an error enum).

use core::sync::atomic::{AtomicU8, Ordering};
use iceoryx2::prelude::{LogLevel, set_log_level, set_logger};
use iceoryx2_log::Log;

use crate::error::record_log_line;

static CONSOLE_LEVEL: AtomicU8 = AtomicU8::new(LogLevel::Warn as u8);

struct RoutingLogger;

static LOGGER: RoutingLogger = RoutingLogger;

impl Log for RoutingLogger {
    fn log(&self, level: LogLevel, _origin: core::fmt::Arguments, message: core::fmt::Arguments) {
        if level as u8 >= CONSOLE_LEVEL.load(Ordering::Relaxed) {
            eprintln!("iceoryx2 [{level:?}] {message}");
        }
        if level as u8 >= LogLevel::Debug as u8 {
            record_log_line(message);
        }
    }
}

fn level_of(value: i32) -> LogLevel {
    match value {
        0 => LogLevel::Trace,
        1 => LogLevel::Debug,
        2 => LogLevel::Info,
        3 => LogLevel::Warn,
        4 => LogLevel::Error,
        _ => LogLevel::Fatal,
    }
}

/// Installs the logger (once per process) and sets the console level.
pub fn install(console_level: i32) {
    set_logger(&LOGGER);
    let console = level_of(console_level);
    CONSOLE_LEVEL.store(console as u8, Ordering::Relaxed);
    // Debug lines must reach the logger so that failures can be explained; trace only on request.
    set_log_level(if console == LogLevel::Trace { LogLevel::Trace } else { LogLevel::Debug });
}
