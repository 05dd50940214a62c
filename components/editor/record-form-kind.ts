/**
 * What one kind of record (bill, stance, dispute event) tells the one record
 * form: its draft and checks, its words (heading, messages), and the list of
 * fields it shows, in order. RecordForm does the rest alike for every kind.
 */
import type { ComponentChildren, FunctionComponent } from 'preact';
import type { FieldErrors } from '@/utils/editor/field-errors';
import type { CheckContext, Checked } from '@/utils/editor/record-checks';
import type { PersonChoice, SourceDraft, StageDraft } from '@/utils/editor/record-drafts';
import type { Ask } from '@/utils/messages';
import type { EditableRecord } from '@/utils/records/requests';
import type { SelectOption } from './SelectField';

export type EditableStore = EditableRecord['store'];
export type RecordOf<S extends EditableStore> = Extract<EditableRecord, { store: S }>['record'];

/** The draft's keys whose values are of type V. */
type KeyOf<D, V> = { [K in keyof D]: D[K] extends V ? K : never }[keyof D] & string;

/** What a field may use beyond its own spec: the draft, its errors, a way to change it, and the background. */
export interface FieldProps<D> {
  ask: Ask;
  /** Prefix of element ids: `bill` gives `bill-shortTitle`. */
  form: string;
  draft: D;
  errors: FieldErrors;
  edit: (change: Partial<D>) => void;
}

/**
 * One entry of a form's field list. A text, select or check field is named by its draft key, which is also the
 * path its errors come under and, with the form's prefix, its element id.
 */
export type FieldSpec<D> =
  | {
      control: 'text';
      key: KeyOf<D, string>;
      label: string;
      hint?: string;
      optional?: boolean;
      multiline?: boolean;
      rows?: number;
      type?: 'text' | 'date' | 'url';
      placeholder?: string;
      width?: string;
      /** Suggestions offered as the reader types: the `list` of a `suggestions` entry. */
      list?: string;
    }
  /** A <datalist> of suggestions, with id `<form>-<list>`, for text fields to name. */
  | { control: 'suggestions'; list: string; values: readonly string[] }
  | {
      control: 'select';
      key: KeyOf<D, string>;
      label: string;
      placeholder?: string;
      options: readonly SelectOption[];
    }
  | { control: 'check'; key: KeyOf<D, boolean>; label: string; note: string }
  | {
      control: 'person';
      key: KeyOf<D, PersonChoice | null>;
      /** The record's field for the MP: its element id and where its errors come, first in `errorPaths`. */
      errorPaths: readonly string[];
      label: string;
      optional?: boolean;
      hint?: string;
    }
  | { control: 'stages'; key: KeyOf<D, StageDraft[]> }
  | { control: 'sources'; key: KeyOf<D, SourceDraft[]> }
  | { control: 'row'; fields: readonly FieldSpec<D>[] }
  | { control: 'custom'; Fields: FunctionComponent<FieldProps<D>> };

export interface RecordFormKind<S extends EditableStore, D> {
  store: S;
  /** Prefix of the form's element ids. */
  form: string;
  emptyDraft: (aboutBill: string | undefined) => D;
  draftOf: (record: RecordOf<S>, personName: string | null) => D;
  /** A new record's preferred id, from its draft. */
  newId: (draft: D) => string;
  check: (draft: D, context: CheckContext) => Checked<RecordOf<S>>;
  /** Whether a field path of a refused save is one this form shows. */
  isField: (field: string) => boolean;
  /** `title` is the record as lists name it. */
  heading: (record: RecordOf<S> | null, readOnly: boolean, title: string | undefined) => string;
  savedMessage: (record: RecordOf<S>, draft: D) => string;
  /** How Delete's question names the record. */
  deleteWhat: (record: RecordOf<S>) => string;
  deletedMessage: (record: RecordOf<S>) => string;
  /** Why the record may not be deleted yet, asked before deleting; null when it may. */
  deleteRefusal?: (ask: Ask, record: RecordOf<S>) => Promise<string | null>;
  /** What the reader can do instead, after the read-only note. */
  readOnlyExtra?: (record: RecordOf<S>) => ComponentChildren;
  fields: readonly FieldSpec<D>[];
}
