"""The real iceoryx2 wheel reads every generated struct's type name (its get_type_name calls
type_name()), size and alignment (from ctypes), and moves a payload of each through a
service byte for byte. Lines of EXPECTED: package, module, class, type name, size, alignment."""
import ctypes
import importlib
import os
import sys

import iceoryx2 as iox
from iceoryx2.type_name import get_type_name

root, expected = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
iox.set_log_level_from_env_or(iox.LogLevel.Error)
node = iox.NodeBuilder.new().create(iox.ServiceType.Local)
# ctypes before 3.13 aligns a struct to at most 16 on x86_64 (long double's alignment).
largest = 1 << 20 if sys.version_info >= (3, 13) else 16
checked = 0
with open(expected, encoding="utf-8") as lines:
    for line in lines:
        package, module, cls, type_name, size, alignment = line.rstrip("\n").split("\t")
        t = getattr(importlib.import_module(package + "." + module), cls)
        where = f"{package}.{module}.{cls}"
        if get_type_name(t) != type_name:
            sys.exit(f"{where}: iceoryx2 reads the type name {get_type_name(t)!r}, expected {type_name!r}")
        if ctypes.sizeof(t) != int(size) or ctypes.alignment(t) != min(int(alignment), largest):
            sys.exit(f"{where}: size {ctypes.sizeof(t)}, alignment {ctypes.alignment(t)}; expected {size}, "
                     f"{alignment}")
        service = (node.service_builder(iox.ServiceName.new(f"iox-schema-test/{os.getpid()}/{checked}"))
                   .publish_subscribe(t).create())
        publisher = service.publisher_builder().create()
        subscriber = service.subscriber_builder().create()
        pattern = bytes((i * 7 + checked) % 251 for i in range(int(size)))
        publisher.send_copy(t.from_buffer_copy(pattern))
        sample = subscriber.receive()
        if sample is None or bytes(sample.payload().contents) != pattern:
            sys.exit(f"{where}: the payload did not arrive byte for byte")
        del sample, subscriber, publisher, service
        checked += 1
print(f"iceoryx2 checked {checked} types")
