import { describe, expect, it } from 'vitest';
import { composeLetter, describeArticle, mailtoUrl, writeToThemUrl } from '@/utils/letters/letter-address';
import { DEFAULT_LETTER_TEMPLATES, fillTemplate, LETTER_KINDS, PLACEHOLDERS } from '@/utils/letters/templates';
import { normalisePostcode } from '@/utils/your-mp/your-mp';

const values = {
  subject: 'Sir Keir Starmer',
  mp_name: 'Sir Jeremy Hunt',
  constituency: 'Godalming and Ash',
  article: '"Doctors strike again" (https://www.inews.co.uk/news/health/strike)',
  mp_record: '- A line of the MP’s record, written for the test',
};

describe('postcodes', () => {
  it('accepts UK postcodes however they are typed, and writes them the standard way', () => {
    expect(normalisePostcode('sw1a1aa')).toBe('SW1A 1AA');
    expect(normalisePostcode('  M1  1AE ')).toBe('M1 1AE');
    expect(normalisePostcode('bs1 4nd')).toBe('BS1 4ND');
    expect(normalisePostcode('GIR 0AA')).toBe('GIR 0AA');
  });

  it('refuses what is not a postcode', () => {
    for (const text of ['', 'SW1A', '12345', 'SW1A 1AAA', 'javascript:alert(1)', 'SW1A&pc=1']) {
      expect(normalisePostcode(text)).toBeNull();
    }
  });
});

describe('letter addresses', () => {
  it('sends a postcode to WriteToThem for Westminster MPs', () => {
    expect(writeToThemUrl('SW1A 1AA')).toBe('https://www.writetothem.com/?a=WMC&pc=SW1A+1AA');
  });

  it('builds a mailto: address with the subject and body encoded, paragraphs kept', () => {
    const url = mailtoUrl('huntj@parliament.uk', 'About the Bill & its "stages"', 'Dear Sir Jeremy,\n\nA+B?');
    expect(url).toBe(
      'mailto:huntj@parliament.uk?subject=About%20the%20Bill%20%26%20its%20%22stages%22&body=Dear%20Sir%20Jeremy%2C%0D%0A%0D%0AA%2BB%3F',
    );
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('mailto:');
    expect(new URLSearchParams(parsed.search).get('body')).toBe('Dear Sir Jeremy,\r\n\r\nA+B?');
  });

  it('refuses to address a letter to something that is not an email address', () => {
    expect(() => mailtoUrl('huntj@parliament.uk?cc=someone@example.com', 'x', 'y')).toThrow(/Not an email/);
    expect(() => mailtoUrl('not an address', 'x', 'y')).toThrow(/Not an email/);
  });
});

describe('letter templates', () => {
  it('has a template for every kind of card, each naming its subject, the MP and the article', () => {
    for (const kind of LETTER_KINDS) {
      const letter = composeLetter({ template: DEFAULT_LETTER_TEMPLATES[kind], values });
      expect(letter.body).toContain('Dear Sir Jeremy Hunt');
      expect(letter.body).toContain('Godalming and Ash');
      expect(letter.body).toContain('"Doctors strike again" (https://www.inews.co.uk/news/health/strike)');
      expect(`${letter.subject} ${letter.body}`).not.toMatch(/\{[a-z_]+\}/);
    }
    const bill = composeLetter({
      template: DEFAULT_LETTER_TEMPLATES.bill,
      values: { ...values, subject: 'National Health Service Bill 2015-16' },
    });
    expect(bill.subject).toBe('The National Health Service Bill 2015-16');
    expect(bill.body).toContain('about the National Health Service Bill 2015-16, after reading');
  });

  it('fills every documented placeholder, and leaves a misspelt one visible', () => {
    const text = Object.keys(PLACEHOLDERS)
      .map((name) => `{${name}}`)
      .join('|');
    expect(fillTemplate(text, values)).toBe(Object.values(values).join('|'));
    expect(fillTemplate('Dear {mp_nmae}', values)).toBe('Dear {mp_nmae}');
    expect(fillTemplate('{constructor} {__proto__}', values)).toBe('{constructor} {__proto__}');
  });

  it('cites the article by title and address, dropping fragments and addresses that are not web pages', () => {
    expect(describeArticle({ title: ' Doctors\n strike ', url: 'https://example.co.uk/a#comments' })).toBe(
      '"Doctors strike" (https://example.co.uk/a)',
    );
    expect(describeArticle({ title: 'Doctors strike', url: 'javascript:alert(1)' })).toBe('"Doctors strike"');
    expect(describeArticle({ title: '', url: 'https://example.co.uk/a' })).toBe('https://example.co.uk/a');
    expect(describeArticle(null)).toBe('the news');
  });
});
