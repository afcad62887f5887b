//! The Java runtime's round-trip loop (runtime/src/test/.../RoundTripLoop.java) in Rust, on
//! iceoryx2 directly: the reference the Java numbers are compared with. Loan, write, send,
//! receive, read, release, ROUNDS times per run, in one process; prints ns per round trip.
//!
//!     cargo run --release --example round_trip -- ROUNDS RUNS

use iceoryx2::prelude::*;

type Payload = [u64; 7]; // 56 bytes, as SensorData

fn main() -> Result<(), Box<dyn core::error::Error>> {
    let mut args = std::env::args().skip(1);
    let rounds: u64 = args.next().map_or(Ok(1_000_000), |a| a.parse())?;
    let runs: usize = args.next().map_or(Ok(7), |a| a.parse())?;
    if std::env::var_os("ROUND_TRIP_DEBUG").is_some() {
        set_log_level(LogLevel::Debug);
    }
    // The runtime's variant of publish-subscribe and request-response (runtime/native/src/node.rs, PortIpc).
    let node = NodeBuilder::new().create::<ipc::Service>()?;
    let name = format!("iox-schema-bench/rust/{}", std::process::id());
    let service = node.service_builder(&name.as_str().try_into()?).publish_subscribe::<Payload>().create()?;
    let publisher = service.publisher_builder().create()?;
    let subscriber = service.subscriber_builder().create()?;
    let mut nanos = Vec::with_capacity(runs);
    let mut check = 0u64;
    for _ in 0..runs {
        let start = std::time::Instant::now();
        for i in 0..rounds {
            let sample = publisher.loan_uninit()?;
            let sample = sample.write_payload([i, 0, 0, 0, 0, 0, 0]);
            sample.send()?;
            if let Some(sample) = subscriber.receive()? {
                check = check.wrapping_add(sample.payload()[0]);
            }
        }
        nanos.push(start.elapsed().as_nanos() as f64 / rounds as f64);
    }
    let mut sorted = nanos.clone();
    sorted.sort_by(f64::total_cmp);
    let each: Vec<u64> = nanos.iter().map(|n| n.round() as u64).collect();
    println!("rust: ns per round trip, each run {each:?}; median {:.0} (check {check})", sorted[runs / 2]);
    Ok(())
}
