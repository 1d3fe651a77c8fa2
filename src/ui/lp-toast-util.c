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
static gboolean
is_on_screen (GtkWidget *overlay,
              AdwToast  *toast)
{
  GType widget_type = g_type_from_name ("AdwToastWidget");

  for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
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

  if (is_on_screen (overlay, w->toast))
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
