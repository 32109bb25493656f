// A picture's SVG text drawn as a PNG, at a multiple of its size (2 by default: sharp on a
// projector or a high-density screen).

/** Widest or tallest canvas drawn (browsers refuse larger ones); a larger picture is scaled down. */
const MAX_SIDE = 16_384;

/** Most pixels drawn: large circuits at scale 2 stay within what a phone's browser allows. */
const MAX_PIXELS = 64 * 1024 * 1024;

/**
 * The SVG `text` (its size `width` × `height` CSS pixels) drawn into a canvas of `scale` times that
 * size, through an image of its blob URL, as a PNG blob. Rejects with a message a reader can act on
 * when the browser cannot draw it.
 */
export async function pngBlob(
  text: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const k = fittedScale(width, height, scale);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch(() => {
      throw new Error(
        'The browser could not draw this picture as a PNG; download the SVG instead.',
      );
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * k));
    canvas.height = Math.max(1, Math.round(height * k));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser has no canvas to draw the PNG on.');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** `scale`, or less when the canvas would be larger than browsers draw. */
export function fittedScale(width: number, height: number, scale: number): number {
  const side = MAX_SIDE / Math.max(width, height, 1);
  const area = Math.sqrt(MAX_PIXELS / Math.max(width * height, 1));
  return Math.min(scale, side, area);
}
