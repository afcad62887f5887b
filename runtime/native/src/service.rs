//! What every messaging pattern's service shares: how it is opened, its name, and the message
//! types given at run time.

use iceoryx2::prelude::*;
use iceoryx2::service::static_config::message_type_details::{TypeDetail, TypeVariant};

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

/// Obtains the service `name` of `kind` (e.g. "event service") from `builder` as `mode` says.
/// A failure names the service and has the code `open_error` or `create_error` gives
/// iceoryx2's error; the open-or-create error is `either` and wraps one of the two in its
/// variants `open` and `create`. A macro: each pattern's builder and errors are types of their own.
macro_rules! obtain {
    ($builder:expr, $mode:expr, $kind:literal, $name:expr, $open_error:path, $create_error:path,
     $either:ident :: { $open:ident, $create:ident }) => {{
        let builder = $builder;
        let cannot = |verb: &str| format!("cannot {verb} {} \"{}\"", $kind, $name);
        match $mode {
            $crate::service::Mode::Open => builder
                .open()
                .map_err(|e| $crate::error::Error::iceoryx($open_error(e), &cannot("open"), e)),
            $crate::service::Mode::Create => builder
                .create()
                .map_err(|e| $crate::error::Error::iceoryx($create_error(e), &cannot("create"), e)),
            $crate::service::Mode::OpenOrCreate => builder.open_or_create().map_err(|e| {
                let code = match e {
                    $either::$open(e) => $open_error(e),
                    $either::$create(e) => $create_error(e),
                    $either::SystemInFlux => $crate::error::Code::Failed,
                };
                $crate::error::Error::iceoryx(code, &cannot("open or create"), e)
            }),
        }
    }};
}
pub(crate) use obtain;

pub fn service_name(name: &str) -> Result<ServiceName> {
    ServiceName::new(name).map_err(|e| Error::invalid(format!("service name \"{name}\": {e:?}")))
}

/// A message type given at run time: one value of a fixed-size type, or (`Dynamic`) a slice of
/// elements of one; `what` names it in errors.
pub fn type_detail(variant: TypeVariant, name: &str, size: usize, alignment: usize, what: &str) -> Result<TypeDetail> {
    if !alignment.is_power_of_two() {
        return Err(Error::invalid(format!("{what} \"{name}\": alignment {alignment} is not a power of two")));
    }
    if variant == TypeVariant::Dynamic && size == 0 {
        return Err(Error::invalid(format!("{what} \"{name}\": a slice element needs a size of at least 1 byte")));
    }
    TypeDetail::__internal_new_from_parts(variant, name, size, alignment)
        .map_err(|e| Error::invalid(format!("{what} type name \"{name}\": {e:?}")))
}

/// The type of an absent user header: iceoryx2's unit type `()`, as every language's binding writes it.
pub fn no_header(what: &str) -> Result<TypeDetail> {
    type_detail(TypeVariant::FixedSize, "()", 0, 1, what)
}
