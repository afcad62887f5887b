def log = new File(basedir, 'build.log').text
assert log.contains("iox-schema: unknown target 'x86_64-windows'; known targets: x86_64-linux, aarch64-linux, i686-linux, armv7-linux")
assert !(log =~ /\tat [a-z]/) : 'a stack trace in the log'
true
