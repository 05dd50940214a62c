import { describe, expect, it } from 'vitest';
import { readSearchInput } from '@/utils/parliament/bills/search-input';

describe("Add from Parliament's search box", () => {
  it('searches for words of a title, spaces tidied', () => {
    expect(readSearchInput('  medical   training ')).toEqual({ kind: 'words', words: 'medical training' });
  });

  it("looks a bill up by its number or its page's address", () => {
    expect(readSearchInput('4062')).toEqual({ kind: 'bill', parliamentBillId: 4062 });
    expect(readSearchInput('https://bills.parliament.uk/bills/3884/stages')).toEqual({
      kind: 'bill',
      parliamentBillId: 3884,
    });
  });

  it('refuses markup, saying why', () => {
    expect(readSearchInput('<script>alert(1)</script> Health Bill')).toEqual({
      kind: 'problem',
      message: 'Search with plain words: no < or > characters.',
    });
  });

  it('refuses 1,000 characters, saying how long it is and what is allowed', () => {
    expect(readSearchInput('a'.repeat(1000))).toEqual({
      kind: 'problem',
      message: 'That is 1000 characters: search with a few words of the title (up to 100 characters).',
    });
  });

  it('asks for something when nothing is typed; 0, which no bill has, is searched as a word', () => {
    expect(readSearchInput('   ').kind).toBe('problem');
    expect(readSearchInput('0')).toEqual({ kind: 'words', words: '0' });
  });
});
