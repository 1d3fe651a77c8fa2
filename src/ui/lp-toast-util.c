/* lp-toast-util.c — toasts that the program takes away itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-toast-util.h"

/* longer than libadwaita 1.2's longest show animation (500 ms) */
#define SETTLED_USEC (600 * G_TIME_SPAN_MILLISECOND)

/* the thread that runs main (), where GTK is used */
static GThread *main_thread;

__attribute__((constructor)) static void
record_main_thread (void)
{
  main_thread = g_thread_self ();
}

typedef struct {
  AdwToast *toast;
  gint64    seen;     /* frame time it was first seen on screen, or 0 */
} Withdrawal;

static void
withdrawal_free (gpointer data)
{
  Withdrawal *w = data;

  g_object_unref (w->toast);
  g_free (w);
}

/* Whether the toast is on screen: the overlay has a toast widget for it
 * (libadwaita's private AdwToastWidget, with a "toast" property). */
gboolean
lp_toast_is_on_screen (AdwToastOverlay *overlay,
                       AdwToast        *toast)
{
  GType widget_type = g_type_from_name ("AdwToastWidget");

  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (overlay), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autoptr(AdwToast) shown = NULL;

      if (widget_type == 0 || !G_TYPE_CHECK_INSTANCE_TYPE (child, widget_type) ||
          g_object_class_find_property (G_OBJECT_GET_CLASS (child), "toast") == NULL)
        continue;
      g_object_get (child, "toast", &shown, NULL);
      if (shown == toast)
        return TRUE;
    }
  return FALSE;
}

static gboolean
withdraw_cb (GtkWidget     *overlay,
             GdkFrameClock *clock,
             gpointer       data)
{
  Withdrawal *w = data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  if (lp_toast_is_on_screen (ADW_TOAST_OVERLAY (overlay), w->toast))
    {
      if (w->seen == 0)
        w->seen = now;
      if (now - w->seen < SETTLED_USEC)
        return G_SOURCE_CONTINUE;
    }
  /* queued (no animation), or settled on screen */
  adw_toast_dismiss (w->toast);
  return G_SOURCE_REMOVE;
}

void
lp_toast_withdraw (AdwToastOverlay *overlay,
                   AdwToast        *toast)
{
  Withdrawal *w;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));
  /* a worker that lets go of a toast must leave that to the main thread */
  g_return_if_fail (g_thread_self () == main_thread);

  /* not on screen: libadwaita skips the animations */
  if (!gtk_widget_get_mapped (GTK_WIDGET (overlay)))
    {
      adw_toast_dismiss (toast);
      return;
    }
  w = g_new0 (Withdrawal, 1);
  w->toast = g_object_ref (toast);
  gtk_widget_add_tick_callback (GTK_WIDGET (overlay), withdraw_cb, w, withdrawal_free);
}

/* ---- the toasts of an overlay ---- */

#define SHOWN_KEY "lp-toast-shown"

/* the toasts shown through lp_toast_show () and not dismissed yet */
static GPtrArray *
shown_of (AdwToastOverlay *overlay)
{
  GPtrArray *shown = g_object_get_data (G_OBJECT (overlay), SHOWN_KEY);

  if (shown == NULL)
    {
      shown = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (overlay), SHOWN_KEY, shown, (GDestroyNotify) g_ptr_array_unref);
    }
  return shown;
}

static void
on_shown_dismissed_cb (AdwToast        *toast,
                       AdwToastOverlay *overlay)
{
  g_ptr_array_remove (shown_of (overlay), toast);
}

void
lp_toast_show (AdwToastOverlay *overlay,
               AdwToast        *toast)
{
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));
  g_return_if_fail (g_thread_self () == main_thread);

  g_ptr_array_add (shown_of (overlay), g_object_ref (toast));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_shown_dismissed_cb), overlay, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}

void
lp_toast_show_urgent (AdwToastOverlay *overlay,
                      AdwToast        *toast)
{
  GPtrArray *shown;
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  /* never ADW_TOAST_PRIORITY_HIGH: libadwaita 1.2 fails an assertion when
   * a high-priority toast goes before the toast it pushed aside has
   * finished hiding; the others make way instead */
  shown = shown_of (overlay);
  for (guint i = 0; i < shown->len; i++)
    g_ptr_array_add (others, g_object_ref (g_ptr_array_index (shown, i)));
  for (guint i = 0; i < others->len; i++)
    lp_toast_withdraw (overlay, g_ptr_array_index (others, i));
  lp_toast_show (overlay, toast);
}
