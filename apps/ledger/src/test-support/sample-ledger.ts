import type { LedgerLine } from '../history/ledger-line.js';

export const GROUP = 'https://pods.example/sel/profile/card#group';
export const ALICE = 'https://pods.example/alice/profile/card#me';
export const BRUNO = 'https://pods.example/bruno/profile/card#me';
export const CAMILLE = 'https://pods.example/camille/profile/card#me';

/** A completed payment at `sequence`, for tests. */
export function line(sequence: number, payer: string, payee: string, amount: number, time: string, description?: string): LedgerLine {
  const id = `urn:uuid:00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
  return {
    sequence,
    transfer: { id, iri: `https://pods.example/sel/ledger/transfers/${sequence}#it`, payer, payee, amount, group: GROUP, time, initiator: payer, ...(description ? { description } : {}) },
  };
}

/** Five transfers over three months between Alice, Bruno and Camille. */
export function sampleLines(): LedgerLine[] {
  return [
    line(0, ALICE, BRUNO, 60, '2026-01-20T10:00:00Z', 'Réparation de chaise'),
    line(1, BRUNO, CAMILLE, 30, '2026-01-28T10:00:00Z', 'Cours de piano'),
    line(2, CAMILLE, ALICE, 45, '2026-02-03T10:00:00Z', 'Ourlets de pantalon'),
    line(3, ALICE, CAMILLE, 15, '2026-03-10T10:00:00Z', 'Confiture'),
    line(4, BRUNO, ALICE, 90, '2026-03-31T23:30:00Z', 'Jardinage'),
  ];
}
