//! The sample's Rust subscriber: prints five SensorData messages from "sensor/data", sleeping
//! on the event service "sensor/data" until a publisher notifies.

use std::io::Write;
use std::time::Duration;

use iceoryx2::prelude::*;
use sensor_sample::SERVICE;
use sensor_sample::schema::common::CustomHeader;
use sensor_sample::schema::sensor::SensorData;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    set_log_level_from_env_or(LogLevel::Error);
    let node = NodeBuilder::new().name(&"rust-subscriber".try_into()?).create::<ipc::Service>()?;
    node.try_cleanup_dead_nodes(); // what killed processes left behind
    let name: ServiceName = SERVICE.try_into()?;
    let service = node
        .service_builder(&name)
        .publish_subscribe::<SensorData>()
        .user_header::<CustomHeader>()
        .history_size(16)
        .subscriber_max_buffer_size(16)
        .max_publishers(2)
        .max_subscribers(8)
        .open_or_create()?;
    let subscriber = service.subscriber_builder().create()?;
    let listener = node.service_builder(&name).event().open_or_create()?.listener_builder().create()?;
    println!("ready");
    std::io::stdout().flush()?;

    let mut received = 0;
    while received < 5 {
        listener.timed_wait(|_| {}, Duration::from_secs(10))?;
        while let Some(sample) = subscriber.receive()? {
            let data = sample.payload();
            let id = String::from_utf8_lossy(&data.sensor_id);
            println!(
                "received #{}: {} temperature {} pressure {} status {:?}",
                sample.user_header().sequence,
                id.trim_end_matches('\0'),
                data.temperature,
                data.pressure,
                data.status
            );
            received += 1;
        }
    }
    Ok(())
}
