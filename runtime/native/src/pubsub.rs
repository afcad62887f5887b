//! Publish-subscribe: services with type details given at run time, publishers, subscribers.
//!
//! The payload and user header are iceoryx2's "custom" marker types, whose name, size and
//! alignment are set at run time, as iceoryx2's own language bindings do it. A payload is either
//! one value of a fixed-size type or a slice of elements of one (iceoryx2's `[T]`, type variant
//! `Dynamic`, whose samples each carry their length); the type detail of a slice is its
//! element's, as Rust's `publish_subscribe::<[u8]>()` and Python's `Slice[c_uint8]` state it.
//!
//! Loaned and received samples wait in a fixed table of slots allocated with the port (as many
//! as it may hold at once), so a message costs no heap allocation here; the caller names a
//! sample by its slot index.

use core::mem::MaybeUninit;

use iceoryx2::port::publisher::Publisher;
use iceoryx2::port::subscriber::Subscriber;
use iceoryx2::prelude::*;
use iceoryx2::sample::Sample;
use iceoryx2::sample_mut_uninit::SampleMutUninit;
use iceoryx2::service::builder::publish_subscribe::{
    PublishSubscribeCreateError, PublishSubscribeOpenError, PublishSubscribeOpenOrCreateError,
};
use iceoryx2::service::marker::{CustomHeaderMarker, CustomPayloadMarker};
use iceoryx2::service::port_factory::publish_subscribe::PortFactory as PubSubFactory;
use iceoryx2::service::static_config::message_type_details::{MessageTypeDetails, TypeDetail, TypeVariant};

use crate::args::{self, UNSET, optional, put};
use crate::error::{Code, Error, Result, guard, guard_drop};
use crate::node::{NodeHandle, PortIpc};
use crate::service::{Mode, no_header, obtain, service_name, type_detail};
use crate::slots;

type Payload = [CustomPayloadMarker];
type UserHeader = CustomHeaderMarker;
type Loan = SampleMutUninit<PortIpc, [MaybeUninit<CustomPayloadMarker>], UserHeader>;

pub struct PubSubServiceHandle {
    factory: PubSubFactory<PortIpc, Payload, UserHeader>,
    /// The payload's size, or a slice element's.
    payload_size: usize,
    header_size: usize,
    slice: bool,
    /// The node config's default for a publisher's loans, which sizes its slot table.
    default_max_loans: usize,
}

pub struct PublisherHandle {
    // Declared before the publisher: samples are dropped first.
    loans: Vec<Option<Loan>>,
    publisher: Publisher<PortIpc, Payload, UserHeader>,
    payload_size: usize,
    header_size: usize,
    slice: bool,
}

pub struct SubscriberHandle {
    // Declared before the subscriber: samples are released first.
    samples: Vec<Option<Sample<PortIpc, Payload, UserHeader>>>,
    subscriber: Subscriber<PortIpc, Payload, UserHeader>,
    payload_size: usize,
}

/// Indices of the QoS array of [`iox_pubsub_service`]; [`UNSET`] leaves a value to iceoryx2.
mod qos {
    pub const HISTORY_SIZE: usize = 0;
    pub const SUBSCRIBER_MAX_BUFFER_SIZE: usize = 1;
    pub const SUBSCRIBER_MAX_BORROWED_SAMPLES: usize = 2;
    pub const MAX_PUBLISHERS: usize = 3;
    pub const MAX_SUBSCRIBERS: usize = 4;
    pub const MAX_NODES: usize = 5;
    pub const ENABLE_SAFE_OVERFLOW: usize = 6;
    pub const COUNT: usize = 7;
}

fn describe(detail: &TypeDetail) -> String {
    match detail.variant() {
        TypeVariant::FixedSize => format!("{} (size {}, alignment {})", detail.type_name(), detail.size(), detail.alignment()),
        TypeVariant::Dynamic => {
            format!("a slice of {} (element size {}, alignment {})", detail.type_name(), detail.size(), detail.alignment())
        }
    }
}

fn describe_types(details: &MessageTypeDetails) -> String {
    format!("payload {}, user header {}", describe(&details.payload), describe(&details.user_header))
}

/// The message for a service that exists with other types: both sides' names, sizes and
/// alignments, read from the service's static config (iceoryx2's error says only
/// "IncompatibleTypes").
fn incompatible_types(node: &Node<PortIpc>, name: &ServiceName, payload: &TypeDetail, header: &TypeDetail) -> Error {
    let requested = format!("payload {}, user header {}", describe(payload), describe(header));
    let existing = match <PortIpc as iceoryx2::service::Service>::details(name, node.config(), MessagingPattern::PublishSubscribe) {
        Ok(Some(details)) => describe_types(details.static_details.publish_subscribe().message_type_details()),
        _ => "types that could not be read".to_string(),
    };
    Error::complete(
        Code::IncompatibleTypes,
        format!(
            "incompatible types for publish-subscribe service \"{name}\": the service has {existing}; this side asks for {requested} (both must be slices or both not, type name and size must be equal, and the alignment at most the service's)"
        ),
    )
}

fn open_error(e: PublishSubscribeOpenError) -> Code {
    use PublishSubscribeOpenError as E;
    match e {
        E::DoesNotExist => Code::ServiceNotFound,
        E::IncompatibleTypes => Code::IncompatibleTypes,
        E::IncompatibleMessagingPattern
        | E::IncompatibleAttributes
        | E::DoesNotSupportRequestedMinBufferSize
        | E::DoesNotSupportRequestedMinHistorySize
        | E::DoesNotSupportRequestedMinSubscriberBorrowedSamples
        | E::DoesNotSupportRequestedAmountOfPublishers
        | E::DoesNotSupportRequestedAmountOfSubscribers
        | E::DoesNotSupportRequestedAmountOfNodes
        | E::IncompatibleOverflowBehavior
        | E::VersionMismatch => Code::IncompatibleService,
        E::ExceedsMaxNumberOfNodes => Code::LimitReached,
        E::Interrupt => Code::Interrupted,
        _ => Code::Failed,
    }
}

fn create_error(e: PublishSubscribeCreateError) -> Code {
    match e {
        PublishSubscribeCreateError::AlreadyExists => Code::ServiceAlreadyExists,
        PublishSubscribeCreateError::SubscriberBufferMustBeLargerThanHistorySize => Code::InvalidArgument,
        PublishSubscribeCreateError::Interrupt => Code::Interrupted,
        _ => Code::Failed,
    }
}

struct Request<'a> {
    node: &'a Node<PortIpc>,
    name: ServiceName,
    payload: TypeDetail,
    header: TypeDetail,
    qos: [u64; qos::COUNT],
}

fn open_service(request: &Request, mode: Mode) -> Result<PubSubServiceHandle> {
    let q = &request.qos;
    let mut builder = request
        .node
        .service_builder(&request.name)
        .publish_subscribe::<Payload>()
        .user_header::<UserHeader>();
    // SAFETY: the caller's payload and user header have exactly these layouts; that is the
    // contract of the runtime's Java API, which takes them from the generated classes.
    builder = unsafe {
        builder
            .__internal_set_payload_type_details(&request.payload)
            .__internal_set_user_header_type_details(&request.header)
    };
    if let Some(v) = optional(q[qos::HISTORY_SIZE]) {
        builder = builder.history_size(v);
    }
    if let Some(v) = optional(q[qos::SUBSCRIBER_MAX_BUFFER_SIZE]) {
        builder = builder.subscriber_max_buffer_size(v);
    }
    if let Some(v) = optional(q[qos::SUBSCRIBER_MAX_BORROWED_SAMPLES]) {
        builder = builder.subscriber_max_borrowed_samples(v);
    }
    if let Some(v) = optional(q[qos::MAX_PUBLISHERS]) {
        builder = builder.max_publishers(v);
    }
    if let Some(v) = optional(q[qos::MAX_SUBSCRIBERS]) {
        builder = builder.max_subscribers(v);
    }
    if let Some(v) = optional(q[qos::MAX_NODES]) {
        builder = builder.max_nodes(v);
    }
    if q[qos::ENABLE_SAFE_OVERFLOW] != UNSET {
        builder = builder.enable_safe_overflow(q[qos::ENABLE_SAFE_OVERFLOW] != 0);
    }
    let name = &request.name;
    // iceoryx2's error says only "IncompatibleTypes": this one names both sides' types.
    let factory = obtain!(builder, mode, "publish-subscribe service", name, open_error, create_error,
        PublishSubscribeOpenOrCreateError::{PublishSubscribeOpenError, PublishSubscribeCreateError})
    .map_err(|error| match error.code {
        Code::IncompatibleTypes => incompatible_types(request.node, name, &request.payload, &request.header),
        _ => error,
    })?;
    let default_max_loans = request.node.config().defaults.publish_subscribe.publisher_max_loaned_samples;
    Ok(PubSubServiceHandle {
        factory,
        payload_size: request.payload.size(),
        header_size: request.header.size(),
        slice: request.payload.variant() == TypeVariant::Dynamic,
        default_max_loans,
    })
}

/// Opens and/or creates a publish-subscribe service (`mode`: 0 open, 1 create, 2 open or
/// create). The payload is `payload_name` with the given size and alignment, or with
/// `payload_slice` non-zero a slice of elements of that type; the user header
/// likewise, or none when `header_name_len` is 0 (iceoryx2's unit type `()`, as every language's
/// binding writes it). `qos` points to 7 values (history size, subscriber max buffer size,
/// subscriber max borrowed samples, max publishers, max subscribers, max nodes, safe overflow
/// 0/1), each `u64::MAX` for iceoryx2's default.
///
/// # Safety
/// `node` must be a live node handle, the strings valid for their lengths, `qos` readable for 7
/// values, and `out_service` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_pubsub_service(
    node: *mut NodeHandle,
    mode: u32,
    name: *const u8,
    name_len: usize,
    payload_name: *const u8,
    payload_name_len: usize,
    payload_size: usize,
    payload_alignment: usize,
    payload_slice: u32,
    header_name: *const u8,
    header_name_len: usize,
    header_size: usize,
    header_alignment: usize,
    qos: *const u64,
    out_service: *mut *mut PubSubServiceHandle,
) -> i32 {
    guard(|| {
        let node = unsafe { args::handle(node, "node") }?;
        let mode = Mode::from(mode)?;
        let name = service_name(unsafe { args::text(name, name_len, "service name") }?)?;
        let payload_name = unsafe { args::text(payload_name, payload_name_len, "payload type name") }?;
        let variant = if payload_slice != 0 { TypeVariant::Dynamic } else { TypeVariant::FixedSize };
        let payload = type_detail(variant, payload_name, payload_size, payload_alignment, "payload")?;
        let header = if header_name_len == 0 {
            no_header("user header")?
        } else {
            let header_name = unsafe { args::text(header_name, header_name_len, "user header type name") }?;
            type_detail(TypeVariant::FixedSize, header_name, header_size, header_alignment, "user header")?
        };
        let qos = unsafe { args::read_values(qos, "qos") }?;
        let request = Request { node: node.port_node()?, name, payload, header, qos };
        let handle = open_service(&request, mode)?;
        unsafe { put(out_service, args::into_handle(handle), "service") }
    })
}

/// # Safety
/// `service` must be null or a service handle not used afterwards; its ports stay usable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_pubsub_service_drop(service: *mut PubSubServiceHandle) {
    guard_drop(|| unsafe { args::drop_handle(service) });
}

/// Reads the service's settings into `out` (7 values, in the order of the QoS array of
/// [`iox_pubsub_service`]) and its current number of publishers and subscribers into `out[7]`
/// and `out[8]`.
///
/// # Safety
/// `service` must be a live service handle and `out` writable for 9 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_pubsub_service_info(service: *mut PubSubServiceHandle, out: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        let config = handle.factory.static_config();
        let dynamic = handle.factory.dynamic_config();
        let values = [
            config.history_size() as u64,
            config.subscriber_max_buffer_size() as u64,
            config.subscriber_max_borrowed_samples() as u64,
            config.max_publishers() as u64,
            config.max_subscribers() as u64,
            config.max_nodes() as u64,
            config.has_safe_overflow() as u64,
            dynamic.number_of_publishers() as u64,
            dynamic.number_of_subscribers() as u64,
        ];
        unsafe { args::write_out(out, values) }
    })
}

/// Indices of the settings array of [`iox_publisher_create`]; [`UNSET`] leaves a value to
/// iceoryx2 (the node config's default, or 1 for the initial max slice length).
mod publisher_settings {
    pub const MAX_LOANED_SAMPLES: usize = 0;
    pub const INITIAL_MAX_SLICE_LEN: usize = 1;
    /// 0 static, 1 best fit, 2 power of two.
    pub const ALLOCATION_STRATEGY: usize = 2;
    /// 0 retry until delivered, 1 discard data.
    pub const BACKPRESSURE_STRATEGY: usize = 3;
    pub const COUNT: usize = 4;
}

fn allocation_strategy(code: u64) -> Result<AllocationStrategy> {
    match code {
        0 => Ok(AllocationStrategy::Static),
        1 => Ok(AllocationStrategy::BestFit),
        2 => Ok(AllocationStrategy::PowerOfTwo),
        _ => Err(Error::invalid(format!("unknown allocation strategy {code}"))),
    }
}

fn allocation_strategy_code(strategy: AllocationStrategy) -> u64 {
    match strategy {
        AllocationStrategy::Static => 0,
        AllocationStrategy::BestFit => 1,
        AllocationStrategy::PowerOfTwo => 2,
    }
}

fn backpressure_strategy(code: u64) -> Result<BackpressureStrategy> {
    match code {
        0 => Ok(BackpressureStrategy::RetryUntilDelivered),
        1 => Ok(BackpressureStrategy::DiscardData),
        _ => Err(Error::invalid(format!("unknown backpressure strategy {code}"))),
    }
}

fn backpressure_strategy_code(strategy: BackpressureStrategy) -> u64 {
    match strategy {
        BackpressureStrategy::RetryUntilDelivered => 0,
        BackpressureStrategy::DiscardData => 1,
    }
}

/// Creates a publisher with the 4 `settings` (max loaned samples, initial max slice length,
/// allocation strategy, backpressure strategy; see `mod publisher_settings`), and writes what it
/// got to `out[0..4]`: the number of its slots (loans it may hold), its initial max slice
/// length, allocation strategy and backpressure strategy.
///
/// # Safety
/// `service` must be a live service handle, `settings` readable for 4 values, `out_publisher`
/// writable and `out` writable for 4 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_publisher_create(
    service: *mut PubSubServiceHandle,
    settings: *const u64,
    out_publisher: *mut *mut PublisherHandle,
    out: *mut u64,
) -> i32 {
    use publisher_settings as s;
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        let values: [u64; s::COUNT] = unsafe { args::read_values(settings, "settings") }?;
        args::require_out(out)?;
        let mut builder = handle.factory.publisher_builder();
        let max_loans = match optional(values[s::MAX_LOANED_SAMPLES]) {
            Some(v) => {
                builder = builder.max_loaned_samples(v);
                v
            }
            None => handle.default_max_loans,
        };
        if let Some(v) = optional(values[s::INITIAL_MAX_SLICE_LEN]) {
            if !handle.slice && v != 1 {
                return Err(Error::invalid(format!(
                    "an initial max slice length of {v}: the service's payload is not a slice"
                )));
            }
            builder = builder.initial_max_slice_len(v);
        }
        if values[s::ALLOCATION_STRATEGY] != UNSET {
            builder = builder.allocation_strategy(allocation_strategy(values[s::ALLOCATION_STRATEGY])?);
        }
        if values[s::BACKPRESSURE_STRATEGY] != UNSET {
            builder = builder.backpressure_strategy(backpressure_strategy(values[s::BACKPRESSURE_STRATEGY])?);
        }
        let publisher = builder.create().map_err(|e| {
            let code = match e {
                iceoryx2::port::publisher::PublisherCreateError::ExceedsMaxSupportedPublishers => Code::LimitReached,
                _ => Code::Failed,
            };
            Error::iceoryx(code, "cannot create the publisher", e)
        })?;
        let slots = max_loans.max(1);
        let got = [
            slots as u64,
            publisher.initial_max_slice_len() as u64,
            allocation_strategy_code(publisher.allocation_strategy()),
            backpressure_strategy_code(publisher.backpressure_strategy()),
        ];
        let loans = slots::table(slots);
        let (payload_size, header_size, slice) = (handle.payload_size, handle.header_size, handle.slice);
        let publisher = PublisherHandle { loans, publisher, payload_size, header_size, slice };
        unsafe { args::write_out(out, got) }?;
        unsafe { put(out_publisher, args::into_handle(publisher), "publisher") }
    })
}

/// # Safety
/// `publisher` must be null or a publisher handle not used afterwards. Unsent loans are returned.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_publisher_drop(publisher: *mut PublisherHandle) {
    guard_drop(|| unsafe { args::drop_handle(publisher) });
}

fn loan_error(e: iceoryx2::port::LoanError) -> Error {
    use iceoryx2::port::LoanError as E;
    let code = match e {
        E::ExceedsMaxLoans | E::OutOfMemory => Code::LoanExhausted,
        E::ExceedsMaxLoanSize => Code::InvalidArgument,
        _ => Code::Failed,
    };
    let hint = match e {
        E::ExceedsMaxLoans => ": every loan this publisher may hold is taken; send or drop one first",
        E::OutOfMemory => ": the publisher's data segment is full, its samples are all held by subscribers or waiting in their buffers",
        E::ExceedsMaxLoanSize => ": the slice is longer than the publisher's initial max slice length, and its allocation strategy is static; create the publisher with a larger one, or a strategy that grows",
        _ => "",
    };
    Error::new(code, format!("cannot loan a sample ({e}){hint}"))
}

/// Loans a sample of `length` elements; writes slot, payload address and user header address
/// (0 without one) to `out[0..3]`.
fn loan_into(handle: &mut PublisherHandle, length: u64, zeroed: bool, out: *mut u64) -> Result<()> {
    if !handle.slice && length != 1 {
        return Err(Error::invalid(format!("cannot loan {length} elements: the service's payload is not a slice")));
    }
    let length = usize::try_from(length).map_err(|_| Error::invalid(format!("slice length {length} is too large")))?;
    let Some(slot) = handle.loans.iter().position(Option::is_none) else {
        return Err(Error::new(
            Code::LoanExhausted,
            format!("cannot loan a sample: all {} loans of this publisher are taken; send or drop one first", handle.loans.len()),
        ));
    };
    // SAFETY: 1 element of a fixed-size payload type, or any number of a slice's.
    let mut loan = unsafe { handle.publisher.loan_custom_payload(length) }.map_err(loan_error)?;
    let payload = loan.payload_mut().as_mut_ptr() as *mut u8;
    let header = loan.user_header_mut() as *mut UserHeader as *mut u8;
    if zeroed {
        // SAFETY: the loan's payload and user header have exactly these sizes (the loan
        // succeeded, so the product does not overflow).
        unsafe {
            payload.write_bytes(0, length * handle.payload_size);
            header.write_bytes(0, handle.header_size);
        }
    }
    let (payload, header) = (payload as u64, header as u64);
    handle.loans[slot] = Some(loan);
    let values = [slot as u64, payload, header];
    // SAFETY: the caller provides 3 writable values.
    unsafe { core::ptr::copy_nonoverlapping(values.as_ptr(), out, values.len()) };
    Ok(())
}

/// Gives back the loaned sample of slot `discard` unsent, unless it is `u64::MAX`, then loans a
/// sample of `length` elements (1 unless the payload is a slice): writes its slot, the address
/// of its payload and that of its user header (0 without one) to `out[0..3]`. With `zeroed`
/// non-zero, payload and user header are zeroed (so no byte of an earlier message leaks into
/// this one); else they hold what an earlier message left there. (The discard is for a sample
/// loaned ahead by [`iox_publisher_send`] that turned out to be of the wrong length.)
///
/// # Safety
/// `publisher` must be a live publisher handle and `out` writable for 3 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_publisher_loan(
    publisher: *mut PublisherHandle,
    discard: u64,
    length: u64,
    zeroed: u32,
    out: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(publisher, "publisher") }?;
        if out.is_null() {
            return Err(Error::invalid("out is null"));
        }
        if discard != UNSET {
            drop(take_loan(handle, discard)?);
        }
        loan_into(handle, length, zeroed != 0, out)
    })
}

fn take_loan(handle: &mut PublisherHandle, slot: u64) -> Result<Loan> {
    handle
        .loans
        .get_mut(slot as usize)
        .and_then(Option::take)
        .ok_or_else(|| Error::invalid(format!("publisher has no loaned sample in slot {slot}")))
}

/// Sends the loaned sample of `slot` and writes the number of subscribers it reached to
/// `out[3]`. Then, unless `next_length` is `u64::MAX`, loans the next sample ahead, as
/// [`iox_publisher_loan`] with `next_length` and `next_zeroed` would, into `out[0..3]`; if that
/// loan fails, `out[0]` is `u64::MAX` and the caller loans when it needs the sample (and gets
/// the error then). So a publisher that sends one message after another makes one call each.
///
/// # Safety
/// `publisher` must be a live publisher handle, `out` writable for 4 values, and the payload of
/// the sample fully written.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_publisher_send(
    publisher: *mut PublisherHandle,
    slot: u64,
    next_length: u64,
    next_zeroed: u32,
    out: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(publisher, "publisher") }?;
        if out.is_null() {
            return Err(Error::invalid("out is null"));
        }
        let loan = take_loan(handle, slot)?;
        // SAFETY: the caller wrote the payload (the Java API zeroes it on loan unless asked not to).
        let sample = unsafe { loan.assume_init() };
        let recipients = sample.send().map_err(|e| {
            let code = match e {
                iceoryx2::port::SendError::LoanError(_) => Code::LoanExhausted,
                _ => Code::Connection,
            };
            Error::iceoryx(code, "cannot send the sample", e)
        })?;
        // SAFETY: the caller provides 4 writable values.
        unsafe { out.add(3).write(recipients as u64) };
        if next_length == UNSET || loan_into(handle, next_length, next_zeroed != 0, out).is_err() {
            // SAFETY: as above.
            unsafe { out.write(UNSET) };
        }
        Ok(())
    })
}

/// Returns the loaned sample of `slot` unsent.
///
/// # Safety
/// `publisher` must be a live publisher handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_publisher_discard(publisher: *mut PublisherHandle, slot: u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(publisher, "publisher") }?;
        drop(take_loan(handle, slot)?);
        Ok(())
    })
}

/// Creates a subscriber; `buffer_size` `u64::MAX` takes the service's maximum. Writes the number
/// of its slots (samples it may hold at once) to `out_slots`.
///
/// # Safety
/// `service` must be a live service handle and `out_subscriber` and `out_slots` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_subscriber_create(
    service: *mut PubSubServiceHandle,
    buffer_size: u64,
    out_subscriber: *mut *mut SubscriberHandle,
    out_slots: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(service, "service") }?;
        let mut builder = handle.factory.subscriber_builder();
        if let Some(v) = optional(buffer_size) {
            builder = builder.buffer_size(v);
        }
        let subscriber = builder.create().map_err(|e| {
            use iceoryx2::port::subscriber::SubscriberCreateError as E;
            let code = match e {
                E::ExceedsMaxSupportedSubscribers => Code::LimitReached,
                E::BufferSizeExceedsMaxSupportedBufferSizeOfService => Code::InvalidArgument,
                _ => Code::Failed,
            };
            Error::iceoryx(code, "cannot create the subscriber", e)
        })?;
        let borrows = handle.factory.static_config().subscriber_max_borrowed_samples().max(1);
        let samples = slots::table(borrows);
        let subscriber = SubscriberHandle { samples, subscriber, payload_size: handle.payload_size };
        unsafe { put(out_slots, borrows as u64, "slots") }?;
        unsafe { put(out_subscriber, args::into_handle(subscriber), "subscriber") }
    })
}

/// # Safety
/// `subscriber` must be null or a subscriber handle not used afterwards. Held samples are released.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_subscriber_drop(subscriber: *mut SubscriberHandle) {
    guard_drop(|| unsafe { args::drop_handle(subscriber) });
}

/// Releases the received sample of slot `release` back to its publisher, unless it is
/// `u64::MAX`, then takes the next sample, if any: writes its slot, payload address, payload
/// length in bytes and user header address (0 without one) to `out[0..4]`; with none waiting,
/// `out[0]` is `u64::MAX`. (So a subscriber that releases each sample before it takes the next
/// makes one call per sample.)
///
/// # Safety
/// `subscriber` must be a live subscriber handle and `out` writable for 4 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_subscriber_receive(subscriber: *mut SubscriberHandle, release: u64, out: *mut u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(subscriber, "subscriber") }?;
        if out.is_null() {
            return Err(Error::invalid("out is null"));
        }
        if release != UNSET {
            release_sample(handle, release)?;
        }
        let Some(slot) = handle.samples.iter().position(Option::is_none) else {
            return Err(Error::new(
                Code::LimitReached,
                format!("cannot receive: this subscriber holds {} samples, the most the service allows; close one first", handle.samples.len()),
            ));
        };
        let received = handle.subscriber.receive().map_err(|e| {
            use iceoryx2::port::ReceiveError as E;
            let code = match e {
                E::ExceedsMaxBorrows => Code::LimitReached,
                E::ConnectionFailure(_) => Code::Connection,
            };
            Error::iceoryx(code, "cannot receive", e)
        })?;
        let values = match received {
            None => [UNSET, 0, 0, 0],
            Some(sample) => {
                let payload = sample.payload().as_ptr() as u64;
                let length = sample.header().number_of_elements() as usize * handle.payload_size;
                let header = sample.user_header() as *const UserHeader as u64;
                handle.samples[slot] = Some(sample);
                [slot as u64, payload, length as u64, header]
            }
        };
        // SAFETY: the caller provides 4 writable values.
        unsafe { core::ptr::copy_nonoverlapping(values.as_ptr(), out, values.len()) };
        Ok(())
    })
}

/// Releases the received sample of `slot` back to its publisher.
///
/// # Safety
/// `subscriber` must be a live subscriber handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_subscriber_release(subscriber: *mut SubscriberHandle, slot: u64) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(subscriber, "subscriber") }?;
        release_sample(handle, slot)
    })
}

fn release_sample(handle: &mut SubscriberHandle, slot: u64) -> Result<()> {
    handle
        .samples
        .get_mut(slot as usize)
        .and_then(Option::take)
        .map(drop)
        .ok_or_else(|| Error::invalid(format!("subscriber holds no sample in slot {slot}")))
}
