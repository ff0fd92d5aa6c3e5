import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { badgeFiles } from '../../../src/lib/badges/files.ts';
import { loadBadgeFont } from '../../../src/lib/badges/font.ts';
import { textWidth } from '../../../src/lib/badges/font-metrics.ts';
import type { Badge } from '../../../src/lib/badges/model.ts';
import { BADGE_EDGE, BADGE_FILLS } from '../../../src/lib/badges/palette.ts';
import { badgeFileSvg } from '../../../src/lib/badges/render.ts';
import { BADGE_SIZE, badgeSvg, escapeXml, layoutBadge } from '../../../src/lib/badges/svg.ts';
import { CONTENT_TODAY, loadRealContent, projectDir } from '../../support/real-content.ts';

const font = loadBadgeFont(projectDir);
const { dataset } = loadRealContent();
const every = badgeFiles(dataset).map((file) => ({ file, svg: badgeFileSvg(dataset, file, CONTENT_TODAY, font) }));

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, processEntities: true, htmlEntities: false });
const root = (svg: string): Node => (parser.parse(svg) as Node[])[0];
const children = (node: Node, tag: string): Node[] => node[tag] as Node[];
/** Every element of a parsed tree: its tag and attributes. */
function elements(nodes: Node[]): { tag: string; attrs: Record<string, string> }[] {
  return nodes.flatMap((node) => {
    const tag = Object.keys(node).find((k) => k !== ':@' && k !== '#text');
    return tag ? [{ tag, attrs: node[':@'] ?? {} }, ...elements(node[tag] as Node[])] : [];
  });
}
const textOf = (nodes: Node[]): string => nodes.map((n) => (typeof n['#text'] === 'string' ? n['#text'] : '')).join('');

describe('badge SVG', () => {
  it('is well-formed XML for every badge of the real content', () => {
    expect(every.length).toBe(3 * Object.keys(dataset.scenarios).length);
    for (const { file, svg } of every) expect(XMLValidator.validate(svg), file.name).toBe(true);
  });

  it('is an image with its sentence as accessible name: role="img", aria-label and a first-child <title>', () => {
    for (const { svg } of every) {
      const svgNode = root(svg);
      const attrs = svgNode[':@']!;
      expect(attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(attrs.role).toBe('img');
      const [first] = children(svgNode, 'svg');
      expect(Object.keys(first)).toContain('title');
      expect(textOf(first.title as Node[])).toBe(attrs['aria-label']);
    }
    const mi = every.find((b) => b.file.name === 'sql-server-to-azure-sql-managed-instance')!;
    expect(root(mi.svg)[':@']!['aria-label']).toBe('SQL Server → Azure SQL Managed Instance: offline GA; online GA');
  });

  it('holds no script, no style sheet, no link and nothing fetched from elsewhere', () => {
    const allowed = new Set(['svg', 'title', 'path', 'rect', 'g', 'text']);
    for (const { file, svg } of every) {
      const found = elements([root(svg)]);
      expect(found.filter((e) => !allowed.has(e.tag)), file.name).toEqual([]);
      const attributes = found.flatMap((e) => Object.keys(e.attrs));
      expect(attributes.filter((a) => /href|^on|^style$|^id$/i.test(a)), file.name).toEqual([]);
      expect(svg).not.toMatch(/url\(|<!DOCTYPE|<!ENTITY/i);
      expect(svg.match(/https?:\/\/[^"]*/g)).toEqual(['http://www.w3.org/2000/svg']);
    }
  });

  it('escapes names: & < > and quotes come back as written', () => {
    const badge: Badge = { label: 'A & <B> "C"', parts: [{ text: "Offline ✔ 'GA'", tone: 'ga' }], title: 'A & <B> "C" → D: offline GA' };
    const svg = badgeSvg(badge, font.metrics, font.family);
    expect(XMLValidator.validate(svg)).toBe(true);
    const svgNode = root(svg);
    expect(svgNode[':@']!['aria-label']).toBe(badge.title);
    const texts = elements([svgNode]).filter((e) => e.tag === 'text');
    expect(texts).toHaveLength(2);
    const g = children(svgNode, 'svg').find((n) => 'g' in n)!;
    expect(children(g, 'g').map((t) => textOf(t.text as Node[]))).toEqual([badge.label, badge.parts[0].text]);
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });

  it('gives each text a box as wide as its advance widths plus padding, and pins the text to that width', () => {
    for (const { file, svg } of every) {
      const svgNode = root(svg);
      const width = Number(svgNode[':@']!.width);
      const texts = elements([svgNode]).filter((e) => e.tag === 'text');
      const paths = elements([svgNode]).filter((e) => e.tag === 'path' && e.attrs.fill);
      expect(paths).toHaveLength(texts.length);
      // Each text starts one padding into its box and, at its textLength, ends at least one padding before the next.
      const starts = [...texts.map((t) => Number(t.attrs.x) - BADGE_SIZE.padding), width];
      texts.forEach((t, i) => {
        expect(Number(t.attrs.x) + Number(t.attrs.textLength) + BADGE_SIZE.padding, `${file.name}: ${i}`).toBeLessThanOrEqual(starts[i + 1] + 0.01);
        expect(t.attrs.lengthAdjust).toBe('spacing');
      });
      expect(Number(svgNode[':@']!.height)).toBe(BADGE_SIZE.height);
    }
  });

  it('lays parts side by side from the font\'s widths, each in its tone\'s colours', () => {
    const badge: Badge = { label: 'SQL Server → SQL MI', parts: [{ text: 'Offline ✔ GA', tone: 'ga' }, { text: 'Online — No offering listed', tone: 'none' }], title: 't' };
    const layout = layoutBadge(badge, font.metrics);
    const widths = [badge.label, ...badge.parts.map((p) => p.text)].map((t) => textWidth(font.metrics, t, BADGE_SIZE.fontSize));
    expect(layout.segments.map((s) => s.width)).toEqual(widths.map((w) => Math.ceil(w) + 2 * BADGE_SIZE.padding));
    expect(layout.segments.map((s) => s.x)).toEqual([0, layout.segments[0].width, layout.segments[0].width + layout.segments[1].width]);
    expect(layout.width).toBe(layout.segments.reduce((sum, s) => sum + s.width, 0));
    const svg = badgeSvg(badge, font.metrics, font.family);
    const found = elements([root(svg)]);
    expect(found.filter((e) => e.tag === 'path' && e.attrs.fill).map((e) => e.attrs.fill)).toEqual([BADGE_FILLS.label.background, BADGE_FILLS.ga.background, BADGE_FILLS.none.background]);
    expect(found.filter((e) => e.tag === 'text').map((e) => e.attrs.fill)).toEqual([BADGE_FILLS.label.text, BADGE_FILLS.ga.text, BADGE_FILLS.none.text]);
    expect(found.filter((e) => e.attrs.stroke).every((e) => e.attrs.stroke === BADGE_EDGE)).toBe(true);
    expect(found.find((e) => e.tag === 'g')!.attrs['font-family']).toBe("'DejaVu Sans', sans-serif");
  });
});
