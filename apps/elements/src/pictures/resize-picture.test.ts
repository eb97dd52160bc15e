import { describe, expect, it } from 'vitest';
import { fitWithin } from './resize-picture.js';

describe('picture resizing', () => {
  it('fits the longer side within the limit, keeps the aspect ratio and never enlarges', () => {
    expect(fitWithin(4000, 3000, 1024)).toEqual({ width: 1024, height: 768 });
    expect(fitWithin(1000, 5000, 1024)).toEqual({ width: 205, height: 1024 });
    expect(fitWithin(640, 480, 1024)).toEqual({ width: 640, height: 480 });
  });
});
