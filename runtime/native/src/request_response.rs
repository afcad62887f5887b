//! Request-response: services with type details given at run time, clients and servers.
//!
//! Requests and responses are loaned and received in place, zero-copy, as publish-subscribe
//! samples are; payload and headers are iceoryx2's custom markers. A client keeps its loaned
//! requests, pending responses (one per request sent) and received responses, a server its
//! active requests and loaned responses, each in a slot table sized when the port is created
//! (see [`crate::slots`]); the caller names them by slot. Sending a request and receiving one,
//! loaning and sending a response, receiving and releasing one: two calls each, and no heap
//! allocation.

use core::mem::MaybeUninit;

use iceoryx2::active_request::ActiveRequest;
use iceoryx2::pending_response::PendingResponse;
use iceoryx2::port::client::Client;
use iceoryx2::port::server::Server;
use iceoryx2::request_mut_uninit::RequestMutUninit;
use iceoryx2::response::Response;
use iceoryx2::response_mut_uninit::ResponseMutUninit;
use iceoryx2::prelude::*;
use iceoryx2::service::builder::request_response::{
    RequestResponseCreateError, RequestResponseOpenError, RequestResponseOpenOrCreateError,
};
use iceoryx2::service::marker::{CustomHeaderMarker, CustomPayloadMarker};
use iceoryx2::service::port_factory::request_response::PortFactory as RequestResponseFactory;
use iceoryx2::service::static_config::message_type_details::{TypeDetail, TypeVariant};

use crate::args::{self, UNSET, optional, put, require_out, write_out};
use crate::error::{Code, Error, Result, guard, guard_drop};
use crate::node::{NodeHandle, PortIpc};
use crate::service::{Mode, no_header, obtain, service_name, type_detail};
use crate::slots;

type Payload = [CustomPayloadMarker];
type Header = CustomHeaderMarker;
type Uninit = [MaybeUninit<CustomPayloadMarker>];
type Pending = PendingResponse<PortIpc, Payload, Header, Payload, Header>;
type Active = ActiveRequest<PortIpc, Payload, Header, Payload, Header>;
type RequestLoan = RequestMutUninit<PortIpc, Uninit, Header, Payload, Header>;
type Received = Response<PortIpc, Payload, Header>;
type ResponseLoan = ResponseMutUninit<PortIpc, Uninit, Header>;

/// Sizes of the four message types, in the order request, request header, response, response header.
#[derive(Clone, Copy)]
struct Sizes([usize; 4]);

pub struct RequestResponseServiceHandle {
    factory: RequestResponseFactory<PortIpc, Payload, Header, Payload, Header>,
    sizes: Sizes,
    /// The node config's default for a server's loans per request, which sizes its loan table.
    default_loans_per_request: usize,
}

pub struct ClientHandle {
    // Declared before the client, so they are dropped first.
    loans: Vec<Option<RequestLoan>>,
    responses: Vec<Option<Received>>,
    pending: Vec<Option<Pending>>,
    client: Client<PortIpc, Payload, Header, Payload, Header>,
    sizes: Sizes,
}

pub struct ServerHandle {
    // Declared before the server, so they are dropped first.
    loans: Vec<Option<ResponseLoan>>,
    active: Vec<Option<Active>>,
    server: Server<PortIpc, Payload, Header, Payload, Header>,
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
            details.push(no_header(what)?);
        } else {
            let name = unsafe { args::text(name, length, what) }?;
            details.push(type_detail(TypeVariant::FixedSize, name, size, alignment, what)?);
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
        let q: [u64; qos::COUNT] = unsafe { args::read_values(qos, "qos") }?;
        let sizes = Sizes([request.size(), request_header.size(), response.size(), response_header.size()]);
        let node = node.port_node()?;
        let builder = node
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
        let factory = obtain!(builder, mode, "request-response service", name, open_error, create_error,
            RequestResponseOpenOrCreateError::{RequestResponseOpenError, RequestResponseCreateError})?;
        let default_loans_per_request = node.config().defaults.request_response.server_max_loaned_responses_per_request;
        let handle = RequestResponseServiceHandle { factory, sizes, default_loans_per_request };
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
        unsafe { write_out(out, values) }
    })
}

/// `limit` says which limit a loan beyond the most allowed exceeds.
fn loan_error(what: &str, limit: &str, e: iceoryx2::port::LoanError) -> Error {
    use iceoryx2::port::LoanError as E;
    let (code, hint) = match e {
        E::ExceedsMaxLoans => (Code::LoanExhausted, format!(": {limit}; send or close one first")),
        E::OutOfMemory => (Code::LoanExhausted, ": the port's data segment is full, its messages are all held by the other side".into()),
        _ => (Code::Failed, String::new()),
    };
    Error::new(code, format!("cannot loan a {what} ({e}){hint}"))
}

fn receive_error(what: &str, e: iceoryx2::port::ReceiveError) -> Error {
    use iceoryx2::port::ReceiveError as E;
    match e {
        E::ExceedsMaxBorrows => Error::new(
            Code::LimitReached,
            format!("cannot receive a {what}: as many are held as the service allows; close one first"),
        ),
        E::ConnectionFailure(_) => Error::iceoryx(Code::Connection, &format!("cannot receive a {what}"), e),
    }
}

/// Zeroes a loan's payload and user header when `zeroed` is set (so no byte of an earlier
/// message leaks into this one) and returns their addresses.
///
/// # Safety
/// `payload` and `header` must be writable for `sizes.0` and `sizes.1` bytes.
unsafe fn loan_addresses(payload: *mut u8, header: *mut u8, zeroed: u32, sizes: (usize, usize)) -> (u64, u64) {
    if zeroed != 0 {
        // SAFETY: guaranteed by the caller.
        unsafe {
            payload.write_bytes(0, sizes.0);
            header.write_bytes(0, sizes.1);
        }
    }
    (payload as u64, header as u64)
}

/// Creates a client and writes its table sizes to `out[0..4]`: the requests it may have pending
/// at once, the requests it may loan at once, the responses it may hold at once, and 1 if its
/// sends never wait (the service has safe overflow for requests), else 0.
///
/// # Safety
/// `service` must be a live service handle, `out_client` writable and `out` writable for 4 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_create(service: *mut RequestResponseServiceHandle, out_client: *mut *mut ClientHandle, out: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        require_out(out)?;
        let client = handle.factory.client_builder().create().map_err(|e| {
            use iceoryx2::service::port_factory::client::ClientCreateError as E;
            let code = if matches!(e, E::ExceedsMaxSupportedClients) { Code::LimitReached } else { Code::Failed };
            Error::iceoryx(code, "cannot create the client", e)
        })?;
        let config = handle.factory.static_config();
        let pending = config.max_active_requests_per_client().max(1);
        let loans = config.max_loaned_requests().max(1);
        let responses = pending * config.max_borrowed_responses_per_pending_response().max(1);
        let never_waits = config.has_safe_overflow_for_requests() as u64;
        unsafe { write_out(out, [pending as u64, loans as u64, responses as u64, never_waits]) }?;
        let client = ClientHandle {
            loans: slots::table(loans),
            responses: slots::table(responses),
            pending: slots::table(pending),
            client,
            sizes: handle.sizes,
        };
        unsafe { put(out_client, args::into_handle(client), "client") }
    })
}

/// # Safety
/// `client` must be null or a client handle not used afterwards. Its loans, pending and
/// received responses are dropped with it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_drop(client: *mut ClientHandle) {
    guard_drop(|| unsafe { args::drop_handle(client) });
}

/// Loans a request: writes its slot, the address of its payload and that of its user header
/// to `out[0..3]`. With `zeroed` non-zero both are zeroed; else they hold what an earlier
/// message left there.
///
/// # Safety
/// `client` must be a live client handle and `out` writable for 3 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_loan(client: *mut ClientHandle, zeroed: u32, out: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(client, "client") }?;
        require_out(out)?;
        let slot = slots::free(&handle.loans, Code::LoanExhausted, |n| {
            format!("cannot loan a request: all {n} loans of this client are taken; send or close one first")
        })?;
        // SAFETY: one element of the service's fixed-size request type.
        let mut loan = unsafe { handle.client.loan_custom_payload(1) }.map_err(|e| loan_error("request", "the client holds as many loaned requests as the service allows", e))?;
        let [size, header_size, _, _] = handle.sizes.0;
        let payload = loan.payload_mut().as_mut_ptr() as *mut u8;
        let header = loan.user_header_mut() as *mut Header as *mut u8;
        // SAFETY: the loan's payload and user header have exactly these sizes.
        let (payload, header) = unsafe { loan_addresses(payload, header, zeroed, (size, header_size)) };
        unsafe { write_out(out, [slot as u64, payload, header]) }?;
        handle.loans[slot] = Some(loan);
        Ok(())
    })
}

/// Sends the loaned request of `slot` and writes the slot of its pending response to
/// `out_pending`. With every pending slot taken it fails and keeps the loan.
///
/// # Safety
/// `client` must be a live client handle, the request's payload fully written, `out_pending`
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_send(client: *mut ClientHandle, slot: u64, out_pending: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(client, "client") }?;
        require_out(out_pending)?;
        let pending_slot = slots::free(&handle.pending, Code::LimitReached, |n| {
            format!("cannot send the request: this client has {n} requests pending, the most the service allows; close one first")
        })?;
        let loan = slots::take(&mut handle.loans, slot, "loaned request")?;
        // SAFETY: the caller wrote the payload (the Java API zeroes it on loan unless asked not to).
        let pending = unsafe { loan.assume_init() }.send().map_err(|e| {
            use iceoryx2::port::client::RequestSendError as E;
            let code = match e {
                E::ExceedsMaxActiveRequests => Code::LimitReached,
                E::SendError(iceoryx2::port::SendError::LoanError(_)) => Code::LoanExhausted,
                _ => Code::Connection,
            };
            Error::iceoryx(code, "cannot send the request", e)
        })?;
        handle.pending[pending_slot] = Some(pending);
        // SAFETY: checked non-null above; the caller provides a writable value.
        unsafe { out_pending.write(pending_slot as u64) };
        Ok(())
    })
}

/// Gives the loaned request of `slot` back unsent.
///
/// # Safety
/// `client` must be a live client handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_discard(client: *mut ClientHandle, slot: u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(client, "client") }?;
        drop(slots::take(&mut handle.loans, slot, "loaned request")?);
        Ok(())
    })
}

/// Takes the next response to the request of pending slot `pending`, if one arrived: writes its
/// slot, payload address and user header address to `out[0..3]`; with none there, `out[0]` is
/// `u64::MAX`.
///
/// # Safety
/// `client` must be a live client handle and `out` writable for 3 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_receive(client: *mut ClientHandle, pending: u64, out: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(client, "client") }?;
        require_out(out)?;
        let request = slots::get(&handle.pending, pending, "pending response")?;
        let slot = slots::free(&handle.responses, Code::LimitReached, |n| {
            format!("cannot receive a response: this client holds {n} responses, the most the service allows; close one first")
        })?;
        let values = match request.receive().map_err(|e| receive_error("response", e))? {
            None => [UNSET, 0, 0],
            Some(response) => {
                let payload = response.payload().as_ptr() as u64;
                let header = response.user_header() as *const Header as u64;
                handle.responses[slot] = Some(response);
                [slot as u64, payload, header]
            }
        };
        unsafe { write_out(out, values) }
    })
}

/// Releases the received response of `slot`.
///
/// # Safety
/// `client` must be a live client handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_release_response(client: *mut ClientHandle, slot: u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(client, "client") }?;
        drop(slots::take(&mut handle.responses, slot, "received response")?);
        Ok(())
    })
}

/// Writes 1 to `out_connected` while a server may still respond to the request of pending slot
/// `pending`, else 0.
///
/// # Safety
/// `client` must be a live client handle and `out_connected` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_connected(client: *mut ClientHandle, pending: u64, out_connected: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(client, "client") }?;
        let request = slots::get(&handle.pending, pending, "pending response")?;
        unsafe { put(out_connected, request.is_connected() as u64, "connected") }
    })
}

/// Gives up the pending response of `slot`: later responses to it are dropped. Responses
/// received before stay valid until released.
///
/// # Safety
/// `client` must be a live client handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_client_release_pending(client: *mut ClientHandle, slot: u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(client, "client") }?;
        drop(slots::take(&mut handle.pending, slot, "pending response")?);
        Ok(())
    })
}

/// Creates a server and writes its table sizes to `out[0..3]`: the requests it may hold at
/// once, the responses it may loan at once (over all requests), and 1 if its sends never wait
/// (the service has safe overflow for responses), else 0.
///
/// # Safety
/// `service` must be a live service handle, `out_server` writable and `out` writable for 3 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_server_create(service: *mut RequestResponseServiceHandle, out_server: *mut *mut ServerHandle, out: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        require_out(out)?;
        let server = handle.factory.server_builder().create().map_err(|e| {
            use iceoryx2::service::port_factory::server::ServerCreateError as E;
            let code = if matches!(e, E::ExceedsMaxSupportedServers) { Code::LimitReached } else { Code::Failed };
            Error::iceoryx(code, "cannot create the server", e)
        })?;
        let config = handle.factory.static_config();
        let active = (config.max_active_requests_per_client() * config.max_clients()).max(1);
        let loans = active * handle.default_loans_per_request.max(1);
        let never_waits = config.has_safe_overflow_for_responses() as u64;
        unsafe { write_out(out, [active as u64, loans as u64, never_waits]) }?;
        let server = ServerHandle { loans: slots::table(loans), active: slots::table(active), server, sizes: handle.sizes };
        unsafe { put(out_server, args::into_handle(server), "server") }
    })
}

/// # Safety
/// `server` must be null or a server handle not used afterwards. Its loans and active requests
/// are dropped with it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_server_drop(server: *mut ServerHandle) {
    guard_drop(|| unsafe { args::drop_handle(server) });
}

/// Takes the next request, if any, and keeps it active: writes its slot, payload address and
/// user header address to `out[0..3]`; with none waiting, `out[0]` is `u64::MAX`.
///
/// # Safety
/// `server` must be a live server handle and `out` writable for 3 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_server_receive(server: *mut ServerHandle, out: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(server, "server") }?;
        require_out(out)?;
        let slot = slots::free(&handle.active, Code::LimitReached, |n| {
            format!("cannot receive a request: this server holds {n} requests, the most the service allows; close one first")
        })?;
        let values = match handle.server.receive().map_err(|e| receive_error("request", e))? {
            None => [UNSET, 0, 0],
            Some(active) => {
                let payload = active.payload().as_ptr() as u64;
                let header = active.user_header() as *const Header as u64;
                handle.active[slot] = Some(active);
                [slot as u64, payload, header]
            }
        };
        unsafe { write_out(out, values) }
    })
}

/// Ends the active request of `slot`: the client receives no more responses to it. The caller
/// sends or discards its loaned responses first.
///
/// # Safety
/// `server` must be a live server handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_server_release_request(server: *mut ServerHandle, slot: u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(server, "server") }?;
        drop(slots::take(&mut handle.active, slot, "active request")?);
        Ok(())
    })
}

/// Loans a response to the active request of slot `request`: writes the loan's slot, payload
/// address and user header address to `out[0..3]`, zeroed as for [`iox_client_loan`].
///
/// # Safety
/// `server` must be a live server handle and `out` writable for 3 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_server_loan(server: *mut ServerHandle, request: u64, zeroed: u32, out: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(server, "server") }?;
        require_out(out)?;
        let active = slots::get(&handle.active, request, "active request")?;
        let slot = slots::free(&handle.loans, Code::LoanExhausted, |n| {
            format!("cannot loan a response: all {n} loans of this server are taken; send or close one first")
        })?;
        // SAFETY: one element of the service's fixed-size response type.
        let mut loan = unsafe { active.loan_custom_payload(1) }.map_err(|e| {
            loan_error("response", "the server holds as many loaned responses to this request as it may (iceoryx2's server max loaned responses per request)", e)
        })?;
        let [_, _, size, header_size] = handle.sizes.0;
        let payload = loan.payload_mut().as_mut_ptr() as *mut u8;
        let header = loan.user_header_mut() as *mut Header as *mut u8;
        // SAFETY: the loan's payload and user header have exactly these sizes.
        let (payload, header) = unsafe { loan_addresses(payload, header, zeroed, (size, header_size)) };
        unsafe { write_out(out, [slot as u64, payload, header]) }?;
        handle.loans[slot] = Some(loan);
        Ok(())
    })
}

/// Sends the loaned response of `slot` to the client of its request.
///
/// # Safety
/// `server` must be a live server handle and the response's payload fully written.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_server_send(server: *mut ServerHandle, slot: u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(server, "server") }?;
        let loan = slots::take(&mut handle.loans, slot, "loaned response")?;
        // SAFETY: the caller wrote the payload (the Java API zeroes it on loan unless asked not to).
        unsafe { loan.assume_init() }.send().map_err(|e| {
            let code = match e {
                iceoryx2::port::SendError::LoanError(_) => Code::LoanExhausted,
                _ => Code::Connection,
            };
            Error::iceoryx(code, "cannot send the response", e)
        })
    })
}

/// Gives the loaned response of `slot` back unsent.
///
/// # Safety
/// `server` must be a live server handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_server_discard(server: *mut ServerHandle, slot: u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(server, "server") }?;
        drop(slots::take(&mut handle.loans, slot, "loaned response")?);
        Ok(())
    })
}
