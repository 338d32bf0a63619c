# Shared checks of an installed tree (from `cmake --install` or an extracted .deb), sourced by
# check_install.sh and check_deb.sh. Every check prints one PASS or FAIL line; `finish` prints the
# verdict and exits 1 if anything failed.
#
# Environment (set by packaging/CMakeLists.txt): GDS_VERSION, GDS_APP_ID, GDS_EXPECT_GUI (ON/OFF),
# GDS_ICON_SIZES ("16 22 ...").

failures=0
checks=0

pass() { checks=$((checks + 1)); echo "PASS: $*"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*"; }
note() { echo "NOTE: $*"; }
# A check whose tool is missing: a note on a developer's machine, a failure under CI, where
# packaging/deps.sh --test installs every tool these checks use.
missing_tool() { if [[ -n ${CI:-} ]]; then fail "$* (CI: packaging/deps.sh --test must install it)"; else note "$*"; fi; }

# check COMMAND... -- MESSAGE: PASS if the command succeeds.
check() {
    local msg="${*: -1}"
    [[ "${*: -2:1}" == "--" ]] || { fail "check used without -- before: $msg"; return; }
    if "${@:1:$#-2}"; then pass "$msg"; else fail "$msg"; fi
}

finish() {
    if [[ $failures -eq 0 ]]; then
        echo "RESULT: PASS ($checks checks)"
        exit 0
    fi
    echo "RESULT: FAIL ($failures of $checks checks failed)"
    exit 1
}

require_env() {
    local v
    for v in GDS_VERSION GDS_APP_ID GDS_EXPECT_GUI GDS_ICON_SIZES; do
        [[ -n "${!v:-}" ]] || { echo "FAIL: $v is not set (run through ctest)"; exit 1; }
    done
}

# Width and height of a PNG from its IHDR chunk, as "WxH".
png_size() {
    local hex
    hex=$(od -An -tx1 -j16 -N8 "$1" | tr -d ' \n')
    [[ ${#hex} -eq 16 ]] || return 1
    echo "$((16#${hex:0:8}))x$((16#${hex:8:8}))"
}

# The command words of gpudeal-cli's own help texts: the first word of each indented line, with
# "a|b|c" split, for the top level and for "db". The man page must describe every one of them.
cli_command_words() {
    local cli="$1"
    {
        "$cli" --help | awk '/^  [a-z-]/ { print $1 } /^  sensitivity/ { print "solve" }'
        "$cli" db --help | awk '/^  [a-z-]/ { print $1 }'
        "$cli" --help | awk '/^  db / { print $2 }'
    } | tr '|,' '\n\n' | sed '/^$/d; /^-/d' | sort -u
}

# check_cli PATH-TO-gpudeal-cli: the program runs from where it was installed, with system libraries.
check_cli() {
    local cli="$1" out code tmp
    tmp=$(mktemp -d)
    export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
    if [[ ! -x "$cli" ]]; then
        fail "$cli is installed and executable"
        return
    fi
    if command -v ldd >/dev/null; then
        out=$(ldd "$cli" 2>&1)
        if grep -q "not found" <<<"$out"; then
            fail "every library of gpudeal-cli resolves: $(grep "not found" <<<"$out" | tr '\n' ' ')"
        else
            pass "every library of gpudeal-cli resolves"
        fi
    fi
    out=$("$cli" --version 2>&1) && code=0 || code=$?
    if [[ $code -eq 0 && "$out" == *"$GDS_VERSION"* ]]; then
        pass "gpudeal-cli --version prints $GDS_VERSION"
    else
        fail "gpudeal-cli --version: exit $code, output '$out' (expected $GDS_VERSION)"
    fi
    out=$("$cli" sample | "$cli" validate - 2>&1) && code=0 || code=$?
    check test "$code" -eq 0 -a "$out" = ok \
        -- "gpudeal-cli sample | gpudeal-cli validate - prints ok (got exit $code: $out)"
    out=$("$cli" sample | "$cli" compute - --json 2>&1) && code=0 || code=$?
    check grep -q '"format": *"gpudeal-result/2"' <<<"$out" \
        -- "gpudeal-cli compute - --json gives a gpudeal-result/2 document (exit $code)"
    "$cli" no-such-command >/dev/null 2>&1 && code=0 || code=$?
    check test "$code" -eq 64 -- "gpudeal-cli no-such-command exits 64 (got $code)"
    "$cli" sample >"$tmp/deal.gpudeal.json"
    "$cli" export pdf "$tmp/deal.gpudeal.json" -o "$tmp/t.pdf" >/dev/null 2>&1 && code=0 || code=$?
    if [[ $code -eq 0 ]]; then
        check grep -q '^%PDF-' "$tmp/t.pdf" -- "gpudeal-cli export pdf writes a PDF without a display"
    else
        fail "gpudeal-cli export pdf exits $code"
    fi
    rm -rf "$tmp"
}

# check_tree PREFIX (e.g. ROOT/usr): files, permissions, validators, man page, icons, MIME type.
check_tree() {
    local p="$1" id="$GDS_APP_ID" man words missing w size f out
    check test -x "$p/bin/gpudeal-cli" -- "bin/gpudeal-cli installed"

    check test -s "$p/share/doc/gpudeal/copyright" -- "share/doc/gpudeal/copyright installed"
    out=$(zcat "$p/share/doc/gpudeal/changelog.Debian.gz" 2>/dev/null | head -n 1)
    check grep -q "^gpudeal ($GDS_VERSION-1) " <<<"$out" \
        -- "newest Debian changelog entry is $GDS_VERSION-1 (got '$out')"

    man="$p/share/man/man1/gpudeal-cli.1.gz"
    if [[ -f "$man" ]] && gzip -t "$man" 2>/dev/null; then
        pass "share/man/man1/gpudeal-cli.1.gz installed (gzip)"
        if command -v man >/dev/null; then
            out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$man" 2>&1 >/dev/null)
            check test -z "$out" -- "man page renders without groff warnings${out:+: $out}"
        fi
        out=$(zcat "$man")
        check grep -q "GPU Deal Studio $GDS_VERSION" <<<"$out" -- "man page carries version $GDS_VERSION"
        missing=""
        words=$(cli_command_words "$p/bin/gpudeal-cli" 2>/dev/null)
        for w in $words; do
            grep -q -- "$(sed 's/-/\\\\-/g' <<<"$w")" <<<"$out" || missing+=" $w"
        done
        if [[ -z "$words" ]]; then
            fail "gpudeal-cli --help lists commands"
        else
            check test -z "$missing" \
                -- "man page documents every command of gpudeal-cli --help${missing:+ (missing:$missing)}"
        fi
        missing=""
        for w in "EXIT STATUS" "EXAMPLES" ".B 64" ".B 2" ".B 1" GPUDEAL_WORKSPACE; do
            grep -qF -- "$w" <<<"$out" || missing+=" '$w'"
        done
        check test -z "$missing" \
            -- "man page has exit codes, examples and environment${missing:+ (missing:$missing)}"
    else
        fail "share/man/man1/gpudeal-cli.1.gz installed (gzip)"
    fi

    if [[ "$GDS_EXPECT_GUI" != ON ]]; then
        check test ! -e "$p/share/applications/$id.desktop" -- "no desktop entry without the GUI"
        note "the gpudeal target is not built: GUI, desktop entry, icons and MIME type not checked"
        return
    fi

    check test -x "$p/bin/gpudeal" -- "bin/gpudeal installed"
    check test -f "$p/share/man/man1/gpudeal.1.gz" -- "share/man/man1/gpudeal.1.gz installed"

    f="$p/share/applications/$id.desktop"
    if [[ -f "$f" ]]; then
        pass "desktop entry installed"
        if command -v desktop-file-validate >/dev/null; then
            out=$(desktop-file-validate "$f" 2>&1) && check true -- "desktop-file-validate" ||
                fail "desktop-file-validate: $out"
        else
            missing_tool "desktop-file-validate not found (desktop-file-utils): desktop entry not validated"
        fi
        check grep -qx 'Exec=gpudeal %f' "$f" -- "desktop entry opens a file (Exec=gpudeal %f)"
        check grep -qx "Icon=$id" "$f" -- "desktop entry uses the installed icon"
        check grep -qx 'MimeType=application/x-gpudeal+json;' "$f" \
            -- "desktop entry handles application/x-gpudeal+json"
    else
        fail "desktop entry $f installed"
    fi

    f="$p/share/metainfo/$id.metainfo.xml"
    if [[ -f "$f" ]]; then
        pass "AppStream metainfo installed"
        if command -v appstreamcli >/dev/null; then
            out=$(appstreamcli validate --no-net --no-color "$f" 2>&1) && check true \
                -- "appstreamcli validate --no-net" ||
                fail "appstreamcli validate --no-net: $out"
        else
            missing_tool "appstreamcli not found (appstream): metainfo not validated"
        fi
        out=$(grep -o '<release version="[^"]*"' "$f" | head -n 1)
        check test "$out" = "<release version=\"$GDS_VERSION\"" \
            -- "newest AppStream release is $GDS_VERSION (got $out)"
        check grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$f" \
            -- "metainfo launches the desktop entry"
        check grep -q '<caption>.\+</caption>' "$f" -- "metainfo screenshot has a caption"
        check grep -q '<mediatype>application/x-gpudeal+json</mediatype>' "$f" \
            -- "metainfo provides the deal MIME type"
    else
        fail "AppStream metainfo $f installed"
    fi

    f="$p/share/icons/hicolor/scalable/apps/$id.svg"
    check grep -q '<svg' "$f" -- "scalable SVG icon installed"
    missing=""
    for size in $GDS_ICON_SIZES; do
        f="$p/share/icons/hicolor/${size}x${size}/apps/$id.png"
        [[ -f "$f" && "$(png_size "$f")" == "${size}x${size}" ]] || missing+=" ${size}x${size}"
    done
    check test -z "$missing" \
        -- "PNG icons $GDS_ICON_SIZES with matching pixel sizes${missing:+ (wrong or missing:$missing)}"

    f="$p/share/mime/packages/$id.xml"
    if [[ -f "$f" ]]; then
        pass "MIME type definition installed"
        if command -v update-mime-database >/dev/null; then
            local mt
            mt=$(mktemp -d)
            mkdir -p "$mt/mime/packages"
            cp "$f" "$mt/mime/packages/"
            # In the search path (XDG_DATA_DIRS), so that the only output would be about the definition.
            out=$(XDG_DATA_HOME="$mt" XDG_DATA_DIRS="$mt" update-mime-database "$mt/mime" 2>&1)
            check test -z "$out" -- "update-mime-database accepts the definition${out:+: $out}"
            check grep -q '^60:application/x-gpudeal+json:\*\.gpudeal\.json$' "$mt/mime/globs2" \
                -- "*.gpudeal.json maps to application/x-gpudeal+json"
            check grep -q '^application/x-gpudeal+json application/json$' "$mt/mime/subclasses" \
                -- "application/x-gpudeal+json is a subclass of application/json"
            check grep -q '^application/x-gpudeal+json$' "$mt/mime/types" \
                -- "MIME database lists application/x-gpudeal+json"
            rm -rf "$mt"
        else
            missing_tool "update-mime-database not found (shared-mime-info): MIME type not compiled"
        fi
        if command -v update-desktop-database >/dev/null; then
            local at
            at=$(mktemp -d)
            cp "$p/share/applications/$id.desktop" "$at/"
            update-desktop-database "$at" 2>/dev/null
            check grep -qx "application/x-gpudeal+json=$id.desktop;" "$at/mimeinfo.cache" \
                -- "double click on a deal file opens GPU Deal Studio (mimeinfo.cache)"
            rm -rf "$at"
        fi
    else
        fail "MIME type definition $f installed"
    fi
}
