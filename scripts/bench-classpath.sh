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

# Sets MODELS_JAR to CoreNLP's German models jar (GERMANNLP_CORENLP_MODELS, else the local Maven
# repository's copy, fetched there first if missing: 200 MB). CoreNLP is GPL: a peer in
# measurements only, never in the build.
corenlp_models_jar() {
  MODELS_JAR=${GERMANNLP_CORENLP_MODELS:-$HOME/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-german.jar}
  if [[ ! -f "$MODELS_JAR" ]]; then
    echo "== fetching CoreNLP's German models (200 MB)" >&2
    mvn -B -q dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-german \
      -Dtransitive=false
  fi
}
