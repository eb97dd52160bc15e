import type { Quad } from 'n3';
import { getSigningKey } from '../onboarding/signing-key.js';
import { storageOf } from '../onboarding/storage-of.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getGroup } from '../records/types/group.js';
import { getProfile, saveProfile, type Profile } from '../records/types/profile.js';
import { signRecord } from '../signing/sign-record.js';
import { AS_LEAVE } from './activity-terms.internal.js';
import { notificationQuads, timestamp } from './notify.js';
import { newInboxDocument, sendToInbox } from './send-to-inbox.internal.js';

/** The member's signing key: its IRI in their profile and the private half. */
export interface LeaveSigner {
  readonly keyId: string;
  readonly privateKey: CryptoKey;
}

/** Options for leaving: the signer (default: the member's own stored key; null sends the Leave unsigned). */
export interface LeaveGroupOptions extends PodRequestOptions {
  readonly now?: Date;
  readonly signer?: LeaveSigner | null;
}

/** What leaving did: where the Leave was sent, whether it was signed, whether the profile still listed the group. */
export interface LeftGroup {
  readonly leave: string;
  readonly signed: boolean;
  readonly profileUpdated: boolean;
}

/**
 * A member leaves a group. Their own app does what only it can, at once: it sends a Leave,
 * signed with the member's key so that an admin's app can act on it without asking anyone
 * (the server does not record who appended a document), then drops the group from the
 * profile's schema:memberOf so the member's apps stop using it. The server-side revocation
 * needs acl:Control, which only admins hold: `processLeaveRequests` does it the next time an
 * admin's app reads the group's requests (see docs/decisions/0070-leaving-a-group.md).
 */
export async function leaveGroup(groupUrl: string, memberWebId: string, options: LeaveGroupOptions = {}): Promise<LeftGroup> {
  const group = await getGroup(groupUrl, options);
  if (!group.inbox) throw new TypeError(`The group ${groupUrl} advertises no inbox`);
  // A profile Mutua cannot read as one (never onboarded) lists no groups and holds no key.
  const profile = await getProfile(memberWebId, options).catch(() => null);
  const signer = options.signer !== undefined ? options.signer : await ownSigner(memberWebId, profile, options);
  const documentUrl = newInboxDocument(group.inbox);
  const quads: Quad[] = notificationQuads(documentUrl, { type: AS_LEAVE, actor: memberWebId, object: groupUrl, published: timestamp(options.now) });
  if (signer) quads.push(...((await signRecord(quads, { privateKey: signer.privateKey, verificationMethod: signer.keyId, subject: `${documentUrl}#it`, ...(options.now ? { created: options.now } : {}) })) as Quad[]));
  const leave = await sendToInbox(documentUrl, quads, options);
  let profileUpdated = false;
  if (profile?.memberOf.includes(groupUrl)) {
    await saveProfile({ ...profile, memberOf: profile.memberOf.filter((url) => url !== groupUrl) }, options);
    profileUpdated = true;
  }
  return { leave, signed: signer !== null, profileUpdated };
}

/** The member's stored key (readable by them only); null when there is none or it cannot be read. */
async function ownSigner(webId: string, profile: Profile | null, options: PodRequestOptions): Promise<LeaveSigner | null> {
  if (!profile) return null;
  try {
    const key = await getSigningKey(await storageOf(webId, profile, options), options);
    return key ? { keyId: key.keyId, privateKey: key.privateKey } : null;
  } catch {
    return null;
  }
}
