#!/usr/bin/env bash
# Set up everything QunDesk needs on a Debian/Ubuntu machine, then start it or test it.
#   ./run.sh [--demo] [qundesk arguments…]   launch the app (--demo: on a demo database)
#   ./run.sh test [pytest arguments…]        lint and run the whole test suite
#   ./run.sh test-dates [pytest arguments…]  the tests again with the clock moved (faketime)
#   ./run.sh slow                            the long crash and fuzz runs (about 2 minutes)
#   ./run.sh wheel                           build the wheel, pip install it in a fresh venv
#                                            and run it there in Chinese (about 30 seconds)
set -euo pipefail
cd "$(dirname "$0")"

VENV=${QUNDESK_VENV:-.venv}
PYTHON=${PYTHON:-python3}
# Libraries the Qt wheels load at run time, plus CJK and emoji fonts so Chinese names and
# emoji nicknames (🌸小雪) never show as boxes.
SYSTEM_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
                 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
                 fonts-noto-cjk fonts-noto-color-emoji
                 faketime)  # the suite is also run at other dates (./run.sh test-dates)
# How long apt may wait for another package manager (unattended upgrades after a boot).
APT_LOCK_WAIT_S=${QUNDESK_APT_LOCK_WAIT:-600}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_system_packages() {
    command -v dpkg-query >/dev/null || return 0   # not Debian-like: the user provides Qt's libraries
    local missing=()
    for pkg in "${SYSTEM_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing system packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    # DPkg::Lock::Timeout makes apt-get install wait for dpkg's lock instead of failing at
    # once; apt-get update does not wait for the package lists' lock, so it is retried here.
    local apt=("${sudo[@]}" apt-get -o "DPkg::Lock::Timeout=$APT_LOCK_WAIT_S")
    local waited=0 out
    while ! out=$("${apt[@]}" update -qq 2>&1); do
        if [[ $out != *"Could not get lock"* && $out != *"Unable to lock"* ]] \
            || [ "$waited" -ge "$APT_LOCK_WAIT_S" ]; then
            printf '%s\n' "$out" >&2
            return 1
        fi
        [ "$waited" -eq 0 ] && say_waiting
        sleep 5
        waited=$((waited + 5))
    done
    if apt_busy; then say_waiting; fi
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

say_waiting() {
    say "Another package manager is running (often automatic updates after start-up);" \
        "waiting up to $((APT_LOCK_WAIT_S / 60)) minutes for it to finish…"
}

# Whether another process holds dpkg's or apt's lock right now (best effort: fuser may be absent).
apt_busy() {
    command -v fuser >/dev/null || return 1
    fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock >/dev/null 2>&1
}

install_python_packages() {
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || { echo "QunDesk needs Python 3.11 or newer ($PYTHON is older)" >&2; exit 1; }
    if [ ! -x "$VENV/bin/python" ]; then
        say "Creating the virtual environment in $VENV"
        "$PYTHON" -m venv "$VENV"
    fi
    # Reinstall only when the project's requirements changed since the last run.
    local stamp="$VENV/.qundesk-installed" want
    want=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "Installing QunDesk and its dependencies"
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
        "$VENV/bin/python" -m pip install --quiet -e ".[test]"
        echo "$want" > "$stamp"
    fi
}

install_system_packages
install_python_packages

if [ "${1:-}" = "test" ]; then
    shift
    say "Lint (ruff)"
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    say "Types (mypy --strict on the data layer)"
    "$VENV/bin/mypy"
    say "Tests (pytest, Qt offscreen)"
    QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "$@"
fi

if [ "${1:-}" = "test-dates" ]; then
    shift
    # The suite must pass on any real date: run it with the system clock moved (faketime).
    # QUNDESK_TEST_DATES lists the moments; pytest arguments narrow what runs at each.
    dates=${QUNDESK_TEST_DATES:-"2028-02-29 12:00:00;2027-12-31 23:59:30;$(date -d '+2 years' '+%F %T')"}
    IFS=';' read -r -a moments <<<"$dates"
    for moment in "${moments[@]}"; do
        say "Tests with the clock at $moment (faketime)"
        # FAKETIME_DONT_RESET: child processes go on from the parent's moved clock instead of
        # starting it again, so times compared across processes (benchmarks) stay true.
        QT_QPA_PLATFORM=offscreen FAKETIME_DONT_RESET=1 \
            faketime -f "@$moment" "$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
    done
    exit 0
fi

if [ "${1:-}" = "slow" ]; then
    shift
    # 200 SIGKILLs of a writing process and 400 hypothesis inputs per import parser (fixed
    # seed, so a run can be repeated; QUNDESK_FUZZ_RANDOM=1 explores new inputs).
    say "Slow suite: crash safety and fuzzed parsers"
    QUNDESK_CRASH_KILLS=${QUNDESK_CRASH_KILLS:-200} QUNDESK_FUZZ_EXAMPLES=${QUNDESK_FUZZ_EXAMPLES:-400} \
        QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest -q \
        tests/models/storage/test_crash_safety.py tests/models/exchange/test_fuzz_parsers.py "$@"
fi

if [ "${1:-}" = "wheel" ]; then
    shift
    # What `pip install qundesk` gives: the wheel (built through its sdist) in a new venv in a
    # temporary folder, `qundesk --smoke` and a start with LANG=zh_CN.UTF-8 from there.
    say "Wheel check: build, install in a fresh venv, smoke"
    exec "$VENV/bin/python" packaging/wheel_check.py "$@"
fi

if [ "${1:-}" = "--demo" ]; then
    shift
    demo_db=${QUNDESK_DEMO_DB:-$("$VENV/bin/python" -c 'from desktop import paths; print(paths.data_dir() / "demo.sqlite")')}
    if [ ! -s "$demo_db" ]; then
        mkdir -p "$(dirname "$demo_db")"
        "$VENV/bin/qundesk" --db "$demo_db" demo
    fi
    set -- --db "$demo_db" "$@"
fi
exec "$VENV/bin/qundesk" "$@"
