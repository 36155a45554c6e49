#!/usr/bin/env bash
# Installs what building and testing case-timeline needs, only what is missing (idempotent).
# Debian 12 with rustup, node and npm assumed. Nothing is downloaded from outside the package
# registries: wasm-pack finds wasm-bindgen, wasm-opt and chromedriver on PATH instead.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
export PATH="$HOME/.cargo/bin:$PATH"

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi

missing=()
for pkg in chromium chromium-driver build-essential; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

if ! have wasm-pack; then
  say "cargo install wasm-pack (about 2 minutes)"
  cargo install wasm-pack --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qF "$wb_version"; then
  say "cargo install wasm-bindgen-cli $wb_version"
  cargo install wasm-bindgen-cli --version "$wb_version" --locked || cargo install wasm-bindgen-cli --version "$wb_version"
fi

# JS tools (binaryen's wasm-opt, playwright-core, …) at the versions in www/package-lock.json.
stamp=www/node_modules/.setup-stamp
if [ ! -f "$stamp" ] || [ www/package-lock.json -nt "$stamp" ]; then
  say "npm ci in www/"
  (cd www && npm ci --no-audit --no-fund --loglevel=error)
  touch "$stamp"
fi

# Bundlers for the packaging tests (Vite, webpack, TypeScript) at the versions in
# tests/bundlers/package-lock.json; the packed tarball is installed next to them at test time.
stamp=tests/bundlers/node_modules/.setup-stamp
if [ ! -f "$stamp" ] || [ tests/bundlers/package-lock.json -nt "$stamp" ]; then
  say "npm ci in tests/bundlers/"
  (cd tests/bundlers && npm ci --no-audit --no-fund --loglevel=error)
  touch "$stamp"
fi
