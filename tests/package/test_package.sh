#!/usr/bin/env bash
# Builds the .deb with cpack, unpacks it into a temporary root and checks that its programs run,
# that the desktop file, icon, AppStream metadata and MIME type are in it, and that dpkg-shlibdeps
# filled in the dependencies (and Qt's translations are one), and that the sample project is in it.
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$build"
cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/pkg/*.deb | head -n 1)"
[ -f "$deb" ] || { echo "no .deb was made"; exit 1; }
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for lib in libgdal libgeos libproj libqt6core6 libqt6widgets6 qt6-translations-l10n; do
  echo "$depends" | grep -q "$lib" || { echo "the package does not depend on $lib"; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/engdrift usr/bin/engdrift-cli usr/share/applications/dk.engdrift.Engdrift.desktop \
         usr/share/metainfo/dk.engdrift.Engdrift.metainfo.xml usr/share/mime/packages/engdrift.xml \
         usr/share/icons/hicolor/scalable/apps/dk.engdrift.Engdrift.svg \
         usr/share/engdrift/sample/hedehusene.engdrift.gpkg; do
  [ -e "$work/root/$f" ] || { echo "missing in the package: /$f"; exit 1; }
done
cli_version="$("$work/root/usr/bin/engdrift-cli" --version)"
gui_version="$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/engdrift" --version)"
echo "$cli_version"
echo "$gui_version"
[[ "$cli_version" == engdrift-cli\ * ]] || { echo "engdrift-cli --version printed: $cli_version"; exit 1; }
[[ "$gui_version" == Engdrift\ * ]] || { echo "engdrift --version printed: $gui_version"; exit 1; }
# The sample project: a project the command line reads, left as it was; the desktop program
# finds it beside itself (without a display it draws a picture of it).
sample="$work/root/usr/share/engdrift/sample/hedehusene.engdrift.gpkg"
before="$(sha256sum "$sample")"
info="$("$work/root/usr/bin/engdrift-cli" info "$sample")" || { echo "engdrift-cli info on the sample failed"; exit 1; }
echo "$info"
echo "$info" | grep -q "hedehusene.engdrift.gpkg" || { echo "engdrift-cli info printed: $info"; exit 1; }
[ "$(sha256sum "$sample")" == "$before" ] || { echo "engdrift-cli info changed the installed sample"; exit 1; }
mkdir "$work/run"
(cd "$work/run" && env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$work/root/usr/bin/engdrift" >"$work/gui.log" 2>&1) ||
  { cat "$work/gui.log"; echo "engdrift did not draw the installed sample"; exit 1; }
[ -s "$work/run/engdrift-map.png" ] || { cat "$work/gui.log"; echo "engdrift wrote no picture of the sample"; exit 1; }
[ "$(sha256sum "$sample")" == "$before" ] || { echo "engdrift changed the installed sample"; exit 1; }
echo "package ok: $(basename "$deb")"
