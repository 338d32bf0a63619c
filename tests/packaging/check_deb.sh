#!/usr/bin/env bash
# packaging_deb: `cpack -G DEB` on the build tree gives gpudeal_<version>-1_<arch>.deb with the right
# control fields, real dependencies (dpkg-shlibdeps plus the Qt plugins loaded at run time), only files
# under /usr owned by root, and a gpudeal-cli that runs from the unpacked package.
# Exit 77 (skipped) where dpkg-deb or dpkg-shlibdeps is missing.
# Usage (from ctest): check_deb.sh CPACK BUILD_DIR
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
require_env
cpack_cmd="$1" build="$2"

for tool in dpkg-deb dpkg-shlibdeps dpkg; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool not found (Debian packages dpkg, dpkg-dev)"
        [[ -n ${CI:-} ]] && { echo "FAIL: under CI packaging/deps.sh --test must install it"; exit 1; }
        exit 77
    fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$SECONDS
if (cd "$tmp" && "$cpack_cmd" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out") \
    >"$tmp/cpack.log" 2>&1; then
    pass "cpack -G DEB ($((SECONDS - start)) s)"
else
    cat "$tmp/cpack.log"
    fail "cpack -G DEB"
    finish
fi

arch=$(dpkg --print-architecture)
deb="$tmp/out/gpudeal_${GDS_VERSION}-1_${arch}.deb"
if [[ ! -f "$deb" ]]; then
    found=$(cd "$tmp/out" && ls -- *.deb 2>/dev/null)
    fail "package file gpudeal_${GDS_VERSION}-1_${arch}.deb (found: $found)"
    finish
fi
pass "package file $(basename "$deb") ($(($(stat -c %s "$deb") / 1024)) KiB)"

# ---- control fields
field() { dpkg-deb -f "$deb" "$1"; }
check test "$(field Package)" = gpudeal -- "Package: gpudeal"
check test "$(field Version)" = "${GDS_VERSION}-1" -- "Version: ${GDS_VERSION}-1"
check test "$(field Architecture)" = "$arch" -- "Architecture: $arch"
for f in Maintainer Section Priority Homepage Description Installed-Size; do
    check test -n "$(field "$f")" -- "control field $f is set"
done
check grep -q '^[^<>]\+ <[^<> ]\+@[^<> ]\+>$' <<<"$(field Maintainer)" -- "Maintainer is 'Name <email>'"

depends=$(field Depends)
echo "Depends: $depends"
dep_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*)//; s/^ *//; s/ *$//; /^$/d')
has_dep() { grep -qx "$1" <<<"$dep_names"; }
check grep -q 'libc6 (>= [0-9]' <<<"$depends" -- "Depends has a versioned libc6 (dpkg-shlibdeps ran)"
required=(libqt6core6 libqt6gui6 libqt6svg6 libsqlite3-0 libstdc++6)
[[ "$GDS_EXPECT_GUI" == ON ]] && required+=(libqt6widgets6 libqt6charts6 libqt6keychain1)
missing=""
for d in "${required[@]}"; do has_dep "$d" || missing+=" $d"; done
check test -z "$missing" -- "Depends names ${required[*]}${missing:+ (missing:$missing)}"
unknown=""
for d in $dep_names; do
    dpkg-query -W "$d" >/dev/null 2>&1 || apt-cache show "$d" >/dev/null 2>&1 || unknown+=" $d"
done
check test -z "$unknown" -- "every dependency is a known Debian package${unknown:+ (unknown:$unknown)}"

# ---- contents
listing=$(dpkg-deb -c "$deb")
paths=$(awk '{ print $NF }' <<<"$listing" | sed 's|^\./|/|')
expected=(/usr/bin/gpudeal-cli /usr/share/man/man1/gpudeal-cli.1.gz
    /usr/share/doc/gpudeal/copyright /usr/share/doc/gpudeal/changelog.Debian.gz)
if [[ "$GDS_EXPECT_GUI" == ON ]]; then
    expected+=(/usr/bin/gpudeal /usr/share/man/man1/gpudeal.1.gz
        "/usr/share/applications/$GDS_APP_ID.desktop" "/usr/share/metainfo/$GDS_APP_ID.metainfo.xml"
        "/usr/share/mime/packages/$GDS_APP_ID.xml" "/usr/share/icons/hicolor/scalable/apps/$GDS_APP_ID.svg")
    for size in $GDS_ICON_SIZES; do
        expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$GDS_APP_ID.png")
    done
fi
missing=""
for f in "${expected[@]}"; do grep -qxF "$f" <<<"$paths" || missing+=" $f"; done
check test -z "$missing" -- "package holds the ${#expected[@]} expected files${missing:+ (missing:$missing)}"
outside=$(grep -v '^/$\|^/usr/\|^/usr$' <<<"$paths")
check test -z "$outside" -- "every file is under /usr${outside:+ (outside: $outside)}"
check test -z "$(grep '^/usr/local' <<<"$paths")" -- "nothing under /usr/local"
check test -z "$(awk '$2 != "root/root"' <<<"$listing")" -- "every file is owned by root/root"
bad_modes=$(awk '$1 ~ /^-/ && $NF ~ /\/bin\// && $1 != "-rwxr-xr-x" { print $NF }
                 $1 ~ /^-/ && $NF !~ /\/bin\// && $1 != "-rw-r--r--" { print $NF }' <<<"$listing")
check test -z "$bad_modes" -- "programs are 0755 and data files 0644${bad_modes:+ (wrong: $bad_modes)}"
for s in $(dpkg-deb --ctrl-tarfile "$deb" | tar -t | sed 's|^\./||'); do
    case "$s" in postinst | preinst | postrm | prerm) note "maintainer script $s present" ;; esac
done

# ---- Debian's own checker, where it is installed (about 10 s): errors fail, warnings are shown
if command -v lintian >/dev/null; then
    out=$(lintian --fail-on error "$deb" 2>&1) && code=0 || code=$?
    out=$(grep -v "running with root privileges" <<<"$out")
    if [[ -n "$out" ]]; then sed 's/^/  lintian: /' <<<"$out"; fi
    check test "$code" -eq 0 -- "lintian finds no errors"
else
    missing_tool "lintian not found: the package is not checked against Debian policy"
fi

# ---- unpack and run
dpkg-deb -x "$deb" "$tmp/root"
if command -v readelf >/dev/null; then
    check test -z "$(readelf -S "$tmp/root/usr/bin/gpudeal-cli" | grep '\.debug_info')" \
        -- "binaries are stripped"
fi
check_tree "$tmp/root/usr"
check_cli "$tmp/root/usr/bin/gpudeal-cli"
finish
