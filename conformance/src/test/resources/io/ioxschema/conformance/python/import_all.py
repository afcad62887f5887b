"""Imports every generated module under ROOT (each folder a generated package) and checks
that each struct class the module exports is what iceoryx2 needs. Prints what it imported."""
import ctypes
import importlib
import os
import sys

root = sys.argv[1]
sys.path.insert(0, root)
modules = structs = 0
for package in sorted(os.listdir(root)):
    folder = os.path.join(root, package)
    if not os.path.isfile(os.path.join(folder, "__init__.py")):
        continue
    runtime = importlib.import_module(package + "._iox_runtime")
    for file in sorted(os.listdir(folder)):
        if not file.endswith(".py") or file.startswith("_"):
            continue
        module = importlib.import_module(package + "." + file[:-3])
        modules += 1
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and issubclass(value, runtime.Struct):
                if not isinstance(value.type_name(), str) or value.SIZE != ctypes.sizeof(value):
                    sys.exit(f"{module.__name__}.{name}: type_name() {value.type_name()!r}, SIZE {value.SIZE}")
                structs += 1
print(f"imported {modules} modules with {structs} structs")
