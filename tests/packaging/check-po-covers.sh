#!/bin/sh
# Every translatable string of the sources listed in po/POTFILES.in has a
# Dutch translation in po/nl.po: extract them as the build's "glib" gettext
# preset does, merge with nl.po, and refuse any untranslated or fuzzy entry.
set -eu
top=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$top"
xgettext --from-code=UTF-8 --add-comments --files-from=po/POTFILES.in \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --keyword=ngettext:1,2 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  -o "$work/sources.pot"
msgmerge --quiet --no-fuzzy-matching po/nl.po "$work/sources.pot" -o "$work/nl.po"
stats=$(msgfmt --statistics -o /dev/null "$work/nl.po" 2>&1)
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "strings in the sources without a Dutch translation in po/nl.po:" >&2
    msgattrib --untranslated "$work/nl.po" | grep -E '^(#:|msgid)' >&2
    exit 1 ;;
esac
