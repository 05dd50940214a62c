import { describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '@/utils/matching/compile';
import { createPageAnnotator, SLICE_BUDGET_MS, type PageAnnotator } from '@/utils/page/page-annotator';
import { loadedMatcher, matcherAtHand } from '@/utils/page/page-reader';
import type { LoadedMatcher } from '@/utils/page/reader-contract';
import type { CompiledMatcher } from '@/utils/matching/packed-format';
import { MUTATION_DEBOUNCE_MS, MUTATION_MAX_WAIT_MS } from '@/utils/page/page-changes';
import { firstAtOnce } from '@/utils/page/scheduler';

const spec = {
  version: 'test',
  people: [{ id: 4504, names: ['Wes Streeting'], spells: [['2015-05-07', null]] as [string, null][] }],
  bills: [{ id: 'nhs-bill-2015-16', names: ['NHS Reinstatement Bill'], since: '2015-07-01' }],
};
const base = { allowPeople: true, maxPerEntity: 1000 };

/** A clock that advances by `step` ms each time it is read, and a scheduler that records slices. */
function slowMachine(step: number) {
  let time = 0;
  const slices: number[] = [];
  let pending: (() => void) | null = null;
  return {
    now: () => (time += step),
    schedule: (work: () => void) => {
      pending = work;
    },
    /** An annotator with the matcher at hand, on this machine's clock and scheduler. */
    annotator(matcher: ReturnType<typeof compileMatcher>) {
      return createPageAnnotator({ ...base, matcher: matcherAtHand(matcher), now: this.now, schedule: this.schedule });
    },
    /** Runs the next slice, letting the matcher arrive (a promise) first if none is scheduled. */
    async runOne() {
      if (!pending) await new Promise((resolve) => setTimeout(resolve, 0));
      const work = pending;
      pending = null;
      work?.();
    },
    /** Runs slices until none is scheduled, letting the matcher arrive (a promise) in between. */
    async runAll() {
      for (;;) {
        if (!pending) await new Promise((resolve) => setTimeout(resolve, 0));
        if (!pending) break;
        const work: () => void = pending;
        pending = null;
        const start = time;
        work();
        slices.push(time - start);
      }
      return slices;
    },
  };
}

/** The words of what an annotator has found, in page order. */
const found = (annotator: PageAnnotator) => annotator.state.found.inPageOrder().map(({ range }) => range.toString());

/** An annotator with the matcher at hand, whose slices run as soon as they are scheduled. */
function annotatorAtOnce(matcher: ReturnType<typeof compileMatcher>) {
  return createPageAnnotator({ ...base, matcher: matcherAtHand(matcher), schedule: (work) => work() });
}

/** An annotator whose first slice runs at once, and whose later slices wait in `later`. */
function annotatorFirstAtOnce() {
  const later: (() => void)[] = [];
  const annotator = createPageAnnotator({
    ...base,
    matcher: matcherAtHand(compileMatcher(spec, '2025-07-25')),
    schedule: firstAtOnce((work) => later.push(work)),
  });
  return { annotator, later };
}

describe('createPageAnnotator: slices', () => {
  it('with firstAtOnce, reads a short page within the call to annotate, and leaves later slices to the schedule', async () => {
    document.body.innerHTML = '<p>Wes Streeting spoke about the NHS Reinstatement Bill.</p>';
    const { annotator, later } = annotatorFirstAtOnce();
    let done = false;
    void annotator.annotate(document.body).then(() => (done = true));
    // The first slice ran at once; the whole matcher arrives (a promise) before the next, which waits its turn.
    expect(later).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(later).toHaveLength(1);
    expect(found(annotator)).toEqual([]);
    while (later.length) later.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(true);
    expect(found(annotator)).toEqual(['Wes Streeting', 'NHS Reinstatement Bill']);
  });

  it('with firstAtOnce, is done with a page that names nobody before annotate returns', async () => {
    document.body.innerHTML = '<p>Rain is expected across the north this weekend.</p>';
    const { annotator, later } = annotatorFirstAtOnce();
    let done = false;
    const finished = annotator.annotate(document.body).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(true);
    expect(later).toHaveLength(0);
    await finished;
  });

  it('spreads a long page over short slices, each within the budget', async () => {
    document.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: Wes Streeting spoke.</p>`).join(
      '',
    );
    const machine = slowMachine(1);
    const annotator = machine.annotator(compileMatcher(spec, '2025-07-25'));
    const done = annotator.annotate(document.body);
    const slices = await machine.runAll();
    await done;
    expect(slices.length).toBeGreaterThan(10);
    // Each slice stops at the first block boundary after its budget; with 1 ms per clock read that is a few ms over
    // at most.
    expect(Math.max(...slices)).toBeLessThanOrEqual(SLICE_BUDGET_MS + 4);
    expect(found(annotator)).toHaveLength(400);
  });

  it('says with each slice’s mentions whether more of the page is to be read, and when reading is done', async () => {
    document.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: Wes Streeting spoke.</p>`).join(
      '',
    );
    const machine = slowMachine(1);
    const told: string[] = [];
    const annotator = createPageAnnotator({
      ...base,
      matcher: matcherAtHand(compileMatcher(spec, '2025-07-25')),
      now: machine.now,
      schedule: machine.schedule,
      onMentions: (mentions, moreToRead) => told.push(`${mentions.length}${moreToRead ? ' more' : ''}`),
      onReadingDone: () => told.push('done'),
    });
    const done = annotator.annotate(document.body);
    await machine.runAll();
    await done;
    expect(told.length).toBeGreaterThan(10);
    // Every slice but the last had more to read; reading ends once, last.
    expect(told.slice(0, -2).every((entry) => entry.endsWith(' more'))).toBe(true);
    expect(told.at(-1)).toBe('done');
    expect(told.filter((entry) => entry === 'done')).toHaveLength(1);
  });
});

describe('createPageAnnotator: a page that changes', () => {
  it('annotates content the page adds later, once', async () => {
    document.body.innerHTML = '<main><p>Wes Streeting spoke.</p></main>';
    const annotator = annotatorAtOnce(compileMatcher(spec, '2025-07-25'));
    await annotator.annotate(document.body);
    annotator.observe(document.body);
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Later: the NHS Reinstatement Bill.';
    document.querySelector('main')!.append(paragraph);
    await new Promise((resolve) => setTimeout(resolve, MUTATION_DEBOUNCE_MS + 100));
    expect(found(annotator)).toEqual(['Wes Streeting', 'NHS Reinstatement Bill']);
    annotator.stop();
  });

  it('follows a live page: drops what the page took away, reads changed text again, keeps the rest', async () => {
    document.body.innerHTML =
      '<main><p id="live">Updated 1 minute ago: <b>Wes Streeting</b> spoke.</p><ul><li>NHS Reinstatement Bill</li>' +
      '<li>Wes Streeting</li></ul></main>';
    const removed: string[] = [];
    const annotator = createPageAnnotator({
      ...base,
      matcher: matcherAtHand(compileMatcher(spec, '2025-07-25')),
      schedule: (work) => work(),
      onRemoved: (mentions) => removed.push(...mentions.map((mention) => mention.text)),
    });
    await annotator.annotate(document.body);
    annotator.observe(document.body);
    expect(found(annotator)).toEqual(['Wes Streeting', 'NHS Reinstatement Bill', 'Wes Streeting']);
    const settle = () => new Promise((resolve) => setTimeout(resolve, MUTATION_DEBOUNCE_MS + 100));

    // The timestamp changes beside a name: the name's range follows its words, and nothing is found twice.
    (document.getElementById('live')!.firstChild as Text).data = 'Updated 2 minutes ago: ';
    await settle();
    expect(found(annotator)).toEqual(['Wes Streeting', 'NHS Reinstatement Bill', 'Wes Streeting']);
    // A re-render replaces a name's text with new words: the old mention goes, the new words are read.
    document.querySelector('b')!.firstChild!.replaceWith('Caroline Lucas and the NHS Reinstatement Bill');
    await settle();
    expect(removed).toEqual(['Wes Streeting']);
    expect(found(annotator)).toEqual(['NHS Reinstatement Bill', 'NHS Reinstatement Bill', 'Wes Streeting']);
    // A keyed list reordered: the same nodes move, and the mentions follow them into the new order.
    const list = document.querySelector('ul')!;
    list.append(list.firstElementChild!);
    await settle();
    expect(found(annotator)).toEqual(['NHS Reinstatement Bill', 'Wes Streeting', 'NHS Reinstatement Bill']);
    annotator.stop();
  });

  it('reads a page that changes more often than the debounce at least once in the longest wait', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<main><p id="ticker">Tick 0</p></main>';
      const annotator = createPageAnnotator({
        ...base,
        matcher: matcherAtHand(compileMatcher(spec, '2025-07-25')),
        schedule: (work) => work(),
        now: () => Date.now(),
      });
      await annotator.annotate(document.body);
      annotator.observe(document.body);
      const ticker = document.getElementById('ticker')!.firstChild as Text;
      // Changes every 100 ms, each within the debounce of the one before, until just past the longest wait.
      for (let tick = 1; tick * 100 <= MUTATION_MAX_WAIT_MS + MUTATION_DEBOUNCE_MS; tick++) {
        ticker.data = `Tick ${tick}: Wes Streeting`;
        await vi.advanceTimersByTimeAsync(100);
      }
      expect(found(annotator)).toEqual(['Wes Streeting']);
      annotator.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('picks up new bill names when the matcher is replaced, keeping what it found before', async () => {
    document.body.innerHTML = '<p>Wes Streeting backed the Patient Safety Bill.</p>';
    const annotator = annotatorAtOnce(compileMatcher(spec, '2025-07-25'));
    await annotator.annotate(document.body);
    expect(found(annotator)).toHaveLength(1);
    const withNewBill = {
      ...spec,
      bills: [...spec.bills, { id: 'patient-safety-bill', names: ['Patient Safety Bill'], since: '2025-01-01' }],
    };
    await annotator.replaceMatcher(matcherAtHand(compileMatcher(withNewBill, '2025-07-25')), document.body);
    expect(annotator.state.found.inPageOrder().map(({ entity }) => entity.id)).toEqual(['4504', 'patient-safety-bill']);
    expect(document.body.innerHTML).toBe('<p>Wes Streeting backed the Patient Safety Bill.</p>');
  });
});

describe('reading only where a mention may begin', () => {
  const withAct = {
    ...spec,
    bills: [...spec.bills, { id: 'hsc-bill-2010-12', names: ['Health and Social Care Act 2012'], since: '2011-01-19' }],
  };
  it("finds a named MP's surname and a named Act's year in content added later", async () => {
    document.body.innerHTML = '<main><p>Wes Streeting spoke on the Health and Social Care Act 2012.</p></main>';
    const annotator = annotatorAtOnce(compileMatcher(withAct, '2025-07-25'));
    await annotator.annotate(document.body);
    const later = document.createElement('p');
    // Neither has a first word of any name: they are read because of what the page named before.
    later.innerHTML = 'Later, <b>Mr Streeting</b> said the 2012\nAct had failed.';
    document.querySelector('main')!.append(later);
    await annotator.annotate(later);
    expect(found(annotator)).toEqual(['Wes Streeting', 'Health and Social Care Act 2012', 'Streeting', '2012\nAct']);
  });

  it('reads the rest block by block when the page changes its text while being read', async () => {
    const paragraphs = Array.from({ length: 60 }, (_, index) => `<p>Report ${index}: Wes Streeting spoke.</p>`);
    document.body.innerHTML = `<main>${paragraphs.join('')}</main>`;
    const machine = slowMachine(1);
    const annotator = machine.annotator(compileMatcher(spec, '2025-07-25'));
    const done = annotator.annotate(document.body);
    // The first look, the matcher's arrival, then a slice of reading: a few paragraphs in.
    for (let slice = 0; slice < 3; slice++) await machine.runOne();
    const main = document.querySelector('main')!;
    // The page rewrites a paragraph ahead of the reading, adds one, and takes one away.
    main.children[40].textContent = 'Correction: Wes Streeting and the NHS Reinstatement Bill.';
    main.children[50].insertAdjacentHTML('afterend', '<p>New: Wes Streeting again.</p>');
    main.children[20].remove();
    await machine.runAll();
    await done;
    expect(document.querySelectorAll('main > p')).toHaveLength(60);
    const mentions = annotator.state.found.inPageOrder();
    for (const paragraph of document.querySelectorAll('main > p')) {
      const inside = mentions.filter(({ range }) => paragraph.contains(range.startContainer));
      expect(inside[0]?.range.toString(), paragraph.textContent!).toBe('Wes Streeting');
    }
    expect(found(annotator)).toContain('NHS Reinstatement Bill');
  });
});

describe('the matcher, asked for when the first look finds something', () => {
  const matcher = compileMatcher(spec, '2025-07-25');
  /** A source whose loads the test answers: each load waits in `asked` until answered. */
  function slowSource(cues = matcher.cues) {
    const asked: ((answer: CompiledMatcher | null) => void)[] = [];
    return {
      asked,
      source: {
        cues,
        load: () =>
          new Promise<LoadedMatcher | null>((resolve) =>
            asked.push((answer) => resolve(answer && loadedMatcher(answer))),
          ),
      },
    };
  }
  it('is never asked for on a page that names nobody, and is asked once when one does', async () => {
    document.body.innerHTML = '<main><p>The weather in May: Green fields and a Hunt for Brown trout.</p></main>';
    const { asked, source } = slowSource();
    const annotator = createPageAnnotator({ ...base, matcher: source, schedule: (work) => work() });
    await annotator.annotate(document.body);
    expect(asked).toHaveLength(0);

    const later = document.createElement('p');
    later.textContent = 'Wes Streeting and the NHS Reinstatement Bill.';
    document.querySelector('main')!.append(later);
    const done = annotator.annotate(later);
    expect(asked).toHaveLength(1);
    // Nothing is read, let alone found, until it comes.
    expect(found(annotator)).toEqual([]);
    asked[0](matcher);
    await done;
    expect(found(annotator)).toEqual(['Wes Streeting', 'NHS Reinstatement Bill']);
    expect(asked).toHaveLength(1);
  });

  it("is not asked for on a page that is not about UK politics and names only an MP's namesake", async () => {
    document.body.innerHTML = '<p>Comment by Wes Streeting: a lovely recipe, thank you.</p>';
    const { asked, source } = slowSource();
    const annotator = createPageAnnotator({
      ...base,
      allowPeople: () => false,
      matcher: source,
      schedule: (work) => work(),
    });
    await annotator.annotate(document.body);
    expect(asked).toHaveLength(0);
    expect(found(annotator)).toEqual([]);
  });

  it('leaves the page as it was when the matcher cannot be had, and asks again for content added later', async () => {
    document.body.innerHTML = '<p>Wes Streeting spoke.</p>';
    const { asked, source } = slowSource();
    const annotator = createPageAnnotator({ ...base, matcher: source, schedule: (work) => work() });
    const first = annotator.annotate(document.body);
    asked[0](null);
    await first;
    expect(found(annotator)).toEqual([]);
    expect(document.body.innerHTML).toBe('<p>Wes Streeting spoke.</p>');

    const again = annotator.annotate(document.body);
    expect(asked).toHaveLength(2);
    asked[1](matcher);
    await again;
    expect(found(annotator)).toEqual(['Wes Streeting']);
  });

  it('uses a replacing source even while the old one is still loading', async () => {
    document.body.innerHTML = '<p>Wes Streeting backed the Patient Safety Bill.</p>';
    const old = slowSource();
    const annotator = createPageAnnotator({ ...base, matcher: old.source, schedule: (work) => work() });
    const first = annotator.annotate(document.body);
    expect(old.asked).toHaveLength(1);

    const withNewBill = compileMatcher(
      {
        ...spec,
        bills: [...spec.bills, { id: 'patient-safety-bill', names: ['Patient Safety Bill'], since: '2025-01-01' }],
      },
      '2025-07-25',
    );
    const next = slowSource(withNewBill.cues);
    const replaced = annotator.replaceMatcher(next.source, document.body);
    expect(next.asked).toHaveLength(1);
    // The old answer comes late and is not used.
    old.asked[0](matcher);
    await Promise.resolve();
    expect(found(annotator)).toEqual([]);
    next.asked[0](withNewBill);
    await Promise.all([first, replaced]);
    expect(found(annotator)).toEqual(['Wes Streeting', 'Patient Safety Bill']);
    expect(document.body.textContent).toBe('Wes Streeting backed the Patient Safety Bill.');
  });
});
