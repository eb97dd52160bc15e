import { msg } from '@lit/localize';

/** The status of a proposal in the member's language. */
export function statusLabel(status: string): string {
  switch (status) {
    case 'draft':
      return msg('Draft');
    case 'open':
      return msg('Open');
    case 'closed':
      return msg('Closed');
    case 'withdrawn':
      return msg('Withdrawn');
    default:
      return status;
  }
}

/** A date-time for people, in the page's language. */
export function formatWhen(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
