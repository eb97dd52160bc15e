import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GROUP_ACCESS_POLICY, GROUP_RESOURCE_KINDS, modesFor, type GroupResourceKind, type PolicyAudience } from './group-access-policy.js';

const DOC = new URL('../../../../docs/data-model.md', import.meta.url);

/** The roles the doc's columns stand for, and which audiences of the policy each belongs to. */
const COLUMNS: readonly { header: string; audiences: readonly PolicyAudience[] }[] = [
  { header: 'Admin', audiences: ['admin', 'authenticated', 'public'] },
  { header: 'Member', audiences: ['member', 'authenticated', 'public'] },
  { header: 'Logged-in outsider', audiences: ['authenticated', 'public'] },
  { header: 'Anonymous', audiences: ['public'] },
];

/** The rows of the "Who may do what" group table: kind → column header → cell text. */
function groupTable(markdown: string): Map<string, Map<string, string>> {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Who may do what'));
  if (!section) throw new Error('docs/data-model.md has no "Who may do what" section');
  const lines = section.split('\n').filter((l) => l.startsWith('|'));
  const headerAt = lines.findIndex((l) => l.includes('Group resource (kind)'));
  if (headerAt < 0) throw new Error('no group resource table in "Who may do what"');
  const cells = (line: string): string[] => line.split('|').slice(1, -1).map((c) => c.trim());
  const header = cells(lines[headerAt]!);
  const rows = new Map<string, Map<string, string>>();
  for (const line of lines.slice(headerAt + 2)) {
    const row = cells(line);
    const kind = /^`([A-Za-z]+)`$/.exec(row[0] ?? '')?.[1];
    if (!kind) break; // the next table starts
    rows.set(kind, new Map(header.map((h, i) => [h, row[i] ?? ''])));
  }
  return rows;
}

/** The cell the policy predicts: R A W D C letters, or a dash when nothing is allowed. */
function expectedCell(kind: GroupResourceKind, audiences: readonly PolicyAudience[]): string {
  const modes = modesFor(kind, audiences);
  const letters = [modes.has('Read') && 'R', modes.has('Append') && 'A', modes.has('Write') && 'W', modes.has('Write') && 'D', modes.has('Control') && 'C'].filter(Boolean);
  return letters.length > 0 ? letters.join(' ') : '—';
}

/** Every cell of the doc's table that differs from what the policy grants, as "kind / role: doc ≠ code". */
function mismatches(table: Map<string, Map<string, string>>): string[] {
  const found: string[] = [];
  for (const kind of GROUP_RESOURCE_KINDS) {
    for (const { header, audiences } of COLUMNS) {
      const documented = table.get(kind)?.get(header);
      const granted = expectedCell(kind, audiences);
      if (documented !== granted) found.push(`${kind} / ${header}: ${documented} ≠ ${granted}`);
    }
  }
  return found;
}

describe('the "Who may do what" table in docs/data-model.md', () => {
  const markdown = readFileSync(DOC, 'utf8');
  const table = groupTable(markdown);

  it('has one row for every kind of group resource in the access policy, and no other', () => {
    expect([...table.keys()].sort()).toEqual([...GROUP_RESOURCE_KINDS].sort());
  });

  it('gives every role exactly the modes GROUP_ACCESS_POLICY grants', () => {
    expect(mismatches(table)).toEqual([]);
  });

  it('reports a table whose members row grants one mode more than the code', () => {
    const drifted = markdown.replace('| `members` | `members/` | R A W D C | R |', '| `members` | `members/` | R A W D C | R A |');
    expect(drifted).not.toBe(markdown);
    expect(mismatches(groupTable(drifted))).toEqual(['members / Member: R A ≠ R']);
  });

  it('agrees with the policy that no outsider may read the members list', () => {
    expect(GROUP_ACCESS_POLICY.members.authenticated).toBeUndefined();
    expect(table.get('members')?.get('Logged-in outsider')).toBe('—');
  });
});
