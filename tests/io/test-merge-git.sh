#!/bin/sh
# test-merge-git.sh — leerplaats --merge as git's merge driver: two branches
# edit one trajectory; a clean merge gives both edits, a conflicting one
# exits with conflicts recorded as review comments.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

base="$G_TEST_SRCDIR/files/merge-base.leerplaats"
if ! command -v git > /dev/null; then
  echo "1..0 # SKIP git is not installed"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# git's own settings only: not the user's
export HOME="$work" GIT_CONFIG_NOSYSTEM=1

fail () { echo "not ok - $1"; exit 1; }

git init -q -b main repo
cd repo
git config user.name Test
git config user.email test@example.org
git config merge.leerplaats.driver "$LEERPLAATS --merge %O %A %B"
echo '*.leerplaats merge=leerplaats' > .gitattributes
cp "$base" plan.leerplaats
git add .gitattributes plan.leerplaats
git commit -q -m base

# clean: one branch retitles m1, the other renames the recess period
git checkout -q -b theirs
sed -i 's|>Reces<|>Zomerreces<|' plan.leerplaats
git commit -q -am theirs
git checkout -q main
sed -i 's|<title>Een</title>|<title>Eén</title>|' plan.leerplaats
git commit -q -am ours
git merge -q --no-edit theirs > ../merge.log 2>&1 || fail "clean merge failed: $(cat ../merge.log)"
grep -q '<title>Eén</title>' plan.leerplaats || fail "clean merge lost our title"
grep -q '>Zomerreces<' plan.leerplaats || fail "clean merge lost their period"
"$LEERPLAATS" --validate plan.leerplaats > /dev/null || fail "clean merge is not valid"
echo "ok 1 clean merge gives both edits"

# conflict: both retitle m2
git checkout -q -b theirs2
sed -i 's|<title>Twee</title>|<title>Twee hun</title>|' plan.leerplaats
git commit -q -am theirs2
git checkout -q main
sed -i 's|<title>Twee</title>|<title>Twee ons</title>|' plan.leerplaats
git commit -q -am ours2
if git merge -q --no-edit theirs2 > ../merge.log 2>&1; then fail "conflict merge succeeded"; fi
grep -q 'Twee hun' ../merge.log || fail "conflict not on stderr: $(cat ../merge.log)"
grep -q '<title>Twee ons</title>' plan.leerplaats || fail "conflict did not keep our title"
grep -q '<comment author="merge" date="[0-9-]*">[^<]*“title”[^<]*Twee hun' plan.leerplaats \
  || fail "no merge comment: $(cat plan.leerplaats)"
"$LEERPLAATS" --validate plan.leerplaats > /dev/null || fail "conflict merge is not valid"
git status --porcelain | grep -q '^UU plan.leerplaats' || fail "git does not list the conflict"
echo "ok 2 conflicting merge keeps ours with a comment"
echo "1..2"
