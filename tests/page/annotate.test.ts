import { describe, expect, it } from 'vitest';
import { annotatePage } from '@/utils/page/annotate';
import { createPageState, type Mention } from '@/utils/page/page-state';
import { textRuns } from '@/utils/page/text-walkers';
import { compileMatcher } from '@/utils/matching/compile';
import type { MatcherSpec } from '@/utils/matching/matcher-spec';

const SPEC: MatcherSpec = {
  version: 'test',
  people: [
    { id: 4504, names: ['Wes Streeting'], spells: [['2015-05-07', null]] },
    { id: 3930, names: ['Caroline Lucas'], spells: [['2010-05-06', '2024-05-30']] },
    { id: 1572, names: ['Jeremy Hunt', 'Sir Jeremy Hunt'], spells: [['2010-05-06', null]] },
    { id: 4111, names: ['Tristram Hunt'], spells: [['2010-05-06', '2017-02-23']] },
    { id: 8, names: ['Theresa May'], spells: [['2010-05-06', '2024-05-30']] },
    { id: 1541, names: ['Damian Green'], spells: [['2010-05-06', null]] },
    { id: 4300, names: ['Mark Harper'], spells: [['2010-05-06', null]] },
    { id: 4301, names: ['Alister Jack'], spells: [['2017-06-08', '2024-05-30']] },
  ],
  bills: [
    { id: 'nhs-bill-2015-16', names: ['NHS Reinstatement Bill'], since: '2015-07-01' },
    {
      id: 'hsc-bill-2010-12',
      names: ['Health and Social Care Bill 2010-12', 'Health and Social Care Act 2012'],
      since: '2011-01-19',
    },
  ],
};
const matcher = compileMatcher(SPEC, '2025-07-25');

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const options = { matcher, allowPeople: true, maxPerEntity: 10 };

/** What was found, as the page reads: each mention's range's words, and its entity. */
function found(mentions: Mention[]) {
  return mentions.map(({ range, entity }) => [range.toString(), entity.kind, entity.id]);
}

describe('annotatePage: what it finds, and where', () => {
  it('finds MPs, bills and the dispute as ranges over the page, leaving the page exactly as it was', () => {
    const root = page(
      "<p>Wes Streeting met resident doctors' strike leaders. Caroline Lucas backed the NHS Reinstatement Bill.</p>",
    );
    const before = root.innerHTML;
    const mentions = annotatePage(root, options);
    expect(root.innerHTML).toBe(before);
    expect(found(mentions)).toEqual([
      ['Wes Streeting', 'mp', '4504'],
      ["resident doctors' strike", 'dispute', 'junior-doctors-dispute'],
      ['Caroline Lucas', 'mp', '3930'],
      ['NHS Reinstatement Bill', 'bill', 'nhs-bill-2015-16'],
    ]);
  });

  it("finds the dispute by meaning only where the page is about England's NHS and its junior doctors", () => {
    const disputes = (html: string) =>
      annotatePage(page(html), options)
        .filter((mention) => mention.entity.kind === 'dispute')
        .map((mention) => mention.text);
    const headline = '<h1>Resident doctors set for longest walkout yet</h1>';
    expect(disputes(`${headline}<p>NHS leaders warned of disruption.</p>`)).toEqual([
      'Resident doctors set for longest walkout',
    ]);
    // Another nation's doctors: the page names Scotland more than England.
    expect(disputes(`${headline}<p>The Scottish Government and the BMA in Scotland will meet on Monday.</p>`)).toEqual(
      [],
    );
    // Resident doctors in America: the page never names the NHS, the BMA, England or Westminster.
    expect(disputes(`${headline}<p>Hospitals in Ohio braced for the action.</p>`)).toEqual([]);
    // Medics alone: only on a page that names junior or resident doctors.
    expect(disputes('<p>Medics at an NHS hospital staged a walkout over car parking.</p>')).toEqual([]);
    expect(
      disputes('<p>Medics at an NHS hospital staged a walkout.</p><p>Junior doctors across England joined them.</p>'),
    ).toEqual(['Medics at an NHS hospital staged a walkout']);
    // So are "the doctors", as the press refers back to them.
    expect(disputes('<p>At an NHS hospital, the doctors will strike over car parking.</p>')).toEqual([]);
    expect(
      disputes('<p>Resident doctors met NHS leaders.</p><p>Talks failed, so the doctors will strike.</p>'),
    ).toEqual(['doctors will strike']);
  });

  it('finds a name split across inline elements, as one range from inside the link to the text after it', () => {
    const root = page('<p>Health secretary <a href="/wes">Wes</a> Streeting said</p>');
    const before = root.innerHTML;
    const mentions = annotatePage(root, options);
    expect(found(mentions)).toEqual([['Wes Streeting', 'mp', '4504']]);
    const { range } = mentions[0];
    expect(range.startContainer).toBe(root.querySelector('a')!.firstChild);
    expect(range.endContainer).toBe(root.querySelector('a')!.nextSibling);
    expect(root.innerHTML).toBe(before);
  });

  it('never joins text across blocks', () => {
    const root = page('<p>Wes</p><p>Streeting</p>');
    expect(annotatePage(root, options)).toEqual([]);
  });

  it('leaves scripts, form fields, code and editable regions alone', () => {
    const root = page(
      '<script>var a = "Wes Streeting";</script><textarea>Wes Streeting</textarea><code>Wes Streeting</code>' +
        '<div contenteditable="true">Wes Streeting</div><p>Wes Streeting</p>',
    );
    expect(found(annotatePage(root, options))).toEqual([['Wes Streeting', 'mp', '4504']]);
  });

  it('leaves content added inside an editor or a code block alone, as it leaves the editor itself', () => {
    const root = page('<div contenteditable="true"><p>Wes Streeting</p></div><pre><span>Wes Streeting</span></pre>');
    // What a page's own observer would be given: the nodes added, not the editor or the code block around them.
    expect(annotatePage(root.querySelector('p')!, options)).toEqual([]);
    expect(annotatePage(root.querySelector('span')!, options)).toEqual([]);
    expect(annotatePage(root.querySelector('pre')!, options)).toEqual([]);
  });

  it('finds nothing more on a second pass over the same page', () => {
    const root = page('<p>Wes Streeting and Caroline Lucas</p>');
    const state = createPageState();
    expect(annotatePage(root, options, state)).toHaveLength(2);
    const once = root.innerHTML;
    expect(annotatePage(root, options, state)).toEqual([]);
    expect(state.found.size).toBe(2);
    expect(root.innerHTML).toBe(once);
  });

  it('finds a name whose sentence runs into the next without a space, the same way on every pass', () => {
    // Found by fuzzing: once the dispute phrase was found, a second pass saw "Wes Streeting." alone and found it.
    // (The NHS named, as on any page about England's dispute.)
    const root = page('<p>On the NHS:</p><p>Wes Streeting.<b>Junior doctors’ strike</b> Mr Streeting.Said</p>');
    const state = createPageState();
    const once = annotatePage(root, options, state).map((mention) => mention.text);
    expect(once).toEqual(['Wes Streeting', 'Junior doctors’ strike', 'Streeting']);
    expect(annotatePage(root, options, state)).toEqual([]);
  });

  it('reads every child of an element with thousands, in order, even if the page removes one midway', () => {
    const texts = Array.from({ length: 1000 }, (_, index) => `Item ${index} by Wes Streeting MP.`);
    const root = page(`<article>${texts.map((text) => `<p>${text}</p>`).join('')}</article><p>The end.</p>`);
    const runs = textRuns(root);
    const read: string[] = [];
    for (let next = runs.next(); !next.done; next = runs.next()) {
      read.push(next.value.map((node) => node.data).join(''));
      // A page's own change between two steps: a paragraph not yet read is taken out (where Bevan reads on from).
      if (read.length === 250) root.querySelector('article')!.children[256].remove();
    }
    // Some may be read twice (harmless: reading again changes nothing); none is missed or out of order.
    expect([...new Set(read)]).toEqual([...texts.filter((_, index) => index !== 256), 'The end.']);
  });

  it('caps mentions per entity', () => {
    const root = page('<p>Wes Streeting, Wes Streeting, Wes Streeting.</p>');
    expect(annotatePage(root, { ...options, maxPerEntity: 2 })).toHaveLength(2);
  });

  it('leaves MP names plain when the page is not about UK politics', () => {
    const root = page('<p>Wes Streeting and the NHS Reinstatement Bill</p>');
    expect(found(annotatePage(root, { ...options, allowPeople: false }))).toEqual([
      ['NHS Reinstatement Bill', 'bill', 'nhs-bill-2015-16'],
    ]);
  });
});

describe('annotatePage: short names, second passes and a changing page', () => {
  describe('surnames', () => {
    const annotate = (html: string) => found(annotatePage(page(html), options));

    it('links "Hunt" and "Mr Hunt" to the one Hunt the page named in full earlier', () => {
      expect(annotate('<p>Jeremy Hunt spoke.</p><p>Later, Mr Hunt said no. Ministers backed Hunt.</p>')).toEqual([
        ['Jeremy Hunt', 'mp', '1572'],
        ['Hunt', 'mp', '1572'],
        ['Hunt', 'mp', '1572'],
      ]);
    });

    it('links a surname before the full name when the main text names that MP in full further on', () => {
      // A headline's surname: the article names him in full only below it.
      expect(
        annotate(
          '<div id="story"><h1>New contract will be imposed - Hunt</h1>' +
            '<p>The health secretary, Jeremy Hunt, said doctors would move to it in the coming months.</p></div>',
        ),
      ).toEqual([
        ['Hunt', 'mp', '1572'],
        ['Jeremy Hunt', 'mp', '1572'],
      ]);
      expect(annotate('<p>Mr Hunt arrived at the committee late. Then Jeremy Hunt spoke for an hour.</p>')).toEqual([
        ['Hunt', 'mp', '1572'],
        ['Jeremy Hunt', 'mp', '1572'],
      ]);
    });

    it('leaves a surname plain when the full name is only outside the main text, or two MPs of it are named', () => {
      expect(
        annotate(
          '<div id="story"><p>Hunt said the plan, which has been delayed twice, would be published in the spring.</p>' +
            '<p>Critics said the timetable, like the last one, was too slow for patients in the north.</p></div>' +
            '<aside><p><a href="/1">Jeremy Hunt: the interview, in full, with the former health secretary</a></p></aside>',
        ),
      ).toEqual([['Jeremy Hunt', 'mp', '1572']]);
      expect(annotate('<p>Mr Hunt left. Jeremy Hunt and Tristram Hunt had disagreed on it.</p>')).toEqual([
        ['Jeremy Hunt', 'mp', '1572'],
        ['Tristram Hunt', 'mp', '4111'],
      ]);
      expect(annotate('<p>Jeremy Hunt and Tristram Hunt disagreed; Mr Hunt left.</p>')).toEqual([
        ['Jeremy Hunt', 'mp', '1572'],
        ['Tristram Hunt', 'mp', '4111'],
      ]);
    });

    it('leaves the verb, the month, the party and other people plain', () => {
      const html =
        '<p>Theresa May and Damian Green and Jeremy Hunt met.</p>' +
        '<p>Hunt for the truth. They hunt foxes. It happened in May and on 5 May. The Green Party objected; ' +
        'Green MP voices too. Helen Hunt starred. The Hunt ball. A Green candidate.</p>';
      expect(annotate(html)).toEqual([
        ['Theresa May', 'mp', '8'],
        ['Damian Green', 'mp', '1541'],
        ['Jeremy Hunt', 'mp', '1572'],
      ]);
    });

    it('accepts a titled surname at the start of a sentence', () => {
      expect(annotate('<p>Theresa May spoke.</p><p>Mrs May then left. May later returned, said May.</p>')).toEqual([
        ['Theresa May', 'mp', '8'],
        ['May', 'mp', '8'],
        ['May', 'mp', '8'],
      ]);
    });
  });

  describe('surnames without namesakes', () => {
    const surnames = (html: string) =>
      annotatePage(page(html), options)
        .filter((mention) => !mention.text.includes(' '))
        .map((mention) => mention.text);
    const story = (...paragraphs: string[]) =>
      `<div id="story">${paragraphs.map((words) => `<p>${words}</p>`).join('')}</div>`;

    it("links a surname only in the page's main text, not in a sidebar of other stories", () => {
      const html =
        story(
          'Mark Harper, the transport secretary, set out the timetable on Monday, and rail unions responded.',
          'Harper said the plan, which has been delayed twice, would be published in the spring.',
          'Critics said the timetable, like the last one, was too slow for commuters in the north.',
        ) +
        '<div class="sidebar"><p><a href="/1">Harper unveils the new season of gowns at last night’s gala</a></p></div>';
      expect(surnames(html)).toEqual(['Harper']);
    });

    it('leaves plain a surname that reads as part of another name, or as a name given', () => {
      const html = story(
        'Mark Harper and Alister Jack met the committee on Monday, and both answered questions.',
        'A photographer for Harper’s Bazaar was there. Princess Eugenie and Jack arrived later.',
        'Jack Smith, a neighbour, has a dog called Harper. The dog barked.',
        'Later, Harper’s NHS plan won support, and Harper and Jack left together.',
      );
      expect(surnames(html)).toEqual(['Harper', 'Harper', 'Jack']);
    });

    it('links a surname opening a sentence when a person’s verb follows, or a post comes before it', () => {
      const html = story(
        'Wes Streeting, the health secretary, met union leaders, and the talks went on late.',
        'Streeting said the offer was final. Streeting plans are unclear. Health Secretary Streeting left.',
      );
      expect(surnames(html)).toEqual(['Streeting', 'Streeting']);
    });
  });

  it('links "the 2012 Act" to the Act the page has named, and only then', () => {
    const root = page(
      '<p>The Health and Social Care Act 2012 changed commissioning.</p><p>Critics of the 2012 Act agree.</p>',
    );
    expect(found(annotatePage(root, options))).toEqual([
      ['Health and Social Care Act 2012', 'bill', 'hsc-bill-2010-12'],
      ['2012 Act', 'bill', 'hsc-bill-2010-12'],
    ]);
    expect(annotatePage(page('<p>Critics of the 2012 Act agree.</p>'), options)).toEqual([]);
  });

  it('finds nothing more on a second pass, whatever its first pass learned (cases fuzzing found)', () => {
    const cases = [
      // "the 2012 Act" before the page names the Act: not on the first pass, nor on the second.
      '<p>Critics of the 2012 Act: the Health and Social Care Act 2012 changed commissioning.</p>',
      // A surname read right after a name with a possessive: what was found must not change how the words around it read.
      "<p>Wes Streeting's Streeting plan</p>",
      // A title and surname before the full name, in one text node.
      '<p>Wes Streeting met Mr Hunt and later Jeremy Hunt.</p>',
    ];
    for (const html of cases) {
      const state = createPageState();
      const root = page(html);
      const first = found(annotatePage(root, options, state));
      const once = root.innerHTML;
      expect(annotatePage(root, options, state)).toEqual([]);
      // A fresh reading of the same page finds just what the first did.
      expect(found(annotatePage(root, options))).toEqual(first);
      expect(root.innerHTML).toBe(once);
    }
  });

  it('keeps a mention over its words as the page changes around them, and tells when the page broke it', () => {
    const root = page('<p>Update 1: <span>Wes Streeting</span> spoke.</p>');
    const state = createPageState();
    const [mention] = annotatePage(root, options, state);
    // A live page rewrites the text before the name: the range follows its words.
    (root.querySelector('p')!.firstChild as Text).data = 'Update 22 (edited): ';
    expect(mention.range.toString()).toBe('Wes Streeting');
    expect(state.found.prune()).toEqual([]);
    // The page removes the name's text: the mention is broken and taken out.
    root.querySelector('span')!.firstChild!.remove();
    expect(state.found.prune()).toEqual([mention]);
    expect(state.found.size).toBe(0);
  });
});

describe('annotatePage: namesakes in time', () => {
  const ruthJones = { id: 4836, names: ['Ruth Jones'], spells: [['2019-02-21', null]] as [string, null][] };
  const at = (date: string) => ({
    ...options,
    matcher: compileMatcher({ version: 'test', people: [ruthJones], bills: [] }, date),
  });
  const names = (html: string, date: string) => annotatePage(page(html), at(date)).map((mention) => mention.text);

  it('leaves plain a full name whose only MP was first elected years after the article, with no politics around it', () => {
    const review = '<p>Actress-writer Ruth Jones stars in the new series, which begins on Sunday evening.</p>';
    expect(names(review, '2014-03-01')).toEqual([]);
    // The same words once she sits in the Commons, or a year or two before her by-election, are hers.
    expect(names(review, '2019-06-01')).toEqual(['Ruth Jones']);
    expect(names(review, '2018-06-01')).toEqual(['Ruth Jones']);
    expect(names(review, '2017-06-01')).toEqual(['Ruth Jones']);
  });

  it('links it where politics is said around it: a future MP as a candidate or a councillor', () => {
    const candidate = '<p>Ruth Jones, the Labour candidate, stood in Monmouth at the general election.</p>';
    expect(names(candidate, '2010-04-01')).toEqual(['Ruth Jones']);
  });
});

describe('a name several sessions’ bills share', () => {
  const shared = compileMatcher(
    {
      version: 'test',
      people: [],
      bills: [
        { id: 'care-bill-2014-15', names: ['Care Services Bill 2014-15', 'Care Services Bill'], since: '2014-06-01' },
        { id: 'care-bill-2015-16', names: ['Care Services Bill 2015-16', 'Care Services Bill'], since: '2015-07-01' },
        { id: 'care-bill-2017-19', names: ['Care Services Bill 2017-19', 'Care Services Bill'], since: '2018-07-01' },
      ],
    },
    '2024-03-01',
  );
  const read = (html: string) =>
    found(annotatePage(page(html), { matcher: shared, allowPeople: true, maxPerEntity: 10 }));

  it('means the one the page last named in full before it', () => {
    expect(
      read(
        '<p>First the Care Services Bill 2014-15, then the Care Services Bill 2015-16 (the "Care Services Bill").</p>' +
          '<p>The Care Services Bill was talked out.</p>',
      ),
    ).toEqual([
      ['Care Services Bill 2014-15', 'bill', 'care-bill-2014-15'],
      ['Care Services Bill 2015-16', 'bill', 'care-bill-2015-16'],
      ['Care Services Bill', 'bill', 'care-bill-2015-16'],
      ['Care Services Bill', 'bill', 'care-bill-2015-16'],
    ]);
  });

  it('before any, means the latest the page names in full further on', () => {
    expect(
      read('<p>The Care Services Bill returned.</p><p>It was the Care Services Bill 2014-15, then 2015-16.</p>'),
    ).toEqual([
      ['Care Services Bill', 'bill', 'care-bill-2014-15'],
      ['Care Services Bill 2014-15', 'bill', 'care-bill-2014-15'],
    ]);
  });

  it('on a page naming none in full, means the latest begun by the article’s date', () => {
    expect(read('<p>The Care Services Bill returned.</p>')).toEqual([
      ['Care Services Bill', 'bill', 'care-bill-2017-19'],
    ]);
  });
});

describe('a bill not yet near', () => {
  it('leaves a bill’s name plain in a report written more than a year before the bill began', () => {
    const spec = {
      version: 'test',
      people: [],
      bills: [{ id: 'clinic-bill-2030-31', names: ['Clinic Reform Bill'], since: '2030-06-01' }],
    };
    const read = (date: string) =>
      found(
        annotatePage(page('<p>Ministers defended the Clinic Reform Bill.</p>'), {
          matcher: compileMatcher(spec, date),
          allowPeople: true,
          maxPerEntity: 10,
        }),
      );
    expect(read('2012-02-01')).toEqual([]);
    // Announced before its first reading: within a year, it is the bill.
    expect(read('2029-11-01')).toEqual([['Clinic Reform Bill', 'bill', 'clinic-bill-2030-31']]);
  });
});

describe('a surname alone on a page about the dispute', () => {
  // Wes Streeting, Health Secretary from 5 July 2024 (test data).
  const withPosts = compileMatcher(
    {
      ...SPEC,
      roles: {
        posts: [{ role: 'health-secretary', personId: 4504, start: '2024-07-05', end: null }],
        knownUntil: null,
      },
    },
    '2025-08-03',
  );
  const annotate = (html: string) =>
    found(annotatePage(page(html), { matcher: withPosts, allowPeople: true, maxPerEntity: 10 }));

  it("names the Health Secretary of the article's date, though the page never names them in full", () => {
    expect(
      annotate(
        '<div id="story"><p>Streeting called for an end to the cycle of disruption on Sunday, and urged the union ' +
          'to talk.</p><p>Resident doctors in England began a five-day strike over pay on Friday morning.</p></div>',
      ),
    ).toEqual([
      ['Streeting', 'mp', '4504'],
      ['Resident doctors in England began a five-day strike', 'dispute', 'junior-doctors-dispute'],
    ]);
  });

  it('names nobody on a page about something else, or about doctors elsewhere', () => {
    expect(
      annotate(
        '<div id="story"><p>Streeting called for an end to the delays on Sunday, as ministers met council leaders ' +
          'about housing.</p><p>Council leaders said the money, promised in the spring, had not come.</p></div>',
      ),
    ).toEqual([]);
    expect(
      annotate(
        '<div id="story"><p>Streeting called for calm on Sunday, and said Holyrood must settle its own dispute.</p>' +
          '<p>Resident doctors in Scotland began a strike over pay in Glasgow and Edinburgh on Friday.</p></div>',
      ),
    ).toEqual([]);
  });
});
