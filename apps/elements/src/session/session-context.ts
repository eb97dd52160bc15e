import { createContext } from '@lit/context';
import type { SessionState } from './session-state.js';

/** The member's session, provided once by the app shell and consumed by any component below it. */
export const sessionContext = createContext<SessionState>(Symbol('mutua-session'));
