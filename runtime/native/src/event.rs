//! Events: services, notifiers and listeners.

use core::time::Duration;

use iceoryx2::port::listener::Listener;
use iceoryx2::port::notifier::Notifier;
use iceoryx2::prelude::*;
use iceoryx2::service::builder::event::{EventCreateError, EventOpenError, EventOpenOrCreateError};
use iceoryx2::service::port_factory::event::PortFactory as EventFactory;

use crate::args::{self, UNSET, optional, put};
use crate::error::{Code, Error, guard, guard_drop};
use crate::node::{Ipc, NodeHandle};
use crate::service::{Mode, obtain, service_name};

pub struct EventServiceHandle {
    factory: EventFactory<Ipc>,
}

pub struct NotifierHandle {
    notifier: Notifier<Ipc>,
}

pub struct ListenerHandle {
    pub(crate) listener: Listener<Ipc>,
}

/// Indices of the QoS array of [`iox_event_service`]; [`UNSET`] leaves a value to iceoryx2.
mod qos {
    pub const MAX_NOTIFIERS: usize = 0;
    pub const MAX_LISTENERS: usize = 1;
    pub const MAX_NODES: usize = 2;
    pub const EVENT_ID_MAX_VALUE: usize = 3;
    pub const COUNT: usize = 4;
}

fn open_error(e: EventOpenError) -> Code {
    use EventOpenError as E;
    match e {
        E::DoesNotExist => Code::ServiceNotFound,
        E::Interrupt => Code::Interrupted,
        E::InsufficientPermissions | E::ServiceInCorruptedState | E::InternalFailure | E::HangsInCreation => Code::Failed,
        E::ExceedsMaxNumberOfNodes => Code::LimitReached,
        _ => Code::IncompatibleService,
    }
}

fn create_error(e: EventCreateError) -> Code {
    match e {
        EventCreateError::AlreadyExists => Code::ServiceAlreadyExists,
        EventCreateError::EventIdExceedsMaxSupportedValue => Code::InvalidArgument,
        EventCreateError::Interrupt => Code::Interrupted,
        _ => Code::Failed,
    }
}

/// Opens and/or creates an event service (`mode`: 0 open, 1 create, 2 open or create). `qos`
/// points to 4 values (max notifiers, max listeners, max nodes, event id max value), each
/// `u64::MAX` for iceoryx2's default.
///
/// # Safety
/// `node` must be a live node handle, `name` valid for `name_len` bytes, `qos` readable for 4
/// values, and `out_service` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_event_service(
    node: *mut NodeHandle,
    mode: u32,
    name: *const u8,
    name_len: usize,
    qos: *const u64,
    out_service: *mut *mut EventServiceHandle,
) -> i32 {
    guard(|| {
        let node = unsafe { args::handle(node, "node") }?;
        let mode = Mode::from(mode)?;
        let name = service_name(unsafe { args::text(name, name_len, "service name") }?)?;
        let q: [u64; qos::COUNT] = unsafe { args::read_values(qos, "qos") }?;
        let mut builder = node.node.service_builder(&name).event();
        if let Some(v) = optional(q[qos::MAX_NOTIFIERS]) {
            builder = builder.max_notifiers(v);
        }
        if let Some(v) = optional(q[qos::MAX_LISTENERS]) {
            builder = builder.max_listeners(v);
        }
        if let Some(v) = optional(q[qos::MAX_NODES]) {
            builder = builder.max_nodes(v);
        }
        if let Some(v) = optional(q[qos::EVENT_ID_MAX_VALUE]) {
            builder = builder.event_id_max_value(v);
        }
        let factory = obtain!(builder, mode, "event service", name, open_error, create_error,
            EventOpenOrCreateError::{EventOpenError, EventCreateError})?;
        unsafe { put(out_service, args::into_handle(EventServiceHandle { factory }), "service") }
    })
}

/// # Safety
/// `service` must be null or an event service handle not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_event_service_drop(service: *mut EventServiceHandle) {
    guard_drop(|| unsafe { args::drop_handle(service) });
}

/// Reads the service's settings into `out[0..4]` (in the order of the QoS array of
/// [`iox_event_service`]) and its current number of notifiers and listeners into `out[4..6]`.
///
/// # Safety
/// `service` must be a live event service handle and `out` writable for 6 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_event_service_info(service: *mut EventServiceHandle, out: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        let config = handle.factory.static_config();
        let dynamic = handle.factory.dynamic_config();
        let values = [
            config.max_notifiers() as u64,
            config.max_listeners() as u64,
            config.max_nodes() as u64,
            config.event_id_max_value() as u64,
            dynamic.number_of_notifiers() as u64,
            dynamic.number_of_listeners() as u64,
        ];
        unsafe { args::write_out(out, values) }
    })
}

/// Creates a notifier; `default_event_id` `u64::MAX` keeps iceoryx2's default (0).
///
/// # Safety
/// `service` must be a live event service handle and `out_notifier` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_notifier_create(
    service: *mut EventServiceHandle,
    default_event_id: u64,
    out_notifier: *mut *mut NotifierHandle,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        let mut builder = handle.factory.notifier_builder();
        if let Some(id) = optional(default_event_id) {
            builder = builder.default_event_id(EventId::new(id));
        }
        let notifier = builder.create().map_err(|e| {
            use iceoryx2::port::notifier::NotifierCreateError as E;
            let code = if matches!(e, E::ExceedsMaxSupportedNotifiers) { Code::LimitReached } else { Code::Failed };
            Error::iceoryx(code, "cannot create the notifier", e)
        })?;
        unsafe { put(out_notifier, args::into_handle(NotifierHandle { notifier }), "notifier") }
    })
}

/// # Safety
/// `notifier` must be null or a notifier handle not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_notifier_drop(notifier: *mut NotifierHandle) {
    guard_drop(|| unsafe { args::drop_handle(notifier) });
}

/// Notifies every listener with `event_id` (`u64::MAX`: the notifier's default id) and writes
/// how many listeners were notified to `out_notified` (may be null).
///
/// # Safety
/// `notifier` must be a live notifier handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_notifier_notify(notifier: *mut NotifierHandle, event_id: u64, out_notified: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(notifier, "notifier") }?;
        let result = match optional(event_id) {
            Some(id) => handle.notifier.notify_with_custom_event_id(EventId::new(id)),
            None => handle.notifier.notify(),
        };
        let notified = result.map_err(|e| {
            use iceoryx2::port::notifier::NotifierNotifyError as E;
            let code = if matches!(e, E::EventIdOutOfBounds) { Code::InvalidArgument } else { Code::Failed };
            Error::iceoryx(code, "cannot notify", e)
        })?;
        if !out_notified.is_null() {
            // SAFETY: non-null out-parameters are writable.
            unsafe { out_notified.write(notified as u64) };
        }
        Ok(())
    })
}

/// # Safety
/// `service` must be a live event service handle and `out_listener` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_listener_create(service: *mut EventServiceHandle, out_listener: *mut *mut ListenerHandle) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        let listener = handle.factory.listener_builder().create().map_err(|e| {
            use iceoryx2::port::listener::ListenerCreateError as E;
            let code = if matches!(e, E::ExceedsMaxSupportedListeners) { Code::LimitReached } else { Code::Failed };
            Error::iceoryx(code, "cannot create the listener", e)
        })?;
        unsafe { put(out_listener, args::into_handle(ListenerHandle { listener }), "listener") }
    })
}

/// # Safety
/// `listener` must be null or a listener handle not used afterwards, and attached to no waitset.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_listener_drop(listener: *mut ListenerHandle) {
    guard_drop(|| unsafe { args::drop_handle(listener) });
}

/// Collects the event ids that arrived. `timeout_ns`: 0 returns at once, `u64::MAX` blocks until
/// an event arrives, anything else waits at most that long. Writes up to `capacity` distinct ids
/// to `ids` and their number to `out_count` (ids beyond `capacity` are dropped: size `ids` to the
/// service's event id max value + 1).
///
/// # Safety
/// `listener` must be a live listener handle, `ids` writable for `capacity` values and
/// `out_count` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_listener_wait(
    listener: *mut ListenerHandle,
    timeout_ns: u64,
    ids: *mut u64,
    capacity: usize,
    out_count: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(listener, "listener") }?;
        if ids.is_null() && capacity > 0 {
            return Err(Error::invalid("ids is null"));
        }
        let mut count = 0usize;
        let collect = |activation: EventActivation| {
            if count < capacity {
                // SAFETY: `count < capacity` writable values.
                unsafe { ids.add(count).write(activation.id.as_value() as u64) };
                count += 1;
            }
        };
        let result = match timeout_ns {
            0 => handle.listener.try_wait(collect),
            UNSET => handle.listener.blocking_wait(collect),
            ns => handle.listener.timed_wait(collect, Duration::from_nanos(ns)),
        };
        result.map_err(|e| {
            use iceoryx2::port::listener::ListenerWaitError as E;
            let code = if matches!(e, E::InterruptSignal) { Code::Interrupted } else { Code::Failed };
            Error::iceoryx(code, "cannot wait for events", e)
        })?;
        unsafe { put(out_count, count as u64, "count") }
    })
}
