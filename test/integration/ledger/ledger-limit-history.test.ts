import { beforeAll, describe, expect, it } from 'vitest';
import { applyResolutionAction } from '../../../apps/core/src/decisions/apply-resolution-action.js';
import { AccessDeniedError } from '../../../apps/core/src/errors/access-denied-error.js';
import { addLimitSettings } from '../../../apps/core/src/ledger/add-limit-settings.js';
import { appendTransfer } from '../../../apps/core/src/ledger/append-transfer.js';
import { draftTransfer } from '../../../apps/core/src/ledger/draft-transfer.js';
import { getLimitSettingsHistory } from '../../../apps/core/src/ledger/get-limit-settings-history.js';
import { limitSettingsUrl } from '../../../apps/core/src/ledger/group-ledger-layout.js';
import { payMember } from '../../../apps/core/src/ledger/pay-member.js';
import { saveGroupCurrency } from '../../../apps/core/src/ledger/save-group-currency.js';
import { signTransfer } from '../../../apps/core/src/ledger/sign-transfer.js';
import { TransferRefusedError } from '../../../apps/core/src/ledger/transfer-refused-error.js';
import { setMemberLimits } from '../../../apps/core/src/membership/member-limits.js';
import { getCurrency, saveCurrency } from '../../../apps/core/src/records/types/currency.js';
import { getGroup } from '../../../apps/core/src/records/types/group.js';
import { createLedgerGroup, openAs, type LedgerGroup, type LedgerMember } from './ledger-fixture.js';

// admin: alice; bruno pays camille.
let g: LedgerGroup;
let bruno: LedgerMember;
let camille: LedgerMember;

// A transfer in a change's own second is judged by the rule before it: keep them apart.
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  g = await createLedgerGroup('limit-history', 'alice', ['bruno', 'camille']);
  bruno = g.members.bruno as LedgerMember;
  camille = g.members.camille as LedgerMember;
  // The group starts with a minimum of -600 on its card and no dated limits, like every group
  // created before limit-settings/ existed.
  const currency = await getCurrency((await getGroup(g.url, { fetch: g.admin.fetch })).currency, {
    fetch: g.admin.fetch,
  });
  await saveCurrency({ ...currency, defaultMinimumBalance: -600 }, { fetch: g.admin.fetch });
}, 120_000);

async function balancesFor(reader: LedgerMember) {
  const { replay } = await openAs(g, reader);
  return {
    problems: replay.problems.map((p) => [p.sequence, p.kind]),
    balances: [replay.balances.get(bruno.webId) ?? 0, replay.balances.get(camille.webId) ?? 0],
  };
}

describe('dated credit limits', () => {
  it('judge every transfer by the limits of its time: tightening the minimum keeps an older payment, refuses a new one and names it when appended anyway', async () => {
    expect(await getLimitSettingsHistory(g.url, { fetch: bruno.fetch })).toEqual([]);
    const paid = await payMember(
      await openAs(g, bruno),
      { payee: camille.webId, amount: 500 },
      { fetch: bruno.fetch, actor: bruno.actor },
    );
    const stale = paid.ledger;
    await pause(1100);

    // Through the decisions' own action (the directory's currency form uses saveGroupCurrency too).
    expect(await applyResolutionAction(g.url, { kind: 'default-minimum', limit: -300 }, { fetch: g.admin.fetch })).toBe(
      -300,
    );
    const history = await getLimitSettingsHistory(g.url, { fetch: camille.fetch });
    expect(history.map((r) => [r.sequence, r.member, r.limits, r.previous])).toEqual([
      [0, undefined, { minimum: -300, maximum: 20000 }, { minimum: -600, maximum: 20000 }],
    ]);
    expect(Date.parse(history[0]?.from ?? '')).toBeGreaterThan(Date.parse(paid.transfer.time));

    for (const reader of [g.admin, bruno, camille]) {
      expect(await balancesFor(reader)).toEqual({ problems: [], balances: [-500, 500] });
    }

    // Bruno's up-to-date app refuses to go below -300 …
    await expect(
      payMember(
        await openAs(g, bruno),
        { payee: camille.webId, amount: 1 },
        { fetch: bruno.fetch, actor: bruno.actor },
      ),
    ).rejects.toBeInstanceOf(TransferRefusedError);
    // … an app still holding the ledger read before the change appends it, and every reader names it.
    // (It must come in a later second than the change: a transfer in the second of a change is
    // judged by the most lenient rule of that second, and the steps above can take under a second.)
    await pause(1100);
    const terms = draftTransfer({
      group: g.url,
      payer: bruno.webId,
      payee: camille.webId,
      amount: 50,
      initiator: bruno.webId,
      currency: stale.rules.currency,
    });
    const late = await appendTransfer(stale, await signTransfer(terms, bruno.actor.signer, 'payer'), {
      fetch: bruno.fetch,
    });
    for (const reader of [g.admin, bruno, camille]) {
      expect(await balancesFor(reader)).toEqual({
        problems: [[late.entry.sequence, 'over-limit']],
        balances: [-500, 500],
      });
    }
  });

  it('date a member override the same way: a lower maximum for camille does not undo what she received before', async () => {
    await pause(1100);
    await setMemberLimits(g.url, camille.webId, { maximumBalance: 200 }, { fetch: g.admin.fetch, by: g.admin.webId });
    const history = await getLimitSettingsHistory(g.url, { fetch: bruno.fetch });
    expect(history.map((r) => [r.sequence, r.member, r.limits, r.previous])).toEqual([
      [0, undefined, { minimum: -300, maximum: 20000 }, { minimum: -600, maximum: 20000 }],
      [1, camille.webId, { maximum: 200 }, {}],
    ]);
    const ledger = await openAs(g, camille);
    expect(ledger.rules.limits.overrides?.[camille.webId]).toEqual({ maximum: 200 });
    expect(ledger.replay.balances.get(camille.webId)).toBe(500);
    expect(ledger.replay.problems.map((p) => p.kind)).toEqual(['over-limit']);
  });

  it('let only admins add a record: the server refuses a member, and a malformed record is skipped by every reader', async () => {
    const change = { limits: { minimum: -9000, maximum: 20000 }, previous: { minimum: -300, maximum: 20000 } };
    await expect(addLimitSettings(g.url, change, { fetch: bruno.fetch })).rejects.toBeInstanceOf(AccessDeniedError);
    const currency = await getCurrency((await getGroup(g.url, { fetch: bruno.fetch })).currency, {
      fetch: bruno.fetch,
    });
    await expect(
      saveGroupCurrency(g.url, { ...currency, defaultMinimumBalance: -9000 }, { fetch: bruno.fetch }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const url = limitSettingsUrl(g.url, 2);
    const put = await bruno.fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'text/plain', 'if-none-match': '*' },
      body: '',
    });
    expect(put.status).toBe(403);

    // An admin's record of the defaults without the values it replaced: no reader can place it.
    const body = [
      `<${url}#it> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/mutua/ns#LimitSettings> .`,
      `<${url}#it> <https://w3id.org/mutua/ns#group> <${g.url}> .`,
      `<${url}#it> <https://w3id.org/mutua/ns#sequence> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
      `<${url}#it> <http://purl.org/dc/terms/created> "2020-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .`,
      `<${url}#it> <https://w3id.org/mutua/ns#minimumBalance> "-9000"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
      '',
    ].join('\n');
    const forged = await g.admin.fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'text/plain', 'if-none-match': '*' },
      body,
    });
    expect(forged.ok).toBe(true);
    for (const reader of [g.admin, bruno, camille]) {
      expect((await getLimitSettingsHistory(g.url, { fetch: reader.fetch })).map((r) => r.sequence)).toEqual([0, 1]);
      expect((await balancesFor(reader)).balances).toEqual([-500, 500]);
    }
  });
});
