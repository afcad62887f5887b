// The Java sample built: its generated bindings compiled with it; now run it as its README says.
// basedir is this script's folder here; sampleDirectory is the sample's copy that was built.
def classes = new File(sampleDirectory, 'target/classes')
assert new File(classes, 'sensor/SensorData.class').isFile() : 'the generated SensorData was not compiled'
assert new File(classes, 'sensordemo/SensorDemo.class').isFile()

def java = new File(System.getProperty('java.home'), 'bin/java').path
def run = [java, '-cp', classes.path, 'sensordemo.SensorDemo'].execute()
def out = new StringBuilder(), err = new StringBuilder()
run.waitForProcessOutput(out, err)
println out
assert run.exitValue() == 0 : "SensorDemo failed:\n${out}${err}"
def text = out.toString()
assert text.contains('SensorData[timestamp_ns=1700000000000000000, temperature=21.5, pressure=101325.0, humidity=0.45, status=5, sensor_id=[116, 104, 101, 114, 109, 111, 45, 48, 49, 0,')
assert text.contains('status: [Calibrated, LowBattery]')
assert text.contains('SensorData: 56 bytes, aligned to 8, in a segment of 56')
true
