import { getAllowedModes, groupLayout, groupRootOf } from '@mutua/core';

/**
 * After leaving, asks the server a few times whether it still lets the member read the
 * group's members list (WAC-Allow on `members/`). True as soon as it does not: a steward or an
 * admin's app carried out the Leave. False when the time is up.
 */
export async function waitForAccessEnd(
  groupUrl: string,
  fetch: typeof globalThis.fetch,
  { timeoutMs = 8000, intervalMs = 1000 } = {},
): Promise<boolean> {
  const members = groupLayout(groupRootOf(groupUrl)).members;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!(await getAllowedModes(members, { fetch })).has('read')) return true;
    if (Date.now() + intervalMs > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
