#!/usr/bin/env bash
# boilerpipe ArticleExtractor peer: compiles BoilerpipeRunner.java against the
# Debian jars (when the class is missing or older than the source), then runs it.
#   run_boilerpipe.sh LIST OUT_DIR [WARMUP_PASSES]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CP=/usr/share/java/boilerpipe.jar:/usr/share/java/nekohtml.jar:/usr/share/java/xercesImpl.jar
if [[ ! -f "$here/classes/BoilerpipeRunner.class" || "$here/BoilerpipeRunner.java" -nt "$here/classes/BoilerpipeRunner.class" ]]; then
  mkdir -p "$here/classes"
  javac -nowarn -d "$here/classes" -cp "$CP" "$here/BoilerpipeRunner.java"
fi
# -XX:ActiveProcessorCount=1: one core, so the JVM sizes its GC and JIT threads for it.
exec java -XX:ActiveProcessorCount=1 -cp "$here/classes:$CP" BoilerpipeRunner "$@"
