/** The size that fits `width`×`height` within `max` pixels on its longer side, never enlarging. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Longest side of a stored picture (offers, news), in pixels. */
export const MAX_PICTURE_SIZE = 1024;

/**
 * Resizes a picture in the browser (canvas) so its longer side is at most `max` px and
 * re-encodes it as JPEG: phones produce pictures of several megabytes, and re-encoding also
 * drops metadata such as GPS positions. Throws when the file is not an image.
 */
export async function resizePicture(file: Blob, max = MAX_PICTURE_SIZE): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    const size = fitWithin(bitmap.width, bitmap.height, max);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw pictures (no 2D canvas)');
    // JPEG has no transparency: paint white first so transparent PNGs do not turn black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded'))), 'image/jpeg', 0.85));
  } finally {
    bitmap.close();
  }
}
