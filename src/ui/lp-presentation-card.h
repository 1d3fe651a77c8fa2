/* lp-presentation-card.h — a block's card while presenting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

#define LP_TYPE_PRESENTATION_CARD (lp_presentation_card_get_type ())
G_DECLARE_FINAL_TYPE (LpPresentationCard, lp_presentation_card, LP, PRESENTATION_CARD, GtkBox)

/* A large card with a module's title, dates, lane, facilitators, goals and
 * review comments.  Accessible role dialog, named as the block is (title,
 * dates, lane …).  Signal "closed" (): the close button hid it. */
GtkWidget *lp_presentation_card_new        (void);
void       lp_presentation_card_set_module (LpPresentationCard *self,
                                            LpTrajectory       *trajectory,
                                            LpModule           *module);
LpModule  *lp_presentation_card_get_module (LpPresentationCard *self);
/* Hides the card and emits "closed". */
void       lp_presentation_card_close      (LpPresentationCard *self);
/* For tests: the text shown, each label's text on its own line. */
char      *_lp_presentation_card_get_text  (LpPresentationCard *self);

G_END_DECLS
