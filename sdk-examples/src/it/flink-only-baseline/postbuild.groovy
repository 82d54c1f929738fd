// The rule must have failed on Flink's own tree, on these two artifacts and no others.
def log = new File(basedir, 'build.log').text
def diverging = (log =~ /Dependency convergence error for ([^:\s]+:[^:\s]+):/).collect { it[1] }.toSet()
assert diverging == ['com.esotericsoftware.kryo:kryo', 'org.apache.commons:commons-lang3'] as Set : "diverging: ${diverging}"
return true
