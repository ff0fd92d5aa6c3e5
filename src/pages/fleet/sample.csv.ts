import type { APIRoute } from 'astro';
import { SAMPLE_INVENTORY } from '../../lib/fleet/sample.csv.ts';

/** The sample inventory the fleet page offers, to download, open in a spreadsheet and change. */
export const GET: APIRoute = () => new Response(SAMPLE_INVENTORY, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
