import type { APIRoute, GetStaticPaths } from 'astro';
import { badgeFiles, type BadgeFile } from '../../lib/badges/files.ts';
import { loadBadgeFont } from '../../lib/badges/font.ts';
import { badgeFilePng } from '../../lib/badges/render.ts';
import { getDataset } from '../../lib/site/get-dataset.ts';
import { todayUtc } from '../../lib/today.ts';

/** A scenario's status badge as PNG, for wikis that do not show SVG (MediaWiki without an SVG renderer). */
export const getStaticPaths = (() => badgeFiles(getDataset()).map((file) => ({ params: { badge: file.name }, props: { file } }))) satisfies GetStaticPaths;

const font = loadBadgeFont(process.cwd());

export const GET: APIRoute<{ file: BadgeFile }> = ({ props }) =>
  new Response(new Uint8Array(badgeFilePng(getDataset(), props.file, todayUtc(), font)), { headers: { 'Content-Type': 'image/png' } });
