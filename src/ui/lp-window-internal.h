/* lp-window-internal.h — what the window's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is split as GNOME Text Editor splits its own: the window and
 * its document state (lp-window.c), the file on disk — monitor, "changed on
 * disk", read-only, save (lp-window-file.c) — and the actions with their
 * accelerators (lp-window-actions.c).  Only those files include this.
 */
#pragma once

#include "lp-export-options-window.h"

#include "io/lp-file-stamp.h"
#include "lp-comments-pane.h"
#include "lp-document.h"
#include "lp-day-view.h"
#include "lp-editor-toggle.h"
#include "lp-module-editor.h"
#include "lp-palette.h"
#include "lp-problems-pane.h"
#include "lp-presentation.h"
#include "lp-timeline-view.h"
#include "lp-window.h"

G_BEGIN_DECLS

struct _LpWindow
{
  AdwApplicationWindow  parent_instance;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  LpPalette            *palette;
  LpTimelineView       *timeline;
  LpModuleEditor       *editor;
  LpCommentsPane       *comments_pane;
  LpProblemsPane       *problems_pane;
  GtkPaned             *outer_paned;
  GtkPaned             *inner_paned;
  GMenu                *recent_menu;
  GMenu                *primary_menu;     /* popovers made when first opened */
  GMenu                *export_menu;
  GtkWidget            *main_menu_button;
  GtkWidget            *export_menu_button;
  GtkStack             *view_stack;   /* the timeline, or a module's day (lp-window-day.c) */
  LpDayView            *day_view;     /* made when a day is first shown */
  GtkWidget            *header_bar;
  GtkWidget            *open_button;
  GtkOverlay           *present_overlay;
  GtkOverlay           *editor_overlay;   /* the editor lies over the timeline here when narrow */

  LpDocument           *document;
  LpTrajectory         *trajectory;   /* the document's, as shown */
  GFile                *file;         /* the document's, as shown */
  GtkFileChooserNative *chooser;
  LpExportOptionsWindow *export_options;   /* Export as PDF's first step, while open */
  GSettings            *settings;     /* NULL when the schema is not installed */
  gboolean              close_after_save;
  guint                 saving_toast_id;
  AdwToast             *saving_toast;
  gboolean              closing;
  gboolean              editor_width_applied;
  LpEditorToggle       *editor_toggle;   /* F9: show or hide the editor */
  LpPresentation       *presentation;    /* F5: present on a projector */

  /* someone else saving the file while it is open */
  AdwToast             *disk_toast;
  AdwToast             *draft_toast;   /* drafts cannot be written: unprotected work */
  gboolean              disk_toast_reload; /* the toast offers Reload */

  /* the lock file beside it (lp-window-lock.c) */
  GFile                *locked_file;     /* the file whose lock we follow */
  gboolean              lock_held;       /* ours; else someone else's is there */
  GFileMonitor         *lock_monitor;
  guint                 lock_check_id;   /* while someone else's: has its process gone? */
  GtkWidget            *lock_bar;
};

/* lp-window-day.c: double-click, Ctrl+Enter or Open Day Programme shows the
 * module's day instead of the timeline; Escape or Back returns. */
void     _lp_window_day_setup           (LpWindow *self);
/* lp-window.c: destroys the file chooser's dialog, then drops the chooser. */
void     _lp_window_drop_chooser        (LpWindow *self);

/* lp-window-lock.c: follow self->file with our lock and the notice of
 * someone else's; release it when the window goes. */
void     _lp_window_update_lock         (LpWindow *self);
void     _lp_window_release_lock        (LpWindow *self);

/* lp-window-file.c */
void     _lp_window_forget_disk_change  (LpWindow *self);
void     _lp_window_show_disk_toast     (LpWindow *self);
/* lp-window-file.c: says while drafts for crash recovery cannot be
 * written (the document's "draft-failed"). */
void     _lp_window_on_draft_failed     (LpDocument *document,
                                         const char *message,
                                         LpWindow   *self);
/* Merges the file on disk into the unsaved document and saves (lp-window-merge.c). */
void     _lp_window_merge               (LpWindow *self);
/* check: refuse (and ask) when the file no longer holds the bytes we
 * loaded or last saved. */
/* Save As to what the chooser returned: with ".leerplaats" when the name
 * has no extension, asking first when that file exists. */
void     _lp_window_save_as_chosen      (LpWindow *self,
                                         GFile    *chosen);
void     _lp_window_save_to             (LpWindow *self,
                                         GFile    *file,
                                         gboolean  check);

/* lp-window-actions.c: every win.* action and its accelerator, and the
 * header bar's template callbacks */
void     _lp_window_class_add_actions   (GtkWidgetClass *widget_class);
/* "win.repeat-module" enabled while a module is selected. */
void     _lp_window_update_module_actions (LpWindow *self);
/* lp-window-problems.c: the timeline's marks and the Problems pane follow
 * the problems of @trajectory; choosing one selects its module. */
void     _lp_window_watch_problems      (LpWindow     *self,
                                         LpTrajectory *trajectory);

G_END_DECLS
