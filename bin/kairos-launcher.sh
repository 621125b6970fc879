# Shared by bin/kairos and bin/kairosctl: runs a main class on the classpath of a distribution
# (lib/), or of the repository's infra module, built on first use or when sources changed.
# Sourced, not executed.

KAIROS_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The module whose classpath runs the command: infra, or benchmarks for `bin/kairos bench`.
KAIROS_MODULE="${KAIROS_MODULE:-infra}"
KAIROS_CLASSPATH_FILE="$KAIROS_HOME/$KAIROS_MODULE/target/classpath.txt"

kairos_needs_build() {
  [ -f "$KAIROS_CLASSPATH_FILE" ] || return 0
  # Rebuild when a pom or a source or resource file is newer than the last build.
  [ -n "$(find "$KAIROS_HOME" -path "$KAIROS_HOME/.kairos" -prune -o \
      \( -name pom.xml -o -path '*/src/main/*' \) -newer "$KAIROS_CLASSPATH_FILE" -type f -print -quit 2>/dev/null)" ]
}

kairos_build() {
  command -v mvn >/dev/null 2>&1 || { echo "kairos: Maven (mvn) is needed to build Kairos on first use" >&2; exit 1; }
  echo "kairos: building (first use or sources changed) ..." >&2
  (cd "$KAIROS_HOME" && mvn -B -q -ntp -DskipTests -Dmaven.test.skip=true package -pl "$KAIROS_MODULE" -am) >&2 \
    || { echo "kairos: build failed; run 'mvn -DskipTests package' to see why" >&2; exit 1; }
  # The classpath file marks the build's time; Maven leaves it untouched when its content is unchanged.
  touch "$KAIROS_CLASSPATH_FILE"
}

# The classpath: lib/ of a distribution, else the repository's build (made on first use).
kairos_classpath() {
  if [ -d "$KAIROS_HOME/lib" ]; then
    echo "$KAIROS_HOME/lib/*"
    return
  fi
  if kairos_needs_build; then kairos_build; fi
  echo "$(cat "$KAIROS_CLASSPATH_FILE"):$(ls "$KAIROS_HOME/$KAIROS_MODULE"/target/"$KAIROS_MODULE"-*.jar | head -n 1)"
}

kairos_run() {
  local main="$1"; shift
  local cp java logging=()
  cp="$(kairos_classpath)"
  java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  [ -f "$KAIROS_HOME/conf/logback.xml" ] && logging=("-Dlogback.configurationFile=$KAIROS_HOME/conf/logback.xml")
  # shellcheck disable=SC2086
  exec "$java" ${KAIROS_JAVA_OPTS:-} "${logging[@]}" -Dkairos.home="$KAIROS_HOME" -cp "$cp" "$main" "$@"
}
