import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitWithin } from './resize-picture.js';

describe('picture resizing', () => {
  it('fits the longer side within the limit, keeps the aspect ratio and never enlarges', () => {
    expect(fitWithin(4000, 3000, 1024)).toEqual({ width: 1024, height: 768 });
    expect(fitWithin(1000, 5000, 1024)).toEqual({ width: 205, height: 1024 });
    expect(fitWithin(640, 480, 1024)).toEqual({ width: 640, height: 480 });
  });

  it('scales the longer side down to a profile photo limit and keeps the proportions', () => {
    expect(fitWithin(4032, 3024, 512)).toEqual({ width: 512, height: 384 });
    expect(fitWithin(1000, 2000, 512)).toEqual({ width: 256, height: 512 });
    expect(fitWithin(300, 200, 512)).toEqual({ width: 300, height: 200 });
  });

  it('never returns a side above the limit or below one pixel', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 20000 }), (w, h) => {
        const size = fitWithin(w, h, 512);
        expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(512);
        expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
