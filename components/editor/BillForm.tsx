import { routeHash } from '@/utils/editor/editor-route';
import { checkBill, isBillField } from '@/utils/editor/record-checks';
import {
  BILL_HOUSES,
  BILL_TYPES,
  billDraft,
  emptyBillDraft,
  newBillId,
  type BillDraft,
} from '@/utils/editor/record-drafts';
import type { RecordFormKind } from './record-form-kind';
import { RecordForm, type RecordFormProps } from './RecordForm';

/** A bill: its names, session, sponsor, stages and sources. A bill stances are about cannot be deleted. */
export const BILL_FORM: RecordFormKind<'bills', BillDraft> = {
  store: 'bills',
  form: 'bill',
  emptyDraft: emptyBillDraft,
  draftOf: billDraft,
  newId: newBillId,
  check: checkBill,
  isField: isBillField,
  heading: (bill, readOnly) => (bill ? (readOnly ? bill.shortTitle : `Edit “${bill.shortTitle}”`) : 'New bill'),
  savedMessage: (bill) => `Saved “${bill.shortTitle}”. Open tabs now underline its names.`,
  deleteWhat: (bill) => `“${bill.shortTitle}”`,
  deletedMessage: (bill) => `Deleted “${bill.shortTitle}”.`,
  deleteRefusal: async (ask, bill) => {
    const about = await ask('listRecords', { store: 'stances', billId: bill.id });
    if (!about.ok) return about.error.message;
    if (about.data.total === 0) return null;
    return `${about.data.total === 1 ? 'A stance is' : `${about.data.total} stances are`} about this bill: delete ${about.data.total === 1 ? 'it' : 'them'} first, or change their subject.`;
  },
  readOnlyExtra: (bill) => (
    <a href={routeHash({ section: 'stances', view: 'new', billId: bill.id })}>Add a stance about this bill</a>
  ),
  fields: [
    {
      control: 'text',
      key: 'shortTitle',
      label: 'Short title',
      hint: 'As Parliament gives it, e.g. National Health Service Bill 2015-16',
    },
    {
      control: 'text',
      key: 'aliases',
      label: 'Other names to find on pages',
      optional: true,
      multiline: true,
      hint: 'One per line: the names campaigners and reporters use, e.g. NHS Reinstatement Bill. Bevan underlines these too.',
    },
    {
      control: 'row',
      fields: [
        { control: 'text', key: 'session', label: 'Session', placeholder: '2025-26', width: '8em' },
        { control: 'text', key: 'type', label: 'Type', list: 'types' },
        { control: 'text', key: 'house', label: 'House it started in', list: 'houses' },
      ],
    },
    { control: 'suggestions', list: 'types', values: BILL_TYPES },
    { control: 'suggestions', list: 'houses', values: BILL_HOUSES },
    {
      control: 'person',
      key: 'sponsor',
      errorPaths: ['sponsorId', 'sponsorName'],
      label: 'Sponsor',
      optional: true,
      hint: 'The MP who presented the bill',
    },
    { control: 'stages', key: 'stages' },
    {
      control: 'text',
      key: 'outcome',
      label: 'Outcome',
      optional: true,
      multiline: true,
      rows: 2,
      hint: 'What became of it, e.g. fell at the end of the session',
    },
    {
      control: 'text',
      key: 'actTitle',
      label: 'Act title',
      optional: true,
      hint: 'If it became law, e.g. Health and Care Act 2022',
    },
    { control: 'sources', key: 'sources' },
  ],
};

/** Add or change a bill; a bill that is not the reader's own is shown read-only. */
export function BillForm({
  bill,
  ...props
}: Omit<RecordFormProps<'bills'>, 'record'> & { bill: RecordFormProps<'bills'>['record'] }) {
  return <RecordForm kind={BILL_FORM} record={bill} {...props} />;
}
