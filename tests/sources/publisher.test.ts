import { describe, expect, it } from 'vitest';
import { publisherName } from '@/utils/sources/publisher';

describe('publisherName', () => {
  it('names the publishers readers know, from the address alone', () => {
    expect(publisherName('https://www.bbc.co.uk/news/live/1')).toBe('BBC News');
    expect(publisherName('https://www.theguardian.com/society/2016/feb/11/story')).toBe('The Guardian');
    expect(publisherName('https://hansard.parliament.uk/Commons/2016-07-06/debates/X')).toBe('Hansard');
    expect(publisherName('https://www.bma.org.uk/news/2015/october/ballot')).toBe('BMA');
    expect(publisherName('https://thedoctor.bma.org.uk/articles/x')).toBe('BMA');
  });

  it('takes the most particular domain: Hansard is part of Parliament, and named as itself', () => {
    expect(publisherName('https://www.parliament.uk/business/bills/')).toBe('UK Parliament');
    expect(publisherName('https://members.parliament.uk/member/3930')).toBe('UK Parliament');
    expect(publisherName('https://petition.parliament.uk/petitions/1')).toBe('UK Parliament petitions');
  });

  it('names each local Healthwatch as Healthwatch', () => {
    expect(publisherName('https://www.healthwatchmanchester.co.uk/news')).toBe('Healthwatch');
  });

  it('falls back to the site, without www., for a publisher it does not know', () => {
    expect(publisherName('https://www.example-campaign.org/page')).toBe('example-campaign.org');
    expect(publisherName('not an address')).toBe('Source');
  });

  it('does not take a look-alike domain for a known one', () => {
    expect(publisherName('https://notbbc.co.uk/x')).toBe('notbbc.co.uk');
  });
});
