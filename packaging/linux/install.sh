#!/bin/sh
# Install this QunDesk folder for the current user (no root needed):
#   ./install.sh            copy to ~/.local/opt/qundesk, add `qundesk` to ~/.local/bin,
#                           a menu entry and icons
#   ./install.sh --uninstall   remove them again (your data in ~/.local/share/QunDesk stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/qundesk
bin=$HOME/.local/bin
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$target"
    rm -f "$bin/qundesk" "$data/applications/qundesk.desktop"
    for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/qundesk.png"; done
    echo "QunDesk removed. Your databases in $data/QunDesk were kept."
    exit 0
fi

if [ "$here" != "$target" ]; then
    rm -rf "$target"
    mkdir -p "$(dirname "$target")"
    cp -a "$here" "$target"
fi
mkdir -p "$bin" "$data/applications"
ln -sf "$target/qundesk" "$bin/qundesk"
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$target/_internal/resources/icons/qundesk-$size.png" \
        "$data/icons/hicolor/${size}x${size}/apps/qundesk.png"
done
sed "s|^Exec=.*|Exec=\"$target/qundesk\" %f|" "$target/qundesk.desktop" \
    > "$data/applications/qundesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "QunDesk installed in $target: find it in your applications menu, or run qundesk."
