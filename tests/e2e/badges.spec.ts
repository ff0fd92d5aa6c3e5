/**
 * The status badges of both builds (root and sub-path), read from disk: every scenario has its six
 * files (both modes and each mode, as SVG and PNG), each PNG is a PNG and each SVG parses; and the
 * preview server hands them out with image types, as a wiki will fetch them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BASE_OUT_DIR, BASE_PATH } from '../../playwright.config.ts';

const BUILDS = [
  { dist: process.env.OUT_DIR ?? 'dist', base: '/' },
  { dist: BASE_OUT_DIR, base: BASE_PATH },
];
/** Scenario ids as authors name them: the file names in content/scenarios/. */
const SCENARIOS = readdirSync('content/scenarios').filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
const FILE_NAMES = SCENARIOS.flatMap((id) => [id, `${id}-offline`, `${id}-online`].flatMap((name) => [`${name}.svg`, `${name}.png`]));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

for (const { dist, base } of BUILDS) {
  test.describe(`the badges in ${dist}/ (base ${base})`, () => {
    test.skip(!existsSync(dist), `${dist}/ has not been built`);
    const dir = join(dist, 'badges');

    test('are six files per scenario, and nothing else', () => {
      expect(SCENARIOS.length).toBeGreaterThan(20);
      expect(readdirSync(dir).sort()).toEqual([...FILE_NAMES].sort());
    });

    test('PNGs are PNG images of badge height (20 px, the SVG\'s own size)', () => {
      for (const name of FILE_NAMES.filter((n) => n.endsWith('.png'))) {
        const png = readFileSync(join(dir, name));
        expect(png.subarray(0, 8), name).toEqual(PNG_SIGNATURE);
        expect(png.subarray(12, 16).toString('latin1'), name).toBe('IHDR');
        expect(png.readUInt32BE(16), name).toBeGreaterThan(0);
        expect(png.readUInt32BE(20), name).toBe(20);
      }
    });

    test('SVGs parse, and each names its pair and modes', () => {
      const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
      for (const name of FILE_NAMES.filter((n) => n.endsWith('.svg'))) {
        const svg = readFileSync(join(dir, name), 'utf8');
        expect(XMLValidator.validate(svg), name).toBe(true);
        const root = parser.parse(svg).svg;
        expect(root.role, name).toBe('img');
        expect(root['aria-label'], name).toMatch(/^.+ → .+: (offline|online) .+/);
        expect(root['aria-label'].includes('offline'), name).toBe(!name.endsWith('-online.svg'));
        expect(root['aria-label'].includes('online'), name).toBe(!name.endsWith('-offline.svg'));
      }
    });
  });
}

test('the server gives badges image types', async ({ request }) => {
  const svg = await request.get('badges/sql-server-to-azure-sql-managed-instance-online.svg');
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  const png = await request.get('badges/sql-server-to-azure-sql-managed-instance.png');
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(0, 8)).toEqual(PNG_SIGNATURE);
});
