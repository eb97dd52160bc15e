/** File types a group library accepts, with the extension they are stored under. */
export const DOCUMENT_FILE_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};
// No HTML and no SVG: opened from the pod, they would run scripts with the pod's origin.

/** Largest uploaded document accepted, in bytes. */
export const MAX_DOCUMENT_FILE_BYTES = 20 * 1024 * 1024;

/** The extension for an uploaded file, or a TypeError/RangeError saying why it is refused. */
export function documentFileExtension(file: Blob): string {
  const extension = DOCUMENT_FILE_TYPES[file.type];
  if (!extension) throw new TypeError(`A group document file must be one of ${Object.keys(DOCUMENT_FILE_TYPES).join(', ')}, not "${file.type || 'unknown'}"`);
  if (file.size > MAX_DOCUMENT_FILE_BYTES) throw new RangeError(`A group document file must be at most ${MAX_DOCUMENT_FILE_BYTES} bytes, got ${file.size}`);
  return extension;
}
