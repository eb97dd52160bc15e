import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { targetLocales } from '../generated/locale-codes.js';

const webRoot = new URL('../../', import.meta.url);

function transUnits(locale: string): Array<{ id: string; hasTarget: boolean }> {
  const xliff = readFileSync(new URL(`xliff/${locale}.xlf`, webRoot), 'utf8');
  return Array.from(xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g), (match) => ({
    id: match[1]!,
    hasTarget: /<target>(?!\s*<\/target>)[\s\S]+<\/target>/.test(match[2]!),
  }));
}

describe('translations', () => {
  it.each(targetLocales)('translate every message into %s', (locale) => {
    const units = transUnits(locale);
    expect(units.length).toBeGreaterThan(20);
    expect(units.filter((unit) => !unit.hasTarget).map((unit) => unit.id)).toEqual([]);
  });

  it.each(targetLocales)(
    'are built into the committed %s module (run npm run localize:build -w apps/web)',
    async (locale) => {
      const module = (await import(`../generated/locales/${locale}.ts`)) as { templates: Record<string, unknown> };
      expect(Object.keys(module.templates).sort()).toEqual(
        transUnits(locale)
          .map((unit) => unit.id)
          .sort(),
      );
    },
  );
});
