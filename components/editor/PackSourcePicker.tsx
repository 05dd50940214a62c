import type { ComponentChildren } from 'preact';
import { FieldError } from './FieldError';
import type { PackSource } from './use-pack-import';

/** Where a pack comes from: a file (or a backup of the reader's own records), or an https address to fetch. */
export function PackSourcePicker({ source, busy }: { source: PackSource; busy: boolean }) {
  const { fileInput, restore, setRestore, url, setUrl, urlError, subscribe, setSubscribe } = source;
  return (
    <div class="bevan-import-sources">
      <div class="bevan-field">
        <label for="pack-file">From a file</label>
        <p id="pack-file-hint" class="bevan-muted bevan-small">
          A <code>.json</code> data pack, at most 5 MB
        </p>
        <input
          id="pack-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-describedby="pack-file-hint"
          disabled={busy}
          onChange={(event) => {
            const file = (event.target as HTMLInputElement).files?.[0];
            if (file) void source.readFile(file);
          }}
        />
        <SmallCheck checked={restore} onChange={setRestore}>
          It is a backup of my own records: bring them back as mine
        </SmallCheck>
      </div>
      <form
        class="bevan-field"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void source.fetchUrl();
        }}
      >
        <label for="pack-url">From an address</label>
        <p id="pack-url-hint" class="bevan-muted bevan-small">
          Bevan asks your permission to read that site
        </p>
        <FieldError id="pack-url-error" message={urlError ?? undefined} />
        <div class="bevan-inline">
          <input
            id="pack-url"
            type="url"
            class="bevan-input bevan-grow"
            inputMode="url"
            placeholder="https://"
            value={url}
            aria-invalid={urlError ? 'true' : undefined}
            aria-describedby={urlError ? 'pack-url-hint pack-url-error' : 'pack-url-hint'}
            onInput={(event) => setUrl((event.target as HTMLInputElement).value)}
          />
          <button type="submit" class="bevan-button" disabled={busy}>
            Fetch
          </button>
        </div>
        <SmallCheck checked={subscribe} onChange={setSubscribe}>
          Subscribe: keep it up to date from this address
        </SmallCheck>
      </form>
    </div>
  );
}

/** A small checkbox with its words after it. */
function SmallCheck(props: { checked: boolean; onChange: (checked: boolean) => void; children: ComponentChildren }) {
  return (
    <label class="bevan-check bevan-small">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange((event.target as HTMLInputElement).checked)}
      />{' '}
      {props.children}
    </label>
  );
}
