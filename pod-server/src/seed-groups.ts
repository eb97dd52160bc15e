// Imports the core by path until its index exports the groups/membership/access surface; then switch to '@mutua/core'.
import { writeGroupAcls } from '../../apps/core/src/access/write-group-acls.js';
import { setProposalOpeners } from '../../apps/core/src/decisions/proposal-opening-rule.js';
import { createGroup, type GroupSetup } from '../../apps/core/src/groups/create-group.js';
import { groupLayout } from '../../apps/core/src/groups/group-layout.js';
import { membershipUrlFor } from '../../apps/core/src/membership/membership-url.js';
import { saveRecord } from '../../apps/core/src/records/save-record.js';
import { membershipType } from '../../apps/core/src/records/types/membership.js';
import { demoGroups, demoMembers, type DemoGroup } from './demo-network.js';
import { demoWebId, type SeedContext } from './seed-demo-network.js';
import { demoPlace } from './demo-places.js';
import { retryResets } from './retry-resets.js';

const MUTUA_GROUP = 'https://w3id.org/mutua/ns#Group';
const REFERENCE_HOUR = 'https://w3id.org/mutua/ns#ReferenceHour';
const SEED_START = '2026-01-15T10:00:00Z';

const currencies: Record<DemoGroup['kind'], GroupSetup['currency']> = {
  // A LETS unit: 60 grains are worth about one hour of help.
  lets: { name: 'Grains', symbol: 'GRN', decimals: 0, defaultMinimumBalance: -600, defaultMaximumBalance: 1800, referenceUnit: REFERENCE_HOUR, referenceRate: '0.0166667' },
  // A timebank counts hours, in hundredths.
  timebank: { name: 'Horas', symbol: 'h', decimals: 2, defaultMinimumBalance: -2000, defaultMaximumBalance: 4000, referenceUnit: REFERENCE_HOUR, referenceRate: '1.0' },
};

const categories: GroupSetup['categories'] = {
  labels: { en: 'Categories', fr: 'Catégories', es: 'Categorías' },
  categories: [
    { id: 'home', labels: { en: 'Home and repairs', fr: 'Maison et réparations', es: 'Hogar y reparaciones' } },
    { id: 'woodwork', labels: { en: 'Woodwork', fr: 'Menuiserie', es: 'Carpintería' }, broader: 'home' },
    { id: 'food', labels: { en: 'Food', fr: 'Alimentation', es: 'Alimentación' } },
    { id: 'care', labels: { en: 'Care and company', fr: 'Soin et compagnie', es: 'Cuidados y compañía' } },
    { id: 'learning', labels: { en: 'Lessons', fr: 'Cours', es: 'Clases' } },
    { id: 'tech', labels: { en: 'Computers and phones', fr: 'Informatique', es: 'Informática' } },
  ],
};

async function hasGroup(cardUrl: string, fetchFn: typeof fetch): Promise<boolean> {
  // N-Triples spells every IRI out in full, so a plain text search is reliable.
  const response = await fetchFn(cardUrl, { headers: { accept: 'application/n-triples' } });
  return response.ok && (await response.text()).includes(`<${MUTUA_GROUP}>`);
}

async function seedGroup(group: DemoGroup, context: SeedContext): Promise<void> {
  const groupFetch = retryResets((await context.agent(group.pod)).fetch);
  const owner = demoWebId(context.baseUrl, group.pod);
  const layout = groupLayout(new URL(`${group.pod}/`, context.baseUrl).href);
  if (await hasGroup(layout.card, groupFetch)) return;
  const roster = demoMembers.filter((m) => m.groups[group.pod]).map((m) => ({ webId: demoWebId(context.baseUrl, m.pod), role: m.groups[group.pod]! }));
  const admins = roster.filter((m) => m.role === 'admin').map((m) => m.webId);
  const partners = demoGroups.filter((g) => g.pod !== group.pod).map((g) => groupLayout(new URL(`${g.pod}/`, context.baseUrl).href).group);
  await createGroup(
    layout.root,
    {
      owner,
      creator: admins[0]!,
      profile: { name: group.name, description: group.description, languages: [group.language], location: demoPlace(group.place), defaultVotingMethod: 'consent', defaultQuorum: '0.3', defaultApprovalThreshold: '0.5', ...(group.requestLifetimeDays ? { paymentRequestLifetimeDays: group.requestLifetimeDays } : {}) },
      currency: currencies[group.kind],
      categories,
      partnerGroups: partners,
      now: new Date(SEED_START),
    },
    { fetch: groupFetch },
  );
  // One rewrite of the ACLs with everyone, instead of one per member as approvals would do.
  await writeGroupAcls(layout.root, { owner, admins, members: roster.filter((m) => m.role === 'member').map((m) => m.webId) }, { fetch: groupFetch });
  if (group.proposalOpeners === 'admins') await setProposalOpeners(layout.root, 'admins', { fetch: groupFetch });
  await Promise.all(
    roster
      .filter((m) => m.webId !== admins[0])
      .map(async (m) =>
        saveRecord(membershipType, { url: await membershipUrlFor(layout.root, m.webId), group: layout.group, member: m.webId, role: m.role, status: 'active', startDate: SEED_START }, { fetch: groupFetch }),
      ),
  );
  context.log(`seed: group ${group.name} with ${roster.length} members`);
}

/**
 * Seed step: the two demo groups (profile, currency, categories, layout, ACLs, memberships,
 * partners). Members' inboxes come from the onboarding step, which runs before this one.
 */
export async function seedGroups(context: SeedContext): Promise<void> {
  await Promise.all(demoGroups.map((group) => seedGroup(group, context)));
}
