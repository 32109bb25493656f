// `npx tsx scripts/renderIcons.ts`: draws the app's icon (public/favicon.svg) as the PNG icons the
// web app manifest lists (vite.config.ts), with the system Chromium, so no image library is needed.
// The PNGs are committed: run this again only after changing the SVG.
//   public/icon-192.png, public/icon-512.png: the SVG as it is (rounded corners, transparent outside);
//   public/icon-maskable-512.png: the same drawing with square corners, for launchers that cut the
//   icon to their own shape (its cross and ring stay within the central 80 % they keep).
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/browser';

const SOURCE = 'public/favicon.svg';

interface Icon {
  file: string;
  size: number;
  /** The SVG text drawn. */
  svg: (source: string) => string;
}

const asIs = (source: string): string => source;
/** The background square without its rounded corners. */
const squared = (source: string): string => source.replace(/\s+rx="[^"]*"/, '');

const ICONS: Icon[] = [
  { file: 'public/icon-192.png', size: 192, svg: asIs },
  { file: 'public/icon-512.png', size: 512, svg: asIs },
  { file: 'public/icon-maskable-512.png', size: 512, svg: squared },
];

const source = await readFile(SOURCE, 'utf8');
if (squared(source) === source) throw new Error(`${SOURCE}: no rounded corner (rx) found to square off.`); // prettier-ignore
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, svg } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg(source)).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ type: 'png', omitBackground: true });
    await writeFile(file, png);
    console.log(`${file}: ${size} × ${size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
