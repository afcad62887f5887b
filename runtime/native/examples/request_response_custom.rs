//! The request-response round trip of the Java runtime's RequestResponseLoop in Rust, with the
//! types its native library uses (iceoryx2's custom markers, type details set at run time): the
//! client loans, writes and sends a request, the server reads it in place and loans, writes and
//! sends the answer, the client reads it in place. It separates iceoryx2's cost from the
//! runtime's own.
//!
//!     cargo run --release --example request_response_custom -- ROUNDS RUNS

use core::mem::MaybeUninit;

use iceoryx2::prelude::*;
use iceoryx2::service::marker::{CustomHeaderMarker, CustomPayloadMarker};
use iceoryx2::service::static_config::message_type_details::{TypeDetail, TypeVariant};

type Payload = [CustomPayloadMarker];

fn detail(name: &str, size: usize, alignment: usize) -> Result<TypeDetail, String> {
    TypeDetail::__internal_new_from_parts(TypeVariant::FixedSize, name, size, alignment).map_err(|e| format!("{e:?}"))
}

fn main() -> Result<(), Box<dyn core::error::Error>> {
    let mut args = std::env::args().skip(1);
    let rounds: u64 = args.next().map_or(Ok(1_000_000), |a| a.parse())?;
    let runs: usize = args.next().map_or(Ok(7), |a| a.parse())?;
    // The runtime's variant of publish-subscribe and request-response (runtime/native/src/node.rs, PortIpc).
    let node = NodeBuilder::new().create::<ipc::Service>()?;
    let name = format!("iox-schema-bench/rust-rr-custom/{}", std::process::id());
    let none = detail("()", 0, 1)?;
    let builder = node
        .service_builder(&name.as_str().try_into()?)
        .request_response::<Payload, Payload>()
        .request_user_header::<CustomHeaderMarker>()
        .response_user_header::<CustomHeaderMarker>();
    // SAFETY: the request is two u64s (AddRequest), the response one (AddResponse); no headers.
    let builder = unsafe {
        builder
            .__internal_set_request_payload_type_details(&detail("AddRequest", 16, 8)?)
            .__internal_set_request_header_type_details(&none)
            .__internal_set_response_payload_type_details(&detail("AddResponse", 8, 8)?)
            .__internal_set_response_header_type_details(&none)
    };
    let service = builder.create()?;
    let client = service.client_builder().create()?;
    let server = service.server_builder().create()?;
    let mut nanos = Vec::with_capacity(runs);
    let mut check = 0u64;
    for _ in 0..runs {
        let start = std::time::Instant::now();
        for i in 0..rounds {
            // SAFETY: one element of the fixed-size request type.
            let mut request = unsafe { client.loan_custom_payload(1)? };
            let bytes: &mut [MaybeUninit<CustomPayloadMarker>] = request.payload_mut();
            // SAFETY: the request has 16 bytes, aligned to 8.
            unsafe { (bytes.as_mut_ptr() as *mut [u64; 2]).write([i, 1]) };
            // SAFETY: every byte was written.
            let pending = unsafe { request.assume_init() }.send()?;
            if let Some(active) = server.receive()? {
                // SAFETY: as written above.
                let [a, b] = unsafe { (active.payload().as_ptr() as *const [u64; 2]).read() };
                // SAFETY: one element of the fixed-size response type.
                let mut response = unsafe { active.loan_custom_payload(1)? };
                let bytes: &mut [MaybeUninit<CustomPayloadMarker>] = response.payload_mut();
                // SAFETY: the response has 8 bytes, aligned to 8.
                unsafe { (bytes.as_mut_ptr() as *mut u64).write(a + b) };
                // SAFETY: every byte was written.
                unsafe { response.assume_init() }.send()?;
            }
            if let Some(response) = pending.receive()? {
                // SAFETY: as written above.
                check = check.wrapping_add(unsafe { (response.payload().as_ptr() as *const u64).read() });
            }
        }
        nanos.push(start.elapsed().as_nanos() as f64 / rounds as f64);
    }
    let mut sorted = nanos.clone();
    sorted.sort_by(f64::total_cmp);
    let each: Vec<u64> = nanos.iter().map(|n| n.round() as u64).collect();
    println!("rust request-response, custom types: ns per round trip, each run {each:?}; median {:.0} (check {check})", sorted[runs / 2]);
    Ok(())
}
