/* lp-undo-toast.c — undo and redo that say what they did
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lp-undo-toast.h"
#include "lp-toast-util.h"

#define LAST_TOAST_KEY "lp-undo-toast-last"

/* The module an undo/redo step touched: the last one changed, or the last
 * one put back into the trajectory. */
typedef struct {
  LpModule *module;   /* a reference */
} Touched;

static void
on_module_changed_cb (LpTrajectory *trajectory,
                      LpModule     *module,
                      const char   *property,
                      Touched      *touched)
{
  g_set_object (&touched->module, module);
}

static void
on_modules_changed_cb (GListModel *modules,
                       guint       position,
                       guint       removed,
                       guint       added,
                       Touched    *touched)
{
  if (added > 0)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (modules, position + added - 1);
      g_set_object (&touched->module, module);
    }
}

static void
on_toast_dismissed_cb (AdwToast        *toast,
                       AdwToastOverlay *overlay)
{
  if (g_object_get_data (G_OBJECT (overlay), LAST_TOAST_KEY) == toast)
    g_object_set_data (G_OBJECT (overlay), LAST_TOAST_KEY, NULL);
}

/* One toast at a time: while the last one is still up, it takes the new
 * text.  (Dismissing it for a new one crashes libadwaita 1.2 when the two
 * animations overlap, as on Undo quickly followed by Redo.) */
static void
show_toast (AdwToastOverlay *overlay,
            const char      *text)
{
  AdwToast *last = g_object_get_data (G_OBJECT (overlay), LAST_TOAST_KEY);
  g_autofree char *markup = g_markup_escape_text (text, -1);   /* a toast's title is markup */
  AdwToast *toast;

  if (last != NULL)
    {
      adw_toast_set_title (last, markup);
      return;
    }
  toast = adw_toast_new (markup);
  adw_toast_set_timeout (toast, 3);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), overlay, 0);
  g_object_set_data_full (G_OBJECT (overlay), LAST_TOAST_KEY, g_object_ref (toast), g_object_unref);
  lp_toast_show (overlay, toast);
}

static char *
describe (LpTrajectory *trajectory,
          const char   *label,
          LpModule     *module,
          gboolean      redo)
{
  if (module != NULL)
    {
      const char *title = lp_trajectory_get_module_title (trajectory, module);
      /* Translators: a toast after undo: the step's name and the module's title,
       * for example: Undid: Move Module “Tijdmaal 2” */
      return redo ? g_strdup_printf (_("Redid: %s “%s”"), label, title)
                  : g_strdup_printf (_("Undid: %s “%s”"), label, title);
    }
  /* Translators: a toast after undo, with the step's name: Undid: Add Track */
  return redo ? g_strdup_printf (_("Redid: %s"), label) : g_strdup_printf (_("Undid: %s"), label);
}

gboolean
lp_undo_toast_step (LpTrajectory    *trajectory,
                    LpTimelineView  *view,
                    AdwToastOverlay *overlay,
                    gboolean         redo)
{
  LpHistory *history;
  GListModel *modules;
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  Touched touched = { NULL };
  gulong changed_id, items_id;
  gboolean done;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), FALSE);
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (view), FALSE);
  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (overlay), FALSE);

  history = lp_trajectory_get_history (trajectory);
  modules = lp_trajectory_get_modules (trajectory);
  label = g_strdup (redo ? lp_history_get_redo_label (history) : lp_history_get_undo_label (history));

  changed_id = g_signal_connect (trajectory, "module-changed", G_CALLBACK (on_module_changed_cb), &touched);
  items_id = g_signal_connect (modules, "items-changed", G_CALLBACK (on_modules_changed_cb), &touched);
  done = redo ? lp_history_redo (history) : lp_history_undo (history);
  g_signal_handler_disconnect (trajectory, changed_id);
  g_signal_handler_disconnect (modules, items_id);
  if (!done)
    {
      g_clear_object (&touched.module);
      return FALSE;
    }

  if (touched.module != NULL &&
      lp_trajectory_lookup_module (trajectory, lp_module_get_id (touched.module)) != touched.module)
    g_clear_object (&touched.module);
  text = describe (trajectory, label != NULL ? label : "", touched.module, redo);
  show_toast (overlay, text);
  if (touched.module != NULL)
    lp_timeline_view_scroll_to_module (view, touched.module);
  g_clear_object (&touched.module);
  return TRUE;
}
