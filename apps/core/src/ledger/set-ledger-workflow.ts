import { getGroupAgents } from '../access/get-group-agents.js';
import { aclUrlOf } from '../access/group-acl-targets.js';
import { updateAclDocument } from '../access/acl-document.internal.js';
import { groupLayout } from '../groups/group-layout.js';
import { saveGroupProfile } from '../groups/save-group-profile.js';
import { ensureContainer } from '../pod/create-container.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { Group } from '../records/types/group.js';
import { groupLedgerLayout } from './group-ledger-layout.js';
import { checkRequestLifetimeDays, type LedgerWorkflow } from './ledger-workflow.js';
import { requestsAclQuads } from './requests-acl.internal.js';

/**
 * Sets a group's ledger workflow: gives `ledger/requests/` an ACL that lets members file
 * there only when the group allows requests or asks payees to acknowledge payments (both kinds
 * of pending transfer wait there; the server refuses the rest), then saves the settings in the
 * group's profile. Needs acl:Control (an admin or the group account); the
 * profile is admin-writable only, so a member's attempt fails with AccessDeniedError.
 */
export async function setLedgerWorkflow(
  root: string,
  workflow: LedgerWorkflow,
  options: PodRequestOptions = {},
): Promise<Group> {
  const problem = checkRequestLifetimeDays(workflow.requestLifetimeDays);
  if (problem) throw new RangeError(problem);
  const group = groupLayout(root).group;
  const requests = groupLedgerLayout(group).requests;
  const [agents] = await Promise.all([getGroupAgents(root, options), ensureContainer(requests, options)]);
  const aclUrl = aclUrlOf(requests);
  await updateAclDocument(
    aclUrl,
    () =>
      requestsAclQuads(aclUrl, requests, agents, workflow.membersMayRequestPayments || workflow.payeeMustAcknowledge),
    options,
  );
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
