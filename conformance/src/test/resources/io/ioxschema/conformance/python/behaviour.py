"""How the generated API behaves beyond the bytes: conversions, capacity errors, values
another language wrote that this one does not know, escaped names. Exits non-zero with the
first failed expectation; prints "ok" when all hold."""
import ctypes
import importlib
import sys

sys.path.insert(0, sys.argv[1])
sensor = importlib.import_module("fx_spec_example.sensor")
vecs = importlib.import_module("fx_vecs.fixtures_vecs")
keywords = importlib.import_module("fx_keywords.keywords")
huge = importlib.import_module("fx_int128_enums.fixtures_int128_enums")
wide = importlib.import_module("fx_int128.fixtures_int128")
edge = importlib.import_module("fx_python_edge.python_edge")


def expect(condition, what):
    if not condition:
        sys.exit("expected " + what)


def raises(error, action, what):
    try:
        action()
    except error:
        return
    sys.exit(f"expected {error.__name__} when {what}")


# iceoryx2's contract: type_name(), and the size and alignment ctypes reports.
expect(sensor.SensorData.type_name() == "SensorData", "the @type_name")
expect(sensor.Telemetry.SIZE == ctypes.sizeof(sensor.Telemetry) == 512, "Telemetry's size")
ctypes_alignment = 64 if sys.version_info >= (3, 13) else 16
expect(ctypes.alignment(sensor.Telemetry) == ctypes_alignment, "Telemetry aligned as far as ctypes allows")
expect([name for name, _ in sensor.Telemetry._fields_][:3] == ["mode", "_iox_pad0", "label"],
       "the schema's field names and explicit padding in _fields_")

# Keyword construction from plain values, dicts for nested structs.
t = sensor.Telemetry(mode=sensor.Mode.Running, label="outdoor", samples=[1.5, 2.5], counter=2**127 + 1,
                     reading={"temperature": 21.5, "status": sensor.Status.Calibrated})
expect(t.label.get() == "outdoor" and str(t.label) == "outdoor" and len(t.label) == 7, "the string view")
expect(t.get_samples() == [1.5, 2.5] and len(t.samples) == 2 and list(t.samples) == [1.5, 2.5], "the vec view")
expect(t.samples[-1] == 2.5, "negative vec indexes")
expect(t.counter.get() == 2**127 + 1 and int(t.counter) == 2**127 + 1, "the u128 view")
expect(t.reading.temperature == 21.5 and t.reading.get_status() is sensor.Status.Calibrated, "a nested dict")
expect(t.get_mode() is sensor.Mode.Running, "an enum field read as its member")
raises(TypeError, lambda: sensor.Telemetry(bogus=1), "constructing with an unknown field")
expect("label='outdoor'" in repr(t), "a readable repr")

# Capacities.
raises(ValueError, lambda: t.set_label("x" * 32), "a string exceeds its capacity")
raises(ValueError, lambda: t.label.set("\u00e9" * 16), "a string's UTF-8 exceeds its capacity")
raises(ValueError, lambda: t.label.set("a\0b"), "a string holds a NUL")
t.label.set("x" * 31)
expect(t.get_label() == "x" * 31, "a string at its capacity")
t.label.set("ab")
expect(bytes(t)[8 + 2:8 + 32] == bytes(30), "a shorter string zeroes the bytes after it")
raises(ValueError, lambda: t.samples.set([0.0] * 65), "a vec exceeds its capacity")
t.samples.set([1.0] * 64)
raises(ValueError, lambda: t.samples.append(2.0), "appending to a full vec")
t.samples.set([3.0])
expect(t.get_samples() == [3.0] and bytes(t.samples)[4:256] == bytes(252), "a shorter vec zeroes the rest")
raises(IndexError, lambda: t.samples[1], "indexing past a vec's length")
raises(ValueError, lambda: sensor.Telemetry(matrix=[[0.0] * 4] * 3), "an array gets the wrong number of values")

# Values another language wrote that this one does not know stay readable as raw integers.
t.mode = 77
expect(t.get_mode() == 77 and not isinstance(t.get_mode(), sensor.Mode), "an unknown enum value as an int")
t.reading.status = 0x80000001
expect(t.reading.get_status() == 0x80000001, "unknown flag bits kept")
v = vecs.Vecs(levels=[vecs.Level.High, 5])
expect(v.get_levels() == [vecs.Level.High, 5] and v.get_levels()[0] is vecs.Level.High, "a vec of enums")
v.levels[1] = vecs.Level.Low
expect(v.levels.get()[1] is vecs.Level.Low, "setting a vec element")
v.set_samples([vecs.Sample(value=1.25, quality=3), {"quality": 4}])
expect(v.samples[0].value == 1.25 and v.samples[1].quality == 4, "a vec of structs from instances and dicts")
v.set_nested([[1, 2, 3], [4]])
expect(v.get_nested() == [[1, 2, 3], [4]] and v.nested[1].get() == [4], "a vec of vecs")

# 128-bit integers and 128-bit enums.
w = wide.Wide(signed_value=-(2**127), unsigned_value=2**128 - 1)
expect(w.get_signed_value() == -(2**127) and w.get_unsigned_value() == 2**128 - 1, "128-bit extremes")
raises(OverflowError, lambda: w.unsigned_value.set(2**128), "a u128 overflows")
raises(OverflowError, lambda: w.signed_value.set(2**127), "an i128 overflows")
expect(ctypes.alignment(wide.Wide) == 16, "u128 aligned to 16 by ctypes")
h = huge.UsesHugeEnums(huge=huge.Huge.Max, signed_huge=-1)
expect(h.get_huge() is huge.Huge.Max and h.get_signed_huge() is huge.SignedHuge.Minus, "128-bit enums")

# Names: keyword fields through getattr, escaped members, a field named self.
k = keywords.Keywords(**{"None": True, "class": 3, "self": 4, "default": keywords.Choice.class_})
expect(getattr(k, "None") is True and getattr(k, "class") == 3 and k.self == 4, "keyword-named fields")
expect(k.get_default() is keywords.Choice.class_ and keywords.Mode.from_ == 8, "escaped enum members")
expect(keywords.await_ == 1 and keywords.int == 3, "escaped and unescaped constants")
e = edge.Edge(**{"self": 1, "get": 2, "set": 3, "__private": 4, "_": 5, "odd": edge.Odd.None_})
expect((e.self, e.get, e.set, getattr(e, "__private"), e._) == (1, 2, 3, 4, 5), "fields named like helpers")
expect([m.name for m in edge.Odd] == ["mro_", "_sunder__", "name", "value", "None_"], "enum members Python reserves")
expect((edge.mro_, edge._sunder__, edge.__dunder___) == (1, 2, 3), "constants Python reserves")
e.set_len("abc")
e.set_data([edge.Odd.name, 9])
expect(e.get_len() == "abc" and e.get_data() == [edge.Odd.name, 9], "a string and a vec of enums on odd names")
expect(edge.Edge.__doc__.startswith('Ends with a quote: "done"'), "a docstring ending with a quote")
expect('survive """triple quotes""", a backslash \\ and a trailing quote: "\n' in edge.Odd.__doc__,
       "a docstring with triple quotes, a backslash and a trailing quote")
print("ok")
