/**
 * Object URLs for pictures a plain `<img>` cannot load: those of members-only posts need the
 * session's authenticated fetch, which the browser does not add to image requests. Pictures
 * that fail to load are left out (the post is still shown). Revoke the URLs when done.
 */
export async function loadPrivatePictures(urls: readonly string[], fetch: typeof globalThis.fetch): Promise<Map<string, string>> {
  const pictures = new Map<string, string>();
  await Promise.all(
    [...new Set(urls)].map(async (url) => {
      try {
        const response = await fetch(url);
        const blob = await response.blob();
        if (response.ok && blob.type.startsWith('image/')) pictures.set(url, URL.createObjectURL(blob));
      } catch {
        // A picture that cannot be read is not shown.
      }
    }),
  );
  return pictures;
}
