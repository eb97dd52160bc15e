import { getGroupAgents } from '../access/get-group-agents.js';
import { aclUrlOf } from '../access/group-acl-targets.js';
import { updateAclDocument } from '../access/acl-document.internal.js';
import { groupLayout } from '../groups/group-layout.js';
import { saveGroupProfile } from '../groups/save-group-profile.js';
import { ensureContainer } from '../pod/create-container.js';
import type { Group } from '../records/types/group.js';
import { addLedgerSettings, type AddLedgerSettingsOptions } from './add-ledger-settings.js';
import { groupLedgerLayout } from './group-ledger-layout.js';
import { ensureHistoryContainer } from './limit-settings-container.internal.js';
import { checkRequestLifetimeDays, type LedgerWorkflow } from './ledger-workflow.js';
import { requestsAclQuads } from './requests-acl.internal.js';
import { settingsAclQuads } from './settings-acl.internal.js';

/**
 * Sets a group's ledger workflow: gives `ledger/requests/` an ACL that lets members file
 * there only when the group allows requests or asks payees to acknowledge payments (both kinds
 * of pending transfer wait there; the server refuses the rest), adds a dated record to the
 * settings history `ledger-settings/` (what every reader's replay judges transfers by, decision
 * 0079), then saves the settings in the group's profile, the quick read of the current value.
 * Needs acl:Control (an admin or the group account); the profile is admin-writable only, so a
 * member's attempt fails with AccessDeniedError.
 */
export async function setLedgerWorkflow(
  root: string,
  workflow: LedgerWorkflow,
  options: AddLedgerSettingsOptions = {},
): Promise<Group> {
  const problem = checkRequestLifetimeDays(workflow.requestLifetimeDays);
  if (problem) throw new RangeError(problem);
  const group = groupLayout(root).group;
  const { requests, settings } = groupLedgerLayout(group);
  const [agents] = await Promise.all([
    getGroupAgents(root, options),
    ensureContainer(requests, options),
    ensureHistoryContainer(settings, options),
  ]);
  const aclUrl = aclUrlOf(requests);
  const settingsAcl = aclUrlOf(settings);
  await Promise.all([
    updateAclDocument(
      aclUrl,
      () =>
        requestsAclQuads(aclUrl, requests, agents, workflow.membersMayRequestPayments || workflow.payeeMustAcknowledge),
      options,
    ),
    // Written only when missing: membership changes keep its lists current from then on.
    updateAclDocument(
      settingsAcl,
      (current) => (current ? null : settingsAclQuads(settingsAcl, settings, agents)),
      options,
    ),
  ]);
  // The record first: if the card's save fails, readers still judge by what the admin chose.
  await addLedgerSettings(group, workflow, options);
  return saveGroupProfile(
    group,
    {
      membersMayRequestPayments: workflow.membersMayRequestPayments,
      paymentRequestLifetimeDays: workflow.requestLifetimeDays,
      payeeMustAcknowledge: workflow.payeeMustAcknowledge,
    },
    options,
  );
}
