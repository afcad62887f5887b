//! The generated bindings of sensor.iox, shared by the two binaries.

#[allow(dead_code)]
pub mod schema;

/// The services both sides open: publish-subscribe and event, both named "sensor/data".
pub const SERVICE: &str = "sensor/data";
