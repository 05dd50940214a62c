/**
 * Where "Write to your MP" sends the reader: WriteToThem for their postcode
 * (it finds the MP and delivers the letter), else an email to the MP's
 * official address, with the letter prefilled. Both addresses are built here
 * and nowhere else; nothing from a web page is put into a URL unencoded.
 */
import { fillTemplate, type LetterTemplate, type Placeholder } from './templates';

export function writeToThemUrl(postcode: string): string {
  const url = new URL('https://www.writetothem.com/');
  url.searchParams.set('a', 'WMC');
  url.searchParams.set('pc', postcode);
  return url.href;
}

/** RFC 6068: each part percent-encoded (spaces as %20, not "+", which mail apps show literally). */
export function mailtoUrl(address: string, subject: string, body: string): string {
  if (!/^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+\.[^\s@<>,;:"()[\]\\]+$/.test(address)) {
    throw new Error(`Not an email address: ${address}`);
  }
  // Line breaks as CRLF, as the RFC asks; mail apps then keep the paragraphs.
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${encodeURIComponent(address).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

export interface LetterInput {
  template: LetterTemplate;
  values: Record<Placeholder, string>;
}

export function composeLetter({ template, values }: LetterInput): { subject: string; body: string } {
  return { subject: fillTemplate(template.subject, values), body: fillTemplate(template.body, values) };
}

/** The article as a letter cites it: its title and address (http(s) pages only, without the fragment). */
export function describeArticle(article: { title: string; url: string } | null): string {
  if (!article) return 'the news';
  const title = article.title.replace(/\s+/g, ' ').trim().slice(0, 300);
  let url = '';
  try {
    const parsed = new URL(article.url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') {
      parsed.hash = '';
      url = parsed.href;
    }
  } catch {
    // Not an address: the letter cites the title alone.
  }
  if (title && url) return `"${title}" (${url})`;
  return title ? `"${title}"` : url || 'the news';
}
