//! What every messaging pattern's service shares: how it is opened, and its name.

use iceoryx2::prelude::*;

use crate::error::{Error, Result};

/// How a service is obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Open,
    Create,
    OpenOrCreate,
}

impl Mode {
    pub fn from(value: u32) -> Result<Self> {
        match value {
            0 => Ok(Mode::Open),
            1 => Ok(Mode::Create),
            2 => Ok(Mode::OpenOrCreate),
            _ => Err(Error::invalid(format!("unknown service mode {value}"))),
        }
    }
}

pub fn service_name(name: &str) -> Result<ServiceName> {
    ServiceName::new(name).map_err(|e| Error::invalid(format!("service name \"{name}\": {e:?}")))
}
