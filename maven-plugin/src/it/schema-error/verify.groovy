// The diagnostic as gcc prints it, at the right line, then a one-line summary; no stack trace.
def log = new File(basedir, 'build.log').text
def broken = new File(basedir, 'src/main/iox/broken.iox').canonicalPath
assert log.contains("[ERROR] ${broken}:6:11: error: ") : 'no file:line:col diagnostic'
assert log.contains('    unit: Unit;\n          ^~~~') : 'no source line with a caret under the spot'
assert log.contains('iox-schema: 1 error in the schemas (see above)')
assert log.contains('BUILD FAILURE')
assert !(log =~ /\tat [a-z]/) : 'a stack trace in the log'
assert !new File(basedir, 'generated').exists() : 'nothing may be written'
true
