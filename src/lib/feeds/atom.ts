import { Feed } from 'feed';
import type { Dataset } from '../data/dataset.ts';
import type { ChangeItem } from './change-items.ts';
import { citedDocuments } from './citations.ts';
import { escapeHtml } from '../wiki/html.ts';
import { subjectPage, type SiteLinks } from './links.ts';
import { concernsSubject, type FeedSubject } from './subjects.ts';
import { tagUri } from './tag-ids.ts';

export interface AtomFeedOptions {
  /** Undefined for the site-wide feed of every change. */
  subject?: FeedSubject;
  title: string;
  /** Every change as of the build (changeItems); the feed keeps those that concern its subject. */
  items: readonly ChangeItem[];
  documents: Dataset['documents'];
  links: SiteLinks;
  /** The build's date: the feed's `updated` when it has no entry yet. */
  today: string;
}

/**
 * The `feed` library checks every link with `new URL()`, which refuses a path without a host; but
 * without SITE_URL our links are paths relative to the base, which Atom allows (resolved against
 * the feed's own address). So such paths go through the library under this placeholder origin,
 * which RFC 2606 reserves (`.invalid`), and the origin is taken out of the written XML again.
 */
const PLACEHOLDER_ORIGIN = 'http://relative-link.invalid';

const toLibraryUrl = (link: string) => (link.startsWith('/') ? PLACEHOLDER_ORIGIN + link : link);

/** Midnight UTC of a content date: Atom needs a date-time, content dates are days. */
const instant = (date: string) => new Date(`${date}T00:00:00Z`);

/** An Atom 1.0 feed of the changes that concern `subject` (all of them without one), newest first. */
export function atomFeed({ subject, title, items, documents, links, today }: AtomFeedOptions): string {
  const entries = items.filter((item) => concernsSubject(item.concerns, subject));
  const feed = new Feed({
    id: subject ? tagUri('feed', subject.kind, subject.id) : tagUri('feed', 'changes'),
    title,
    description: subject ? `Status changes and lifecycle events that concern ${title}, from Migration Advisor.` : 'Every status change and lifecycle event Migration Advisor records, newest first.',
    link: toLibraryUrl(subject ? subjectPage(links, subject) : links.changes()),
    feed: toLibraryUrl(links.feed(subject)),
    updated: instant(entries[0]?.date ?? today),
    author: { name: 'Migration Advisor' },
    // No generator element: it would name the library's address, which says nothing to a reader.
    generator: false,
    language: 'en',
  });
  for (const item of entries) {
    const page = subjectPage(links, item.page);
    const sources = citedDocuments(documents, item.cite)
      .map((doc) => `<a href="${escapeHtml(doc.url)}">${escapeHtml(doc.title)}</a>${doc.section ? `, ${escapeHtml(doc.section)}` : ''} (${doc.date})`)
      .join('; ');
    feed.addItem({
      id: item.id,
      title: escapeHtml(item.title),
      link: toLibraryUrl(page),
      date: instant(item.date),
      published: instant(item.date),
      description: escapeHtml(item.text),
      content: `<p>${escapeHtml(item.text)}</p><p>Source: ${sources}</p><p><a href="${escapeHtml(page)}">Open the page on Migration Advisor</a></p>`,
      category: [{ term: item.category.term, name: item.category.label }],
    });
  }
  return `${feed.atom1().replaceAll(PLACEHOLDER_ORIGIN, '')}\n`;
}
