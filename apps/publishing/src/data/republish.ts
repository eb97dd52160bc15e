import { createMarkdownRenderer, publishGroupOutputs, ValidationError, type PublishedOutputs } from '@mutua/core';

/** Regenerates the group's public page, Atom feed and calendar after a change, as the core does it. */
export function republish(root: string, fetch: typeof globalThis.fetch): Promise<PublishedOutputs> {
  return publishGroupOutputs(root, { fetch, render: createMarkdownRenderer(window) });
}

/** A failure as a person reads it: the shape's messages for invalid input, else the error's message. */
export function problemText(error: unknown): string {
  if (error instanceof ValidationError) return error.issues.map((i) => i.message.en).join(' ');
  return String((error as Error).message ?? error);
}
