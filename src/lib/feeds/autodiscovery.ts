import type { Dataset } from '../data/dataset.ts';
import { paths } from '../site/paths.ts';
import { feedCatalogue, titleOf } from './catalogue.ts';
import type { FeedSubject } from './subjects.ts';

/**
 * The feed a page announces to feed readers (Base.astro's `feed`): the subject's feed under the
 * title the feed itself carries. Relative to the base path like every link on a page; a reader
 * resolves it against the page.
 */
export function feedLink(dataset: Dataset, subject: FeedSubject): { href: string; title: string } {
  return { href: paths.feed(subject), title: titleOf(feedCatalogue(dataset), subject) };
}
