import { describe, expect, it } from 'vitest';
import { MENTION_TAG } from '@/utils/matching/annotate';
import { compileMatcher } from '@/utils/matching/compile';
import {
  createPageAnnotator,
  MUTATION_DEBOUNCE_MS,
  SLICE_BUDGET_MS,
  WRAP_SLICE_BUDGET_MS,
} from '@/utils/page-annotator';

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
    runAll() {
      while (pending) {
        const work = pending;
        pending = null;
        const start = time;
        work();
        slices.push(time - start);
      }
      return slices;
    },
  };
}

describe('createPageAnnotator', () => {
  it('spreads a long page over short slices, each within the budget', async () => {
    document.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: Wes Streeting spoke.</p>`).join(
      '',
    );
    const machine = slowMachine(1);
    const annotator = createPageAnnotator({
      ...base,
      matcher: compileMatcher(spec, '2025-07-25'),
      now: machine.now,
      schedule: machine.schedule,
    });
    const done = annotator.annotate(document.body);
    const slices = machine.runAll();
    await done;
    expect(slices.length).toBeGreaterThan(10);
    // Each slice stops at the first block boundary after its budget (a slice that wraps, at the first paragraph after
    // its own); with 1 ms per clock read that is a few ms over at most.
    expect(Math.max(...slices)).toBeLessThanOrEqual(Math.max(SLICE_BUDGET_MS, WRAP_SLICE_BUDGET_MS) + 4);
    expect(document.querySelectorAll(MENTION_TAG)).toHaveLength(400);
  });

  it('annotates content the page adds later, once, and ignores its own wrappers', async () => {
    document.body.innerHTML = '<main><p>Wes Streeting spoke.</p></main>';
    const annotator = createPageAnnotator({
      ...base,
      matcher: compileMatcher(spec, '2025-07-25'),
      schedule: (work) => work(),
    });
    await annotator.annotate(document.body);
    annotator.observe(document.body);
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Later: the NHS Reinstatement Bill.';
    document.querySelector('main')!.append(paragraph);
    await new Promise((resolve) => setTimeout(resolve, MUTATION_DEBOUNCE_MS + 100));
    expect([...document.querySelectorAll(MENTION_TAG)].map((element) => element.textContent)).toEqual([
      'Wes Streeting',
      'NHS Reinstatement Bill',
    ]);
    annotator.stop();
  });

  it('picks up new bill names when the matcher is replaced, without touching what it wrapped before', async () => {
    document.body.innerHTML = '<p>Wes Streeting backed the Patient Safety Bill.</p>';
    const annotator = createPageAnnotator({
      ...base,
      matcher: compileMatcher(spec, '2025-07-25'),
      schedule: (work) => work(),
    });
    await annotator.annotate(document.body);
    expect(document.querySelectorAll(MENTION_TAG)).toHaveLength(1);
    const withNewBill = {
      ...spec,
      bills: [...spec.bills, { id: 'patient-safety-bill', names: ['Patient Safety Bill'], since: '2025-01-01' }],
    };
    await annotator.replaceMatcher(compileMatcher(withNewBill, '2025-07-25'), document.body);
    expect(
      [...document.querySelectorAll(MENTION_TAG)].map((element) => element.getAttribute('data-entity-id')),
    ).toEqual(['4504', 'patient-safety-bill']);
    expect(document.body.textContent).toBe('Wes Streeting backed the Patient Safety Bill.');
  });
});
