//! Request-response: services with type details given at run time, clients and servers.
//!
//! Messages are copied between the caller's memory and the shared memory (one copy each way),
//! which keeps the C ABI small; payload and headers are iceoryx2's custom markers, as for
//! publish-subscribe. A client keeps its pending responses (one per request sent) and a server
//! its active requests in slot tables sized when the port is created; the caller names them by
//! slot.

use core::mem::MaybeUninit;

use iceoryx2::active_request::ActiveRequest;
use iceoryx2::pending_response::PendingResponse;
use iceoryx2::port::client::Client;
use iceoryx2::port::server::Server;
use iceoryx2::prelude::*;
use iceoryx2::service::builder::request_response::{
    RequestResponseCreateError, RequestResponseOpenError, RequestResponseOpenOrCreateError,
};
use iceoryx2::service::marker::{CustomHeaderMarker, CustomPayloadMarker};
use iceoryx2::service::port_factory::request_response::PortFactory as RequestResponseFactory;
use iceoryx2::service::static_config::message_type_details::{TypeDetail, TypeVariant};

use crate::args::{self, UNSET, optional, put};
use crate::error::{Code, Error, Result, guard, guard_drop};
use crate::node::{Ipc, NodeHandle};
use crate::service::{Mode, service_name};

type Payload = [CustomPayloadMarker];
type Header = CustomHeaderMarker;
type Pending = PendingResponse<Ipc, Payload, Header, Payload, Header>;
type Active = ActiveRequest<Ipc, Payload, Header, Payload, Header>;

/// Sizes of the four message types, in the order request, request header, response, response header.
#[derive(Clone, Copy)]
struct Sizes([usize; 4]);

pub struct RequestResponseServiceHandle {
    factory: RequestResponseFactory<Ipc, Payload, Header, Payload, Header>,
    sizes: Sizes,
}

pub struct ClientHandle {
    // Declared before the client: pending responses are dropped first.
    pending: Vec<Option<Pending>>,
    client: Client<Ipc, Payload, Header, Payload, Header>,
    sizes: Sizes,
}

pub struct ServerHandle {
    // Declared before the server: active requests are dropped first.
    active: Vec<Option<Active>>,
    server: Server<Ipc, Payload, Header, Payload, Header>,
    sizes: Sizes,
}

/// Indices of the QoS array of [`iox_request_response_service`]; [`UNSET`] leaves a value to iceoryx2.
mod qos {
    pub const MAX_ACTIVE_REQUESTS_PER_CLIENT: usize = 0;
    pub const MAX_LOANED_REQUESTS: usize = 1;
    pub const MAX_RESPONSE_BUFFER_SIZE: usize = 2;
    pub const MAX_BORROWED_RESPONSES_PER_PENDING_RESPONSE: usize = 3;
    pub const MAX_SERVERS: usize = 4;
    pub const MAX_CLIENTS: usize = 5;
    pub const MAX_NODES: usize = 6;
    pub const COUNT: usize = 7;
}

fn type_detail(name: &str, size: usize, alignment: usize, what: &str) -> Result<TypeDetail> {
    if !alignment.is_power_of_two() {
        return Err(Error::invalid(format!("{what} \"{name}\": alignment {alignment} is not a power of two")));
    }
    TypeDetail::__internal_new_from_parts(TypeVariant::FixedSize, name, size, alignment)
        .map_err(|e| Error::invalid(format!("{what} type name \"{name}\": {e:?}")))
}

fn open_error(e: RequestResponseOpenError) -> Code {
    use RequestResponseOpenError as E;
    match e {
        E::DoesNotExist => Code::ServiceNotFound,
        E::IncompatibleRequestOrResponseType => Code::IncompatibleTypes,
        E::ExceedsMaxNumberOfNodes => Code::LimitReached,
        E::Interrupt => Code::Interrupted,
        E::InsufficientPermissions | E::InternalFailure | E::HangsInCreation => Code::Failed,
        _ => Code::IncompatibleService,
    }
}

fn create_error(e: RequestResponseCreateError) -> Code {
    match e {
        RequestResponseCreateError::AlreadyExists => Code::ServiceAlreadyExists,
        RequestResponseCreateError::Interrupt => Code::Interrupted,
        _ => Code::Failed,
    }
}

/// Reads the four type details: names as pointer and length, sizes and alignments; a header
/// whose name length is 0 is iceoryx2's unit type `()`.
///
/// # Safety
/// `names` and `name_lengths` must be readable for 4 values, each name valid for its length;
/// `layouts` for 8 values (size, alignment per type).
unsafe fn types(names: *const *const u8, name_lengths: *const usize, layouts: *const usize) -> Result<[TypeDetail; 4]> {
    if names.is_null() || name_lengths.is_null() || layouts.is_null() {
        return Err(Error::invalid("type details are null"));
    }
    const WHAT: [&str; 4] = ["request", "request header", "response", "response header"];
    let mut details = Vec::with_capacity(4);
    for (i, what) in WHAT.iter().enumerate() {
        // SAFETY: guaranteed by the caller.
        let (name, length, size, alignment) =
            unsafe { (*names.add(i), *name_lengths.add(i), *layouts.add(2 * i), *layouts.add(2 * i + 1)) };
        if i % 2 == 1 && length == 0 {
            details.push(type_detail("()", 0, 1, what)?);
        } else {
            let name = unsafe { args::text(name, length, what) }?;
            details.push(type_detail(name, size, alignment, what)?);
        }
    }
    details.try_into().map_err(|_| Error::invalid("four type details expected"))
}

/// Opens and/or creates a request-response service (`mode`: 0 open, 1 create, 2 open or
/// create). `names`/`name_lengths` give the type names of request, request header, response and
/// response header (a header of length 0: none), `layouts` their sizes and alignments (8
/// values); `qos` points to 7 values (max active requests per client, max loaned requests, max
/// response buffer size, max borrowed responses per pending response, max servers, max clients,
/// max nodes), each `u64::MAX` for iceoryx2's default.
///
/// # Safety
/// `node` must be a live node handle, the pointers valid as described, `out_service` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_request_response_service(
    node: *mut NodeHandle,
    mode: u32,
    name: *const u8,
    name_len: usize,
    names: *const *const u8,
    name_lengths: *const usize,
    layouts: *const usize,
    qos: *const u64,
    out_service: *mut *mut RequestResponseServiceHandle,
) -> i32 {
    guard(|| {
        let node = unsafe { args::handle(node, "node") }?;
        let mode = Mode::from(mode)?;
        let name = service_name(unsafe { args::text(name, name_len, "service name") }?)?;
        let [request, request_header, response, response_header] = unsafe { types(names, name_lengths, layouts) }?;
        if qos.is_null() {
            return Err(Error::invalid("qos is null"));
        }
        let mut q = [UNSET; qos::COUNT];
        // SAFETY: the caller provides qos::COUNT readable values.
        unsafe { core::ptr::copy_nonoverlapping(qos, q.as_mut_ptr(), qos::COUNT) };
        let sizes = Sizes([request.size(), request_header.size(), response.size(), response_header.size()]);
        let builder = node
            .node
            .service_builder(&name)
            .request_response::<Payload, Payload>()
            .request_user_header::<Header>()
            .response_user_header::<Header>();
        // SAFETY: the caller's messages have exactly these layouts; the Java API takes them from
        // the generated classes.
        let mut builder = unsafe {
            builder
                .__internal_set_request_payload_type_details(&request)
                .__internal_set_request_header_type_details(&request_header)
                .__internal_set_response_payload_type_details(&response)
                .__internal_set_response_header_type_details(&response_header)
        };
        if let Some(v) = optional(q[qos::MAX_ACTIVE_REQUESTS_PER_CLIENT]) {
            builder = builder.max_active_requests_per_client(v);
        }
        if let Some(v) = optional(q[qos::MAX_LOANED_REQUESTS]) {
            builder = builder.max_loaned_requests(v);
        }
        if let Some(v) = optional(q[qos::MAX_RESPONSE_BUFFER_SIZE]) {
            builder = builder.max_response_buffer_size(v);
        }
        if let Some(v) = optional(q[qos::MAX_BORROWED_RESPONSES_PER_PENDING_RESPONSE]) {
            builder = builder.max_borrowed_responses_per_pending_response(v);
        }
        if let Some(v) = optional(q[qos::MAX_SERVERS]) {
            builder = builder.max_servers(v);
        }
        if let Some(v) = optional(q[qos::MAX_CLIENTS]) {
            builder = builder.max_clients(v);
        }
        if let Some(v) = optional(q[qos::MAX_NODES]) {
            builder = builder.max_nodes(v);
        }
        let what = |verb: &str| format!("cannot {verb} request-response service \"{name}\"");
        let factory = match mode {
            Mode::Open => builder.open().map_err(|e| Error::iceoryx(open_error(e), &what("open"), e))?,
            Mode::Create => builder.create().map_err(|e| Error::iceoryx(create_error(e), &what("create"), e))?,
            Mode::OpenOrCreate => builder.open_or_create().map_err(|e| {
                let code = match e {
                    RequestResponseOpenOrCreateError::RequestResponseOpenError(e) => open_error(e),
                    RequestResponseOpenOrCreateError::RequestResponseCreateError(e) => create_error(e),
                    RequestResponseOpenOrCreateError::SystemInFlux => Code::Failed,
                };
                Error::iceoryx(code, &what("open or create"), e)
            })?,
        };
        let handle = RequestResponseServiceHandle { factory, sizes };
        unsafe { put(out_service, args::into_handle(handle), "service") }
    })
}

/// # Safety
/// `service` must be null or a service handle not used afterwards; its ports stay usable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_request_response_service_drop(service: *mut RequestResponseServiceHandle) {
    guard_drop(|| unsafe { args::drop_handle(service) });
}

/// Reads the service's settings into `out[0..7]` (the order of the QoS array of
/// [`iox_request_response_service`]) and its current number of servers and clients into
/// `out[7]` and `out[8]`.
///
/// # Safety
/// `service` must be a live service handle and `out` writable for 9 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_request_response_service_info(service: *mut RequestResponseServiceHandle, out: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        if out.is_null() {
            return Err(Error::invalid("out is null"));
        }
        let config = handle.factory.static_config();
        let dynamic = handle.factory.dynamic_config();
        let values = [
            config.max_active_requests_per_client() as u64,
            config.max_loaned_requests() as u64,
            config.max_response_buffer_size() as u64,
            config.max_borrowed_responses_per_pending_response() as u64,
            config.max_servers() as u64,
            config.max_clients() as u64,
            config.max_nodes() as u64,
            dynamic.number_of_servers() as u64,
            dynamic.number_of_clients() as u64,
        ];
        // SAFETY: the caller provides 9 writable values.
        unsafe { core::ptr::copy_nonoverlapping(values.as_ptr(), out, values.len()) };
        Ok(())
    })
}

/// Creates a client and writes the number of requests it may have pending at once to `out_slots`.
///
/// # Safety
/// `service` must be a live service handle and the out-parameters writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_create(
    service: *mut RequestResponseServiceHandle,
    out_client: *mut *mut ClientHandle,
    out_slots: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        let client = handle.factory.client_builder().create().map_err(|e| {
            use iceoryx2::service::port_factory::client::ClientCreateError as E;
            let code = if matches!(e, E::ExceedsMaxSupportedClients) { Code::LimitReached } else { Code::Failed };
            Error::iceoryx(code, "cannot create the client", e)
        })?;
        let slots = handle.factory.static_config().max_active_requests_per_client().max(1);
        let pending = (0..slots).map(|_| None).collect();
        unsafe { put(out_slots, slots as u64, "slots") }?;
        unsafe { put(out_client, args::into_handle(ClientHandle { pending, client, sizes: handle.sizes }), "client") }
    })
}

/// # Safety
/// `client` must be null or a client handle not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_drop(client: *mut ClientHandle) {
    guard_drop(|| unsafe { args::drop_handle(client) });
}

/// Copies `request` (the request type's size) and `header` (the request header's size; null
/// for zeroes) into a loaned request, sends it, and writes the slot of its pending response to
/// `out_slot`.
///
/// # Safety
/// `client` must be a live client handle; `request` readable for the request size, `header`
/// null or readable for the header size, `out_slot` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_send_copy(
    client: *mut ClientHandle,
    request: *const u8,
    header: *const u8,
    out_slot: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(client, "client") }?;
        if request.is_null() {
            return Err(Error::invalid("request is null"));
        }
        let Some(slot) = handle.pending.iter().position(Option::is_none) else {
            return Err(Error::new(
                Code::LimitReached,
                format!("cannot send a request: this client has {} requests pending, the most the service allows; close one first", handle.pending.len()),
            ));
        };
        // SAFETY: one element of the service's fixed-size request type.
        let mut loan = unsafe { handle.client.loan_custom_payload(1) }.map_err(|e| Error::iceoryx(Code::LoanExhausted, "cannot loan a request", e))?;
        let [request_size, header_size, _, _] = handle.sizes.0;
        let payload: &mut [MaybeUninit<CustomPayloadMarker>] = loan.payload_mut();
        // SAFETY: the loan has request_size bytes, the caller's request too.
        unsafe { core::ptr::copy_nonoverlapping(request, payload.as_mut_ptr() as *mut u8, request_size) };
        let user_header = loan.user_header_mut() as *mut Header as *mut u8;
        // SAFETY: the header has header_size bytes, the caller's too.
        unsafe {
            if header.is_null() {
                user_header.write_bytes(0, header_size);
            } else {
                core::ptr::copy_nonoverlapping(header, user_header, header_size);
            }
        }
        // SAFETY: every byte was written above.
        let pending = unsafe { loan.assume_init() }.send().map_err(|e| {
            use iceoryx2::port::client::RequestSendError as E;
            let code = if matches!(e, E::ExceedsMaxActiveRequests) { Code::LimitReached } else { Code::Connection };
            Error::iceoryx(code, "cannot send the request", e)
        })?;
        handle.pending[slot] = Some(pending);
        unsafe { put(out_slot, slot as u64, "slot") }
    })
}

/// Takes the next response to the request of `slot`, if one arrived: copies its payload to
/// `response` and its header to `header` (may be null) and writes 1 to `out_received`, else 0.
/// `out_connected` (may be null) tells whether a server may still respond.
///
/// # Safety
/// `client` must be a live client handle; `response` writable for the response size, `header`
/// null or writable for the header size; `out_received` writable, `out_connected` null or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_receive_copy(
    client: *mut ClientHandle,
    slot: u64,
    response: *mut u8,
    header: *mut u8,
    out_received: *mut u64,
    out_connected: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(client, "client") }?;
        let [_, _, response_size, header_size] = handle.sizes.0;
        let pending = handle
            .pending
            .get(slot as usize)
            .and_then(Option::as_ref)
            .ok_or_else(|| Error::invalid(format!("the client has no pending response in slot {slot}")))?;
        let received = pending.receive().map_err(|e| Error::iceoryx(Code::Connection, "cannot receive a response", e))?;
        if !out_connected.is_null() {
            // SAFETY: non-null out-parameters are writable.
            unsafe { out_connected.write(pending.is_connected() as u64) };
        }
        let got = match received {
            None => 0,
            Some(answer) => {
                if response.is_null() {
                    return Err(Error::invalid("response is null"));
                }
                // SAFETY: the response has response_size bytes; the caller's buffers too.
                unsafe {
                    core::ptr::copy_nonoverlapping(answer.payload().as_ptr() as *const u8, response, response_size);
                    if !header.is_null() {
                        core::ptr::copy_nonoverlapping(answer.user_header() as *const Header as *const u8, header, header_size);
                    }
                }
                1
            }
        };
        unsafe { put(out_received, got, "received") }
    })
}

/// Gives up the pending response of `slot`: later responses to it are dropped.
///
/// # Safety
/// `client` must be a live client handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_release(client: *mut ClientHandle, slot: u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(client, "client") }?;
        handle
            .pending
            .get_mut(slot as usize)
            .and_then(Option::take)
            .map(drop)
            .ok_or_else(|| Error::invalid(format!("the client has no pending response in slot {slot}")))
    })
}

/// Creates a server and writes the number of requests it may hold at once to `out_slots`.
///
/// # Safety
/// `service` must be a live service handle and the out-parameters writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_server_create(
    service: *mut RequestResponseServiceHandle,
    out_server: *mut *mut ServerHandle,
    out_slots: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        let server = handle.factory.server_builder().create().map_err(|e| {
            use iceoryx2::service::port_factory::server::ServerCreateError as E;
            let code = if matches!(e, E::ExceedsMaxSupportedServers) { Code::LimitReached } else { Code::Failed };
            Error::iceoryx(code, "cannot create the server", e)
        })?;
        let config = handle.factory.static_config();
        let slots = (config.max_active_requests_per_client() * config.max_clients()).max(1);
        let active = (0..slots).map(|_| None).collect();
        unsafe { put(out_slots, slots as u64, "slots") }?;
        unsafe { put(out_server, args::into_handle(ServerHandle { active, server, sizes: handle.sizes }), "server") }
    })
}

/// # Safety
/// `server` must be null or a server handle not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_server_drop(server: *mut ServerHandle) {
    guard_drop(|| unsafe { args::drop_handle(server) });
}

/// Takes the next request, if any: copies its payload to `request` and its header to `header`
/// (may be null), keeps it as active in a slot and writes the slot to `out_slot`; with none
/// waiting, `out_slot` is `u64::MAX`.
///
/// # Safety
/// `server` must be a live server handle; `request` writable for the request size, `header`
/// null or writable for the header size, `out_slot` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_server_receive_copy(
    server: *mut ServerHandle,
    request: *mut u8,
    header: *mut u8,
    out_slot: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(server, "server") }?;
        let [request_size, header_size, _, _] = handle.sizes.0;
        let Some(slot) = handle.active.iter().position(Option::is_none) else {
            return Err(Error::new(
                Code::LimitReached,
                format!("cannot receive: this server holds {} requests; close one first", handle.active.len()),
            ));
        };
        let received = handle.server.receive().map_err(|e| Error::iceoryx(Code::Connection, "cannot receive a request", e))?;
        let value = match received {
            None => UNSET,
            Some(active) => {
                if request.is_null() {
                    return Err(Error::invalid("request is null"));
                }
                // SAFETY: the request has request_size bytes; the caller's buffers too.
                unsafe {
                    core::ptr::copy_nonoverlapping(active.payload().as_ptr() as *const u8, request, request_size);
                    if !header.is_null() {
                        core::ptr::copy_nonoverlapping(active.user_header() as *const Header as *const u8, header, header_size);
                    }
                }
                handle.active[slot] = Some(active);
                slot as u64
            }
        };
        unsafe { put(out_slot, value, "slot") }
    })
}

/// Sends a response to the active request of `slot`: copies `response` (the response size) and
/// `header` (the response header's size; null for zeroes).
///
/// # Safety
/// `server` must be a live server handle; `response` readable for the response size, `header`
/// null or readable for the header size.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_server_respond_copy(server: *mut ServerHandle, slot: u64, response: *const u8, header: *const u8) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(server, "server") }?;
        let [_, _, response_size, header_size] = handle.sizes.0;
        if response.is_null() {
            return Err(Error::invalid("response is null"));
        }
        let active = handle
            .active
            .get(slot as usize)
            .and_then(Option::as_ref)
            .ok_or_else(|| Error::invalid(format!("the server has no active request in slot {slot}")))?;
        // SAFETY: one element of the service's fixed-size response type.
        let mut loan = unsafe { active.loan_custom_payload(1) }.map_err(|e| Error::iceoryx(Code::LoanExhausted, "cannot loan a response", e))?;
        let payload: &mut [MaybeUninit<CustomPayloadMarker>] = loan.payload_mut();
        // SAFETY: the loan has response_size bytes, the caller's response too.
        unsafe { core::ptr::copy_nonoverlapping(response, payload.as_mut_ptr() as *mut u8, response_size) };
        let user_header = loan.user_header_mut() as *mut Header as *mut u8;
        // SAFETY: the header has header_size bytes, the caller's too.
        unsafe {
            if header.is_null() {
                user_header.write_bytes(0, header_size);
            } else {
                core::ptr::copy_nonoverlapping(header, user_header, header_size);
            }
        }
        // SAFETY: every byte was written above.
        unsafe { loan.assume_init() }.send().map_err(|e| Error::iceoryx(Code::Connection, "cannot send the response", e))
    })
}

/// Ends the active request of `slot`: the client receives no more responses to it.
///
/// # Safety
/// `server` must be a live server handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_server_release(server: *mut ServerHandle, slot: u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(server, "server") }?;
        handle
            .active
            .get_mut(slot as usize)
            .and_then(Option::take)
            .map(drop)
            .ok_or_else(|| Error::invalid(format!("the server has no active request in slot {slot}")))
    })
}
