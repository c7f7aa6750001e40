#!/usr/bin/env bash
# Install the peer article extractors used by bench/compare_extractors.sh.
# Idempotent: re-running it only installs what is missing. Versions are pinned
# here (Debian) and in node/package.json + node/package-lock.json (npm).
# Nothing is downloaded from anywhere but the Debian and npm registries.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Debian packages, pinned to the bookworm versions the figures in
# bench/README.md were measured with.
DEB_PINNED=(
  python3-readability=0.8.1+dfsg1-3   # readability-lxml
  python3-html-text=0.5.2-2           # html_text.extract_text
  libboilerpipe-java=1.2.0-2          # boilerpipe (pulls libnekohtml-java, libxerces2-java)
)
# Not pinned to an exact version: the JDK and `time` get Debian security
# updates, and any 17.x runs the peer the same way. The installed versions are
# printed at the end (and recorded by compare_extractors.sh).
DEB_UNPINNED=(
  openjdk-17-jdk-headless             # java + javac (the boilerpipe runner is compiled at run time)
  time                                # /usr/bin/time -f %M for peak RSS
)

need=()
for spec in "${DEB_PINNED[@]}"; do
  pkg="${spec%%=*}"; ver="${spec#*=}"
  have="$(dpkg-query -W -f='${Status} ${Version}' "$pkg" 2>/dev/null || true)"
  [[ "$have" == "install ok installed $ver" ]] || need+=("$spec")
done
for pkg in "${DEB_UNPINNED[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed' || need+=("$pkg")
done

if ((${#need[@]})); then
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  # apt-cache finds nothing before the first `apt-get update` on a new machine.
  if ! apt-cache policy python3-readability 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    $SUDO apt-get update -q
  fi
  echo "install.sh: apt-get install ${need[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi

# npm packages, exactly as in node/package-lock.json. Reinstall when the lock
# file changed since the last install (npm keeps its copy in node_modules).
cd "$here/node"
if [[ ! -f node_modules/.package-lock.json ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]] \
   || ! node -e 'for (const m of ["jsdom","@mozilla/readability","@postlight/parser"]) require.resolve(m)' 2>/dev/null; then
  echo "install.sh: npm ci in $here/node"
  # --ignore-scripts: the only install script in the tree is core-js 2's banner.
  npm ci --no-audit --no-fund --ignore-scripts
  touch node_modules/.package-lock.json
fi

echo "install.sh: peers ready:"
for pkg in python3-readability python3-html-text libboilerpipe-java openjdk-17-jdk-headless; do
  printf '  %-26s %s\n' "$pkg" "$(dpkg-query -W -f='${Version}' "$pkg")"
done
node -e 'for (const m of ["jsdom","cssstyle","@mozilla/readability","@postlight/parser","@extractus/article-extractor"])
  console.log("  %s %s", m.padEnd(26), require("./node_modules/" + m + "/package.json").version)'
