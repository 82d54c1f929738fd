// The rule must have failed on slf4j-api alone.
def log = new File(basedir, 'build.log').text
def diverging = (log =~ /Dependency convergence error for ([^:\s]+:[^:\s]+):/).collect { it[1] }.toSet()
assert diverging == ['org.slf4j:slf4j-api'] as Set : "diverging: ${diverging}"
return true
