# Shared by scripts/run-sample and scripts/run-tests: install the Debian 12 packages Engdrift
# needs (only when something is missing) and build with CMake presets.
set -euo pipefail

ENGDRIFT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ENGDRIFT_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-l10n-tools libqcustomplot-dev
  qt6-translations-l10n   # Qt's own words in Danish (OK/Cancel, file dialogs); the .deb depends on it
  libgdal-dev gdal-bin libgeos-dev libproj-dev proj-data libsqlite3-dev libpng-dev
  libgtest-dev
  libpq-dev postgresql-15 postgresql-15-postgis-3   # the PostGIS backend and its tests (scripts/pg-test-cluster)
  file dpkg-dev   # cpack -G DEB: the file utility, dpkg-shlibdeps (the package test)
  fonts-dejavu-core xvfb xauth poppler-utils
  clang-14 libclang-rt-14-dev llvm-14   # scripts/run-fuzz: libFuzzer, the sanitizers' runtimes, llvm-symbolizer
)

install_packages() {
  local missing=()
  for p in "${ENGDRIFT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "== Debian packages: all present"
    return
  fi
  echo "== Installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build PRESET: configure and build one CMake preset (default, asan).
build() {
  local preset="$1"
  echo "== Building ($preset)"
  cmake --preset "$preset" -S "$ENGDRIFT_ROOT" >/dev/null
  cmake --build --preset "$preset" -j "$(nproc)"
}
