//! The sample's Rust publisher: five SensorData messages on "sensor/data", each with a
//! CustomHeader, the listeners of the event service "sensor/data" woken after each.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use iceoryx2::prelude::*;
use sensor_sample::SERVICE;
use sensor_sample::schema::common::CustomHeader;
use sensor_sample::schema::sensor::{SensorData, Status};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    set_log_level_from_env_or(LogLevel::Error);
    let node = NodeBuilder::new().name(&"rust-publisher".try_into()?).create::<ipc::Service>()?;
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
    let publisher = service.publisher_builder().create()?;
    let notifier = node.service_builder(&name).event().open_or_create()?.notifier_builder().create()?;

    for sequence in 0..5u64 {
        let mut sample = publisher.loan_uninit()?;
        *sample.user_header_mut() = CustomHeader { sequence, version: 1, _reserved: 0 };
        let mut data = SensorData::default();
        data.timestamp_ns = SystemTime::now().duration_since(UNIX_EPOCH)?.as_nanos() as u64;
        data.temperature = 21.5 + sequence as f64;
        data.pressure = 101_325.0;
        data.humidity = 0.5;
        data.status = Status::CALIBRATED;
        data.sensor_id[..9].copy_from_slice(b"rust-0001");
        sample.write_payload(data).send()?;
        notifier.notify()?;
        println!("sent #{sequence}: temperature {}", data.temperature);
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_secs(1)); // let the subscriber take the last sample
    Ok(())
}
