/* lp-a11y-names.h — accessible names for composite buttons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* "_Open" → "Open", "a__b" → "a_b": a label as a screen reader should read it. */
char *lp_a11y_strip_mnemonic     (const char *label);
/* Names the parts of a split button that a .ui file cannot reach: the main
 * button by its label without the mnemonic underscore (GTK 4.8 would read
 * "_Open"), the arrow by the dropdown tooltip. */
void  lp_a11y_name_split_button  (AdwSplitButton *button);
/* The same for every split button in @root and its descendants. */
void  lp_a11y_name_split_buttons (GtkWidget *root);
/* Names widget name, said once: the label property, and no labelled-by
 * relation (GTK 4.8 reads both, one after the other). */
void  lp_a11y_set_name           (GtkWidget  *widget,
                                  const char *name);
/* From now on (once per process), every button and check button with a
 * text label is named by that label without mnemonic underscores, said
 * once, when it is mapped and when its label changes; a drop-down's button
 * by the drop-down's mnemonic label ("Kind"). */
void  lp_a11y_names_install      (void);

G_END_DECLS
