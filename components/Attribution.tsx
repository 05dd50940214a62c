/** The credits the data's licences require, shown wherever Bevan shows the data's facts at length. */
export const ATTRIBUTION_LINES = [
  'Contains Parliamentary information licensed under the Open Parliament Licence v3.0',
  'Voting summaries: TheyWorkForYou (mySociety)',
  "Ministers' posts: IfG Ministers Database, Institute for Government, CC BY 4.0",
] as const;

export function Attribution() {
  return (
    <p class="bevan-small bevan-muted">
      <a
        href="https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/"
        target="_blank"
        rel="noopener noreferrer"
      >
        {ATTRIBUTION_LINES[0]}
      </a>
      . {ATTRIBUTION_LINES[1]}.{' '}
      <a href="https://www.instituteforgovernment.org.uk/ministers-database" target="_blank" rel="noopener noreferrer">
        {ATTRIBUTION_LINES[2]}
      </a>
      .
    </p>
  );
}
