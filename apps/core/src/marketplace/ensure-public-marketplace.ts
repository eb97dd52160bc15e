import { getGroupAgents } from '../access/get-group-agents.js';
import { ensureContainer } from '../pod/create-container.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { indexAclQuads, putAcl } from './index-acl.internal.js';
import { marketplaceLayout } from './marketplace-layout.js';

/**
 * Admin: creates the group's public marketplace index (`marketplace/public/`), which anyone
 * may read and members may append to. Run again after membership changes to refresh who may append.
 */
export async function ensurePublicMarketplace(group: string, options: PodRequestOptions): Promise<string> {
  const layout = marketplaceLayout(group);
  const agents = await getGroupAgents(layout.root, options);
  await ensureContainer(layout.public.container, options);
  await putAcl(layout.public.container, indexAclQuads(layout.public.container, 'publicContainer', agents), options);
  return layout.public.container;
}
