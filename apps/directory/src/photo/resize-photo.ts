import { fitWithin } from '../data/fit-within.js';

/** Longest side of a stored profile photo, in pixels. */
export const PHOTO_MAX_SIDE = 512;

/**
 * Scales a chosen image down in the browser so that neither side exceeds 512 px and encodes it
 * as JPEG: phones produce photos of several megabytes, and pods should not store those.
 */
export async function resizePhoto(file: Blob, maxSide: number = PHOTO_MAX_SIDE): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height, maxSide);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images, so the photo cannot be resized');
    // JPEG has no transparency: paint white first so transparent PNGs do not turn black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The resized photo could not be encoded'))), 'image/jpeg', 0.85);
    });
  } finally {
    bitmap.close();
  }
}
