#!/usr/bin/env bash
# Installs the Debian 12 packages that GPU Deal Studio needs and that are missing; idempotent. Works as
# root (no sudo needed) or through sudo where it exists.
#   packaging/deps.sh            build and run the app (what packaging/run.sh needs)
#   packaging/deps.sh --test     ... and run every test (packaging/test.sh)
#   packaging/deps.sh --fuzz     ... and build and run the libFuzzer targets (fuzz/run.sh)
# The lists follow what the build looks for; keep them in step when a find_package, a
# pkg_check_modules or a tool that a test calls is added.
set -euo pipefail

BUILD_DEPS=(
    g++ cmake ninja-build pkg-config # the toolchain, CMake's Ninja generator, pkg_check_modules
    # find_package(Qt6 ... Core Gui Widgets Sql PrintSupport Concurrent Test): qt6-base-dev, which
    # needs OpenGL headers (libgl-dev) for Gui; Charts, whose CMake package needs Qt6OpenGL
    # (libqt6opengl6-dev); Svg; LinguistTools (lrelease) for the translations.
    qt6-base-dev libgl-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n     # Qt's own messages (dialog buttons) in German, French and Chinese
    libboost-date-time-dev    # find_package(Boost): the calendar
    nlohmann-json3-dev        # find_package(nlohmann_json): deal files
    libxlsxwriter-dev         # pkg_check_modules(xlsxwriter): the auditable workbook
    zlib1g-dev                # ... which links -lz (its .pc file), and tests/export's find_package(ZLIB)
    libsqlite3-dev            # pkg_check_modules(sqlite3): the workspace
    libpq-dev                 # pkg_check_modules(libpq): the team workspace on PostgreSQL
    qtkeychain-qt6-dev        # find_package(Qt6Keychain): team workspace passwords in the system keyring
    fonts-dejavu-core         # text in the window and the PDFs (minimal systems may have no font)
)
TEST_DEPS=(
    libqt6sql6-sqlite         # tests/property: reads damaged workspaces through Qt's QSQLITE driver
    postgresql-15             # initdb, pg_ctl: tests/storage starts a private PostgreSQL 15 server (PgServer.h)
    openssl                   # PgServer.h: the test server's CA and certificate (sslmode=verify-full tests)
    util-linux                # setpriv: the test server runs as nobody when the tests run as root
    clang-format-14           # tests/architecture/format.sh: the sources follow .clang-format
    poppler-utils             # pdftotext: the term sheet's golden text, the German and GUI PDFs
    libreoffice-calc-nogui    # soffice: recalculates the workbook against the engine
    dpkg-dev lintian          # cpack's dpkg-shlibdeps and the package checks
    desktop-file-utils appstream shared-mime-info man-db # desktop entry, metainfo, MIME type, man pages
)
FUZZ_DEPS=(clang libclang-rt-14-dev) # libFuzzer and the sanitizers' runtime for clang

want=("${BUILD_DEPS[@]}")
for arg in "$@"; do
    case $arg in
    --test) want+=("${TEST_DEPS[@]}") ;;
    --fuzz) want+=("${FUZZ_DEPS[@]}") ;;
    *) echo "deps.sh: unknown option $arg (use --test, --fuzz)" >&2; exit 64 ;;
    esac
done

missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || {
        echo "deps.sh: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
        echo "deps.sh: ask an administrator to run: apt-get install ${missing[*]}" >&2
        exit 1
    }
    SUDO=(sudo)
fi
echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Wait for another apt (an unattended upgrade) rather than fail on its lock.
apt=("${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 -q)
if ! "${apt[@]}" update >"$log" 2>&1 ||
    ! "${apt[@]}" install -y --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "deps.sh: could not install: ${missing[*]}" >&2
    echo "deps.sh: check that Debian 12's main archive is reachable (apt-get update) and that no other" >&2
    echo "deps.sh: package manager holds its lock; README.md, 'When a package cannot be installed', says more." >&2
    exit 1
fi
