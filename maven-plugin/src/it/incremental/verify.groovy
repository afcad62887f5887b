// Run 1 writes C and C++ (one folder) for a schema and the import found through
// includeDirectories; run 2 sees nothing changed and skips; run 3's check finds all current.
def log = new File(basedir, 'build.log').text
['include/robot.h', 'include/units.h', 'include/robot.hpp', 'include/units.hpp'].each { path ->
    assert new File(basedir, path).isFile() : "missing ${path}"
    assert log.count("iox-schema: wrote ${path}\n") == 1 : "${path} must be written once, by the first run"
}
assert log.count('iox-schema: 4 files from 1 schema file, 4 changed') == 1
assert log.count('iox-schema: 4 generated files are up to date; skipped (schemas, options and tool unchanged)') == 1
assert log.contains('iox-schema: 4 checked-in generated files are up to date')
true
