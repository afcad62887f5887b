"""Imports a module that must refuse to load, and prints the LayoutError it raises."""
import importlib
import sys

sys.path.insert(0, sys.argv[1])
try:
    importlib.import_module(sys.argv[2])
except ImportError as error:
    print(f"{type(error).__name__}: {error}")
else:
    sys.exit(f"{sys.argv[2]} imported, but its layout cannot match this machine")
