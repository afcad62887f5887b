// check (bound to verify by default) lists every missing or stale file relative to the
// project, fails, and writes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains("iox-schema-maven-plugin:${toolVersion}:check (default)")
assert log.contains('iox-schema: 4 of 4 generated files are missing or out of date:')
['bindings/c/shapes.h', 'bindings/python/__init__.py', 'bindings/python/_iox_runtime.py',
 'bindings/python/shapes.py'].each { path ->
    assert log.contains("[ERROR]   ${path}\n") : "${path} not listed"
}
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'bindings/python').exists() : 'check must write nothing'
assert new File(basedir, 'bindings/c/shapes.h').text.contains('Stale on purpose') : 'check must write nothing'
true
