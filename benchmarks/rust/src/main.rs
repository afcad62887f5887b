//! One side of a ping-pong run over iceoryx2 (benchmarks/README.md, "Protocol"):
//!
//! ```text
//! iox-bench-pingpong --role pong|ping --kind latency|throughput --wait busy|event \
//!     --mode touch|full --size 64 --warmup 10000 --iterations 10000 --channel NAME
//! ```
//!
//! Two publish-subscribe services of `[u8]` slices, `iox-bench/<channel>/ping` (ping to pong)
//! and `iox-bench/<channel>/pong` (back); in event mode two event services beside them wake the
//! receiver. Pong prints READY once its ports exist; the measuring side prints one RESULT line.

use core::mem::MaybeUninit;
use hdrhistogram::Histogram;
use iceoryx2::port::listener::Listener;
use iceoryx2::port::notifier::Notifier;
use iceoryx2::port::publisher::Publisher;
use iceoryx2::port::subscriber::Subscriber;
use iceoryx2::prelude::*;
use std::collections::HashMap;
use std::io::Write;
use std::time::Instant;

type Error = Box<dyn core::error::Error>;

/// The same settings on both sides and in every language, so either side may create a service.
const BUFFER: usize = 16;
/// Round trips before a throughput stream.
const HANDSHAKE: u64 = 100;

struct Options {
    ping: bool,
    throughput: bool,
    event: bool,
    full: bool,
    size: usize,
    warmup: u64,
    iterations: u64,
    channel: String,
}

impl Options {
    fn parse() -> Result<Self, Error> {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let map: HashMap<&str, &str> = args
            .chunks(2)
            .filter(|kv| kv.len() == 2)
            .map(|kv| (kv[0].trim_start_matches("--"), kv[1].as_str()))
            .collect();
        let get = |key: &str, default: &str| map.get(key).copied().unwrap_or(default).to_string();
        let size: usize = get("size", "8").parse()?;
        if size < 8 || !size.is_multiple_of(8) {
            return Err("--size must be a multiple of 8".into());
        }
        Ok(Options {
            ping: get("role", "") == "ping",
            throughput: get("kind", "latency") == "throughput",
            event: get("wait", "busy") == "event",
            full: get("mode", "touch") == "full",
            size,
            warmup: get("warmup", "10000").parse()?,
            iterations: get("iterations", "10000").parse()?,
            channel: map.get("channel").ok_or("--channel is required")?.to_string(),
        })
    }
}

struct Link {
    publisher: Publisher<ipc::Service, [u8], ()>,
    subscriber: Subscriber<ipc::Service, [u8], ()>,
    notifier: Option<Notifier<ipc::Service>>,
    listener: Option<Listener<ipc::Service>>,
    full: bool,
    size: usize,
}

impl Link {
    fn open(node: &Node<ipc::Service>, o: &Options) -> Result<Self, Error> {
        let (out, inbound) = if o.ping { ("ping", "pong") } else { ("pong", "ping") };
        let service = |direction: &str| -> Result<_, Error> {
            let name = ServiceName::new(&format!("iox-bench/{}/{direction}", o.channel))?;
            Ok(node
                .service_builder(&name)
                .publish_subscribe::<[u8]>()
                .max_publishers(1)
                .max_subscribers(1)
                .history_size(0)
                .subscriber_max_buffer_size(BUFFER)
                .enable_safe_overflow(false)
                .open_or_create()?)
        };
        let publisher = service(out)?
            .publisher_builder()
            .initial_max_slice_len(o.size)
            .backpressure_strategy(BackpressureStrategy::RetryUntilDelivered)
            .create()?;
        let subscriber = service(inbound)?.subscriber_builder().create()?;
        let (mut notifier, mut listener) = (None, None);
        if o.event {
            let events = |direction: &str| -> Result<_, Error> {
                let name = ServiceName::new(&format!("iox-bench/{}/{direction}-event", o.channel))?;
                Ok(node.service_builder(&name).event().open_or_create()?)
            };
            notifier = Some(events(out)?.notifier_builder().create()?);
            listener = Some(events(inbound)?.listener_builder().create()?);
        }
        Ok(Link { publisher, subscriber, notifier, listener, full: o.full, size: o.size })
    }

    fn send(&self, sequence: u64) -> Result<(), Error> {
        let mut sample = self.publisher.loan_slice_uninit(self.size)?;
        write(sample.payload_mut(), self.full, sequence);
        // SAFETY: write() initialised every byte the receiver reads (touch: the first word).
        unsafe { sample.assume_init() }.send()?;
        if let Some(notifier) = &self.notifier {
            notifier.notify()?;
        }
        Ok(())
    }

    /// Waits for the next message and reads it in place; returns its sequence number.
    fn receive(&self) -> Result<u64, Error> {
        loop {
            if let Some(sample) = self.subscriber.receive()? {
                return read(sample.payload(), self.full);
            }
            match &self.listener {
                Some(listener) => {
                    listener.blocking_wait(|_| {})?;
                }
                None => core::hint::spin_loop(),
            }
        }
    }
}

/// The sequence number in the first word (touch) or in every word (full), little-endian.
fn write(payload: &mut [MaybeUninit<u8>], full: bool, sequence: u64) {
    let bytes = sequence.to_le_bytes();
    let words = if full { payload.len() / 8 } else { 1 };
    for word in payload.chunks_exact_mut(8).take(words) {
        for (slot, byte) in word.iter_mut().zip(bytes) {
            slot.write(byte);
        }
    }
}

fn read(payload: &[u8], full: bool) -> Result<u64, Error> {
    let word = |i: usize| u64::from_le_bytes(payload[i * 8..i * 8 + 8].try_into().expect("8 bytes"));
    let sequence = word(0);
    if full {
        let words = payload.len() / 8;
        let sum = (0..words).fold(0u64, |sum, i| sum.wrapping_add(word(i)));
        if sum != sequence.wrapping_mul(words as u64) {
            return Err(format!("message {sequence} arrived with wrong bytes").into());
        }
    }
    Ok(sequence)
}

fn ping(link: &Link, o: &Options) -> Result<String, Error> {
    let mut one_way = Histogram::<u64>::new_with_bounds(1, 3_600_000_000_000, 3)?;
    for sequence in 0..o.warmup + o.iterations {
        let start = Instant::now();
        link.send(sequence)?;
        let echoed = link.receive()?;
        let elapsed = start.elapsed().as_nanos() as u64;
        if echoed != sequence {
            return Err(format!("sent {sequence}, got back {echoed}").into());
        }
        if sequence >= o.warmup {
            one_way.record((elapsed / 2).max(1))?;
        }
    }
    Ok(format!(
        "RESULT kind=latency count={} mean_ns={:.1} p50_ns={} p99_ns={} p999_ns={} max_ns={}",
        one_way.len(),
        one_way.mean(),
        one_way.value_at_quantile(0.50),
        one_way.value_at_quantile(0.99),
        one_way.value_at_quantile(0.999),
        one_way.max()
    ))
}

fn pong(link: &Link, o: &Options) -> Result<(), Error> {
    for expected in 0..o.warmup + o.iterations {
        let sequence = link.receive()?;
        if sequence != expected {
            return Err(format!("expected message {expected}, got {sequence}").into());
        }
        link.send(sequence)?;
    }
    Ok(())
}

/// Round trips before a throughput stream, so both directions are connected and in use before
/// the sender may fill the receiver's buffer.
fn handshake(link: &Link, o: &Options) -> Result<(), Error> {
    for sequence in 0..HANDSHAKE {
        if o.ping {
            link.send(sequence)?;
        }
        if link.receive()? != sequence {
            return Err("the handshake went wrong".into());
        }
        if !o.ping {
            link.send(sequence)?;
        }
    }
    Ok(())
}

fn send(link: &Link, o: &Options) -> Result<(), Error> {
    handshake(link, o)?;
    for sequence in 0..o.warmup + o.iterations {
        link.send(sequence)?;
    }
    link.receive()?; // the receiver's word that it has them all
    Ok(())
}

fn count(link: &Link, o: &Options) -> Result<String, Error> {
    handshake(link, o)?;
    let mut start = Instant::now();
    for expected in 0..o.warmup + o.iterations {
        let sequence = link.receive()?;
        if sequence != expected {
            return Err(format!("expected message {expected}, got {sequence}").into());
        }
        if sequence == o.warmup {
            start = Instant::now();
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    link.send(0)?;
    Ok(format!(
        "RESULT kind=throughput count={} msgs_per_s={:.0}",
        o.iterations,
        (o.iterations - 1) as f64 / elapsed
    ))
}

fn main() -> Result<(), Error> {
    let o = Options::parse()?;
    set_log_level_from_env_or(LogLevel::Error);
    let node = NodeBuilder::new().create::<ipc::Service>()?;
    let link = Link::open(&node, &o)?;
    if !o.ping {
        println!("READY");
        std::io::stdout().flush()?;
    }
    let result = match (o.throughput, o.ping) {
        (false, true) => Some(ping(&link, &o)?),
        (false, false) => pong(&link, &o).map(|()| None)?,
        (true, true) => send(&link, &o).map(|()| None)?,
        (true, false) => Some(count(&link, &o)?),
    };
    if let Some(line) = result {
        println!("{line}");
    }
    Ok(())
}
