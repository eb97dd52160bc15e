import { msg } from '@lit/localize';
import type { Visibility } from '@mutua/core';

/** The label of a visibility level, in the page's language. */
export function visibilityLabel(visibility: Visibility): string {
  return { public: msg('Public'), membersOnly: msg('Members'), adminsOnly: msg('Admins') }[visibility];
}
