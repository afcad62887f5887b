//! As round_trip.rs, but with the payload and header types the Java runtime's native library
//! uses: iceoryx2's custom markers with type details set at run time, loaned with
//! `loan_custom_payload`. It separates iceoryx2's cost for such types from the runtime's own.
//!
//!     cargo run --release --example round_trip_custom -- ROUNDS RUNS

use core::mem::MaybeUninit;

use iceoryx2::prelude::*;
use iceoryx2::service::marker::{CustomHeaderMarker, CustomPayloadMarker};
use iceoryx2::service::static_config::message_type_details::{TypeDetail, TypeVariant};

fn main() -> Result<(), Box<dyn core::error::Error>> {
    let mut args = std::env::args().skip(1);
    let rounds: u64 = args.next().map_or(Ok(1_000_000), |a| a.parse())?;
    let runs: usize = args.next().map_or(Ok(7), |a| a.parse())?;
    // The runtime's variant of publish-subscribe and request-response (runtime/native/src/node.rs, PortIpc).
    let node = NodeBuilder::new().create::<ipc::Service>()?;
    let name = format!("iox-schema-bench/rust-custom/{}", std::process::id());
    let payload = TypeDetail::__internal_new_from_parts(TypeVariant::FixedSize, "SensorData", 56, 8).map_err(|e| format!("{e:?}"))?;
    let header = TypeDetail::__internal_new_from_parts(TypeVariant::FixedSize, "()", 0, 1).map_err(|e| format!("{e:?}"))?;
    let builder = node
        .service_builder(&name.as_str().try_into()?)
        .publish_subscribe::<[CustomPayloadMarker]>()
        .user_header::<CustomHeaderMarker>();
    // SAFETY: the payload is 56 bytes aligned to 8, written as u64s; the header is empty.
    let builder = unsafe { builder.__internal_set_payload_type_details(&payload).__internal_set_user_header_type_details(&header) };
    let service = builder.create()?;
    let publisher = service.publisher_builder().create()?;
    let subscriber = service.subscriber_builder().create()?;
    let mut nanos = Vec::with_capacity(runs);
    let mut check = 0u64;
    for _ in 0..runs {
        let start = std::time::Instant::now();
        for i in 0..rounds {
            // SAFETY: one element of the fixed-size payload type.
            let mut sample = unsafe { publisher.loan_custom_payload(1)? };
            let bytes: &mut [MaybeUninit<CustomPayloadMarker>] = sample.payload_mut();
            // SAFETY: the payload has 56 bytes, aligned to 8.
            unsafe { (bytes.as_mut_ptr() as *mut u64).write(i) };
            // SAFETY: the first 8 bytes were written; the test reads no other.
            let sample = unsafe { sample.assume_init() };
            sample.send()?;
            if let Some(sample) = subscriber.receive()? {
                // SAFETY: as written above.
                check = check.wrapping_add(unsafe { (sample.payload().as_ptr() as *const u64).read() });
            }
        }
        nanos.push(start.elapsed().as_nanos() as f64 / rounds as f64);
    }
    let mut sorted = nanos.clone();
    sorted.sort_by(f64::total_cmp);
    let each: Vec<u64> = nanos.iter().map(|n| n.round() as u64).collect();
    println!("rust, custom types: ns per round trip, each run {each:?}; median {:.0} (check {check})", sorted[runs / 2]);
    Ok(())
}
