import type { Dataset } from '../data/dataset.ts';
import type { Citation } from '../schema/citation.ts';

/** A cited document as a feed or calendar names it: title, date, section and address. */
export interface CitedDocument {
  title: string;
  date: string;
  section?: string;
  /** Where the cited text can be read as it was (the address pages link, see schema/document.ts). */
  url: string;
}

/** The documents behind citations, in order; a document the dataset lacks is a bug, said plainly. */
export function citedDocuments(documents: Dataset['documents'], cite: readonly Citation[]): CitedDocument[] {
  return cite.map((c) => {
    const doc = documents[c.doc]?.data;
    if (!doc) throw new Error(`A citation names the document "${c.doc}", which is not in content/documents/; the content check should have refused it.`);
    return { title: doc.title, date: doc.date, url: doc.url, ...(c.section && { section: c.section }) };
  });
}

/** "Title, section (date) <url>" for plain text (calendar descriptions). */
export function citationText(doc: CitedDocument): string {
  return `${doc.title}${doc.section ? `, ${doc.section}` : ''} (${doc.date}) ${doc.url}`;
}
