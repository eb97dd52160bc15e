import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { SessionState } from '../session/session-state.js';
import { getMemberProfileAt } from './get-member-profile-at.js';
import type { MemberProfile } from './member-profile.js';

/**
 * Loads the logged-in member's profile whenever the session's WebID changes, so components
 * render `task.render({ pending, complete, error })` and never fetch themselves.
 */
export class MemberProfileController {
  readonly task: Task<[string | undefined, typeof globalThis.fetch], MemberProfile | undefined>;

  constructor(host: ReactiveControllerHost, session: () => SessionState | undefined) {
    this.task = new Task(host, {
      args: () => [session()?.webId, session()?.fetch ?? globalThis.fetch.bind(globalThis)] as const,
      task: async ([webId, fetch], { signal }) => (webId ? getMemberProfileAt(webId, { fetch, signal }) : undefined),
    });
  }

  /** Loads the profile again, e.g. after a failure the member wants to retry. */
  retry(): Promise<void> {
    return this.task.run();
  }
}
