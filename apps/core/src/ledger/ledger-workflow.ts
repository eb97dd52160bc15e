import type { Group } from '../records/types/group.js';

/** How a group's transfers may start and how long a payment request waits (from the group's profile). */
export interface LedgerWorkflow {
  /** Whether members may ask another member to pay them; when false only the payer starts a transfer. */
  readonly membersMayRequestPayments: boolean;
  /** Whole days a request (or a payment awaiting acknowledgement) stays open, counted from its time. */
  readonly requestLifetimeDays: number;
  /** Whether a payment waits for the payee's countersignature before it enters the ledger. */
  readonly payeeMustAcknowledge: boolean;
}

/** A request stays open this many days when the group does not say. */
export const DEFAULT_REQUEST_LIFETIME_DAYS = 30;
/** The longest lifetime a group may choose (the shape's sh:maxInclusive). */
export const MAX_REQUEST_LIFETIME_DAYS = 365;

const DAY_MS = 24 * 3600 * 1000;

/** The workflow a group chose in its profile, with the defaults for what it left out. */
export function getLedgerWorkflow(
  group: Pick<Group, 'membersMayRequestPayments' | 'paymentRequestLifetimeDays' | 'payeeMustAcknowledge'>,
): LedgerWorkflow {
  return {
    membersMayRequestPayments: group.membersMayRequestPayments !== false,
    requestLifetimeDays: group.paymentRequestLifetimeDays ?? DEFAULT_REQUEST_LIFETIME_DAYS,
    payeeMustAcknowledge: group.payeeMustAcknowledge === true,
  };
}

/** The request lifetime in milliseconds, as the transfer workflow counts it. */
export function requestLifetimeMsOf(workflow: Pick<LedgerWorkflow, 'requestLifetimeDays'>): number {
  return workflow.requestLifetimeDays * DAY_MS;
}

/** When a request made at `time` (xsd:dateTime) stops being acceptable. */
export function requestExpiresAt(time: string, workflow: Pick<LedgerWorkflow, 'requestLifetimeDays'>): Date {
  return new Date(Date.parse(time) + requestLifetimeMsOf(workflow));
}

/** Why a lifetime is not acceptable, or null: a whole number of days from 1 to MAX_REQUEST_LIFETIME_DAYS. */
export function checkRequestLifetimeDays(days: number): string | null {
  if (!Number.isInteger(days) || days < 1 || days > MAX_REQUEST_LIFETIME_DAYS) {
    return `A payment request lifetime is a whole number of days from 1 to ${MAX_REQUEST_LIFETIME_DAYS}, not ${days}`;
  }
  return null;
}
