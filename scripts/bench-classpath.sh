# Sourced by the JMH and peer scripts: builds the test classes and the test classpath with the
# Maven profile of the peer measurements and benchmarks (default "peers"; the third argument
# names others, such as "peers,corenlp"), then snapshots the classes to the folder $1 so that
# rebuilds during a long run do not disturb it, and sets CP.
#
#   source scripts/bench-classpath.sh
#   snapshot_classpath target/bench-topics topics                 # sets CP
#   snapshot_classpath target/eval-x x peers,corenlp              # with Stanford CoreNLP (GPL)
snapshot_classpath() {
  local out=$1 name=$2 profiles=${3:-peers}
  echo "== building test classes and test classpath (-P$profiles)" >&2
  mvn -B -q -Dstyle.color=never -P"$profiles" -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile="target/test-classpath-$name.txt" -Dmdep.includeScope=test
  rm -rf "$out"
  mkdir -p "$out"
  cp -r target/classes "$out/classes"
  cp -r target/test-classes "$out/test-classes"
  CP="$out/test-classes:$out/classes:$(cat "target/test-classpath-$name.txt")"
}
