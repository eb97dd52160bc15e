import type { Signer } from '../decisions/signer.js';
import { getOnboardingStatus } from '../onboarding/get-onboarding-status.js';
import { getSigningKey } from '../onboarding/signing-key.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';

/** A member acting on ledgers: who they are, where their copies go, and their signing key. */
export interface LedgerActor {
  readonly webId: string;
  /** The member's storage root (ends with `/`). */
  readonly storage: string;
  readonly signer: Signer;
}

/** The logged-in member as a ledger actor: storage from the profile, key from the pod (run with their own fetch). */
export async function getLedgerActor(webId: string, options: PodRequestOptions = {}): Promise<LedgerActor> {
  const status = await getOnboardingStatus(webId, options);
  const key = await getSigningKey(status.storage, options);
  if (!key) throw new Error(`Reading the signing key of ${webId} failed: the pod has none. Finish Mutua's onboarding (it creates one), then try again.`);
  return { webId, storage: status.storage, signer: { webId, keyId: key.keyId, privateKey: key.privateKey } };
}
