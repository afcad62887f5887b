//! The Rust peer of the interop tests (io.ioxschema.conformance.interop):
//!
//! ```text
//! iox_schema_interop_peer publish|subscribe|hold|create-and-hold sensor|telemetry SERVICE COUNT
//! iox_schema_interop_peer entry-publish sensor SEQUENCE COUNT
//! iox_schema_interop_peer add-server sensor - COUNT
//! iox_schema_interop_peer blackboard sensor SERVICE COUNT
//! iox_schema_interop_peer add-client sensor - COUNT
//! ```
//!
//! It speaks the protocol of every peer: a subscriber prints `ready`, receives COUNT messages
//! (sleeping on a listener of the event service of the same name), checks every field and
//! prints `ok COUNT`; a publisher publishes COUNT messages, notifying after each, prints `sent
//! COUNT` and stays until its standard input closes; `hold` receives one message, prints
//! `holding` and keeps it until killed; `create-and-hold` creates the services, prints `ready`
//! and stays until its standard input closes. The values of message i are those of
//! SensorMessages.java. `entry-publish` opens the schema's own service "sensor/data" through the
//! function iox-schema generated for it, prints `ready`, and publishes message 0 with the header's
//! sequence SEQUENCE COUNT times, 50 ms apart. `add-server` opens the schema's request-response
//! service "calc/add" through its generated function, prints `ready`, answers COUNT requests
//! with the sum and prints `served COUNT`. `add-client` opens it likewise, prints `ready`, sends
//! COUNT loaned requests {a: 40 + i, b: 2} one after the other, checks each answer's sum and
//! prints `ok COUNT` (a server must be there before it starts). `blackboard` opens the
//! blackboard SERVICE (keys `u64`), waits until entry 1 holds message COUNT (a `SensorData`),
//! checks it, writes message COUNT + 1 into entry 2 and prints `ok COUNT`.

#[allow(dead_code)]
mod schema;

use std::fmt::Debug;
use std::io::{Read, Write};
use std::time::{Duration, Instant};

use iceoryx2::prelude::*;
use schema::common::CustomHeader;
use schema::iox_support::Zeroed;
use schema::sensor::{AddRequest, AddResponse, Mode, SensorData, Status, Telemetry};

type Failure = Box<dyn std::error::Error>;

fn say(line: &str) {
    println!("{line}");
    std::io::stdout().flush().expect("stdout");
}

fn sensor_id(i: usize) -> [u8; 16] {
    let mut id = [0u8; 16];
    let text = format!("sensor-{i:04}");
    id[..text.len()].copy_from_slice(text.as_bytes());
    id
}

fn sensor(i: usize) -> SensorData {
    let mut s = SensorData::ZEROED;
    s.timestamp_ns = 1_700_000_000_000_000_000 + i as u64;
    s.temperature = 20.0 + 0.5 * i as f64;
    s.pressure = 101_325.0 + i as f64;
    s.humidity = 0.25 * (i % 4) as f32;
    s.status = Status((i % 8) as u32);
    s.sensor_id = sensor_id(i);
    s
}

fn mode(i: usize) -> Mode {
    [Mode::IDLE, Mode::RUNNING, Mode::FAULT][i % 3]
}

fn samples(i: usize) -> Vec<f32> {
    (0..=i).map(|k| k as f32 * 0.5 + i as f32).collect()
}

fn matrix(i: usize) -> [[f32; 4]; 4] {
    let mut m = [[0.0; 4]; 4];
    for (row, values) in m.iter_mut().enumerate() {
        for (column, value) in values.iter_mut().enumerate() {
            *value = (row * 4 + column + i) as f32;
        }
    }
    m
}

fn telemetry(i: usize) -> Telemetry {
    let mut t = Telemetry::ZEROED;
    t.mode = mode(i);
    t.label.set(&format!("telemetry #{i}")).expect("label fits");
    for value in samples(i) {
        t.samples.push(value).expect("samples fit");
    }
    t.matrix = matrix(i);
    t.counter = (1u128 << 100) + i as u128;
    t.reading = sensor(i);
    t
}

fn header(i: usize) -> CustomHeader {
    CustomHeader { sequence: i as u64, version: 3, _reserved: 0 }
}

/// Compares field by field, collecting every difference.
#[derive(Default)]
struct Checker(Vec<String>);

impl Checker {
    fn equal<T: PartialEq + Debug>(&mut self, what: &str, expected: T, actual: T) {
        if expected != actual {
            self.0.push(format!("{what} is {actual:?}, expected {expected:?}"));
        }
    }
}

fn check_sensor(c: &mut Checker, prefix: &str, s: &SensorData, i: usize) {
    let e = sensor(i);
    c.equal(&format!("{prefix}timestamp_ns"), e.timestamp_ns, s.timestamp_ns);
    c.equal(&format!("{prefix}temperature"), e.temperature, s.temperature);
    c.equal(&format!("{prefix}pressure"), e.pressure, s.pressure);
    c.equal(&format!("{prefix}humidity"), e.humidity, s.humidity);
    c.equal(&format!("{prefix}status"), e.status, s.status);
    c.equal(&format!("{prefix}sensor_id"), e.sensor_id, s.sensor_id);
    c.equal(&format!("{prefix}_reserved"), [0u8; 8], s._reserved);
}

/// A payload type of the runs: how message i looks and how it is checked.
trait Message: Debug + Copy + ZeroCopySend + 'static {
    fn make(i: usize) -> Self;
    fn check(&self, c: &mut Checker, i: usize);
}

impl Message for SensorData {
    fn make(i: usize) -> Self {
        sensor(i)
    }

    fn check(&self, c: &mut Checker, i: usize) {
        check_sensor(c, "", self, i);
    }
}

impl Message for Telemetry {
    fn make(i: usize) -> Self {
        telemetry(i)
    }

    fn check(&self, c: &mut Checker, i: usize) {
        c.equal("mode", mode(i), self.mode);
        c.equal("label", Ok(format!("telemetry #{i}").as_str()), self.label.as_str());
        c.equal("samples", samples(i).as_slice(), self.samples.as_slice());
        c.equal("matrix", matrix(i), self.matrix);
        c.equal("counter", (1u128 << 100) + i as u128, self.counter);
        check_sensor(c, "reading.", &self.reading, i);
        c.equal("padding", ([0u8; 7], [0u8; 8], [0u8; 56]), (self._iox_pad0, self._iox_pad1, self._iox_pad2));
    }
}

fn run<T: Message>(role: &str, service: &str, count: usize) -> Result<(), Failure> {
    let node = NodeBuilder::new().name(&"rust-peer".try_into()?).create::<ipc::Service>()?;
    let name: ServiceName = service.try_into()?;
    let builder = node.service_builder(&name).publish_subscribe::<T>().user_header::<CustomHeader>();
    if role == "create-and-hold" {
        let _data = builder.history_size(16).subscriber_max_buffer_size(16).max_publishers(2).max_subscribers(8).create()?;
        let _events = node.service_builder(&name).event().create()?;
        say("ready");
        std::io::stdin().read_to_end(&mut Vec::new())?;
        return Ok(());
    }
    let data = builder.open()?;
    let events = node.service_builder(&name).event().open()?;
    if role == "publish" {
        let publisher = data.publisher_builder().create()?;
        let notifier = events.notifier_builder().create()?;
        for i in 0..count {
            let mut sample = publisher.loan_uninit()?;
            *sample.user_header_mut() = header(i);
            sample.write_payload(T::make(i)).send()?;
            notifier.notify()?;
        }
        say(&format!("sent {count}"));
        std::io::stdin().read_to_end(&mut Vec::new())?;
        return Ok(());
    }
    let subscriber = data.subscriber_builder().create()?;
    let listener = events.listener_builder().create()?;
    say("ready");
    if role == "hold" {
        loop {
            if let Some(held) = subscriber.receive()? {
                say(&format!("holding {}", held.user_header().sequence));
                loop {
                    std::thread::sleep(Duration::from_secs(1));
                }
            }
            listener.timed_wait(|_| {}, Duration::from_millis(100))?;
        }
    }
    let mut checker = Checker::default();
    let mut received = 0;
    let deadline = Instant::now() + Duration::from_secs(60);
    while received < count && Instant::now() < deadline {
        listener.timed_wait(|_| {}, Duration::from_millis(500))?;
        while received < count {
            let Some(sample) = subscriber.receive()? else { break };
            let h = sample.user_header();
            checker.equal("header", (received as u64, 3, 0), (h.sequence, h.version, h._reserved));
            sample.payload().check(&mut checker, received);
            received += 1;
        }
    }
    if received < count {
        checker.0.push(format!("timed out with {received} of {count} messages"));
    }
    for problem in &checker.0 {
        say(problem);
    }
    if !checker.0.is_empty() {
        std::process::exit(1);
    }
    say(&format!("ok {count}"));
    Ok(())
}

/// Opens "sensor/data" as the schema declares it, through the generated entry point.
fn entry_publish(sequence: u64, count: usize) -> Result<(), Failure> {
    let node = NodeBuilder::new().name(&"rust-entry-peer".try_into()?).create::<ipc::Service>()?;
    let service = schema::sensor::sensor_data_service(&node)?.open_or_create()?;
    let publisher = service.publisher_builder().create()?;
    say("ready");
    for _ in 0..count {
        let mut sample = publisher.loan_uninit()?;
        *sample.user_header_mut() = CustomHeader { sequence, ..header(0) };
        sample.write_payload(SensorData::make(0)).send()?;
        std::thread::sleep(Duration::from_millis(50));
    }
    say(&format!("sent {count}"));
    Ok(())
}

/// Answers requests of "calc/add", opened as the schema declares it. On `ipc_threadsafe`, where
/// the Java runtime's request-response ports are on `ipc`: the two variants share the memory.
fn add_server(count: usize) -> Result<(), Failure> {
    let node = NodeBuilder::new().name(&"rust-add-server".try_into()?).create::<ipc_threadsafe::Service>()?;
    let service = schema::sensor::calc_add_service(&node)?.open_or_create()?;
    let server = service.server_builder().create()?;
    say("ready");
    let mut served = 0;
    let deadline = Instant::now() + Duration::from_secs(60);
    while served < count && Instant::now() < deadline {
        match server.receive()? {
            Some(request) => {
                let sum = request.payload().a + request.payload().b;
                request.send_copy(AddResponse { sum })?;
                served += 1;
            }
            None => std::thread::sleep(Duration::from_millis(1)),
        }
    }
    say(&format!("served {served}"));
    Ok(())
}

/// Reads entry 1 of a blackboard the Java side created and writes entry 2.
fn blackboard(service: &str, message: usize) -> Result<(), Failure> {
    let node = NodeBuilder::new().name(&"rust-blackboard-peer".try_into()?).create::<ipc::Service>()?;
    let board = node.service_builder(&service.try_into()?).blackboard_opener::<u64>().open()?;
    let reader = board.reader_builder().create()?;
    let entry = reader.entry::<SensorData>(&1)?;
    let deadline = Instant::now() + Duration::from_secs(60);
    // The Java side writes its message before it starts this peer; wait in case an update is still landing.
    while entry.get().timestamp_ns != SensorData::make(message).timestamp_ns && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1));
    }
    let mut checker = Checker::default();
    entry.get().check(&mut checker, message);
    for problem in &checker.0 {
        say(problem);
    }
    if !checker.0.is_empty() {
        std::process::exit(1);
    }
    let writer = board.writer_builder().create()?;
    writer.entry::<SensorData>(&2)?.update_with_copy(SensorData::make(message + 1));
    say(&format!("ok {message}"));
    Ok(())
}

/// Asks the servers of "calc/add", opened as the schema declares it, through loaned requests.
/// On `ipc_threadsafe`, as [`add_server`].
fn add_client(count: usize) -> Result<(), Failure> {
    let node = NodeBuilder::new().name(&"rust-add-client".try_into()?).create::<ipc_threadsafe::Service>()?;
    let service = schema::sensor::calc_add_service(&node)?.open_or_create()?;
    let client = service.client_builder().create()?;
    say("ready");
    let deadline = Instant::now() + Duration::from_secs(60);
    for i in 0..count {
        let mut request = AddRequest::ZEROED;
        request.a = 40 + i as i64;
        request.b = 2;
        let pending = client.loan_uninit()?.write_payload(request).send()?;
        let sum = loop {
            if let Some(response) = pending.receive()? {
                break response.sum;
            }
            if Instant::now() > deadline {
                say(&format!("timed out waiting for the answer to request {i}"));
                std::process::exit(1);
            }
            std::thread::sleep(Duration::from_millis(1));
        };
        if sum != request.a + request.b {
            say(&format!("request {i}: the sum is {sum}, expected {}", request.a + request.b));
            std::process::exit(1);
        }
    }
    say(&format!("ok {count}"));
    Ok(())
}

fn main() -> Result<(), Failure> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() == 5 && args[1] == "add-server" {
        set_log_level_from_env_or(LogLevel::Error);
        return add_server(args[4].parse()?);
    }
    if args.len() == 5 && args[1] == "add-client" {
        set_log_level_from_env_or(LogLevel::Error);
        return add_client(args[4].parse()?);
    }
    if args.len() == 5 && args[1] == "entry-publish" {
        set_log_level_from_env_or(LogLevel::Error);
        return entry_publish(args[3].parse()?, args[4].parse()?);
    }
    if args.len() != 5 {
        eprintln!("usage: iox_schema_interop_peer publish|subscribe|hold|create-and-hold sensor|telemetry SERVICE COUNT");
        std::process::exit(2);
    }
    set_log_level_from_env_or(LogLevel::Error);
    let count: usize = args[4].parse()?;
    if args[1] == "blackboard" {
        return blackboard(&args[3], count);
    }
    match args[2].as_str() {
        "sensor" => run::<SensorData>(&args[1], &args[3], count),
        "telemetry" => run::<Telemetry>(&args[1], &args[3], count),
        other => Err(format!("unknown kind {other}").into()),
    }
}
