/* lp-library.c — the built-in library of themes and module kinds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lp-kind.h"
#include "lp-library.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0 }

/* The Okabe–Ito palette: colours that people with the common colour-vision
 * deficiencies tell apart, and whose lightness differs enough to tell the
 * two blues apart in grey.  On blocks and in the legend each theme also
 * has its own mark (LpTimelinePainter), for black-and-white print. */
static const LpTheme themes[] = {
  { "communication",             N_("Communication and contradiction"),      "#0072b2", RGB (0x00, 0x72, 0xb2) },
  { "political-sensitivity",     N_("Political-administrative sensitivity"), "#cc79a7", RGB (0xcc, 0x79, 0xa7) },
  { "psychological-sensitivity", N_("Psychological sensitivity"),            "#e69f00", RGB (0xe6, 0x9f, 0x00) },
  { "role-awareness",            N_("Role awareness"),                       "#009e73", RGB (0x00, 0x9e, 0x73) },
  { "evaluative-learning",       N_("Evaluative learning"),                  "#f0e442", RGB (0xf0, 0xe4, 0x42) },
  { "leadership",                N_("Leadership"),                           "#d55e00", RGB (0xd5, 0x5e, 0x00) },
  { "council-college",           N_("Council and college"),                  "#56b4e9", RGB (0x56, 0xb4, 0xe9) },
  { "other",                     N_("Other"),                                "#77767b", RGB (0x77, 0x76, 0x7b) },
};

typedef struct {
  const char *id;
  const char *name;
  const char *theme;
  const char *work_form;
  guint       days;
  const char *description;
  const char *keywords;   /* search words in Dutch and English, not shown */
} BuiltinKind;

static const BuiltinKind builtin_kinds[] = {
  { "contradiction", N_("Giving and receiving contradiction"), "communication", "workshop", 1,
    N_("Practising how to give and receive contradiction between officials and administrators."),
    "tegenspraak;kritiek;feedback;weerwoord;dissent;criticism;speaking up" },
  { "political-sensitivity", N_("Political-administrative sensitivity"), "political-sensitivity", "workshop", 1,
    N_("Sensing the political field: interests, timing and the position of administrators."),
    "politiek;bestuurlijk;sensitiviteit;gevoeligheid;politics;sensitivity;antenna" },
  { "empathy", N_("Empathy"), "psychological-sensitivity", "workshop", 1,
    N_("Psychological sensitivity: understanding what moves the other side."),
    "inlevingsvermogen;empathie;psychologische sensitiviteit;psychology;understanding" },
  { "role-awareness", N_("Role awareness"), "role-awareness", "workshop", 1,
    N_("Who decides what? The roles of council, college and civil service."),
    "rolbewustzijn;rollen;wie beslist;roles;who decides" },
  { "evaluative-learning", N_("Evaluative learning"), "evaluative-learning", "workshop", 1,
    N_("Learning from what happened: looking back on cases together."),
    "evaluerend leren;terugblik;reflectie;reflection;looking back" },
  { "intervision", N_("Intervision"), "evaluative-learning", "intervision", 1,
    N_("Peer consultation on cases the participants bring in."),
    "intervisie;collegiale consultatie;peer consultation;peer review" },
  { "role-play-actors", N_("Role play with actors"), "communication", "role-play", 1,
    N_("Practising difficult conversations with professional actors."),
    "rollenspel met acteurs;acteurs;toneel;oefenen;actors;theatre;practice" },
  { "pressure-cooker", N_("Pressure cooker"), "role-awareness", "pressure-cooker", 1,
    N_("An alderman brings a case; civil servants produce a proposal under time pressure."),
    "pressurecooker;snelkookpan;wethouder;voorstel;tijdsdruk;alderman;proposal;deadline" },
  { "meal-conversation", N_("Meal conversation"), "council-college", "meal-conversation", 1,
    N_("A conversation over a meal between council, college and civil service."),
    "tijdmaal;tijdmalen;maaltijd;diner;eten;tafel;lunch;meal;dinner;food" },
  { "deep-dive-day", N_("Deep-dive day"), "role-awareness", "deep-dive-day", 1,
    N_("A day of pitch rounds, conversation rounds and a closing round with agreements."),
    "verdiepingsdag;verdieping;gespreksronde;deep dive;conversation round" },
  { "pitch-round", N_("Pitch round"), "communication", "pitch-round", 1,
    N_("Short pitches followed by questions and feedback."),
    "pitchronde;pitch;presentatie;presentation" },
  { "leadership-meeting", N_("Leadership meeting"), "leadership", "leadership-meeting", 1,
    N_("Managers meet on leadership in the administrative-official relationship."),
    "leiderschapsbijeenkomst;leiderschap;management;managers;leadership" },
  { "council-college-track", N_("Council and college programme"), "council-college", "workshop", 2,
    N_("A learning programme on the cooperation of council and college."),
    "leertraject raad en college;raad;college;gemeenteraad;council" },
  { "development-group", N_("Development group"), "evaluative-learning", "development-group", 1,
    N_("The development group reflects on the programme and steers it."),
    "ontwikkelgroep;stuurgroep;sturing;steering group" },
  { "evaluation", N_("Evaluation"), "evaluative-learning", "evaluation", 1,
    N_("Evaluating the programme or one of its parts."),
    "evaluatie;terugkoppeling;review;feedback" },
  { "mystery-guest", N_("College member as guest"), "political-sensitivity", "guest", 1,
    N_("A member of the college joins a session as a guest."),
    "collegelid als gast;gast;wethouder;burgemeester;guest;alderman;mayor" },
  { "two-day-session", N_("Two-day learning session"), "role-awareness", "workshop", 2,
    N_("A two-day leerplaats session for a group of civil servants."),
    "tweedaagse leerplaats;tweedaagse;twee dagen;two days;training" },
};

static const char * const work_forms[] = {
  "workshop", "intervision", "role-play", "pressure-cooker", "meal-conversation",
  "deep-dive-day", "pitch-round", "leadership-meeting", "development-group",
  "evaluation", "guest", "other", NULL
};

static const char * const work_form_labels[] = {
  N_("Workshop"), N_("Intervision"), N_("Role play"), N_("Pressure cooker"),
  N_("Meal conversation"), N_("Deep-dive day"), N_("Pitch round"),
  N_("Leadership meeting"), N_("Development group"), N_("Evaluation"),
  N_("Guest"), N_("Other"), NULL
};

guint
lp_library_get_n_themes (void)
{
  return G_N_ELEMENTS (themes);
}

const LpTheme *
lp_library_get_theme_nth (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (themes), NULL);
  return &themes[index];
}

const LpTheme *
lp_library_get_theme (const char *id)
{
  if (id == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    if (strcmp (themes[i].id, id) == 0)
      return &themes[i];
  return NULL;
}

const char *
lp_theme_get_name (const LpTheme *theme)
{
  g_return_val_if_fail (theme != NULL, NULL);
  return _(theme->name);
}

/* The built-in kinds, made once and never changed after: any thread may
 * read this array.  The list store holds the same kinds for the interface;
 * it is not read from other threads (a GListStore keeps a cache of the
 * last item asked for, which a second thread would race on: the worker
 * reading a file while the window is built). */
static LpKind *builtin_objects[G_N_ELEMENTS (builtin_kinds)];

static GListStore *
get_builtin_store (void)
{
  static GListStore *store = NULL;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      GListStore *s = g_list_store_new (LP_TYPE_KIND);

      for (guint i = 0; i < G_N_ELEMENTS (builtin_kinds); i++)
        {
          const BuiltinKind *b = &builtin_kinds[i];
          g_autoptr(LpKind) kind = g_object_new (LP_TYPE_KIND,
                                                 "id", b->id,
                                                 "builtin", TRUE,
                                                 "name", b->name,
                                                 "theme", b->theme,
                                                 "work-form", b->work_form,
                                                 "days", b->days,
                                                 "description", b->description,
                                                 NULL);
          g_list_store_append (s, kind);
          builtin_objects[i] = kind;   /* the store keeps it alive */
        }
      store = s;
      g_once_init_leave (&initialized, 1);
    }
  return store;
}

GListModel *
lp_library_get_builtin_kinds (void)
{
  return G_LIST_MODEL (get_builtin_store ());
}

guint
lp_library_get_n_builtin (void)
{
  return G_N_ELEMENTS (builtin_kinds);
}

LpKind *
lp_library_get_builtin (guint i)
{
  g_return_val_if_fail (i < G_N_ELEMENTS (builtin_kinds), NULL);
  get_builtin_store ();
  return builtin_objects[i];
}

LpKind *
lp_library_lookup_builtin (const char *id)
{
  if (id == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (builtin_kinds); i++)
    if (strcmp (builtin_kinds[i].id, id) == 0)
      return lp_library_get_builtin (i);
  return NULL;
}

const char * const *
lp_library_get_work_forms (void)
{
  return work_forms;
}

const char *
lp_library_get_work_form_label (const char *work_form)
{
  if (work_form == NULL)
    return "";
  for (guint i = 0; work_forms[i] != NULL; i++)
    if (strcmp (work_forms[i], work_form) == 0)
      return _(work_form_labels[i]);
  return work_form;
}

/* Lower case, accents and other marks removed: "Tijdmáál" → "tijdmaal". */
static char *
fold_for_search (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  g_autofree char *folded = NULL;
  GString *out;

  if (decomposed == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type != G_UNICODE_NON_SPACING_MARK && type != G_UNICODE_SPACING_MARK &&
          type != G_UNICODE_ENCLOSING_MARK)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
add_both (GString    *haystack,
          const char *msgid)
{
  if (msgid == NULL)
    return;
  g_string_append_printf (haystack, "\n%s\n%s", msgid, _(msgid));
}

static char *
kind_haystack (LpKind *kind)
{
  GString *haystack = g_string_new (lp_kind_get_name (kind));
  const LpTheme *theme = lp_kind_get_theme (kind);
  const char *work_form = lp_kind_get_work_form (kind);

  g_string_append_printf (haystack, "\n%s", lp_kind_get_description (kind) ? lp_kind_get_description (kind) : "");
  if (lp_kind_is_builtin (kind))
    for (guint i = 0; i < G_N_ELEMENTS (builtin_kinds); i++)
      if (strcmp (builtin_kinds[i].id, lp_kind_get_id (kind)) == 0)
        {
          add_both (haystack, builtin_kinds[i].name);
          add_both (haystack, builtin_kinds[i].description);
          g_string_append_printf (haystack, "\n%s", builtin_kinds[i].keywords);
        }
  if (theme != NULL)
    add_both (haystack, theme->name);
  for (guint i = 0; work_form != NULL && work_forms[i] != NULL; i++)
    if (strcmp (work_forms[i], work_form) == 0)
      add_both (haystack, work_form_labels[i]);
  return g_string_free (haystack, FALSE);
}

gboolean
lp_library_kind_matches (LpKind     *kind,
                         const char *query)
{
  g_autofree char *haystack = NULL;
  g_autofree char *folded_haystack = NULL;
  g_autofree char *folded_query = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (LP_IS_KIND (kind), FALSE);

  if (query == NULL)
    return TRUE;
  folded_query = fold_for_search (query);
  words = g_strsplit_set (folded_query, " \t\n", -1);
  haystack = kind_haystack (kind);
  folded_haystack = fold_for_search (haystack);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && strstr (folded_haystack, words[i]) == NULL)
      return FALSE;
  return TRUE;
}
