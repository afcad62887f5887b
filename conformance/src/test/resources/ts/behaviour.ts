// What the generated TypeScript views promise beyond the byte vectors: zero-copy views,
// bounds, alignment and capacity checks, holes that are never written, reads of foreign
// bytes that never throw, escaped names. Run by TsBindingsTest against the generated fixtures.
import assert from "node:assert/strict";
import { AddRequest, Mode, SensorData, Status, Telemetry } from "./x86_64-linux/spec_example/sensor.js";
import { Sample, Vecs } from "./x86_64-linux/vecs/fixtures_vecs.js";
import { Choice, Keywords, Mode as KeywordMode, await_, delete_, int } from "./x86_64-linux/keywords/keywords.js";
import { Wide } from "./x86_64-linux/int128/fixtures_int128.js";
import { Strings } from "./x86_64-linux/strings/fixtures_strings.js";
import { RustPath } from "./x86_64-linux/type_names/fixtures_type_names.js";
import { Arrays } from "./i686-linux/arrays/fixtures_arrays.js";

const tests: [string, () => void][] = [];
function test(name: string, body: () => void): void {
    tests.push([name, body]);
}

test("layout constants are the schema's", () => {
    assert.equal(SensorData.TYPE_NAME, "SensorData");
    assert.equal(SensorData.SIZE, 56);
    assert.equal(SensorData.ALIGNMENT, 8);
    assert.equal(Telemetry.SIZE, 512);
    assert.equal(Telemetry.ALIGNMENT, 64);
    assert.equal(Telemetry.FIELDS.counter.offset, 384);
    assert.deepEqual(Telemetry.PADDING, [{ offset: 1, size: 7 }, { offset: 376, size: 8 }, { offset: 456, size: 56 }]);
    assert.equal(RustPath.TYPE_NAME, "my::rust::Path<u8>");
});

test("views read and write the buffer in place", () => {
    const buffer = new ArrayBuffer(Telemetry.SIZE);
    const bytes = new DataView(buffer);
    const t = new Telemetry(buffer);
    t.reading.temperature = 21.5;
    assert.equal(bytes.getFloat64(400 + 8, true), 21.5);
    t.matrix.get(1)[2] = 3.5;
    assert.equal(bytes.getFloat32(312 + 16 + 8, true), 3.5);
    t.reading.sensor_id.set([1, 2, 3]);
    assert.equal(bytes.getUint8(400 + 32 + 2), 3);
    bytes.setBigUint64(400, 42n, true);
    assert.equal(t.reading.timestamp_ns, 42n);
    assert.ok(t.matrix.get(0) instanceof Float32Array);
    assert.equal(t.matrix.get(0).buffer, buffer);
});

test("a view at an offset of a larger buffer", () => {
    const buffer = new ArrayBuffer(8 + SensorData.SIZE);
    const d = new SensorData(buffer, 8);
    d.humidity = 0.5;
    assert.equal(new DataView(buffer).getFloat32(8 + 24, true), 0.5);
    assert.equal(d._iox_view.byteOffset, 8);
});

test("a view must fit and be aligned", () => {
    assert.throws(() => new SensorData(new ArrayBuffer(SensorData.SIZE - 1)), RangeError);
    assert.throws(() => new SensorData(new ArrayBuffer(64), 16), RangeError);
    assert.throws(() => new SensorData(new ArrayBuffer(64), 4), /not a multiple of 8/);
    assert.throws(() => new SensorData(new ArrayBuffer(64), -8), RangeError);
});

test("setters never write the holes", () => {
    const buffer = new ArrayBuffer(Telemetry.SIZE);
    new Uint8Array(buffer).fill(0xaa);
    const t = new Telemetry(buffer);
    t.mode = Mode.Running;
    t.label = "x";
    t.samples.clear();
    t.samples.push(1.5);
    t.counter = 7n;
    t.reading.status = Status.Calibrated | Status.LowBattery;
    for (const hole of Telemetry.PADDING) {
        const bytes = new Uint8Array(buffer, hole.offset, hole.size);
        assert.ok(bytes.every((b) => b === 0xaa), `hole at ${hole.offset} was written`);
    }
    const s = new Strings(new ArrayBuffer(Strings.SIZE));
    new Uint8Array(s._iox_view.buffer).fill(0xaa);
    s.eight = "abc"; // string<8>: 8 data bytes, a terminator, 7 bytes of padding, the length
    assert.deepEqual([...new Uint8Array(s._iox_view.buffer, 32 + 9, 7)], Array(7).fill(0xaa));
});

test("strings are UTF-8 with a capacity", () => {
    const t = Telemetry.allocate();
    t.label = "x".repeat(31);
    assert.equal(t.label, "x".repeat(31));
    assert.throws(() => { t.label = "x".repeat(32); }, RangeError);
    assert.equal(t.label, "x".repeat(31), "a rejected string leaves the old one");
    t.label = "é".repeat(15);
    assert.equal(t.label, "é".repeat(15));
    assert.equal(t._iox_view.getBigUint64(8 + 32, true), 30n);
    assert.throws(() => { t.label = "é".repeat(16); }, RangeError);
    t.label = "ab";
    assert.deepEqual([...new Uint8Array(t._iox_view.buffer, 8, 32)], [97, 98, ...Array(30).fill(0)]);
});

test("vecs grow up to their capacity", () => {
    const t = Telemetry.allocate();
    assert.equal(t.samples.capacity, 64);
    for (let i = 0; i < 64; i++) {
        t.samples.push(i);
    }
    assert.equal(t.samples.length, 64);
    assert.throws(() => t.samples.push(64), RangeError);
    assert.throws(() => t.samples.get(64), RangeError);
    assert.throws(() => t.samples.set(-1, 0), RangeError);
    assert.equal(t.samples.get(63), 63);
    t.samples.clear();
    assert.equal(t.samples.length, 0);
    assert.throws(() => t.samples.get(0), RangeError);
    t.samples.assign([1, 2, 3]);
    assert.deepEqual(t.samples.toArray(), [1, 2, 3]);
    assert.throws(() => t.samples.assign(Array(65).fill(0)), RangeError);
    assert.deepEqual([...t.samples], [1, 2, 3]);
});

test("a vec of structs pushes zeroed views", () => {
    const v = Vecs.allocate();
    const first = v.samples.push();
    assert.ok(first instanceof Sample);
    first.value = 2.5;
    first.quality = 9;
    assert.equal(v.samples.get(0).quality, 9);
    v.samples.clear();
    assert.equal(v.samples.push().quality, 0, "a pushed element starts zeroed");
    v.nested.push().push(7);
    assert.equal(v.nested.get(0).get(0), 7);
    v.rows.push()[2] = 5;
    assert.ok(v.rows.get(0) instanceof Uint8Array);
    assert.equal(v.rows.get(0)[2], 5);
});

test("foreign bytes never make a read throw", () => {
    const t = Telemetry.allocate();
    t._iox_view.setUint8(0, 7); // no Mode member has the value 7
    assert.equal(t.mode, 7);
    assert.equal(t.toJSON()["mode"], 7);
    t._iox_view.setBigUint64(48 + 256, 1000n, true); // a vec length beyond the capacity
    assert.equal(t.samples.length, 64);
    t._iox_view.setBigUint64(8 + 32, 1n << 60n, true); // a string length beyond the capacity
    assert.equal(t.label.length, 31);
    new Uint8Array(t._iox_view.buffer, 8, 2).set([0xff, 0xfe]); // not UTF-8
    assert.equal(t.label.slice(0, 2), "\ufffd\ufffd");
});

test("128-bit integers in two halves", () => {
    const w = Wide.allocate();
    w.unsigned_value = (1n << 128n) - 1n;
    assert.equal(w.unsigned_value, (1n << 128n) - 1n);
    w.signed_value = -(1n << 127n);
    assert.equal(w.signed_value, -(1n << 127n));
    assert.equal(w._iox_view.getBigUint64(Wide.FIELDS.signed_value.offset + 8, true), 1n << 63n);
    w.signed_value = -2n;
    assert.equal(w.signed_value, -2n);
    assert.equal(w.unsigned_value, (1n << 128n) - 1n, "a neighbour is not touched");
});

test("integer setters throw a RangeError for a value that does not fit, and write nothing", () => {
    const d = SensorData.allocate();
    d.status = 0xffff_ffff;
    assert.throws(() => { d.status = 0x1_0000_0000; }, /status: 4294967296 is not an integer from 0 to 4294967295/);
    assert.throws(() => { d.status = -1; }, RangeError);
    assert.throws(() => { d.status = 1.5; }, RangeError);
    assert.equal(d.status, 0xffff_ffff, "a rejected value writes nothing");
    assert.throws(() => { d.timestamp_ns = 1n << 64n; }, /timestamp_ns: 18446744073709551616 is not from 0 to/);
    assert.throws(() => { d.timestamp_ns = -1n; }, RangeError);
    const t = Telemetry.allocate();
    assert.throws(() => { t.mode = 256 as Mode; }, /mode: 256 is not an integer from 0 to 255/);
    assert.throws(() => { t.counter = 1n << 128n; }, RangeError);
    const r = new AddRequest(new ArrayBuffer(AddRequest.SIZE));
    r.a = -(1n << 63n);
    assert.throws(() => { r.a = (1n << 63n); }, /a: 9223372036854775808 is not from -9223372036854775808 to 9223372036854775807/);
    const w = Wide.allocate();
    assert.throws(() => { w.signed_value = 1n << 127n; }, RangeError);
    const v = Vecs.allocate();
    assert.throws(() => v.shorts.push(0x1_0000), /u16: 65536 is not an integer from 0 to 65535/);
    assert.equal(v.shorts.length, 0, "a rejected element is not pushed");
    v.shorts.push(0xffff);
    assert.throws(() => v.shorts.set(0, -1), RangeError);
    assert.equal(v.shorts.get(0), 0xffff);
});

test("toJSON turns bigints into strings", () => {
    const d = SensorData.allocate();
    d.timestamp_ns = 1n << 63n;
    d.status = Status.Overheated;
    const json = JSON.parse(JSON.stringify(d)) as Record<string, unknown>;
    assert.equal(json["timestamp_ns"], "9223372036854775808");
    assert.equal(json["status"], 2);
    assert.equal((json["sensor_id"] as unknown[]).length, 16);
    const t = Telemetry.allocate();
    t.samples.assign([0.5]);
    t.label = "hi";
    const tj = JSON.parse(JSON.stringify(t)) as Record<string, unknown>;
    assert.deepEqual(tj["samples"], [0.5]);
    assert.equal(tj["label"], "hi");
    assert.deepEqual(tj["matrix"], [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]);
    assert.equal((tj["reading"] as Record<string, unknown>)["timestamp_ns"], "0");
});

test("reserved words are members as they are, module names escaped", () => {
    const k = Keywords.allocate();
    k.class = 3;
    k.default = Choice.class;
    k.await = KeywordMode.self | KeywordMode.union;
    k.in = 1;
    assert.equal(k.class, 3);
    assert.equal(k.default, 2);
    assert.equal(k.await, 5);
    assert.equal(k.int.length, int);
    assert.equal(delete_, 2);
    assert.equal(await_, 1);
    assert.equal(Choice.None, 0);
});

test("an array that is not aligned for a typed array is a ValueArray (i686 u64)", () => {
    const a = Arrays.allocate();
    assert.equal(Arrays.FIELDS.wide.offset % 8, 4);
    a.wide.get(1).set(0, 5n);
    assert.equal(a._iox_view.getBigUint64(Arrays.FIELDS.wide.offset + 16, true), 5n);
    assert.equal(a.wide.get(1).get(0), 5n);
    assert.ok(a.matrix.get(0) instanceof Float32Array, "f32 rows still are typed arrays");
});

let failed = 0;
for (const [name, body] of tests) {
    try {
        body();
        console.log(`ok ${name}`);
    } catch (e) {
        failed++;
        console.log(`FAILED ${name}: ${e instanceof Error ? e.stack : String(e)}`);
    }
}
console.log(`${tests.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
