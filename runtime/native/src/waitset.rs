//! A waitset: one thread sleeps until any of several listeners has events, or a timeout passes.
//! This is how a subscriber waits for data without spinning: its publisher notifies an event
//! service after sending, and the subscriber's side waits on a listener of that service.

use core::time::Duration;

use iceoryx2::prelude::*;
use iceoryx2::waitset::WaitSetRunResult;

use crate::args::{self, UNSET, put};
use crate::error::{Code, Error, guard, guard_drop};
use crate::event::ListenerHandle;
use crate::node::Ipc;

pub struct WaitSetHandle {
    // Declared first: every guard is dropped (detached) before the waitset. The 'static lifetimes
    // stand for "as long as the waitset and the listener live": the waitset is boxed so it never
    // moves, and the caller detaches a listener before dropping it.
    guards: Vec<Option<WaitSetGuard<'static, 'static, Ipc>>>,
    waitset: Box<WaitSet<Ipc>>,
}

/// Creates a waitset with signal handling disabled (the JVM keeps its own handlers).
///
/// # Safety
/// `out_waitset` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_waitset_create(out_waitset: *mut *mut WaitSetHandle) -> i32 {
    guard(|| {
        let waitset = WaitSetBuilder::new()
            .signal_handling_mode(SignalHandlingMode::Disabled)
            .create::<Ipc>()
            .map_err(|e| Error::iceoryx(Code::Failed, "cannot create the waitset", format!("{e:?}")))?;
        let handle = WaitSetHandle { guards: Vec::new(), waitset: Box::new(waitset) };
        unsafe { put(out_waitset, args::into_handle(handle), "waitset") }
    })
}

/// # Safety
/// `waitset` must be null or a waitset handle not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_waitset_drop(waitset: *mut WaitSetHandle) {
    guard_drop(|| unsafe { args::drop_handle(waitset) });
}

/// Attaches a listener and writes its attachment index to `out_index`.
///
/// # Safety
/// `waitset` and `listener` must be live handles; the listener must be detached before it is
/// dropped; `out_index` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_waitset_attach_listener(
    waitset: *mut WaitSetHandle,
    listener: *mut ListenerHandle,
    out_index: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(waitset, "waitset") }?;
        let listener = unsafe { args::handle(listener, "listener") }?;
        // SAFETY: see WaitSetHandle: the waitset is boxed and outlives its guards, and the caller
        // keeps the listener alive while it is attached.
        let waitset_ref: &'static WaitSet<Ipc> = unsafe { &*(&*handle.waitset as *const WaitSet<Ipc>) };
        let listener_ref: &'static iceoryx2::port::listener::Listener<Ipc> =
            unsafe { &*(&listener.listener as *const iceoryx2::port::listener::Listener<Ipc>) };
        let attached = waitset_ref
            .attach_notification(listener_ref)
            .map_err(|e| Error::iceoryx(Code::Failed, "cannot attach the listener to the waitset", format!("{e:?}")))?;
        let index = match handle.guards.iter().position(Option::is_none) {
            Some(free) => {
                handle.guards[free] = Some(attached);
                free
            }
            None => {
                handle.guards.push(Some(attached));
                handle.guards.len() - 1
            }
        };
        unsafe { put(out_index, index as u64, "index") }
    })
}

/// Detaches the attachment `index`.
///
/// # Safety
/// `waitset` must be a live waitset handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_waitset_detach(waitset: *mut WaitSetHandle, index: u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(waitset, "waitset") }?;
        handle
            .guards
            .get_mut(index as usize)
            .and_then(Option::take)
            .map(drop)
            .ok_or_else(|| Error::invalid(format!("the waitset has no attachment {index}")))
    })
}

/// Sleeps until an attached listener has events or `timeout_ns` passed (`u64::MAX`: no
/// timeout), then writes the indices of the attachments with events (at most `capacity`) to
/// `indices` and their number to `out_count` (0 after a timeout). The events themselves stay
/// with the listeners: collect them there, or the next wait returns at once.
///
/// # Safety
/// `waitset` must be a live waitset handle, `indices` writable for `capacity` values and
/// `out_count` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_waitset_wait(
    waitset: *mut WaitSetHandle,
    timeout_ns: u64,
    indices: *mut u64,
    capacity: usize,
    out_count: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(waitset, "waitset") }?;
        if indices.is_null() && capacity > 0 {
            return Err(Error::invalid("indices is null"));
        }
        let guards = &handle.guards;
        let mut count = 0usize;
        let on_event = |id: WaitSetAttachmentId<Ipc>| {
            for (index, attached) in guards.iter().enumerate() {
                if let Some(attached) = attached
                    && id.has_event_from(attached)
                    && count < capacity
                {
                    // SAFETY: `count < capacity` writable values.
                    unsafe { indices.add(count).write(index as u64) };
                    count += 1;
                }
            }
            CallbackProgression::Continue
        };
        let timeout = if timeout_ns == UNSET { Duration::MAX } else { Duration::from_nanos(timeout_ns) };
        let result = handle
            .waitset
            .wait_and_process_once_with_timeout(on_event, timeout)
            .map_err(|e| Error::iceoryx(Code::Failed, "cannot wait on the waitset", format!("{e:?}")))?;
        if matches!(result, WaitSetRunResult::Interrupt) && count == 0 {
            return Err(Error::new(Code::Interrupted, "the wait was interrupted by a signal"));
        }
        unsafe { put(out_count, count as u64, "count") }
    })
}
