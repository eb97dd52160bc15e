import { Parser } from 'n3';
import { avatarSvg } from './avatar.js';
import { demoMembers, type DemoMember } from './demo-network.js';
import { demoPlace } from './demo-places.js';
import { forEachLimited } from './for-each-limited.js';
import { demoWebId, type SeedContext } from './seed-demo-network.js';
import { retryResets } from './retry-resets.js';

const FOAF_NAME = 'http://xmlns.com/foaf/0.1/name';

/** The place's demo coordinates as Turtle (bare numbers with a point are xsd:decimal), or nothing. */
function coordinates(name: string): string {
  const { latitude, longitude } = demoPlace(name);
  return latitude && longitude ? `; schema:latitude ${latitude}; schema:longitude ${longitude}` : '';
}

// Plain strings, not language-tagged ones: the profile shape (shapes/profile.ttl) wants xsd:string.
function literal(value: string): string {
  return JSON.stringify(value);
}

function profilePatch(member: DemoMember, webId: string, photoUrl: string): string {
  const me = `<${webId}>`;
  const skills = member.skills.map((skill) => literal(skill)).join(', ');
  return `@prefix solid: <http://www.w3.org/ns/solid/terms#>.
@prefix foaf: <http://xmlns.com/foaf/0.1/>.
@prefix vcard: <http://www.w3.org/2006/vcard/ns#>.
@prefix schema: <https://schema.org/>.
_:seed a solid:InsertDeletePatch;
  solid:inserts {
    ${me} a schema:Person;
      foaf:name ${literal(member.name)};
      vcard:hasPhoto <${photoUrl}>;
      vcard:note ${literal(member.bio)};
      schema:knowsAbout ${skills};
      schema:location <${webId.split('#')[0]}#place>.
    <${webId.split('#')[0]}#place> a schema:Place; schema:name ${literal(member.place)}${coordinates(member.place)}.
  }.
`;
}

async function hasName(webId: string, fetchFn: typeof fetch): Promise<boolean> {
  const response = await fetchFn(webId.split('#')[0]!, { headers: { accept: 'text/turtle' } });
  if (!response.ok) throw new Error(`Reading profile ${webId} failed: ${response.status}`);
  const quads = new Parser({ baseIRI: webId }).parse(await response.text());
  return quads.some((q) => q.subject.value === webId && q.predicate.value === FOAF_NAME);
}

async function must(response: Response, attempted: string): Promise<void> {
  if (!response.ok) throw new Error(`${attempted} failed at ${response.url}: ${response.status} ${await response.text()}`);
}

async function seedProfile(member: DemoMember, context: SeedContext): Promise<void> {
  const authFetch = retryResets((await context.agent(member.pod)).fetch);
  const webId = demoWebId(context.baseUrl, member.pod);
  // A profile that already has a name was filled in (or edited) before: never overwrite it.
  if (await hasName(webId, authFetch)) return;
  const publicContainer = new URL('../mutua/public/', webId).href;
  const photoUrl = `${publicContainer}photo.svg`;
  await must(
    await authFetch(photoUrl, { method: 'PUT', headers: { 'content-type': 'image/svg+xml' }, body: avatarSvg(member.name, member.colour) }),
    'Uploading the demo avatar',
  );
  await must(
    await authFetch(`${publicContainer}.acl`, {
      method: 'PUT',
      headers: { 'content-type': 'text/turtle' },
      body: `@prefix acl: <http://www.w3.org/ns/auth/acl#>.
<#owner> a acl:Authorization; acl:agent <${webId}>; acl:accessTo <./>; acl:default <./>; acl:mode acl:Read, acl:Write, acl:Control.
<#public> a acl:Authorization; acl:agentClass <http://xmlns.com/foaf/0.1/Agent>; acl:accessTo <./>; acl:default <./>; acl:mode acl:Read.
`,
    }),
    'Making the public folder readable by everyone',
  );
  await must(
    await authFetch(webId.split('#')[0]!, { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body: profilePatch(member, webId, photoUrl) }),
    'Writing the demo profile',
  );
  context.log(`seed: profile of ${member.name}`);
}

/** Seed step: a name, photo, bio, skills and place in every demo member's WebID profile. */
export async function seedProfiles(context: SeedContext): Promise<void> {
  await forEachLimited(demoMembers, 4, (member) => seedProfile(member, context));
}
