//! Blackboard: a service of key-value entries that writers update and readers read, each value
//! a struct of a type given at run time, each key a value of the key type (compared bytewise).
//!
//! Values are copied between the caller's memory and the blackboard: iceoryx2 keeps every entry
//! in a cell that writers fill and readers copy out of without locks. A creator collects the
//! entries and their initial values, then creates the service; an opener needs only the key type.

use iceoryx2::port::reader::{__InternalEntryHandle, Reader};
use iceoryx2::port::writer::{__InternalEntryHandleMut, Writer};
use iceoryx2::service::builder::blackboard::{BlackboardCreateError, BlackboardOpenError, Creator};
use iceoryx2::service::marker::CustomKeyMarker;
use iceoryx2::service::port_factory::blackboard::PortFactory as BlackboardFactory;
use iceoryx2::service::static_config::message_type_details::{TypeDetail, TypeVariant};

use crate::args::{self, optional, put};
use crate::error::{Code, Error, Result, guard, guard_drop};
use crate::node::{Ipc, NodeHandle};
use crate::service::{service_name, type_detail};

pub struct BlackboardCreatorHandle {
    creator: Option<Creator<CustomKeyMarker, Ipc>>,
    name: String,
}

pub struct BlackboardServiceHandle {
    factory: BlackboardFactory<Ipc, CustomKeyMarker>,
}

pub struct BlackboardWriterHandle {
    writer: Writer<Ipc, CustomKeyMarker>,
}

pub struct BlackboardReaderHandle {
    reader: Reader<Ipc, CustomKeyMarker>,
}

pub struct EntryWriterHandle {
    entry: __InternalEntryHandleMut<Ipc>,
    size: usize,
    alignment: usize,
}

pub struct EntryReaderHandle {
    entry: __InternalEntryHandle<Ipc>,
    size: usize,
    alignment: usize,
}

/// A fixed-size type given as name (pointer and length), size and alignment.
///
/// # Safety
/// `name` must be valid for `name_len` bytes.
unsafe fn fixed_type(name: *const u8, name_len: usize, size: usize, alignment: usize, what: &str) -> Result<TypeDetail> {
    let name = unsafe { args::text(name, name_len, &format!("{what} type name")) }?;
    type_detail(TypeVariant::FixedSize, name, size, alignment, what)
}

/// The value type of the entry a writer or reader asks for by `key`.
///
/// # Safety
/// As for [`fixed_type`].
unsafe fn entry_type(
    key: *const u8,
    value_name: *const u8,
    value_name_len: usize,
    value_size: usize,
    value_alignment: usize,
) -> Result<TypeDetail> {
    if key.is_null() {
        return Err(Error::invalid("key is null"));
    }
    unsafe { fixed_type(value_name, value_name_len, value_size, value_alignment, "value") }
}

fn no_such_entry(e: impl core::fmt::Display) -> Error {
    Error::iceoryx(Code::InvalidArgument, "no such entry (key, or value type, differ from the blackboard's)", e)
}

/// Keys are equal when their bytes are: the key types of the schemas are plain structs.
fn bytewise(size: usize) -> Box<dyn Fn(*const u8, *const u8) -> bool + Send + Sync> {
    // SAFETY: iceoryx2 passes two keys of the key type, `size` bytes each.
    Box::new(move |a, b| unsafe { core::slice::from_raw_parts(a, size) == core::slice::from_raw_parts(b, size) })
}

/// Starts a blackboard: its name, key type (name as pointer and length, size, alignment) and
/// QoS (`qos[0]` max readers, `qos[1]` max nodes; `u64::MAX` for iceoryx2's default).
///
/// # Safety
/// `node` must be a live node handle, the strings valid for their lengths, `qos` readable for 2
/// values, `out_creator` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_creator(
    node: *mut NodeHandle,
    name: *const u8,
    name_len: usize,
    key_name: *const u8,
    key_name_len: usize,
    key_size: usize,
    key_alignment: usize,
    qos: *const u64,
    out_creator: *mut *mut BlackboardCreatorHandle,
) -> i32 {
    guard(|| {
        let node = unsafe { args::handle(node, "node") }?;
        let text = unsafe { args::text(name, name_len, "service name") }?;
        let service = service_name(text)?;
        let key = unsafe { fixed_type(key_name, key_name_len, key_size, key_alignment, "key") }?;
        let [max_readers, max_nodes] = unsafe { args::read_values(qos, "qos") }?.map(optional);
        // SAFETY: the key type has these details; keys are compared bytewise.
        let mut creator = unsafe {
            node.node
                .service_builder(&service)
                .blackboard_creator::<CustomKeyMarker>()
                .__internal_set_key_type_details(&key)
                .__internal_set_key_eq_cmp_func(bytewise(key_size))
        };
        if let Some(v) = max_readers {
            creator = creator.max_readers(v);
        }
        if let Some(v) = max_nodes {
            creator = creator.max_nodes(v);
        }
        let handle = BlackboardCreatorHandle { creator: Some(creator), name: text.to_string() };
        unsafe { put(out_creator, args::into_handle(handle), "creator") }
    })
}

/// Adds an entry: its key (the key type's size), its value type and initial value.
///
/// # Safety
/// `creator` must be a live creator handle, `key` readable for the key size, the name valid for
/// its length, `value` readable for `value_size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_creator_add(
    creator: *mut BlackboardCreatorHandle,
    key: *const u8,
    value_name: *const u8,
    value_name_len: usize,
    value_size: usize,
    value_alignment: usize,
    value: *const u8,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(creator, "creator") }?;
        if key.is_null() || value.is_null() {
            return Err(Error::invalid("key or value is null"));
        }
        let details = unsafe { fixed_type(value_name, value_name_len, value_size, value_alignment, "value") }?;
        let builder = handle.creator.take().ok_or_else(|| Error::invalid("the blackboard was created already"))?;
        // The initial value lives in memory of its own alignment until iceoryx2 has copied it.
        let layout = core::alloc::Layout::from_size_align(value_size.max(1), value_alignment)
            .map_err(|_| Error::invalid("value layout"))?;
        // SAFETY: a non-zero size.
        let copy = unsafe { std::alloc::alloc(layout) };
        if copy.is_null() {
            return Err(Error::new(Code::Failed, "out of memory"));
        }
        // SAFETY: both hold value_size bytes.
        unsafe { core::ptr::copy_nonoverlapping(value, copy, value_size) };
        let address = copy as usize;
        // SAFETY: `copy` stays valid until iceoryx2 calls the cleanup, which frees it once.
        let cleanup = Box::new(move || unsafe { std::alloc::dealloc(address as *mut u8, layout) });
        // SAFETY: the key has the key type's size; the value these details.
        handle.creator = Some(unsafe { builder.__internal_add(key, copy, details, cleanup) });
        Ok(())
    })
}

fn create_error(e: BlackboardCreateError) -> Code {
    match e {
        BlackboardCreateError::AlreadyExists => Code::ServiceAlreadyExists,
        BlackboardCreateError::NoEntriesProvided => Code::InvalidArgument,
        BlackboardCreateError::Interrupt => Code::Interrupted,
        _ => Code::Failed,
    }
}

fn open_error(e: BlackboardOpenError) -> Code {
    use BlackboardOpenError as E;
    match e {
        E::DoesNotExist => Code::ServiceNotFound,
        E::IncompatibleKeys => Code::IncompatibleTypes,
        E::Interrupt => Code::Interrupted,
        E::InternalFailure | E::InsufficientPermissions | E::HangsInCreation | E::ServiceInCorruptedState => Code::Failed,
        _ => Code::IncompatibleService,
    }
}

/// Creates the blackboard the creator describes; the creator is used up (drop it after).
///
/// # Safety
/// `creator` must be a live creator handle, `out_service` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_create(
    creator: *mut BlackboardCreatorHandle,
    out_service: *mut *mut BlackboardServiceHandle,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(creator, "creator") }?;
        let builder = handle.creator.take().ok_or_else(|| Error::invalid("the blackboard was created already"))?;
        let name = &handle.name;
        let factory = builder
            .create()
            .map_err(|e| Error::iceoryx(create_error(e), &format!("cannot create blackboard \"{name}\""), e))?;
        let service = BlackboardServiceHandle { factory };
        unsafe { put(out_service, args::into_handle(service), "service") }
    })
}

/// # Safety
/// `creator` must be null or a creator handle not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_creator_drop(creator: *mut BlackboardCreatorHandle) {
    guard_drop(|| unsafe { args::drop_handle(creator) });
}

/// Opens an existing blackboard with this key type (QoS as for [`iox_blackboard_creator`]).
///
/// # Safety
/// As for [`iox_blackboard_creator`]; `out_service` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_open(
    node: *mut NodeHandle,
    name: *const u8,
    name_len: usize,
    key_name: *const u8,
    key_name_len: usize,
    key_size: usize,
    key_alignment: usize,
    qos: *const u64,
    out_service: *mut *mut BlackboardServiceHandle,
) -> i32 {
    guard(|| {
        let node = unsafe { args::handle(node, "node") }?;
        let text = unsafe { args::text(name, name_len, "service name") }?;
        let service = service_name(text)?;
        let key = unsafe { fixed_type(key_name, key_name_len, key_size, key_alignment, "key") }?;
        let [max_readers, max_nodes] = unsafe { args::read_values(qos, "qos") }?.map(optional);
        // SAFETY: as in iox_blackboard_creator.
        let mut opener = unsafe {
            node.node
                .service_builder(&service)
                .blackboard_opener::<CustomKeyMarker>()
                .__internal_set_key_type_details(&key)
                .__internal_set_key_eq_cmp_func(bytewise(key_size))
        };
        if let Some(v) = max_readers {
            opener = opener.max_readers(v);
        }
        if let Some(v) = max_nodes {
            opener = opener.max_nodes(v);
        }
        let factory = opener
            .open()
            .map_err(|e| Error::iceoryx(open_error(e), &format!("cannot open blackboard \"{text}\""), e))?;
        let handle = BlackboardServiceHandle { factory };
        unsafe { put(out_service, args::into_handle(handle), "service") }
    })
}

/// # Safety
/// `service` must be null or a service handle not used afterwards; its ports stay usable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_service_drop(service: *mut BlackboardServiceHandle) {
    guard_drop(|| unsafe { args::drop_handle(service) });
}

/// # Safety
/// `service` must be a live service handle, `out_writer` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_writer_create(
    service: *mut BlackboardServiceHandle,
    out_writer: *mut *mut BlackboardWriterHandle,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        let writer = handle
            .factory
            .writer_builder()
            .create()
            .map_err(|e| Error::iceoryx(Code::LimitReached, "cannot create the writer (a blackboard has one)", e))?;
        let writer = BlackboardWriterHandle { writer };
        unsafe { put(out_writer, args::into_handle(writer), "writer") }
    })
}

/// # Safety
/// `writer` must be null or a writer handle not used afterwards (its entries stay usable).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_writer_drop(writer: *mut BlackboardWriterHandle) {
    guard_drop(|| unsafe { args::drop_handle(writer) });
}

/// # Safety
/// `service` must be a live service handle, `out_reader` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_reader_create(
    service: *mut BlackboardServiceHandle,
    out_reader: *mut *mut BlackboardReaderHandle,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        let reader = handle
            .factory
            .reader_builder()
            .create()
            .map_err(|e| Error::iceoryx(Code::LimitReached, "cannot create the reader", e))?;
        let reader = BlackboardReaderHandle { reader };
        unsafe { put(out_reader, args::into_handle(reader), "reader") }
    })
}

/// # Safety
/// `reader` must be null or a reader handle not used afterwards (its entries stay usable).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_reader_drop(reader: *mut BlackboardReaderHandle) {
    guard_drop(|| unsafe { args::drop_handle(reader) });
}

/// The writer's handle of the entry of `key`, whose value has the given type.
///
/// # Safety
/// `writer` must be a live writer handle, `key` readable for the key size, the name valid for
/// its length, `out_entry` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_writer_entry(
    writer: *mut BlackboardWriterHandle,
    key: *const u8,
    value_name: *const u8,
    value_name_len: usize,
    value_size: usize,
    value_alignment: usize,
    out_entry: *mut *mut EntryWriterHandle,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(writer, "writer") }?;
        let details = unsafe { entry_type(key, value_name, value_name_len, value_size, value_alignment) }?;
        // SAFETY: the key has the key type's size.
        let entry = unsafe { handle.writer.__internal_entry(key, &details) }.map_err(no_such_entry)?;
        let entry = EntryWriterHandle { entry, size: value_size, alignment: value_alignment };
        unsafe { put(out_entry, args::into_handle(entry), "entry") }
    })
}

/// Writes a copy of `value` (the entry's value size) into the entry.
///
/// # Safety
/// `entry` must be a live entry writer handle, `value` readable for the value size.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_entry_update(entry: *mut EntryWriterHandle, value: *const u8) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(entry, "entry") }?;
        if value.is_null() {
            return Err(Error::invalid("value is null"));
        }
        // SAFETY: the cell has the value's size and alignment; it is published right after.
        unsafe {
            let cell = handle.entry.__internal_get_ptr_to_write_cell(handle.size, handle.alignment);
            core::ptr::copy_nonoverlapping(value, cell, handle.size);
            handle.entry.__internal_update_write_cell();
        }
        Ok(())
    })
}

/// # Safety
/// `entry` must be null or an entry writer handle not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_entry_writer_drop(entry: *mut EntryWriterHandle) {
    guard_drop(|| unsafe { args::drop_handle(entry) });
}

/// The reader's handle of the entry of `key`, whose value has the given type.
///
/// # Safety
/// As for [`iox_blackboard_writer_entry`], with a live reader handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_reader_entry(
    reader: *mut BlackboardReaderHandle,
    key: *const u8,
    value_name: *const u8,
    value_name_len: usize,
    value_size: usize,
    value_alignment: usize,
    out_entry: *mut *mut EntryReaderHandle,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(reader, "reader") }?;
        let details = unsafe { entry_type(key, value_name, value_name_len, value_size, value_alignment) }?;
        // SAFETY: the key has the key type's size.
        let entry = unsafe { handle.reader.__internal_entry(key, &details) }.map_err(no_such_entry)?;
        let entry = EntryReaderHandle { entry, size: value_size, alignment: value_alignment };
        unsafe { put(out_entry, args::into_handle(entry), "entry") }
    })
}

/// Copies the entry's current value to `value` and its generation (which changes with every
/// update) to `out_generation` (may be null).
///
/// # Safety
/// `entry` must be a live entry reader handle, `value` writable for the value size.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_entry_get(entry: *mut EntryReaderHandle, value: *mut u8, out_generation: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(entry, "entry") }?;
        if value.is_null() {
            return Err(Error::invalid("value is null"));
        }
        // SAFETY: the caller's buffer holds the value's size.
        unsafe { handle.entry.get(value, handle.size, handle.alignment, out_generation) };
        Ok(())
    })
}

/// # Safety
/// `entry` must be null or an entry reader handle not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_blackboard_entry_reader_drop(entry: *mut EntryReaderHandle) {
    guard_drop(|| unsafe { args::drop_handle(entry) });
}
