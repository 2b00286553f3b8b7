// dv.skip and dv.generate.skip skip the goal, say which flag did it, and write nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping dv:generate (dv.skip=true)')
assert log.contains('[INFO] Skipping dv:generate (dv.generate.skip=true)')
assert !log.contains(' written, ')
assert !new File(basedir, 'models').exists()
assert !new File(basedir, 'target/dv').exists()
return true
