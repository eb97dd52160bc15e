import { getGroupAgents } from '../access/get-group-agents.js';
import { aclUrlOf } from '../access/group-acl-targets.js';
import { updateAclDocument } from '../access/acl-document.internal.js';
import { AccessDeniedError } from '../errors/access-denied-error.js';
import { groupRootOf } from '../groups/group-layout.js';
import { ensureContainer } from '../pod/create-container.js';
import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { groupLedgerLayout } from './group-ledger-layout.js';
import { settingsAclQuads } from './settings-acl.internal.js';

/**
 * Makes sure `limit-settings/` exists with the settings ACL (members read, admins append only),
 * so the first limit change of a group can be dated. Needs acl:Control (an admin).
 */
export async function ensureLimitSettingsContainer(groupUrl: string, options: PodRequestOptions): Promise<void> {
  const container = groupLedgerLayout(groupUrl).limitSettings;
  const [agents] = await Promise.all([
    getGroupAgents(groupRootOf(groupUrl), options),
    ensureHistoryContainer(container, options),
  ]);
  const acl = aclUrlOf(container);
  // Written only when missing: membership changes keep its lists current from then on.
  await updateAclDocument(acl, (current) => (current ? null : settingsAclQuads(acl, container, agents)), options);
}

/**
 * Creates a settings history container unless it exists. Once its ACL exists admins hold no
 * Write on it, and CSS checks permissions before the If-None-Match precondition: the 403 then
 * only means the container is already there.
 */
export async function ensureHistoryContainer(url: string, options: PodRequestOptions): Promise<void> {
  try {
    await ensureContainer(url, options);
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    const { response } = await fetchWithLimits(
      'Checking the settings history container',
      url,
      { method: 'HEAD' },
      { ...options, maxBytes: 1024 },
    );
    if (!response.ok) throw error;
  }
}
