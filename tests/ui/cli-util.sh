# cli-util.sh — shared by the command-line scripts (source it after setting
# exe to the program): a scratch folder removed at exit, and expect.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

# expect STATUS WORDS ARGS…: exit status STATUS and WORDS in stdout+stderr
expect() {
  local status=$1 words=$2 got out
  shift 2
  out=$("$exe" "$@" 2>&1); got=$?
  if [ "$got" -ne "$status" ] || ! grep -qF -- "$words" <<<"$out"; then
    echo "FAIL: leerplaats $*: status $got (want $status), output: $out"
    fail=1
  else
    echo "ok: leerplaats $* → $status"
  fi
}
