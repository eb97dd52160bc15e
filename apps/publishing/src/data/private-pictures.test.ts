import { describe, expect, it } from 'vitest';
import { loadPrivatePictures } from './private-pictures.js';

describe('loadPrivatePictures', () => {
  it('gives object URLs for images read with the given fetch and leaves out what is not an image or refused', async () => {
    const bodies: Record<string, Response> = {
      'https://pod.example/a.jpg': new Response(new Blob([new Uint8Array([1, 2])], { type: 'image/jpeg' })),
      'https://pod.example/page.html': new Response(new Blob(['<script>'], { type: 'text/html' })),
      'https://pod.example/refused.jpg': new Response(new Blob([], { type: 'image/jpeg' }), { status: 403 }),
    };
    const fetch = (async (input: RequestInfo | URL) => bodies[String(input)] ?? Promise.reject(new TypeError('offline'))) as typeof globalThis.fetch;
    const pictures = await loadPrivatePictures([...Object.keys(bodies), 'https://pod.example/offline.jpg'], fetch);
    expect([...pictures.keys()]).toEqual(['https://pod.example/a.jpg']);
    expect(pictures.get('https://pod.example/a.jpg')).toMatch(/^blob:/);
    URL.revokeObjectURL(pictures.get('https://pod.example/a.jpg')!);
  });
});
